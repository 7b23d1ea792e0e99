"""The text-dump pipeline end to end: chrome stripped, story kept, robust to line ends."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import NoArticleError, parse_text
from newsparse._input.decode import clean_text
from newsparse._text import pipeline as text_pipeline
from text_dumps import (
    FOOTER_LINES,
    MENU_ITEMS,
    SENTENCES,
    TAGLINES,
    chrome_block,
    render,
    story_paragraphs,
)

P1 = " ".join(SENTENCES[0:3])
P2 = " ".join(SENTENCES[3:6])


@given(
    story=story_paragraphs(),
    before=st.lists(chrome_block(), min_size=1, max_size=4),
    after=st.lists(chrome_block(), min_size=1, max_size=4),
)
def test_a_story_wrapped_in_chrome_gives_exactly_its_paragraphs(
    story: list[str], before: list[list[str]], after: list[list[str]]
) -> None:
    dump = render([*before, *[[p] for p in story], *after])
    article = parse_text(dump)
    assert [p.text for p in article.paragraphs] == story
    assert article.body == "\n\n".join(story)


@given(story=story_paragraphs(), menu=st.lists(st.sampled_from(MENU_ITEMS), min_size=3))
def test_line_ends_and_no_break_spaces_do_not_change_the_article(
    story: list[str], menu: list[str]
) -> None:
    dump = render([["4 September IranExpert"], ["Council drops the tax rise"], menu,
                   *[[p] for p in story], [TAGLINES[0]]])
    want = parse_text(dump)
    assert parse_text(dump.replace("\n", "\r\n")) == want
    assert parse_text(dump.replace("\n", "\r")) == want
    assert parse_text(dump.replace(" ", "\u00a0")) == want
    assert parse_text(dump.replace(" ", "\u00a0").replace("\n", "\r\n").encode()) == want


def test_parse_routes_a_dump_to_the_text_pipeline() -> None:
    dump = render([list(MENU_ITEMS), [P1], [P2], list(FOOTER_LINES)])
    assert newsparse.parse(dump.encode("utf-8")) == parse_text(dump)


@pytest.mark.parametrize(
    "dump",
    ["", "\n\n", render([list(MENU_ITEMS)]), render([list(MENU_ITEMS), list(FOOTER_LINES)])],
)
def test_a_dump_without_a_story_raises_no_article_error(dump: str) -> None:
    with pytest.raises(NoArticleError, match="text dump"):
        parse_text(dump)


def test_a_bare_page_of_short_lines_falls_back_to_its_text() -> None:
    lines = ["Lorem ipsum dolor sit amet,", "consectetur adipiscing elit,",
             "sed do eiusmod tempor incididunt"]
    article = parse_text(render([["Home", "About"], lines]))
    assert [p.text for p in article.paragraphs] == lines


@given(st.text(max_size=300))
def test_any_text_gives_an_article_or_no_article_error(text: str) -> None:
    try:
        article = parse_text(text)
    except NoArticleError:
        return
    # Control characters are dropped before parsing, so words are those of the cleaned text.
    words = set(clean_text(text).split())
    for paragraph in article.paragraphs:
        for word in paragraph.text.split():
            assert any(word in w for w in words)


def test_a_dump_gets_the_language_its_story_is_written_in() -> None:
    german = ("Die Stadt hat am Montag mitgeteilt, dass sie die Steuer in diesem Jahr nicht "
              "erhöhen wird. Das Geld für die neue Brücke soll aus dem Verkauf des alten Depots "
              "kommen, und die Arbeiten sollen im Frühjahr beginnen, wenn der Rat zustimmt.")
    japanese = ("肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえた"
                "イヌがいます。イヌはそれを見て、あの肉も欲しいと思いました。")
    menu = "Home\nNews\nSport\n\n"
    assert parse_text(menu + german + "\n\n" + german).language == "de"
    assert parse_text(menu + japanese + "\n\n" + japanese).language == "ja"
    assert parse_text(menu + P1 + "\n\n" + P2).language == "en"


# --- cost of dumps of many short lines (issue 16, item 11) -------------------------------

_SHORT_LINES = 20_000
_LONG = SENTENCES[0] + " " + SENTENCES[1]  # under the widest wrap (250)


def _python_calls(function: Callable[[], object]) -> int:
    """How many Python functions (and generator steps) ``function`` runs: a count of the
    work done a line, where seconds would depend on the machine and its load."""
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        function()
    except NoArticleError:
        pass
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize(("dump", "calls"), [
    ("x\n" * _SHORT_LINES, 2.5),
    ("x\n\n" * _SHORT_LINES, 2.5),  # a block a line
    ("Home\nNews\nSport\nWeather\n" * (_SHORT_LINES // 4), 2.5),
    # Long lines of one length make the dump look hard-wrapped: every line goes through
    # the re-flowing stage too.
    (f"{_LONG}\n\n{_LONG}\n\n{_LONG}\n\n" + "x\n" * _SHORT_LINES, 3.5),
])
def test_a_dump_of_short_lines_costs_a_few_calls_a_line(dump: str, calls: float) -> None:
    # 1 MB of "x" lines took 2.8 s (11 calls a line where the dump looked wrapped: an
    # attrs object built three times a line, the labels smoothed a line at a time, the
    # fallback region found twice); then 4 or 5 calls a line, about 1.1 s, the named
    # tuples' own __new__ among them; then 3 or 4 (the tuples made with tuple.__new__);
    # now 2 or 3 (a line's white space checked inline, not in a function of its own, and
    # a block of one line made without one).
    assert _python_calls(lambda: parse_text(dump)) <= calls * _SHORT_LINES


def test_the_fallback_region_of_a_dump_without_a_story_is_found_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found: list[int] = []
    real = text_pipeline.fallback_region

    def counting(*args: Any, **kwargs: Any) -> list[int]:
        found.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(text_pipeline, "fallback_region", counting)
    with pytest.raises(NoArticleError):
        parse_text("Home\nNews\nSport\n" * 1000)
    assert len(found) == 1


def test_a_title_line_parted_by_bars_keeps_its_headline() -> None:
    plain = parse_text(f"Council backs the new bridge\n\n{P1}\n\n{P2}\n")
    barred = parse_text(f"Council backs the new bridge | Local News\n\n{P1}\n\n{P2}\n")
    assert plain.title == "Council backs the new bridge"
    assert barred.title == "Council backs the new bridge"


def test_a_quote_s_lead_in_is_no_comment_head() -> None:
    # "The company said:" under a paragraph reads as a comment's head ("Jane said:"), but
    # prose stands right over it: the story goes on under it.
    quote = " ".join(SENTENCES[3:6])
    dump = render([["Home", "News", "Sport", "Contact"], [" ".join(SENTENCES[:3])],
                   [" ".join(SENTENCES[1:4])], ["The company said:"], [quote],
                   [" ".join(SENTENCES[:2])], ["Home", "News", "Sport", "Contact"]])
    assert quote in parse_text(dump).body


def test_a_lone_comment_head_after_a_count_still_ends_the_story() -> None:
    comment = " ".join(SENTENCES[3:6])
    dump = render([["Home", "News", "Sport", "Contact"], [" ".join(SENTENCES[:3])],
                   [" ".join(SENTENCES[1:4])], ["1 Comment"], ["Jane said:"], [comment],
                   ["Home", "News", "Sport", "Contact"]])
    assert comment not in parse_text(dump).body
