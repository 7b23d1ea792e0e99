"""Properties of the published and the modified date over generated pages, HTML and text
dumps, in each language the project reads (issue 13, item 2): the header shows the day of
publication (labelled or bare, with a month's name or in figures) and the day of an
update, in either order or on one line, under the headline or under the byline; a
sidebar story and a comment show later dates. The published date is the one the page
states, the modified date the update's, never the one for the other."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_html, parse_text
from text_dumps import MENU_ITEMS, SENTENCES, render

# Per language: the byline's lead, the published label, the update label, a written
# date's form, and the months as a date writes them.
_LANGUAGES = {
    "de": ("Von", "Veröffentlicht am", "Aktualisiert am", "{d}. {month} {y}",
           "Januar Februar März April Mai Juni Juli August September Oktober November "
           "Dezember"),
    "fr": ("Par", "Publié le", "Mis à jour le", "{d} {month} {y}",
           "janvier février mars avril mai juin juillet août septembre octobre novembre "
           "décembre"),
    "it": ("di", "Pubblicato il", "Aggiornato il", "{d} {month} {y}",
           "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
           "novembre dicembre"),
    "es": ("Por", "Publicado el", "Actualizado el", "{d} de {month} de {y}",
           "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
           "diciembre"),
    "pt": ("Por", "Publicado em", "Atualizado em", "{d} de {month} de {y}",
           "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
           "dezembro"),
    "pl": ("Autor:", "Opublikowano", "Zaktualizowano", "{d} {month} {y}",
           "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
           "października listopada grudnia"),
    "nl": ("Door", "Gepubliceerd op", "Bijgewerkt op", "{d} {month} {y}",
           "januari februari maart april mei juni juli augustus september oktober november "
           "december"),
    "en": ("By", "Published", "Updated", "{month} {d}, {y}",
           "January February March April May June July August September October November "
           "December"),
}
_TITLE = "Council drops tax rise and sells the old depot for the bridge"
_AUTHOR = "Jana Müller"
_PARAGRAPHS = [" ".join(SENTENCES[i:i + 3]) for i in (0, 3, 1, 2)]


@attrs.frozen
class DatedHead:
    language: str
    date_line: str
    update_line: str | None
    byline: str
    #: The header's lines under the headline, in order.
    lines: tuple[str, ...]
    published: dt.date
    modified: dt.date | None
    decoy: str


def _written(language: str, day: dt.date) -> str:
    form, months = _LANGUAGES[language][3], _LANGUAGES[language][4].split()
    return form.format(d=day.day, month=months[day.month - 1], y=day.year)


def _date_text(language: str, day: dt.date, in_figures: bool) -> str:
    # Day first in figures, with dots: how the languages other than English write it.
    if in_figures and language != "en":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return _written(language, day)


@st.composite
def dated_heads(draw: st.DrawFn) -> DatedHead:
    language = draw(st.sampled_from(sorted(_LANGUAGES)))
    lead, published_label, update_label, _form, _months = _LANGUAGES[language]
    published = draw(st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31)))
    later = published + dt.timedelta(days=draw(st.integers(2, 400)))
    in_figures = draw(st.booleans())
    shown = _date_text(language, published, in_figures)
    date_line = f"{published_label} {shown}" if draw(st.booleans()) else shown
    byline = f"{lead} {_AUTHOR}"
    lines = [date_line, byline] if draw(st.booleans()) else [byline, date_line]
    where = draw(st.sampled_from(("none", "before", "after", "same line")))
    update = f"{update_label} {_date_text(language, later, in_figures)}"
    at = lines.index(date_line)
    if where == "before":
        lines.insert(at, update)
    elif where == "after":
        lines.insert(at + 1, update)
    elif where == "same line":
        lines[at] = f"{date_line} | {update}"
    decoy = _date_text(language, later + dt.timedelta(days=3), in_figures)
    return DatedHead(language=language, date_line=date_line,
                     update_line=None if where == "none" else update, byline=byline,
                     lines=tuple(lines), published=published,
                     modified=None if where == "none" else later, decoy=decoy)


@given(dated_heads())
def test_a_dump_gives_the_published_and_the_modified_date_it_shows(head: DatedHead) -> None:
    blocks = [list(MENU_ITEMS), [_TITLE], *([line] for line in head.lines),
              *([paragraph] for paragraph in _PARAGRAPHS),
              ["Five things to know this week", head.decoy],
              ["Tom Roe wrote:", head.decoy, "Great story!"]]
    article = parse_text(render(blocks))
    assert article.published == head.published
    # A page that says only when it was updated: its modified date is that day (or none).
    assert article.modified == head.modified
    assert article.authors == (_AUTHOR,)


@given(dated_heads(), st.sampled_from(("p", "time", "span")))
def test_an_html_page_gives_the_published_and_the_modified_date_its_header_shows(
        head: DatedHead, wrap: str) -> None:
    def element(line: str) -> str:
        if line == head.byline:
            return f"<p>{line}</p>"
        if wrap == "p":
            return f"<p>{line}</p>"
        return f"<p><{wrap}>{line}</{wrap}></p>"

    story = "".join(f"<p>{paragraph}</p>" for paragraph in _PARAGRAPHS)
    html = (f"<html lang='{head.language}'><head><title>{_TITLE} | Site</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{_TITLE}</h1>"
            f"{''.join(element(line) for line in head.lines)}{story}</article>"
            f"<aside><h2>Five things to know this week</h2><p>{head.decoy}</p></aside>"
            f"<section class='comments'><p>Tom Roe wrote:</p><p>{head.decoy}</p>"
            f"<p>Great story!</p></section></body></html>")
    article = parse_html(html)
    assert article.published == head.published
    assert article.modified == head.modified
