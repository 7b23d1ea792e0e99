"""Text dumps, stage 5: title, dateline line, byline and date above the story."""

from __future__ import annotations

import datetime as dt

from newsparse import ParseOptions, parse_text
from text_dumps import MENU_ITEMS, SENTENCES, render

P1 = " ".join(SENTENCES[0:3])
P2 = " ".join(SENTENCES[3:6])
P3 = " ".join(SENTENCES[1:4])
TITLE = "Council drops tax rise and sells the old depot for the bridge"


def test_title_is_the_headline_above_the_story_not_a_menu_line() -> None:
    article = parse_text(render([["4 September IranExpert"], [TITLE], list(MENU_ITEMS),
                                 [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.dateline is not None
    assert (article.dateline.day, article.dateline.month) == (4, 9)
    assert article.dateline.source == "IranExpert"
    assert article.site_name == "IranExpert"
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_no_headline_no_title() -> None:
    article = parse_text(render([list(MENU_ITEMS), [P1], [P2], [P3]]))
    assert article.title is None
    assert article.dateline is None


def test_byline_and_date_lines_are_read_and_dropped() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["By Jane Doe and John Roe"],
                                 ["March 25, 2015"], [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.byline == "Jane Doe, John Roe"
    assert article.published == dt.date(2015, 3, 25)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_a_lead_dateline_stays_in_the_paragraph_unless_stripped() -> None:
    lead = "WASHINGTON (AP) — " + P1
    kept = parse_text(render([list(MENU_ITEMS), [lead], [P2], [P3]]))
    assert kept.dateline is not None and kept.dateline.place == "WASHINGTON"
    assert kept.paragraphs[0].text == lead
    stripped = parse_text(render([list(MENU_ITEMS), [lead], [P2], [P3]]),
                          options=ParseOptions(strip_dateline=True))
    assert stripped.paragraphs[0].text == P1
    assert stripped.site_name is None



def test_a_byline_above_a_missed_or_later_title_is_still_found() -> None:
    dump = render(
        [list(MENU_ITEMS), ["By Jane Doe"], ["Council votes on the bridge"], [P1], [P2], [P3]]
    )
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_byline_among_the_first_story_lines_is_found() -> None:
    dump = render([list(MENU_ITEMS), [P1], ["The bridge at dusk"], ["By Jane Doe"], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert "By Jane Doe" not in article.body
