"""Text dumps: the date lines of a story's head, and which date a line gives."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_text
from newsparse._options import DEFAULT_OPTIONS
from newsparse._text.dates import is_date_line, line_dates, writes_month_first
from text_dumps import MENU_ITEMS, SENTENCES, render

P1 = " ".join(SENTENCES[0:3])
P2 = " ".join(SENTENCES[3:6])
TITLE = "Council drops tax rise and sells the old depot for the bridge"
MARCH_3, MARCH_5 = dt.date(2019, 3, 3), dt.date(2019, 3, 5)


@pytest.mark.parametrize(("line", "published", "modified"), [
    ("March 3, 2019", MARCH_3, None),
    ("Published March 3, 2019; Updated March 5, 2019", MARCH_3, MARCH_5),
    ("Updated March 5, 2019 | Posted March 3, 2019", MARCH_3, MARCH_5),
    ("Last Updated: March 5, 2019", None, MARCH_5),
    ("Mis à jour le 5 mars 2019", None, MARCH_5),
])
def test_an_update_line_gives_the_modification_date(
    line: str, published: dt.date | None, modified: dt.date | None
) -> None:
    assert line_dates(line, DEFAULT_OPTIONS) == (published, modified)


def test_the_update_date_is_the_page_s_modified_date() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Published March 3, 2019; Updated March 5, 2019"],
                   [P1], [P2]])
    article = parse_text(dump)
    assert (article.published, article.modified) == (MARCH_3, MARCH_5)


@pytest.mark.parametrize("lines", [
    ["Published March 3, 2019", "Updated March 5, 2019"],
    ["By Jane Doe", "Veröffentlicht am 03.03.2019", "Aktualisiert am 05.03.2019"],
    ["Publié le 3 mars 2019", "Par Jane Doe", "Mis à jour le 5 mars 2019"],
])
def test_an_update_line_under_the_publication_date_is_the_modified_date(
        lines: list[str]) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], *([line] for line in lines),
                                 [P1], [P2]]))
    assert (article.published, article.modified) == (MARCH_3, MARCH_5)


def test_a_page_that_says_only_when_it_was_updated_is_dated_that_day() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["Updated March 5, 2019"], [P1],
                                 [P2]]))
    assert (article.published, article.modified) == (MARCH_5, MARCH_5)


@pytest.mark.parametrize("line", ["Monday 5:30PM", "Yesterday at 12:35 pm", "2018-08-25 15:24",
                                  "March 25, 2015", "1 day ago"])
def test_date_lines(line: str) -> None:
    assert is_date_line(line, DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["Monday's council meeting", "Version 2018.13.01", TITLE])
def test_no_date_lines(line: str) -> None:
    assert not is_date_line(line, DEFAULT_OPTIONS)


def test_a_month_glued_to_the_word_before_it_still_dates_the_line() -> None:
    # A dump joins inline elements without a space: "<span>Associated Press</span>
    # <span>December 2, 2016</span>".
    assert is_date_line("Associated PressDecember 2, 2016", DEFAULT_OPTIONS)
    assert line_dates("Yahoo FinanceOctober 13, 2016", DEFAULT_OPTIONS) == (
        dt.date(2016, 10, 13), None)
    # A month's letters inside a word are no month.
    assert line_dates("Remembering 2 years 2016", DEFAULT_OPTIONS) == (None, None)
    # A month in capitals, glued too: the line's first date, not the update's after it.
    assert line_dates("Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026",
                      DEFAULT_OPTIONS)[0] == dt.date(2022, 12, 22)
    assert line_dates("REMEMBERING 2 years 2016", DEFAULT_OPTIONS) == (None, None)


def test_a_name_over_a_line_with_a_glued_date_is_the_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["NATALIYA VASILYEVA",
                   "Associated PressDecember 2, 2016"], [P1], [P2]])
    article = parse_text(dump)
    assert article.authors == ("Nataliya Vasilyeva",)
    assert article.published == dt.date(2016, 12, 2)


def test_a_date_line_under_the_story_s_first_line_dates_the_story() -> None:
    # The region opens with the standfirst, and the date line under it is no story line.
    dump = render([list(MENU_ITEMS), [TITLE], [P1], ["March 3, 2019"], [P2], [P1]])
    assert parse_text(dump).published == MARCH_3


def test_a_date_line_deep_in_the_story_does_not_date_it() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P1], [P2], ["March 3, 2019"], [P1]])
    assert parse_text(dump).published is None


@pytest.mark.parametrize(("line", "day"), [
    ("October 17, 20236:01 PM ET", dt.date(2023, 10, 17)),
    ("On January 12, 2025January 22, 2025 By Jane Doe", dt.date(2025, 1, 12)),
    ("Feature | Mar 27, 20255 mins", dt.date(2025, 3, 27)),
])
def test_a_year_with_a_time_or_a_word_glued_after_it_still_dates_the_line(
        line: str, day: dt.date) -> None:
    assert line_dates(line, DEFAULT_OPTIONS) == (day, None)


@pytest.mark.parametrize(("line", "day"), [
    ("23.07.2025 · 6 min read", dt.date(2025, 7, 23)),
    ("10/31/2024", dt.date(2024, 10, 31)),
    ("31/10/2024", dt.date(2024, 10, 31)),
    # Either order reads as a date: a dump does not say which habit the page keeps.
    ("10/12/2023 7:38:01 PM", None),
    ("31/31/2024", None),
])
def test_day_and_month_in_figures_date_a_line_only_one_way(
        line: str, day: dt.date | None) -> None:
    assert line_dates(line, DEFAULT_OPTIONS) == (day, None)


@pytest.mark.parametrize(("line", "day"), [
    ("Posted 31/10/2024", dt.date(2024, 10, 31)),
    ("Posted 10/31/2024", dt.date(2024, 10, 31)),
    # Dotted, day first as written everywhere, unless only the month can come first.
    ("Posted 03.07.2025", dt.date(2025, 7, 3)),
    ("Posted 10.31.2024", dt.date(2024, 10, 31)),
    ("Posted 10/10/2024", dt.date(2024, 10, 10)),
])
def test_a_date_in_figures_that_reads_one_way(line: str, day: dt.date) -> None:
    assert line_dates(line, DEFAULT_OPTIONS) == (day, None)


# Each language's dates in figures, as its pages write them: dotted day first (German,
# Russian, Ukrainian, Polish, Dutch too), with a space after the dots (Polish, German),
# slashed day first (French, Spanish, Italian, Portuguese: read so where the page's other
# dates, or its language, say the day comes first), year first (ISO, or slashed).
@pytest.mark.parametrize(("line", "month_first"), [
    ("Veröffentlicht am 12.10.2019", None),
    ("Опубликовано 12.10.2019 г.", None),
    ("Opublikowano: 12. 10. 2019 r.", None),
    ("Aktualisiert: 12. 10. 2019, 10:05", None),
    ("Publié le 12/10/2019 à 10h05", False),
    ("Publicado el 12/10/2019", False),
    ("Pubblicato il 12/10/2019", False),
    ("Publicado em 12/10/2019", False),
    ("2019-10-12 10:05", None),
    ("2019/10/12", None),
])
def test_dates_in_figures_in_each_language(line: str, month_first: bool | None) -> None:
    order = None if month_first is None else (lambda: month_first)
    published, modified = line_dates(line, DEFAULT_OPTIONS, order)
    assert (published or modified) == dt.date(2019, 10, 12)


@pytest.mark.parametrize(("month_first", "day"), [
    (True, dt.date(2023, 3, 10)), (False, dt.date(2023, 10, 3)), (None, None)])
def test_a_date_in_figures_that_reads_both_ways_is_read_as_the_page_writes(
    month_first: bool | None, day: dt.date | None
) -> None:
    assert line_dates("03/10/2023", DEFAULT_OPTIONS, lambda: month_first) == (day, None)


@pytest.mark.parametrize(("line", "month_first", "day"), [
    ("10.15.15", None, dt.date(2015, 10, 15)),
    ("14.11.24", None, dt.date(2024, 11, 14)),
    ("9/11/13 10:00AM", True, dt.date(2013, 9, 11)),
    ("9/11/13 10:00AM", False, dt.date(2013, 11, 9)),
    ("9/11/13 10:00AM", None, None),
    # Dotted, a two-digit year says nothing of the order: "11.03.17" is 3 November too.
    ("11.03.17 in Gadgetry", True, dt.date(2017, 11, 3)),
    ("11.03.17 in Gadgetry", None, None),
    # Past the pivot, the last century, and before ``meta_min_year`` no date.
    ("12.31.98", None, dt.date(1998, 12, 31)),
    ("12.31.75", None, None),
    # Amid a line, figures with a two-digit last part are a version or a score.
    ("Kernel 2.6.32 is out", True, None),
    ("Posted 10.15.15", None, None),
])
def test_a_two_digit_year_is_read_where_the_date_opens_the_line(
        line: str, month_first: bool | None, day: dt.date | None) -> None:
    assert line_dates(line, DEFAULT_OPTIONS, lambda: month_first) == (day, None)


def test_a_stamp_with_a_two_digit_year_dates_the_story() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["10.15.15"], [P1], [P2]]))
    assert article.published == dt.date(2015, 10, 15)


@pytest.mark.parametrize(("lines", "month_first"), [
    (["Comments", "10/31/2024 by Jane"], True),
    (["31/10/2024"], False),
    (["3 October 2023", "Posted 4. Oktober 2023"], False),
    (["October 3, 2023"], True),
    # A number past 12 decides before a month's name.
    (["31/10/2024", "October 3, 2023", "October 4, 2023"], False),
    # Each date counts once: a thread's stamps repeat one habit.
    (["3 October 2023", "4 October 2023"] + ["May 2, 2023"] * 5, False),
    (["Nothing dated here", "2023-10-03"], None),
])
def test_how_a_page_writes_its_dates(lines: list[str], month_first: bool | None) -> None:
    assert writes_month_first(lines) is month_first


def test_the_head_reads_a_date_both_ways_as_the_page_s_other_dates() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["03/10/2023"], [P1], [P2],
                   ["Comments"], ["Jane wrote on 10/23/2023"]])
    assert parse_text(dump).published == dt.date(2023, 3, 10)
    dump = render([list(MENU_ITEMS), [TITLE], ["03/10/2023"], [P1], [P2],
                   ["Comments"], ["Jane wrote on 23/10/2023"]])
    assert parse_text(dump).published == dt.date(2023, 10, 3)


def test_a_dump_with_no_date_of_its_own_is_dated_by_its_url() -> None:
    # The page's stamp was in markup the renderer dropped; its address spells the date.
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P1]])
    url = "https://news.example.org/2019/03/03/council-drops-tax-rise/"
    assert parse_text(dump).published is None
    assert parse_text(dump, url=url).published == MARCH_3


def test_a_date_the_dump_shows_comes_before_its_url_s() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["March 5, 2019"], [P1], [P2], [P1]])
    url = "https://news.example.org/2019/03/03/council-drops-tax-rise/"
    assert parse_text(dump, url=url).published == MARCH_5


# A story in a language that writes the day first, its date in figures that read both
# ways, no other date on the page to say which: the language says it.
_FRENCH_STORY = [
    "Le conseil municipal a voté mardi le nouveau budget de la ville, après un long débat "
    "avec les habitants qui demandaient plus de moyens pour les écoles et les transports.",
    "Les élus de l'opposition ont dit qu'ils étaient contre la hausse des impôts, mais le "
    "maire a répondu que la ville devait payer le nouveau pont sur la rivière.",
]
_ENGLISH_STORY = [P1, P2]


@pytest.mark.parametrize(("story", "line", "published"), [
    (_FRENCH_STORY, "Publié le 12/10/2019 à 10h05", dt.date(2019, 10, 12)),
    (_FRENCH_STORY, "Publié le 13/10/2019", dt.date(2019, 10, 13)),  # reads one way
    # English writes it both ways (10/12 is October in the US, December in Britain): a
    # dump is read as the HTML reader reads a page declared "en", month first.
    (_ENGLISH_STORY, "Posted 12/10/2019", dt.date(2019, 12, 10)),
    (_ENGLISH_STORY, "9/11/13 10:00AM", dt.date(2013, 9, 11)),
    (_ENGLISH_STORY, "Posted 13/10/2019", dt.date(2019, 10, 13)),
])
def test_a_date_in_figures_that_reads_both_ways_is_read_as_the_story_s_language_writes_it(
        story: list[str], line: str, published: dt.date | None) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], *([p] for p in story)]))
    assert article.published == published
