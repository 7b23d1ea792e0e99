"""The ablation report (benchmarks/ablation.py) stays runnable: every rule of its table
names an attribute that exists, its "off" replacement goes in and comes out cleanly, and
the tracking wrapper records a rule exactly when its result differs from the off result."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsparse

ABLATION = Path(__file__).resolve().parent.parent / "benchmarks" / "ablation.py"


def _ablation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_ablation", ABLATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


ablation = _ablation()
RULES = ablation.rules()

# A made-up page with a story, a share bar and a teaser list of other stories.
PAGE = (
    "<html><head><title>Council backs the new bridge - Daily Gazette</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Council backs the new bridge</h1><p>By Jane Doe</p>"
    + "".join(
        f"<p>The council voted on Tuesday to fund the bridge over the river, paragraph {i}, "
        "after a long debate in which residents spoke for and against the plan.</p>"
        for i in range(6)
    )
    + "<div class='share'>Share this</div></article>"
    "<aside><h3>Related</h3><ul><li><a href='/a'>Another story entirely</a></li></ul></aside>"
    "</body></html>"
)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_names_an_attribute_and_restores_it(rule: ablation.Rule) -> None:
    module = importlib.import_module(rule.module)
    original = getattr(module, rule.attribute)
    before = newsparse.parse(PAGE).to_dict()
    restore = ablation.install(rule, rule.off(original))
    try:
        replacement = getattr(module, rule.attribute)
        assert replacement is not original
        newsparse.parse(PAGE)  # the parser still runs with the rule off
    finally:
        restore()
    assert getattr(module, rule.attribute) is original
    assert newsparse.parse(PAGE).to_dict() == before


def decide(flag: bool) -> bool:
    return flag


def test_tracking_records_only_differing_results() -> None:
    fired: set[str] = set()
    demo = ablation.Rule("demo", __name__, "decide", ablation.returns(False), "demo")
    assert demo.variants == ("html", "text")
    wrapper = ablation.tracked(demo, fired)
    assert wrapper(False) is False
    assert fired == set()
    assert wrapper(True) is True
    assert fired == {"demo"}


def test_a_tracked_pattern_fires_when_it_matches() -> None:
    fired: set[str] = set()
    proxy = ablation._TrackedPattern(
        re.compile(r"\d+"), re.compile(r"(?!)"), lambda: fired.add("digits"))
    assert proxy.sub(" ", "no digits") == "no digits"
    assert list(proxy.finditer("none")) == []
    assert fired == set()
    assert proxy.search("a 12") is not None
    assert fired == {"digits"}


def test_an_off_pattern_matches_nothing_and_keeps_the_groups_a_template_names() -> None:
    original = re.compile(r"\b(By)(?P<name>[A-Z]\w+)")
    off = ablation.never_matches(original)
    assert off.search("ByNina Pineda") is None
    assert off.sub(r"\1 \g<name>", "ByNina Pineda") == "ByNina Pineda"
    assert original.sub(r"\1 \g<name>", "ByNina Pineda") == "By Nina Pineda"


def test_a_tracked_pattern_whose_off_twin_cannot_answer_counts_as_fired() -> None:
    fired: list[bool] = []
    tracked = ablation._TrackedPattern(re.compile("(a)"), re.compile("(?!)"),
                                       lambda: fired.append(True))
    assert tracked.sub(r"\1\1", "cat") == "caat"  # the off twin raises on "\1"
    assert fired


def test_an_option_is_ablated_only_on_the_pipeline_that_reads_it() -> None:
    by_name = {rule.name: rule for rule in RULES}
    assert by_name["ParseOptions.html_chrome_share"].variants == ("html",)


def test_a_shared_rule_can_be_narrowed_to_the_pipeline_that_reaches_it() -> None:
    by_name = {rule.name: rule for rule in RULES}
    assert by_name["_reading/byline_words.GLUED_LEAD"].variants == ("text",)
    assert by_name["_reading/titles.longest_bar_part"].variants == ("html", "text")


def test_only_a_dump_counts_markdown_syntax_as_leaked() -> None:
    # The same paragraphs: syntax left in a dump's body leaks; in an HTML page's body it is
    # the page's own text, and must not add to an HTML rule's net.
    paragraphs = newsparse.parse(
        "<html><body><article><h1>Bridge</h1>"
        + "<p>The council voted for the **bridge** on Tuesday after a long debate.</p>" * 4
        + "</article></body></html>"
    ).paragraphs
    assert ablation.leaks_syntax(paragraphs)
    assert ablation.page_leaks_syntax("a dump", paragraphs)
    assert not ablation.page_leaks_syntax(b"<html>a page</html>", paragraphs)


# --- the docs page: its tables and the pooled verdicts --------------------------------------

DOC = Path(__file__).resolve().parent.parent / "docs" / "ablation.md"
HOW = ("measure it (benchmarks/ablation.py --rules NAME --markdown docs/ablation.md, with "
       "--variant text --text-dir D for each dump, --made-for R for another renderer's) "
       "and pool again (benchmarks/ablation.py --summary docs/ablation.md)")


def _measured_tables() -> dict[str, str]:
    return {key: table for key, table in ablation.read_sections(DOC.read_text()).items()
            if key != "summary"}


def test_every_row_of_the_docs_tables_is_a_rule_of_the_table() -> None:
    names = {rule.name for rule in RULES}
    for key, table in _measured_tables().items():
        gone = sorted(set(ablation.read_rows(table)) - names)
        assert not gone, f"table {key}: rows of rules no longer in rules(): {gone}"


def test_every_rule_has_a_row_on_a_rendering_that_judges_it() -> None:
    tables = {key: ablation.read_rows(table) for key, table in _measured_tables().items()}
    for rule in RULES:
        keys = ["html"] if "html" in rule.variants else []
        keys += ["text:text"] if "text" in rule.variants else []
        missing = [key for key in keys if rule.name not in tables.get(key, {})]
        assert not missing, f"{rule.name} has no row in {missing}: {HOW}"


def test_the_pooled_verdicts_are_those_of_the_tables() -> None:
    page = DOC.read_text()
    assert ablation.read_sections(page).get("summary") == ablation.summary_markdown(page), (
        f"the pooled table is not the tables' sum: {HOW}")


TABLE = (
    "| rule | what it does | pages changed (wide) | body F1 ± | shingle F1 | title | date "
    "| byline | syntax kept out | net | verdict |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
    "| `{a}` | a \\| b | 3 (3) | +1 −0 | +0.00010 | +1 | +0 | +0 | +0 | +1.20 | **fails** |\n"
    "| `{b}` | b | 9 (9) | +5 −4 | -0.00010 | +0 | +0 | +0 | +0 | −0.40 | **fails** |\n")


def test_a_rule_is_judged_on_its_lines_pooled_over_the_renderings() -> None:
    a, b = [rule.name for rule in RULES if "text" in rule.variants][:2]
    page = (f"<!-- ablation text:text -->\n{TABLE.format(a=a, b=b)}<!-- /ablation text:text -->"
            f"\n\n<!-- ablation text:text-md -->\n{TABLE.format(a=a, b=b)}"
            "<!-- /ablation text:text-md -->\n")
    assert ablation.read_rows(ablation.read_sections(page)["text:text"])[a] == (
        ablation.Measured(3, 1.2))
    rows = {row.split("`")[1]: row for row in ablation.summary_markdown(page).splitlines()
            if row.startswith("| `")}
    assert rows[a].endswith("| 3, +1.2 | 3, +1.2 | 6 | +0 | +2.4 | keeps |")  # 3 + 3 pages
    assert rows[b].endswith("| 18 | +0 | -0.8 | **fails** |")


def test_a_rule_that_keeps_syntax_out_of_a_body_pays_by_it_on_few_pages() -> None:
    few = [ablation.Measured(1, 1.0, 1), ablation.Measured(2, 0.5)]
    assert not ablation.pooled_fails(few)
    assert ablation.pooled_fails([ablation.Measured(1, 1.0), ablation.Measured(2, 0.5)])
    assert ablation.pooled_fails([ablation.Measured(9, -0.5, 1)])


def test_measuring_some_rules_again_replaces_only_their_rows() -> None:
    a, b = [rule.name for rule in RULES if "text" in rule.variants][:2]
    old = TABLE.format(a=a, b=b)
    new = TABLE.format(a=a, b="unmeasured").replace("3 (3)", "7 (7)")
    merged = ablation._merged(old, "\n".join(new.splitlines()[:3]) + "\n")
    assert merged.splitlines()[:2] == old.splitlines()[:2]
    assert [row.split("`")[1] for row in ablation._rows(merged)] == [a, b]
    assert "| 7 (7) |" in merged
    assert "| 9 (9) |" in merged


def test_a_rules_twins_go_off_and_are_tracked_with_it() -> None:
    features = importlib.import_module("newsparse._text.features")
    rule = next(rule for rule in RULES if rule.name == "_text/features._OTHER_STORIES")
    assert rule.twins
    twin = getattr(features, rule.twins[0])
    restore = ablation.install(rule, rule.off(features._OTHER_STORIES))
    try:
        assert getattr(features, rule.twins[0]).match("more tennis news") is None
    finally:
        restore()
    assert getattr(features, rule.twins[0]) is twin
    fired: set[str] = set()
    restore = ablation.install(rule, ablation.tracked(rule, fired))
    try:
        assert getattr(features, rule.twins[0]).match("more tennis news") is not None
    finally:
        restore()
    assert fired == {rule.name}
    assert getattr(features, rule.twins[0]) is twin
