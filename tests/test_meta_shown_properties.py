"""Properties of read_page_facts over generated pages that show their headline, date and
byline in one of the languages the project reads, among decoys: an SEO or social title
that glues a kicker or the site name to the headline, a modified date, a sidebar story
with its own heading, date and author, a comment with its commenter and date, and a
photographer's credit (issue 13, item 4)."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._options import DEFAULT_OPTIONS

# Per language: the byline lead, the published label, a month-name date form, the
# photographer's credit, the comment's verb, and each month's forms ("|" between them:
# the name, the genitive a Slavic date writes, the abbreviations with and without a dot).
_LANGUAGES = {
    "de": ("Von", "Veröffentlicht am", "{d}. {month} {y}", "Foto:", "schrieb",
           ("Januar|Jan.|Jänner Februar|Feb.|Feber März|Mär. April|Apr. Mai Juni|Jun "
            "Juli|Jul. August|Aug September|Sept.|Sep Oktober|Okt.|Okt November|Nov. "
            "Dezember|Dez.|Dez")),
    "fr": ("Par", "Publié le", "{d} {month} {y}", "Photo :", "a écrit",
           "janvier|janv.|janv février|févr.|fév mars avril|avr. mai juin juillet|juil. "
           "août septembre|sept.|sept octobre|oct. novembre|nov décembre|déc.|déc"),
    "it": ("di", "Pubblicato il", "{d} {month} {y}", "Foto:", "ha scritto",
           "gennaio|gen febbraio|feb. marzo|mar aprile|apr. maggio|mag giugno|giu luglio|lug. "
           "agosto|ago settembre|set ottobre|ott. novembre|nov dicembre|dic."),
    "es": ("Por", "Publicado el", "{d} de {month} de {y}", "Foto:", "escribió",
           "enero|ene. febrero|feb marzo|mar. abril|abr mayo junio|jun. julio|jul agosto|ago. "
           "septiembre|setiembre|sept. octubre|oct noviembre|nov. diciembre|dic"),
    "pt": ("Por", "Publicado em", "{d} de {month} de {y}", "Foto:", "escreveu",
           "janeiro|jan. fevereiro|fev março|mar. abril|abr maio|mai. junho|jun julho|jul. "
           "agosto|ago setembro|set. outubro|out novembro|nov. dezembro|dez"),
    "pl": ("Autor:", "Opublikowano", "{d} {month} {y}", "Fot.", "napisał",
           "stycznia|sty.|sty lutego|lut. marca|mar kwietnia|kwi. maja|maj czerwca|cze. "
           "lipca|lip sierpnia|sie. września|wrz października|paź.|paź listopada|lis. "
           "grudnia|gru"),
    "nl": ("Door", "Gepubliceerd op", "{d} {month} {y}", "Foto:", "schreef",
           "januari|jan. februari|feb maart|mrt.|mrt april|apr. mei juni|jun juli|jul. "
           "augustus|aug september|sept. oktober|okt november|nov. december|dec"),
    "en": ("By", "Published", "{month} {d}, {y}", "Photo:", "wrote",
           "January|Jan.|Jan February|Feb. March|Mar April|Apr. May June|Jun July|Jul. "
           "August|Aug September|Sept.|Sep. October|Oct November|Nov. December|Dec"),
}
_WORDS = ("Rat Stadt Haushalt Brücke Hafen Schule Wahl Markt Zug Wald Fluss Museum "
          "Klinik Theater Stadion Bahnhof Bibliothek Hochschule Parlament Gericht").split()
_FIRST = ("Jana", "Marco", "Ana", "Piotr", "Claire", "Lukas", "Giulia", "Tomasz")
_LAST = ("Müller", "Rossi", "Souza", "Kowalski", "Martin", "García", "Nowak", "Bianchi")
_STORY = ("<p>" + "The council met on a long evening and talked about many things. " * 6
          + "</p>") * 3


@attrs.frozen
class ShownPage:
    html: str
    headline: str
    published: dt.date
    author: str


def _date_text(language: str, day: dt.date, form_index: int = 0) -> str:
    form, months = _LANGUAGES[language][2], _LANGUAGES[language][5].split()
    forms = months[day.month - 1].split("|")
    return form.format(d=day.day, month=forms[form_index % len(forms)], y=day.year)


@st.composite
def shown_pages(draw: st.DrawFn) -> ShownPage:
    language = draw(st.sampled_from(sorted(_LANGUAGES)))
    lead, label, _form, credit, wrote, _months = _LANGUAGES[language]
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=7, unique=True))
    headline = " ".join(words)
    other_words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=6, unique=True)
                       .filter(lambda w: len(set(w) & set(words)) <= 1))
    people = draw(st.lists(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)),
                           min_size=4, max_size=4, unique=True))
    author, commenter, photographer, sidebar_author = (f"{a} {b}" for a, b in people)
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31)))
    later = published + dt.timedelta(days=draw(st.integers(2, 400)))
    site = draw(st.sampled_from(("Stadtblatt", "Le Quotidien", "Gazeta Lokalna")))
    social = draw(st.sampled_from((
        f"{headline} | {site}", f"Lokales: {headline}", f"{headline} - {site}",
        f"{site} :: {headline}")))
    head = (f"<title>{social}</title><meta property='og:title' content='{social}'>"
            f"<meta property='og:site_name' content='{site}'>"
            f"<meta property='article:modified_time' content='{later.isoformat()}'>")
    byline = draw(st.sampled_from((
        f"<p class='meta'>{lead} {author}</p>",
        f"<p><span>{lead}</span> <a href='/a/1'>{author}</a></p>")))
    written = _date_text(language, published, draw(st.integers(0, 2)))
    dateline = f"<p><span>{label}</span> <time>{written}</time></p>"
    header = draw(st.sampled_from((byline + dateline, dateline + byline)))
    body = (f"<nav><a href='/'>{site}</a></nav><article><h1>{headline}</h1>{header}"
            f"<figure><figcaption>{credit} {photographer}</figcaption></figure>{_STORY}"
            f"</article><aside><h2>{' '.join(other_words)}</h2>"
            f"<p>{lead} {sidebar_author}</p><p>{_date_text(language, later)}</p></aside>"
            f"<section class='comments'><p>{commenter} {wrote}:</p>"
            f"<p>{_date_text(language, later)}</p><p>Great!</p></section>")
    html = f"<html lang='{language}'><head>{head}</head><body>{body}</body></html>"
    return ShownPage(html=html, headline=headline, published=published, author=author)


@given(shown_pages(), st.booleans())
def test_a_shown_page_gives_its_headline_date_and_author(page: ShownPage,
                                                         with_region: bool) -> None:
    root = build_tree(page.html, DEFAULT_OPTIONS)
    region = root.find(".//article") if with_region else None
    facts = read_page_facts(root, url=None, article_root=region, body_text="",
                            options=DEFAULT_OPTIONS)
    assert facts.title == page.headline
    assert facts.published == page.published
    assert facts.authors == (page.author,)
