"""ParseOptions: every field is a real knob, and impossible values are refused.

Each field has a case below: a value that changes the article of a small made-up page or
dump (so the field reaches its stage), or that the validator refuses. A new field needs
a case, or the completeness test fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse._options
from newsparse import NewsparseError, ParseOptions, parse_html, parse_text

_STORY = (
    "The council said on Monday that it would not raise the tax this year, and that the "
    "money for the new bridge would come from the sale of the old depot instead.",
    "Officials agreed.",
    "Residents who spoke at the meeting were divided, and some of them said they had not "
    "been told about the plan at all before it was put to the vote on Friday night.",
    "The plan has three parts:",
    "a new bridge",
    "a bus lane",
    "a park by the river",
    "The mayor, who has been in office since 2015, is expected to present a revised budget "
    "to the board in March, and it was not clear whether the state would agree to it.",
)

#: A news page shaped like the real ones: a menu, the article with its header, a short
#: paragraph, a paragraph heavy with links, a list, then teasers and a footer.
HTML_PAGE = f"""<!doctype html><html lang="en"><head>
<title>Council keeps the tax as it is | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2024-03-04T09:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<div class="main"><article>
<h1>Council keeps the tax as it is</h1>
<p class="byline">By Jane Doe</p>
<p><time datetime="2024-03-04">March 4, 2024</time></p>
<p>LONDON, March 2 (Reuters) — {_STORY[0]}</p>
<p>{_STORY[1]}</p>
<p>{_STORY[2]} See <a href="/a">the plan</a> and <a href="/b">the vote on the plan</a>.</p>
<p>{_STORY[3]}</p><ul><li>{_STORY[4]}</li><li>{_STORY[5]}</li><li>{_STORY[6]}</li></ul>
<div><div><p>{_STORY[7]}</p></div></div>
</article></div>
<aside><h2>Related</h2><ul><li><a href="/x">Stocks slide as investors weigh new tariffs
on imported steel</a></li><li><a href="/y">Five things to know this week</a></li></ul></aside>
<footer><p>© 2024 The Daily Planet. All rights reserved.</p></footer>
</body></html>"""

#: The same story saved as text: menu lines, the header, the story with its list, a
#: "Related" wall with teasers, comments and the footer.
TEXT_DUMP = "\n\n".join([
    "Home\nWorld\nBusiness\nSport\nOpinion",
    "Council keeps the tax as it is",
    "By Jane Doe",
    "March 4, 2024",
    f"LONDON, March 2 (Reuters) — {_STORY[0]}",
    _STORY[1],
    _STORY[2],
    "\n".join(_STORY[3:7]),
    _STORY[7],
    "Related",
    "Stocks slide as investors weigh new tariffs\nFive things to know this week",
    "Comments",
    "I think the council got this one right, for once.",
    "© 2024 The Daily Planet. All rights reserved.\nPrivacy Policy\nTerms of Use",
]) + "\n"

_DEFAULT = ParseOptions()


def _article(parse: Any, data: str, options: ParseOptions) -> Any:
    try:
        return parse(data, options=options).to_dict()
    except NewsparseError as exc:  # a limit or an empty result is a change too
        return type(exc).__name__


#: (field, value, pipeline): the value changes the article of that pipeline's input.
CHANGES = [
    ("max_input_bytes", 100, "html"),
    ("max_input_bytes", 100, "text"),
    ("max_nodes", 5, "html"),
    ("max_text_lines", 5, "text"),
    ("max_link_density", 0.01, "html"),
    ("strip_dateline", True, "html"),
    ("dateline_year_max_days", 0, "html"),
    ("text_length_low", 1, "text"),
    ("text_stopwords_high", 0.99, "text"),
    ("text_isolated_line_weight", 0.0, "text"),
    ("text_alone_short_cost", 100.0, "text"),
    ("text_max_list_items", 1, "text"),
    ("text_head_lines", 2, "text"),
]


@pytest.mark.parametrize(("field", "value", "pipeline"), CHANGES)
def test_an_extreme_value_changes_the_article(field: str, value: object, pipeline: str) -> None:
    parse, data = (parse_html, HTML_PAGE) if pipeline == "html" else (parse_text, TEXT_DUMP)
    changed = attrs.evolve(_DEFAULT, **{field: value})
    assert _article(parse, data, changed) != _article(parse, data, _DEFAULT)


#: Values no field can take: out of range, of the wrong type, or a low bound above its high.
REFUSED = [
    {"max_link_density": 5.0},
    {"max_link_density": 1},
    {"score_decay": -3.0},
    {"score_decay": 1.5},
    {"dateline_year_max_days": -5},
    {"strip_dateline": 1},
    {"max_nodes": True},
    {"max_nesting_depth": 2001},
    {"min_paragraph_chars": 0},
    {"text_stopwords_low": 0.5, "text_stopwords_high": 0.4},
    {"text_length_low": 300, "text_length_high": 200},
    {"text_gap_cost": 0.0},
    {"text_alone_short_cost": -1.0},
    {"text_run_line_weight": 2.0},
]


@pytest.mark.parametrize("fields", REFUSED, ids=",".join)
def test_impossible_values_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="ParseOptions"):
        ParseOptions(**fields)  # type: ignore[arg-type]


def test_the_defaults_are_valid_and_every_field_is_documented() -> None:
    assert attrs.evolve(_DEFAULT) == _DEFAULT
    source = Path(newsparse._options.__file__).read_text(encoding="utf-8")
    for field in attrs.fields(ParseOptions):
        # The docstring that follows the field is what the API page shows.
        after = source.split(f"    {field.name}: ", 1)[1].split("\n    ")[1]
        assert after.startswith('"""'), field.name
