"""Hypothesis strategies shared by the test modules.

Each engineer owns one section, headed by a banner comment; add yours at the end and
leave the others' sections as they are.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from newsparse import Article, Dateline, Paragraph, ParagraphKind

# ======================================================================================
# Model strategies: Paragraph, Dateline, Article (used by test_model.py)
# ======================================================================================

#: Non-empty text without surrounding white space: what Paragraph and Dateline accept.
stripped_text = st.text(min_size=1, max_size=80).map(str.strip).filter(bool)

optional_text = st.none() | st.text(max_size=40)

#: Fixed UTC offsets, whole minutes, as pages write them (e.g. +05:30, -03:00).
utc_offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)

#: What Article.published and Article.modified hold: a date, or an aware or naive datetime.
publication_dates = st.none() | st.dates() | st.datetimes() | st.datetimes(timezones=utc_offsets)

paragraphs = st.builds(Paragraph, text=stripped_text, kind=st.sampled_from(ParagraphKind))

datelines = st.builds(
    Dateline,
    text=stripped_text,
    place=optional_text,
    source=optional_text,
    day=st.none() | st.integers(min_value=1, max_value=31),
    month=st.none() | st.integers(min_value=1, max_value=12),
    year=st.none() | st.integers(min_value=1, max_value=9999),
    year_inferred=st.booleans(),
)

articles = st.builds(
    Article,
    paragraphs=st.lists(paragraphs, max_size=6).map(tuple),
    title=optional_text,
    dateline=st.none() | datelines,
    byline=optional_text,
    authors=st.lists(st.text(max_size=30), max_size=3).map(tuple),
    published=publication_dates,
    modified=publication_dates,
    language=st.none() | st.sampled_from(["en", "en-AU", "fr", "pt-BR", "zh-Hans"]),
    url=optional_text,
    site_name=optional_text,
)


# ======================================================================================
# Dateline grammar: places, months in several languages, agencies, dashes, prose
# (used by test_dateline_properties.py). Each piece is a small named strategy; the
# leads at the end put them together the way wire services and newspapers do.
# ======================================================================================

#: Cities the dateline gazetteer knows, as written in English or their own language;
#: "Rio de Janeiro" and "St. Louis" exercise particles and abbreviation dots.
DATELINE_CITIES = (
    "Washington", "New York", "Los Angeles", "San Francisco", "St. Louis", "Chicago",
    "London", "Paris", "Berlin", "Moscow", "Tehran", "Beijing", "Kabul", "Jerusalem",
    "Cairo", "Madrid", "Rome", "Vienna", "Tokyo", "Seoul", "New Delhi", "Hong Kong",
    "Rio de Janeiro", "São Paulo", "Mexico City", "Buenos Aires", "Nairobi", "Sydney",
    "Moskau", "Téhéran", "París", "Roma", "Lisboa", "Москва", "Київ", "Warszawa",
)
#: What follows a city after its comma: AP state abbreviations, postal codes, countries.
DATELINE_REGIONS = (
    "Calif.", "N.Y.", "Ill.", "Mass.", "Texas", "Ohio", "Fla.", "NY", "ON", "Afghanistan",
    "Russia", "Iran", "Brazil", "South Korea", "United Arab Emirates",
)
#: Wire services as they sign a dateline.
DATELINE_AGENCIES = (
    "AP", "Reuters", "AFP", "UPI", "Xinhua", "IRNA", "Itar-Tass", "EFE", "ANSA", "dpa",
    "Kyodo", "Yonhap", "Bloomberg", "CNN",
)
#: Outlets that sign a header line and are in no list: "4 September IranExpert".
DATELINE_OUTLETS = ("IranExpert", "NewsWire", "GulfNews", "PressTV")
DATELINE_DASHES = ("—", "–", "--", "-", "_", "―")

#: Month names and abbreviations (with and without the dot) per language, by number.
DATELINE_MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("January", "Jan.", "Jan"), ("February", "Feb.", "Feb"), ("March", "Mar."),
           ("April", "Apr."), ("May",), ("June", "Jun."), ("July", "Jul."),
           ("August", "Aug."), ("September", "Sept.", "Sept", "Sep."),
           ("October", "Oct."), ("November", "Nov.", "Nov"), ("December", "Dec.")),
    "de": (("Januar", "Jan."), ("Februar", "Feb."), ("März",), ("April",), ("Mai",),
           ("Juni",), ("Juli",), ("August",), ("September", "Sept."), ("Oktober", "Okt."),
           ("November",), ("Dezember", "Dez.")),
    "fr": (("janvier", "janv."), ("février", "févr."), ("mars",), ("avril", "avr."),
           ("mai",), ("juin",), ("juillet", "juil."), ("août",), ("septembre", "sept"),
           ("octobre", "oct."), ("novembre", "nov."), ("décembre", "déc.")),
    "es": (("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"),
           ("mayo", "may"), ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
           ("septiembre", "sep"), ("octubre", "oct"), ("noviembre", "nov"),
           ("diciembre", "dic")),
    "it": (("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"),
           ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
           ("settembre", "set"), ("ottobre", "ott"), ("novembre", "nov"),
           ("dicembre", "dic")),
    "pt": (("janeiro", "jan"), ("fevereiro", "fev"), ("março", "mar"), ("abril", "abr"),
           ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
           ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"),
           ("dezembro", "dez")),
    "ru": (("января",), ("февраля",), ("марта",), ("апреля",), ("мая",), ("июня",),
           ("июля",), ("августа",), ("сентября", "сен"), ("октября",), ("ноября",),
           ("декабря",)),
    "uk": (("січня",), ("лютого",), ("березня",), ("квітня",), ("травня",), ("червня",),
           ("липня",), ("серпня",), ("вересня",), ("жовтня",), ("листопада",),
           ("грудня",)),
    "pl": (("stycznia",), ("lutego",), ("marca",), ("kwietnia",), ("maja",), ("czerwca",),
           ("lipca",), ("sierpnia",), ("września",), ("października",), ("listopada",),
           ("grudnia",)),
}
DATELINE_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

_PROSE_OPENERS = ("The", "Officials", "Scientists", "Police", "Protesters", "Shares",
                  "Lawmakers", "Two", "Hundreds", "Residents", "Investors", "Doctors")
_PROSE_WORDS = ("said", "on", "the", "government", "would", "new", "plan", "after",
                "talks", "with", "officials", "in", "city", "rose", "fell", "sharply",
                "a", "report", "warned", "of", "more", "delays", "and", "costs", "today")


@attrs.frozen
class BuiltDateline:
    """A dateline written from its parts, and the fields it must parse back to."""

    text: str
    place: str | None = None
    source: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None


@attrs.frozen
class BuiltLead:
    """A story lead: a built dateline, what separates it from the story, the story."""

    dateline: BuiltDateline
    gap: str
    story: str

    @property
    def lead(self) -> str:
        """The whole lead as a page would give it."""
        return self.dateline.text + self.gap + self.story


def _casings(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from((word, word.upper(), word.lower()))


#: A city, in capitals (wire style) or as written (newspaper style).
dateline_cities = st.sampled_from(DATELINE_CITIES).flatmap(
    lambda city: st.sampled_from((city, city.upper()))
)
#: A city, or a city and its region: ``KABUL, Afghanistan``.
dateline_places = dateline_cities | st.builds(
    "{}, {}".format, dateline_cities, st.sampled_from(DATELINE_REGIONS)
)
dateline_agencies = st.sampled_from(DATELINE_AGENCIES)
dateline_dashes = st.sampled_from(DATELINE_DASHES)
dateline_days = st.integers(min_value=1, max_value=28)
dateline_years = st.integers(min_value=1990, max_value=2035)
dateline_languages = st.sampled_from(sorted(DATELINE_MONTHS))


@st.composite
def dateline_months(draw: st.DrawFn, language: str) -> tuple[str, int]:
    """A month as ``language`` writes it (any form, any casing) and its number."""
    number = draw(st.integers(min_value=1, max_value=12))
    form = draw(st.sampled_from(DATELINE_MONTHS[language][number - 1]))
    return draw(_casings(form)), number


@st.composite
def dateline_dates(draw: st.DrawFn, *, with_year: bool | None = None) -> BuiltDateline:
    """A day and month, maybe a year, in the order and style of one language."""
    language = draw(dateline_languages)
    month, number = draw(dateline_months(language))
    day = draw(dateline_days)
    year = draw(st.none() | dateline_years) if with_year is None else (
        draw(dateline_years) if with_year else None
    )
    if language == "en":
        text = f"{month} {day}" + ("" if year is None else f", {year}")
    elif language == "de":
        text = f"{day}. {month}" + ("" if year is None else f" {year}")
    elif language in ("es", "pt"):
        joiner = draw(st.sampled_from((" ", " de ")))
        text = f"{day}{joiner}{month}" + ("" if year is None else f"{joiner}{year}")
    else:
        text = f"{day} {month}" + ("" if year is None else f" {year}")
    return BuiltDateline(text=text, day=day, month=number, year=year)


#: The opening of a story: a capitalised common word, then ordinary words.
dateline_prose = st.builds(
    lambda opener, words: " ".join((opener, *words)) + ".",
    st.sampled_from(_PROSE_OPENERS),
    st.lists(st.sampled_from(_PROSE_WORDS), min_size=2, max_size=14),
)


@st.composite
def wire_datelines(draw: st.DrawFn) -> BuiltDateline:
    """``PLACE (AGENCY) —``, ``PLACE, DATE (AGENCY) -``, ``PLACE, DATE, AGENCY --``,
    ``PLACE, DATE (AGENCY).-``, ``(AGENCY) —``."""
    place, agency, dash = draw(dateline_places), draw(dateline_agencies), draw(dateline_dashes)
    date = draw(dateline_dates())
    form = draw(st.integers(min_value=0, max_value=4))
    if form == 0:
        return BuiltDateline(f"{place} ({agency}) {dash}", place=place, source=agency)
    fields = {"place": place, "source": agency, "day": date.day, "month": date.month,
              "year": date.year}
    if form == 1:
        return BuiltDateline(f"{place}, {date.text} ({agency}) {dash}", **fields)
    if form == 2:
        return BuiltDateline(f"{place}, {date.text}, {agency} {dash}", **fields)
    if form == 3:
        return BuiltDateline(f"{place}, {date.text} ({agency}).-", **fields)
    return BuiltDateline(f"({agency}) {dash}", source=agency)


@st.composite
def newspaper_datelines(draw: st.DrawFn) -> BuiltDateline:
    """``SAN FRANCISCO —``, ``KABUL, Afghanistan —``, ``JERUSALEM, Tuesday —``,
    ``NEW DELHI:``."""
    place, dash = draw(dateline_places), draw(dateline_dashes)
    form = draw(st.integers(min_value=0, max_value=2))
    if form == 0:
        return BuiltDateline(f"{place} {dash}", place=place)
    if form == 1:
        weekday = draw(st.sampled_from(DATELINE_WEEKDAYS))
        return BuiltDateline(f"{place}, {weekday} {dash}", place=place)
    city = draw(st.sampled_from(DATELINE_CITIES)).upper()
    return BuiltDateline(f"{city}:", place=city)


@st.composite
def header_datelines(draw: st.DrawFn) -> BuiltDateline:
    """Whole header lines: ``4 September IranExpert``, ``Tuesday, September 4, 2001 |
    MOSCOW``, ``04/09/2001 12:34 - IRNA``, ``Sept. 4, 2001, 10:15 a.m. ET``."""
    form = draw(st.integers(min_value=0, max_value=3))
    day, year = draw(dateline_days), draw(dateline_years)
    month, number = draw(dateline_months("en"))
    if form == 0:
        date = draw(dateline_dates(with_year=False))
        outlet = draw(st.sampled_from(DATELINE_OUTLETS))
        return BuiltDateline(f"{date.text} {outlet}", source=outlet, day=date.day,
                             month=date.month)
    if form == 1:
        weekday = draw(st.sampled_from(DATELINE_WEEKDAYS))
        city = draw(st.sampled_from(DATELINE_CITIES)).upper()
        return BuiltDateline(f"{weekday}, {month} {day}, {year} | {city}", place=city,
                             day=day, month=number, year=year)
    if form == 2:
        agency = draw(dateline_agencies)
        clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
        return BuiltDateline(f"{day:02d}/{number:02d}/{year} {clock} - {agency}",
                             source=agency, day=day, month=number, year=year)
    clock = f"{draw(st.integers(1, 12))}:{draw(st.integers(0, 59)):02d}"
    meridiem = draw(st.sampled_from(("a.m.", "p.m.", "AM", "pm")))
    zone = draw(st.sampled_from(("ET", "GMT", "UTC", "PDT")))
    return BuiltDateline(f"{month} {day}, {year}, {clock} {meridiem} {zone}", day=day,
                         month=number, year=year)


#: A story lead opening with a dateline of any form, then the story.
dateline_leads = st.one_of(
    st.builds(BuiltLead, dateline=wire_datelines() | newspaper_datelines(),
              gap=st.sampled_from((" ", "  ", "\u00a0")), story=dateline_prose),
    st.builds(BuiltLead, dateline=header_datelines(),
              gap=st.sampled_from(("\n\n", "\n", "\n \n")), story=dateline_prose),
)

#: Leads with no dateline that a careless reader might take for one.
dateline_impostors = st.one_of(
    dateline_prose,
    # An all-caps first word or two: "A HUNTER who killed…".
    st.builds(lambda opener, prose: f"{opener.upper()} {prose[0].lower()}{prose[1:]}",
              st.sampled_from(_PROSE_OPENERS), dateline_prose),
    # A place and a comma in ordinary prose: "Paris, the government said…".
    st.builds(lambda city, prose: f"{city}, {prose[0].lower()}{prose[1:]}",
              st.sampled_from(DATELINE_CITIES), dateline_prose),
    # A quotation.
    st.builds(lambda city, prose: f"\u201c{city} {prose}\u201d he said.",
              st.sampled_from(DATELINE_CITIES), dateline_prose),
    # A bare byline above the story.
    st.builds(lambda name, prose: f"By {name}\n\n{prose}",
              st.sampled_from(("Jane Doe", "John Smith", "Maria Garcia", "Li Wei")),
              dateline_prose),
)


# ======================================================================================
# Page-metadata strategies: pages whose title, site name, author and date sit in a random
# subset of the sources a page can offer, with decoys (used by test_meta_properties.py)
# ======================================================================================

_META_TITLE_WORDS = (
    "Council", "Approves", "Budget", "River", "Flood", "Warning", "Mayor", "Rejects",
    "Plan", "Scientists", "Find", "New", "Species", "Rare", "Storm", "Hits", "Coast",
    "Talks", "Stall", "Over", "Trade", "Deal", "Election", "Results", "Delayed", "Again",
    "after", "in", "of", "the", "for", "with", "Markets", "Rally", "As", "Rates", "Fall",
)
_META_FIRST_NAMES = ("Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Aisha",
                     "Carlos", "Emma")
_META_LAST_NAMES = ("Doe", "Smith", "Garcia", "Khan", "Wei", "Ivanova", "Martin", "Okafor",
                    "Silva", "Brown")
_META_SITES = ("The Daily Planet", "Metro Gazette", "Harbour Times", "Valley Herald",
               "NewsNow", "The Courier")


@attrs.frozen
class BuiltMetaPage:
    """A generated HTML page and the metadata it states."""

    html: str
    title: str
    site_name: str
    author: str
    published: dt.date
    #: Which sources hold each field (for the failure report).
    title_sources: frozenset[str]
    author_sources: frozenset[str]
    date_sources: frozenset[str]


def _json_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


@st.composite
def meta_pages(draw: st.DrawFn) -> BuiltMetaPage:
    """A news page with its title, site name, author and date spread over random sources.

    Decoys: a related-story heading after the article, a "By" line in a sidebar before the
    heading, a date inside a plain script, and a later date in a related-story list.
    """
    words = draw(st.lists(st.sampled_from(_META_TITLE_WORDS), min_size=4, max_size=10))
    title = " ".join(words)
    title = title[0].upper() + title[1:]
    site = draw(st.sampled_from(_META_SITES))
    author = f"{draw(st.sampled_from(_META_FIRST_NAMES))} {draw(st.sampled_from(_META_LAST_NAMES))}"
    published = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2024, 12, 31)))
    separator = draw(st.sampled_from((" | ", " - ", " – ", " — ")))
    title_sources = draw(st.sets(st.sampled_from(
        ("title", "og", "twitter", "jsonld", "microdata")), min_size=1))
    author_sources = draw(st.sets(st.sampled_from(
        ("meta", "jsonld", "rel", "byline_class")), max_size=2))
    date_sources = draw(st.sets(st.sampled_from(("meta", "jsonld", "time")), max_size=2))
    site_sources = draw(st.sets(st.sampled_from(("og", "jsonld")), min_size=1))

    head = [f"<title>{title}{separator}{site}</title>" if "title" in title_sources
            else f"<title>{site}</title>"]
    if "og" in title_sources:
        head.append(f'<meta property="og:title" content="{title}">')
    if "twitter" in title_sources:
        head.append(f'<meta name="twitter:title" content="{title}{separator}{site}">')
    if "og" in site_sources:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if "meta" in author_sources:
        head.append(f'<meta name="author" content="{author}">')
    if "meta" in date_sources:
        head.append(f'<meta property="article:published_time" content="{published}">')
    ld: list[str] = ['"@context": "https://schema.org"', '"@type": "NewsArticle"']
    if "jsonld" in title_sources:
        ld.append(f'"headline": "{_json_text(title)}"')
    if "jsonld" in author_sources:
        ld.append(f'"author": {{"@type": "Person", "name": "{author}"}}')
    if "jsonld" in date_sources:
        ld.append(f'"datePublished": "{published}T08:00:00Z"')
    if "jsonld" in site_sources:
        ld.append(f'"publisher": {{"@type": "Organization", "name": "{site}"}}')
    head.append(f'<script type="application/ld+json">{{{", ".join(ld)}}}</script>')

    decoy_date = published + dt.timedelta(days=draw(st.integers(min_value=1, max_value=900)))
    body = [
        f"<header><div class=\"logo\">{site}</div></header>",
        '<aside class="sidebar"><div class="byline">By Sidebar Writer</div>'
        f"<script>var pageDate = \"{decoy_date}\";</script></aside>",
        '<article id="story">',
        f'<h1 itemprop="headline">{title}</h1>' if "microdata" in title_sources
        else f"<h1>{title}</h1>",
    ]
    if "rel" in author_sources:
        body.append(f'<p>By <a rel="author" href="/authors/x">{author}</a></p>')
    if "byline_class" in author_sources:
        body.append(f'<div class="story-byline">By {author}, Staff Writer</div>')
    if "time" in date_sources:
        body.append(f'<time datetime="{published}">{published:%B %d, %Y}</time>')
    body.append("<p>The story text goes here, long enough to be the body.</p></article>")
    body.append(f'<section class="related"><h2>Related: Other Story Entirely Here</h2>'
                f'<time datetime="{decoy_date}">later</time></section>')
    html = (f"<!DOCTYPE html><html lang=\"en\"><head>{''.join(head)}</head>"
            f"<body>{''.join(body)}</body></html>")
    return BuiltMetaPage(html=html, title=title, site_name=site, author=author,
                         published=published, title_sources=frozenset(title_sources),
                         author_sources=frozenset(author_sources),
                         date_sources=frozenset(date_sources))
