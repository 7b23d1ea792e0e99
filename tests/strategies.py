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

#: Characters a field may hold: any but the control characters, tab and newline included.
field_characters = st.characters(exclude_categories=("Cc",), include_characters="\t\n")

#: Non-empty text without surrounding white space: what Paragraph and Dateline accept.
stripped_text = st.text(field_characters, min_size=1, max_size=80).map(str.strip).filter(bool)

optional_text = st.none() | st.text(field_characters, max_size=40)

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
    authors=st.lists(st.text(field_characters, max_size=30), max_size=3).map(tuple),
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


# --- the wider wire forms (issue #14): each built from the shapes and word lists, never
# from one lead's words -------------------------------------------------------------------

#: German, Austrian, Italian and Spanish towns the gazetteer knows, in their own spelling.
WIDE_TOWNS = ("Wien", "Graz", "Linz", "Köln", "Bonn", "München", "Lecce", "Bari", "Pescara",
              "Treviso", "Sevilla", "Toluca", "Xalapa", "Utrecht", "Aarhus", "Odense")
#: Places with the region a bracket gives them.
WIDE_BRACKET_REGIONS = ("Utah", "Bayern", "Toscana", "South Carolina", "Treviso", "Ohio")
#: Mexican state abbreviations, whose dot belongs to the place.
WIDE_MX_STATES = ("Mich.", "Ver.", "Jal.", "Oax.", "Gro.", "Yuc.", "Pue.")
#: Chinese agencies and places for Xinhua-style datelines.
WIDE_CN_AGENCIES = ("新华社", "中新社")
WIDE_CN_PLACES = ("北京", "上海", "华盛顿", "乌鲁木齐", "拉萨", "莫斯科")
WIDE_JA_PLACES = ("東京", "ワシントン", "ドーハ", "北京", "ロンドン")
WIDE_RU_MONTHS = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт",
                  "ноя", "дек")
#: Outlets that sign leads on news feeds.
WIDE_OUTLETS = ("Sports Network", "Reuters Health", "IDG News Service", "The Motley Fool")
#: Rubrics and interview labels, which open leads in capitals but are no place.
WIDE_RUBRICS = ("MEINUNG", "KOMMENTAR", "ÉCONOMIE", "CULTURE", "DÉCRYPTAGE", "PREGUNTA",
                "RESPUESTA", "ENTREVISTA", "ANÁLISIS", "POLITIQUE", "OPINIÃO", "INTERVISTA")

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _caps_or_title(city: str) -> st.SearchStrategy[str]:
    return st.sampled_from((city, city.upper()))


def _with_or_without(draw: st.DrawFn, with_: BuiltDateline, without: BuiltDateline
                     ) -> BuiltDateline:
    return with_ if draw(st.booleans()) else without


@st.composite
def _joined_places(draw: st.DrawFn) -> BuiltDateline:
    """``Köln/Bonn (dpa) –``, ``Wien / Graz –``."""
    towns = draw(st.lists(st.sampled_from(WIDE_TOWNS), min_size=2, max_size=3, unique=True))
    place = draw(st.sampled_from(("/", " / "))).join(towns)
    agency, dash = draw(dateline_agencies), draw(dateline_dashes)
    return _with_or_without(
        draw, BuiltDateline(f"{place} ({agency}) {dash}", place=place, source=agency),
        BuiltDateline(f"{place} {dash}", place=place))


@st.composite
def _bracketed_regions(draw: st.DrawFn) -> BuiltDateline:
    """``Salt Lake City (Utah) –``."""
    town = draw(st.sampled_from(WIDE_TOWNS + DATELINE_CITIES))
    place = f"{town} ({draw(st.sampled_from(WIDE_BRACKET_REGIONS))})"
    return BuiltDateline(f"{place} {draw(dateline_dashes)}", place=place)


@st.composite
def _mexican(draw: st.DrawFn) -> BuiltDateline:
    """``Xalapa.-``, ``MORELIA, Mich. (apro).-``."""
    town = draw(_caps_or_title(draw(st.sampled_from(WIDE_TOWNS))))
    place = f"{town}, {draw(st.sampled_from(WIDE_MX_STATES))}"
    return _with_or_without(
        draw, BuiltDateline(f"{town}.-", place=town),
        BuiltDateline(f"{place} (apro).-", place=place, source="apro"))


@st.composite
def _closed_by_period(draw: st.DrawFn) -> BuiltDateline:
    """``Lecce. Il sindaco…``."""
    town = draw(st.sampled_from(WIDE_TOWNS))
    return BuiltDateline(f"{town}.", place=town)


@st.composite
def _credit_first(draw: st.DrawFn) -> BuiltDateline:
    """``(AP) HONOLULU -``, ``(ANSA) - ROMA, 4 SET -``."""
    city = draw(st.sampled_from(DATELINE_CITIES)).upper()
    agency, dash = draw(dateline_agencies), draw(dateline_dashes)
    date = draw(dateline_dates(with_year=False))
    return _with_or_without(
        draw, BuiltDateline(f"({agency}) {city} {dash}", place=city, source=agency),
        BuiltDateline(f"({agency}) {dash} {city}, {date.text} {dash}", place=city,
                      source=agency, day=date.day, month=date.month))


@st.composite
def _xinhua(draw: st.DrawFn) -> BuiltDateline:
    """``新华社北京3月5日电``, full-width digits too."""
    source = draw(st.sampled_from(WIDE_CN_AGENCIES))
    place = draw(st.sampled_from(WIDE_CN_PLACES))
    day, month = draw(dateline_days), draw(st.integers(min_value=1, max_value=12))
    digits = f"{month}月{day}日"
    if draw(st.booleans()):
        digits = digits.translate(_FULL_WIDTH)
    return BuiltDateline(f"{source}{place}{digits}电", place=place, source=source, day=day,
                         month=month)


@st.composite
def _kyodo(draw: st.DrawFn) -> BuiltDateline:
    """``【東京共同】``."""
    place = draw(st.sampled_from(WIDE_JA_PLACES))
    return BuiltDateline(f"【{place}共同】", place=place, source="共同")


@st.composite
def _ria(draw: st.DrawFn) -> BuiltDateline:
    """``МОСКВА, 18 мар — РИА Новости.``."""
    city = draw(st.sampled_from(("МОСКВА", "КИЕВ", "ПЕКИН", "КАЗАНЬ", "ЖЕНЕВА")))
    day, month = draw(dateline_days), draw(st.integers(min_value=1, max_value=12))
    return BuiltDateline(f"{city}, {day} {WIDE_RU_MONTHS[month - 1]} — РИА Новости.",
                         place=city, source="РИА Новости", day=day, month=month)


@st.composite
def _belga(draw: st.DrawFn) -> BuiltDateline:
    """``ANTWERPEN 31/07 (BELGA) =``."""
    city = draw(st.sampled_from(("BRUXELLES", "BRUSSEL", "ANTWERPEN", "GENT", "LIÈGE",
                                 "NAMUR", "PARIS", "LONDON")))
    day, month = draw(dateline_days), draw(st.integers(min_value=1, max_value=12))
    return BuiltDateline(f"{city} {day:02d}/{month:02d} (BELGA) =", place=city,
                         source="BELGA", day=day, month=month)


@st.composite
def _signed_by_colon(draw: st.DrawFn) -> BuiltDateline:
    """Ritzau's ``Aarhus /ritzau/:``, PTI's ``Wellington, PTI:`` and ``Lucknow (PTI):``."""
    town = draw(st.sampled_from(WIDE_TOWNS + DATELINE_CITIES))
    form = draw(st.sampled_from(("{} /ritzau/:", "{}, PTI:", "{} (PTI):")))
    return BuiltDateline(form.format(town), place=town,
                         source="ritzau" if "ritzau" in form else "PTI")


@st.composite
def _brazilian_day(draw: st.DrawFn) -> BuiltDateline:
    """``Rio, 5 (AE) -``: a day and no month."""
    city = draw(st.sampled_from(("Rio", "São Paulo", "Brasília", "Recife", "Manaus")))
    day = draw(dateline_days)
    return BuiltDateline(f"{city}, {day} (AE) {draw(dateline_dashes)}", place=city,
                         source="AE", day=day)


@st.composite
def _outlets(draw: st.DrawFn) -> BuiltDateline:
    """``(Sports Network) -``, ``The Motley Fool -``, ``12 марта. INTERFAX.RU -``."""
    outlet, dash = draw(st.sampled_from(WIDE_OUTLETS)), draw(dateline_dashes)
    day, month = draw(dateline_days), draw(st.integers(min_value=1, max_value=12))
    written = f"{day} {DATELINE_MONTHS['ru'][month - 1][0]}."
    return draw(st.sampled_from((
        BuiltDateline(f"({outlet}) {dash}", source=outlet),
        BuiltDateline(f"{outlet} {dash}", source=outlet),
        BuiltDateline(f"{written} INTERFAX.RU {dash}", source="INTERFAX.RU", day=day,
                      month=month),
    )))


@st.composite
def _dash_lost(draw: st.DrawFn) -> BuiltDateline:
    """``BAGHDAD, Iraq The …``, ``CAIRO, March 4  Protesters …``."""
    city = draw(st.sampled_from(DATELINE_CITIES)).upper()
    region = draw(st.sampled_from(("Iraq", "Egypt", "Kenya", "Calif.", "Texas")))
    date = draw(dateline_dates(with_year=False).filter(lambda d: "de" not in d.text))
    return _with_or_without(
        draw, BuiltDateline(f"{city}, {region}", place=f"{city}, {region}"),
        BuiltDateline(f"{city}, {date.text}", place=city, day=date.day, month=date.month))


#: The forms issue #14 added: joined places, bracketed regions, Mexican ".-", a place
#: closed by its period, a credit before the place, Xinhua, Kyodo, RIA, Belga, Ritzau,
#: PTI, Brazilian day-only datelines, outlets with no place and feeds that lost the dash.
wide_datelines = st.one_of(
    _joined_places(), _bracketed_regions(), _mexican(), _closed_by_period(), _credit_first(),
    _xinhua(), _kyodo(), _ria(), _belga(), _signed_by_colon(), _brazilian_day(), _outlets(),
    _dash_lost(),
)


#: A story lead opening with one of the wider wire forms.
wide_dateline_leads = st.builds(
    BuiltLead, dateline=wide_datelines, gap=st.sampled_from((" ", "  ", "\u00a0")),
    story=dateline_prose,
)

#: Rubrics, kickers, speaker labels and meta lines that must not become datelines.
wide_dateline_impostors = st.one_of(
    st.builds(lambda rubric, dash, prose: f"{rubric} {dash} {prose}",
              st.sampled_from(WIDE_RUBRICS), dateline_dashes, dateline_prose),
    st.builds(lambda day, month, year, name: f"{day:02d}/{month:02d}/{year} - Publicado por: "
              f"{name} - Categoria: Política",
              dateline_days, st.integers(1, 12), dateline_years,
              st.sampled_from(("Maria Silva", "João Souza"))),
    # Two people joined by a slash: "Lula/Dilma –".
    st.builds(lambda a, b, dash, prose: f"{a}/{b} {dash} {prose}",
              st.sampled_from(("Lula", "Dilma", "Obama", "Merkel")),
              st.sampled_from(("Biden", "Temer", "Macron", "Scholz")), dateline_dashes,
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


# ======================================================================================
# Messy pages: stories, page chrome and damage (used by test_properties.py and
# test_decode_properties.py)
# ======================================================================================
#
# A generated page is a ``MessyPage``: the HTML, the story's sentences (which must all
# survive parsing) and the chrome lines (none of which may reach the body). Stories are
# several multi-sentence paragraphs of news prose built from phrase lists; chrome is what
# real pages carry around a story; damage is what real markup does wrong.

import html as _html  # noqa: E402  (this section's own imports, kept with it)

import attrs as _attrs  # noqa: E402

_SUBJECTS = (
    "The city council", "Local officials", "The health minister", "Police in the region",
    "The transport authority", "Residents of the northern suburbs", "The school board",
    "Union leaders", "The opposition party", "Emergency services", "The central bank",
    "Farmers in the valley", "The university", "Hospital staff", "The mayor's office",
    "Environmental groups", "The company's chief executive", "Investigators",
)
_VERBS = (
    "said", "announced", "confirmed", "warned", "argued", "reported", "told reporters",
    "insisted", "explained", "acknowledged", "estimated", "revealed",
)
_CLAUSES = (
    "that the new budget would be presented to parliament before the end of the month",
    "that the old bridge would stay closed for repairs until the spring",
    "that about {n} people had been moved from their homes because of the flooding",
    "that the price of bread had risen by {n} per cent over the past year",
    "that the plan to build a second runway had been put on hold for now",
    "that talks with the teachers would resume early next week",
    "that the river was expected to reach its highest level since records began",
    "that {n} new nurses would be hired to shorten the waiting lists",
    "that the factory had cut its water use by nearly a third",
    "that the decision was taken after months of careful study",
    "that the results of the inquiry would be made public in the autumn",
    "that more than {n} volunteers had signed up to help with the clean-up",
    "that the tram line would reach the airport by the end of next year",
    "that the storm had damaged the roofs of {n} houses in the old town",
    "that the museum would reopen its doors after a long renovation",
    "that a new law on rents was likely to pass with a narrow majority",
)
_TAILS = (
    "", " on Tuesday", " in a statement on Monday", " after a long meeting",
    ", according to a spokesman", " at a press conference", " late on Friday",
    " in an interview with the local radio station",
)
_FIRST_NAMES = ("Maria", "James", "Aisha", "Tomas", "Elena", "David", "Priya", "Lucas")
_LAST_NAMES = ("Okafor", "Lindqvist", "Moreau", "Castillo", "Brennan", "Nakamura", "Weber")

#: Words for menus and footers: the short labels of site navigation.
_SECTIONS = (
    "Home", "World", "Politics", "Business", "Sport", "Opinion", "Culture", "Science",
    "Technology", "Health", "Travel", "Weather", "Video", "Podcasts", "Newsletters",
)
_SHARE_LINES = (
    "Share on Facebook", "Share on Twitter", "Share on LinkedIn", "Share via Email",
    "Print this article", "Copy link",
)
_FOOTER_LINES = (
    "Contact us", "Privacy policy", "Terms of use", "Cookie settings", "Advertise with us",
    "About us", "Careers", "Accessibility",
)
_TEASERS = (
    "Five things to know about the new tax rules", "Why the housing market is cooling",
    "Photos: the festival in pictures", "Opinion: the case for a four-day week",
    "How the city plans to fix its roads", "Quiz: how well do you know the news",
    "The best walks near the coast this summer", "Live: election results as they come in",
)
_COMMENTS = (
    "I have lived here for thirty years and never seen anything like it.",
    "Typical. They always promise and never deliver anything.",
    "Great reporting, thank you for covering this story.",
    "Does anyone know when the road will be open again?",
)

#: Characters that latin-1, windows-1252 and UTF-8 all encode (the first two the same).
LATIN_WORDS = ("café", "Zürich", "señora", "façade", "naïve", "Malmö", "São", "crème")


@st.composite
def news_sentences(draw: st.DrawFn) -> str:
    """One sentence of news prose, 12 to 30 words, ending in a full stop."""
    clause = draw(st.sampled_from(_CLAUSES)).format(n=draw(st.integers(2, 900)))
    return f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_VERBS))} {clause}" \
           f"{draw(st.sampled_from(_TAILS))}."


def _distinct_sentences(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(news_sentences(), min_size=count, max_size=count, unique=True)


@_attrs.frozen
class Story:
    """A generated story: headline, byline and paragraphs of sentences."""

    headline: str
    byline: str
    paragraphs: tuple[tuple[str, ...], ...]

    @property
    def sentences(self) -> list[str]:
        """Every sentence of the body, in order."""
        return [sentence for paragraph in self.paragraphs for sentence in paragraph]


@st.composite
def stories(draw: st.DrawFn, *, latin: bool = False) -> Story:
    """A story of 3 to 6 paragraphs of 2 to 4 sentences (all distinct).

    With ``latin=True`` some sentences carry accented words (``LATIN_WORDS``).
    """
    shape = draw(st.lists(st.integers(2, 4), min_size=3, max_size=6))
    sentences = draw(_distinct_sentences(sum(shape)))
    if latin:
        word = draw(st.sampled_from(LATIN_WORDS))
        sentences = [
            s.replace(" the ", f" the {word} ", 1) if i % 2 == 0 else s
            for i, s in enumerate(sentences)
        ]
    paragraphs, start = [], 0
    for size in shape:
        paragraphs.append(tuple(sentences[start : start + size]))
        start += size
    headline = draw(st.sampled_from(_SUBJECTS)) + " " + draw(st.sampled_from(
        ("faces questions over delays", "unveils plan for the city centre",
         "under pressure after floods", "agrees deal after long talks")))
    byline = f"By {draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
    return Story(headline=headline, byline=byline, paragraphs=tuple(paragraphs))


@_attrs.frozen
class Chrome:
    """Page furniture around a story, as HTML pieces and the text lines they show."""

    before: tuple[str, ...]  # HTML placed before the story
    after: tuple[str, ...]  # HTML placed after the story
    lines: tuple[str, ...]  # menu, share, footer and teaser lines: never body text


def _link_list(items: list[str], wrapper: str) -> str:
    links = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(items))
    return wrapper.format(f"<ul>{links}</ul>")


@st.composite
def chromes(draw: st.DrawFn) -> Chrome:
    """Menus, sidebars, share bars, cookie banners, related links, comments, footers."""
    menu = draw(st.lists(st.sampled_from(_SECTIONS), min_size=4, max_size=9, unique=True))
    menu_html = _link_list(menu, draw(st.sampled_from((
        "<nav>{}</nav>", '<div class="main-menu">{}</div>', '<div id="navigation">{}</div>',
        '<header class="site-header">{}</header>',
    ))))
    share = draw(st.lists(st.sampled_from(_SHARE_LINES), min_size=2, max_size=4, unique=True))
    share_html = '<div class="share-bar">' + "".join(
        f'<a href="#s{i}">{line}</a> ' for i, line in enumerate(share)) + "</div>"
    teasers = draw(st.lists(st.sampled_from(_TEASERS), min_size=3, max_size=6, unique=True))
    related_html = _link_list(teasers, draw(st.sampled_from((
        '<aside class="sidebar"><h3>Most read</h3>{}</aside>',
        '<div class="related-stories"><h2>Related</h2>{}</div>',
        "<aside>{}</aside>",
    ))))
    footer = draw(st.lists(st.sampled_from(_FOOTER_LINES), min_size=3, max_size=6, unique=True))
    year = draw(st.integers(1998, 2030))
    copyright_line = f"© {year} The Daily Courier. All rights reserved."
    footer_html = draw(st.sampled_from(("<footer>{}</footer>", '<div id="footer">{}</div>')))
    footer_html = footer_html.format(
        _link_list(footer, "{}") + f"<p>{copyright_line}</p>")
    cookie_html = (
        '<div class="cookie-banner"><p>We use cookies to improve your experience.</p>'
        '<button>Accept cookies</button></div>')
    comments = draw(st.lists(st.sampled_from(_COMMENTS), min_size=0, max_size=3, unique=True))
    comments_html = ('<section id="comments"><h3>Comments</h3>' + "".join(
        f'<div class="comment"><p class="author">{_FIRST_NAMES[i]}</p><p>{text}</p></div>'
        for i, text in enumerate(comments)) + "</section>") if comments else ""
    before = [menu_html, share_html] + ([cookie_html] if draw(st.booleans()) else [])
    after = [share_html, related_html, comments_html, footer_html]
    if draw(st.booleans()):
        before.append(related_html)
        after.remove(related_html)
    lines = (*menu, *share, *footer, copyright_line, *teasers)
    return Chrome(before=tuple(before), after=tuple(after), lines=lines)


#: Kinds of damage that ``damaged_pages`` may apply; each name says what it does.
DAMAGE = (
    "unclosed_p", "misnested", "stray_html_end", "nul_bytes", "nbsp", "crlf", "lone_cr",
    "entities", "numeric_refs", "br_paragraphs", "font_center", "layout_table",
    "text_outside_body", "duplicate_body", "wrong_charset", "no_charset",
)


@_attrs.frozen
class MessyPage:
    """A generated page and what parsing it must give back."""

    html: str
    story: Story
    chrome: Chrome
    damage: frozenset[str]
    charset: str | None  # the declared <meta> charset, if any
    outside_line: str | None = None  # a footer line put after </html>

    @property
    def chrome_lines(self) -> tuple[str, ...]:
        """Every line of page furniture on the page: none may reach the body."""
        extra = (self.outside_line,) if self.outside_line else ()
        return (*self.chrome.lines, *extra)


def _encode_text(text: str, damage: frozenset[str], draw: st.DrawFn) -> str:
    """Escape ``text`` for HTML, with the damage that applies to text."""
    text = _html.escape(text, quote=False)
    if "numeric_refs" in damage:  # before named entities, whose names hold letters
        text = text.replace("e", "&#101;", 2).replace("o", "&#x6F;", 1)
    if "entities" in damage:
        text = text.replace("'", "&rsquo;" if draw(st.booleans()) else "&#39;")
        text = text.replace(" per cent", " per&nbsp;cent")
    if "nbsp" in damage:
        text = text.replace(" the ", "\u00a0the ", 1).replace(" a ", " a&nbsp;", 1)
    if "misnested" in damage:
        words = text.split(" ")
        if len(words) > 6:
            words[2] = f"<b><i>{words[2]}"
            words[3] = f"{words[3]}</b></i>"
        text = " ".join(words)
    return text


def _story_html(story: Story, damage: frozenset[str], draw: st.DrawFn) -> str:
    paragraphs = [" ".join(_encode_text(s, damage, draw) for s in p) for p in story.paragraphs]
    if "br_paragraphs" in damage:
        body = "<br><br>\n".join(paragraphs)
        body = f'<div class="story-body">{body}</div>'
    elif "unclosed_p" in damage:
        body = "\n".join(f"<p>{p}" for p in paragraphs)
    else:
        body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    if "font_center" in damage:
        body = f'<center><font face="Arial" size="2">{body}</font></center>'
    head = f"<h1>{_html.escape(story.headline)}</h1>\n<p class=\"byline\">{story.byline}</p>"
    return f"<article>{head}\n{body}</article>"


@st.composite
def damaged_pages(draw: st.DrawFn, *, latin: bool = False) -> MessyPage:
    """A whole page: a story amid chrome, with a random set of ``DAMAGE`` applied."""
    story = draw(stories(latin=latin))
    chrome = draw(chromes())
    damage = frozenset(draw(st.lists(st.sampled_from(DAMAGE), max_size=6, unique=True)))
    charset: str | None = "utf-8"
    if "no_charset" in damage:
        charset = None
    elif "wrong_charset" in damage:
        charset = draw(st.sampled_from(("iso-8859-1", "windows-1252", "shift_jis", "bogus")))
    meta = f'<meta charset="{charset}">' if charset else ""
    head = f"<head>{meta}<title>{_html.escape(story.headline)} | The Daily Courier</title></head>"
    before, after = "\n".join(chrome.before), "\n".join(chrome.after)
    main = _story_html(story, damage, draw)
    if "layout_table" in damage:
        body = (f'<table width="100%"><tr><td colspan="2">{before}</td></tr>'
                f'<tr><td width="20%">{after}</td><td>{main}</td></tr></table>')
    else:
        body = f"{before}\n{main}\n{after}"
    body_open = "<body><body class=\"second\">" if "duplicate_body" in damage else "<body>"
    if "stray_html_end" in damage:
        body = body.replace("\n", "\n</html>\n", 1)
    page = f"<!DOCTYPE html>\n<html>{head}{body_open}\n{body}\n</body></html>\n"
    outside_line = None
    if "text_outside_body" in damage:
        outside_line = draw(st.sampled_from(_FOOTER_LINES))
        page = f"{page}<p>{outside_line}</p>\n"
    if "crlf" in damage:
        page = page.replace("\n", "\r\n")
    elif "lone_cr" in damage:
        page = page.replace("\n", "\r")
    if "nul_bytes" in damage:
        page = page.replace("><", ">\x00<", 5)
    return MessyPage(html=page, story=story, chrome=chrome, damage=damage, charset=charset,
                     outside_line=outside_line)


# ======================================================================================
# Markup trees: arbitrary element soup for the segmentation walk (test_cwalk.py)
# ======================================================================================

#: Tags of every role the walk knows (block, inline, skipped, link, quote, list, pre,
#: table cell, line break, page) and some it does not.
MARKUP_TAGS = (
    "div", "p", "section", "article", "nav", "aside", "footer", "h1", "h2", "ul", "ol", "li",
    "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
    "figcaption", "span", "a", "b", "em", "font", "custom-widget", "script", "style",
    "noscript", "svg", "button", "br", "img", "hr",
)
#: Class and id words the hint patterns care about, and some they do not.
MARKUP_LABELS = (
    "nav", "menu", "share", "related", "article-body", "story", "content", "caption",
    "photo-credit", "dek", "teaser", "sidebar-layout", "navy", "x", "comment", "sr-only",
)
markup_words = st.sampled_from(
    ("news", "the", "Mayor", "said", "€12", "东京", "مرحبا", "end.", "a\u00a0b", "x_y")
)
#: Text with the white space a page may hold: spaces, tabs, newlines, NBSP, ideographic.
markup_text = st.lists(
    markup_words | st.sampled_from((" ", "  ", "\n", "\t", "\u00a0", "\u3000", "\r\n")),
    max_size=6,
).map("".join)
markup_attributes = st.fixed_dictionaries(
    {},
    optional={
        "class": st.lists(st.sampled_from(MARKUP_LABELS), max_size=3).map(" ".join),
        "id": st.sampled_from(MARKUP_LABELS),
        "style": st.sampled_from(("display:none", "DISPLAY : none", "color:red", "")),
        "hidden": st.just(""),
        "aria-hidden": st.sampled_from(("true", "false")),
        "role": st.sampled_from(("navigation", "Navigation", "main", "banner")),
        "itemprop": st.sampled_from(("articleBody", "text", "name")),
        "href": st.just("/x"),
    },
)


def _markup_element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, attributes: dict[str, str], text: str, inner: list[str]) -> str:
        attrs_text = "".join(f' {k}="{_html.escape(v)}"' for k, v in attributes.items())
        return f"<{tag}{attrs_text}>{_html.escape(text)}{''.join(inner)}</{tag}>"

    return st.builds(
        render, st.sampled_from(MARKUP_TAGS), markup_attributes, markup_text,
        st.lists(children, max_size=4),
    )


#: Nested elements with text and tails, as HTML source (unclosed and void tags included:
#: the parser repairs them as it would a real page's).
markup_fragments = st.recursive(
    markup_text.map(_html.escape),
    lambda children: _markup_element(children).flatmap(
        lambda element: markup_text.map(lambda tail: element + _html.escape(tail))
    ),
    max_leaves=40,
)


# ======================================================================================
# Class tokens: what a class or id attribute is made of (test_hints.py)
# ======================================================================================

#: Pieces of class names: every word and stem the hint patterns know, their near misses,
#: BEM and utility-class debris, upper case, digits, non-ASCII letters, and the words of a
#: heading's anchor.
CLASS_PIECES = (
    "nav", "navy", "menu", "side", "bar", "sidebar", "ad", "ads", "adobe", "load", "read",
    "more", "most", "popular", "recommend", "recommended", "advert", "sponsor", "sponsored",
    "screen", "reader", "sr", "only", "visually", "hidden", "comment", "comments", "list",
    "tag", "tags", "site", "global", "header", "footer", "article", "body", "story", "post",
    "content", "entry", "h", "main", "page", "rich", "text", "prose", "caption", "credit",
    "photo", "byline", "image", "media", "source", "abstract", "dek", "teaser", "summary",
    "sub", "headline", "standfirst", "excerpt", "subtitle", "col", "md", "8", "x", "Nav",
    "MENU", "Article", "ſhare", "navé", "K", "π", "with", "a", "the", "of", "The", "sharing",
    "embed", "embedded", "Embeds",
)
class_tokens = st.lists(
    st.sampled_from(CLASS_PIECES) | st.text(alphabet="abcdeNAV_-.:/0", max_size=4),
    min_size=1, max_size=5,
).flatmap(
    lambda pieces: st.lists(
        st.sampled_from(("-", "_", "--", "__", "", ".", ":")),
        min_size=len(pieces) - 1, max_size=len(pieces) - 1,
    ).map(lambda seps: "".join(p + s for p, s in zip(pieces, [*seps, ""], strict=True)))
).filter(lambda token: bool(token) and not any(c.isspace() for c in token))
