"""Dates: metadata values, written dates, URL paths and the choice among sources."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsparse._dateline.words import month_of
from newsparse._html.meta.published import choose_published, local_day
from newsparse._options import DEFAULT_OPTIONS
from newsparse._reading.dates import (
    UPDATED,
    date_from_url,
    day_of,
    parse_date,
    parse_written_date,
)

UTC = dt.UTC


def _zone(hours: int, minutes: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-12-22T10:43:37-08:00", dt.datetime(2016, 12, 22, 10, 43, 37, tzinfo=_zone(-8))),
        ("2021-11-01T10:52:50+0100", dt.datetime(2021, 11, 1, 10, 52, 50, tzinfo=_zone(1))),
        ("2017-11-16T14:15+0000", dt.datetime(2017, 11, 16, 14, 15, tzinfo=UTC)),
        ("2019-10-18T17:23:34.816Z", dt.datetime(2019, 10, 18, 17, 23, 34, tzinfo=UTC)),
        ("2015-07-10 09:53:00 -0400", dt.datetime(2015, 7, 10, 9, 53, tzinfo=_zone(-4))),
        ("2020-11-11 12:00:00.000-0600", dt.datetime(2020, 11, 11, 12, 0, tzinfo=_zone(-6))),
        ("2024-01-02T03:04:05+05:30", dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=_zone(5, 30))),
        # No zone: the time cannot be placed, so only the day is kept.
        ("2019-04-28 06:01:07", dt.date(2019, 4, 28)),
        ("2018-04-05T06:00", dt.date(2018, 4, 5)),
        ("2017-11-24T18:42:20.314667", dt.date(2017, 11, 24)),
        ("2024-06-25", dt.date(2024, 6, 25)),
        ("20170113", dt.date(2017, 1, 13)),
        ("20170113033838", dt.date(2017, 1, 13)),
        ("2015/03/27", dt.date(2015, 3, 27)),
        ("Fri Mar 13 21:30:09 EST 2015", dt.date(2015, 3, 13)),
        ("March 25, 2015", dt.date(2015, 3, 25)),
        ("16 November 2017 • 2:15pm", dt.date(2017, 11, 16)),
    ],
)
def test_parse_date_reads_what_pages_write(value: str, expected: dt.date) -> None:
    assert parse_date(value, DEFAULT_OPTIONS) == expected
    assert type(parse_date(value, DEFAULT_OPTIONS)) is type(expected)


@pytest.mark.parametrize(
    "value",
    ["", "yesterday", "PT0H0M53S", "2019-13-01", "2019-02-30", "0001-01-01", "9999-12-31",
     "05/29/2007 09:49:00", "comment_date", "x" * 500],
)
def test_parse_date_rejects_non_dates_and_ambiguous_forms(value: str) -> None:
    assert parse_date(value, DEFAULT_OPTIONS) is None


def test_parse_written_date_finds_a_date_inside_text() -> None:
    assert parse_written_date(
        "By Jane Doe, Sept. 4, 2019 at 5 pm", DEFAULT_OPTIONS) == dt.date(2019, 9, 4)
    assert parse_written_date("Updated 4th July 2020", DEFAULT_OPTIONS) == dt.date(2020, 7, 4)
    assert parse_written_date("no date here 2020", DEFAULT_OPTIONS) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By: FlowGuard EMEA on 04-ago-2021 5:11:10", dt.date(2021, 8, 4)),
        ("Posted 19-Dec-2025", dt.date(2025, 12, 19)),
        ("3-Sept.-2019", dt.date(2019, 9, 3)),
        ("12-Okt-2019", dt.date(2019, 10, 12)),
        ("ref-12-Mar-2019-b", None),  # inside a slug or a code, no date
        ("04-zzz-2021", None),
    ],
)
def test_parse_written_date_reads_a_hyphened_day_month_year(
        text: str, expected: dt.date | None) -> None:
    assert parse_written_date(text, DEFAULT_OPTIONS) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.nytimes.com/2019/11/19/opinion/slug.html", dt.date(2019, 11, 19)),
        ("https://example.com/news/2019-11-19/slug", dt.date(2019, 11, 19)),
        ("https://example.com/news/20191119/slug", dt.date(2019, 11, 19)),
        ("https://example.com/tuft-cells-set-off-responses-20191120/", dt.date(2019, 11, 20)),
        ("https://example.com/item-20191120-more/", None),
        ("https://example.com/2019/11/slug", None),  # no day: not a date
        ("https://example.com/page?date=2019/11/19", None),  # the query is not the path
        ("https://example.com/2019/19/11/slug", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: dt.date | None) -> None:
    assert date_from_url(url, DEFAULT_OPTIONS) == expected


def test_choose_published_takes_the_most_trusted_candidate() -> None:
    first, second = dt.date(2020, 1, 1), dt.date(2020, 1, 2)
    assert choose_published([None, first, second], modified=None) == first


def test_choose_published_skips_a_date_later_than_the_page_was_modified() -> None:
    future, good = dt.date(2031, 1, 1), dt.date(2020, 1, 2)
    assert choose_published([future, good], modified=dt.date(2020, 3, 1)) == good


def test_choose_published_keeps_the_first_when_every_candidate_is_later() -> None:
    late = dt.date(2020, 5, 1)
    assert choose_published([late], modified=dt.date(2020, 3, 1)) == late


def test_choose_published_takes_the_time_of_a_less_trusted_source_on_the_same_day() -> None:
    day = dt.date(2019, 11, 18)
    timed = dt.datetime(2019, 11, 18, 20, 28, tzinfo=dt.UTC)
    other_day = dt.datetime(2019, 11, 17, 9, 0, tzinfo=dt.UTC)
    assert choose_published([day, other_day, timed], modified=None) == timed
    assert choose_published([day, other_day], modified=None) == day
    # A time that the modification date rules out is no refinement.
    assert choose_published([day, timed], modified=dt.datetime(
        2019, 11, 18, 12, 0, tzinfo=dt.UTC)) == day


def test_day_of_keeps_the_written_day() -> None:
    late_evening = dt.datetime(2019, 1, 2, 23, 30, tzinfo=_zone(-8))
    assert day_of(late_evening) == dt.date(2019, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AFP 30 avril 2015 à 07:19", dt.date(2015, 4, 30)),
        ("24 de noviembre de 2017", dt.date(2017, 11, 24)),
        ("am 3. März 2016", dt.date(2016, 3, 3)),
        ("Jun 7, 2023, 8:54 PM UTC", dt.date(2023, 6, 7)),
        ("21.dez.2018 às 12h55", dt.date(2018, 12, 21)),
        ("21.Dez. 2018", dt.date(2018, 12, 21)),
    ],
)
def test_written_dates_in_other_languages(text: str, expected: dt.date) -> None:
    assert parse_written_date(text, DEFAULT_OPTIONS) == expected


# Every month of each language the project reads, in the forms its dates take: the full
# name, the genitive a date writes in Slavic languages, and the usual abbreviations with
# and without their dot; each written day first, as the language does (English and the
# others' month-first forms are tested above).
_MONTH_FORMS = {
    "de": ("Januar Jan. Jänner Jän.", "Februar Feb. Feber", "März Mär.", "April Apr.", "Mai",
           "Juni Jun.", "Juli Jul.", "August Aug.", "September Sept. Sep.",
           "Oktober Okt.", "November Nov.", "Dezember Dez."),
    "fr": ("janvier janv.", "février févr. fév.", "mars", "avril avr.", "mai", "juin",
           "juillet juil.", "août", "septembre sept.", "octobre oct.", "novembre nov.",
           "décembre déc."),
    "es": ("enero ene.", "febrero feb.", "marzo mar.", "abril abr.", "mayo may.",
           "junio jun.", "julio jul.", "agosto ago.", "septiembre setiembre sept. sep.",
           "octubre oct.", "noviembre nov.", "diciembre dic."),
    "it": ("gennaio gen.", "febbraio feb.", "marzo mar.", "aprile apr.", "maggio mag.",
           "giugno giu.", "luglio lug.", "agosto ago.", "settembre set.", "ottobre ott.",
           "novembre nov.", "dicembre dic."),
    "pt": ("janeiro jan.", "fevereiro fev.", "março mar.", "abril abr.", "maio mai.",
           "junho jun.", "julho jul.", "agosto ago.", "setembro set.", "outubro out.",
           "novembro nov.", "dezembro dez."),
    "nl": ("januari jan.", "februari feb.", "maart mrt. mrt", "april apr.", "mei",
           "juni jun.", "juli jul.", "augustus aug.", "september sep. sept.",
           "oktober okt.", "november nov.", "december dec."),
    "ru": ("январь января янв.", "февраль февраля фев. февр.", "март марта мар.",
           "апрель апреля апр.", "май мая", "июнь июня июн.", "июль июля июл.",
           "август августа авг.", "сентябрь сентября сен. сент.", "октябрь октября окт.",
           "ноябрь ноября ноя. нояб.", "декабрь декабря дек."),
    "uk": ("січень січня січ.", "лютий лютого лют.", "березень березня бер.",
           "квітень квітня квіт. кві.", "травень травня трав. тра.",
           "червень червня черв. чер.", "липень липня лип.", "серпень серпня серп. сер.",
           "вересень вересня вер.", "жовтень жовтня жовт. жов.",
           "листопад листопада лист. лис.", "грудень грудня груд. гру."),
    "pl": ("styczeń stycznia sty.", "luty lutego lut.", "marzec marca mar.",
           "kwiecień kwietnia kwi.", "maj maja", "czerwiec czerwca cze.", "lipiec lipca lip.",
           "sierpień sierpnia sie.", "wrzesień września wrz.",
           "październik października paź.", "listopad listopada lis.",
           "grudzień grudnia gru."),
}
_MONTH_CASES = [
    (language, form, number)
    for language, months in _MONTH_FORMS.items()
    for number, forms in enumerate(months, start=1)
    for written in forms.split()
    for form in {written, written.rstrip(".")}
]


@pytest.mark.parametrize(("language", "month", "number"), _MONTH_CASES)
def test_every_month_form_of_every_language_reads_day_first(language: str, month: str,
                                                              number: int) -> None:
    expected = dt.date(2019, number, 12)
    joiner = " de " if language in ("es", "pt") else " "
    day = "12." if language == "de" else "12"
    for text in (f"{day} {month} 2019", f"{day}{joiner}{month}{joiner}2019",
                 f"Published {day} {month.upper()} 2019, 10:05"):
        assert parse_written_date(text, DEFAULT_OPTIONS) == expected, (language, text)


@pytest.mark.parametrize("word", ["Lis", "sie", "Sie", "лип", "сер", "Gru"])
def test_a_short_form_only_dates_use_is_no_month_word_alone(word: str) -> None:
    # "Tomasz Lis", German "Sie": a month only between a day and a year.
    assert month_of(word) is None
    assert parse_written_date(f"{word} 12, 2019", DEFAULT_OPTIONS) is None
    assert parse_written_date(f"12 {word} 2019", DEFAULT_OPTIONS) is not None


def test_a_word_before_a_number_is_not_a_month() -> None:
    assert parse_written_date("Issue 85 2019", DEFAULT_OPTIONS) is None


@pytest.mark.parametrize("text", ["v1.mar.2015", "1.2.2015", "Release 21.mar2018"])
def test_dotted_dates_need_a_day_and_a_month_name(text: str) -> None:
    assert parse_written_date(text, DEFAULT_OPTIONS) is None


@pytest.mark.parametrize(
    ("line", "is_update"),
    [
        ("Last updated: 3 May 2020", True),
        ("Aktualisiert am 3. Mai 2020", True),
        ("Mis à jour le 3 mai 2020", True),
        ("Mise à jour le 3 mai 2020", True),
        ("Last Edited: Wednesday, 09 Jan 2008", True),
        ("Actualizada el 3 de mayo", True),
        # The noun, "last update", in each language: a label too.
        ("Last update: July 16, 2025", True),
        ("Letzte Aktualisierung: 3. Mai 2020", True),
        ("Última actualización: 3 de mayo de 2020", True),
        ("Ultimo aggiornamento: 3 maggio 2020", True),
        ("Última atualização: 3 de maio de 2020", True),
        ("Ostatnia aktualizacja: 3 maja 2020", True),
        ("Update your browser", False),
        ("Published 3 May 2020", False),
        ("The council updates its plan", False),  # the verb, not the label
    ],
)
def test_one_update_label_serves_both_pipelines(line: str, is_update: bool) -> None:
    assert bool(UPDATED.search(line)) is is_update


def test_the_year_range_is_an_option() -> None:
    # A placeholder year is no date; an archive of older pages may allow older years.
    assert parse_date("1985-05-01", DEFAULT_OPTIONS) is None
    assert parse_written_date("May 1, 1985", DEFAULT_OPTIONS) is None
    older = attrs.evolve(DEFAULT_OPTIONS, meta_min_year=1980)
    assert parse_date("1985-05-01", older) == dt.date(1985, 5, 1)
    assert parse_written_date("May 1, 1985", older) == dt.date(1985, 5, 1)
    assert date_from_url("https://example.com/1985/05/01/story", older) == dt.date(1985, 5, 1)
    recent = attrs.evolve(DEFAULT_OPTIONS, meta_max_year=2019)
    assert parse_date("2020-05-01", recent) is None


@pytest.mark.parametrize(("published", "url_day", "expected"), [
    # A post of the evening in New York, stamped in UTC past midnight, filed under its day.
    (dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC), dt.date(2025, 12, 18), dt.date(2025, 12, 18)),
    # Same day, or further apart than a zone can make: the timestamp stands.
    (dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC), dt.date(2025, 12, 19),
     dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC)),
    (dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC), dt.date(2025, 12, 16),
     dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC)),
    # A timestamp in the site's own zone, or no time at all, says which day it is.
    (dt.datetime(2025, 12, 19, 2, 41, tzinfo=_zone(1)), dt.date(2025, 12, 18),
     dt.datetime(2025, 12, 19, 2, 41, tzinfo=_zone(1))),
    (dt.date(2025, 12, 19), dt.date(2025, 12, 18), dt.date(2025, 12, 19)),
    (dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC), None,
     dt.datetime(2025, 12, 19, 2, 41, tzinfo=UTC)),
])
def test_a_utc_stamp_one_day_off_the_url_s_day_takes_the_url_s_day(
        published: dt.date, url_day: dt.date | None, expected: dt.date) -> None:
    assert local_day(published, url_day) == expected
