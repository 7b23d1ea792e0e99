"""Bylines the article header shows in its text, in the languages the project reads, and
the decoys around them (made-up pages)."""

from __future__ import annotations

import pytest

from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._model import PageFacts
from newsparse._options import DEFAULT_OPTIONS
from newsparse._reading.bylines import with_credentials

STORY = ("<p>" + "The council met on a long evening and talked about many things. " * 6
         + "</p>") * 3
HEADING = "<h1>Der Stadtrat beschließt den Haushalt</h1>"


def _facts(body: str, *, head: str = "") -> PageFacts:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_page_facts(build_tree(html, DEFAULT_OPTIONS), url=None, article_root=None,
                           body_text="", options=DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    "line",
    [
        "<p><span>Von Jana Müller</span></p>",
        "<p><span>Autor: Jana Müller</span></p>",
        "<p><span>Text: Jana Müller</span></p>",
        "<p><em>Por Jana Müller</em></p>",
        "<p><em>di Jana Müller</em></p>",
        "<p><em>Par Jana Müller</em></p>",
        "<div><span>Written by</span> <a href='/a/jm'>Jana Müller</a></div>",
        "<div><span>Autorin:</span> <a href='/a/jm'>Jana Müller</a></div>",
        # The labels in the other languages read: Polish, Italian, Portuguese, French.
        "<p><span>Tekst: Jana Müller</span></p>",
        "<p><span>Autorka: Jana Müller</span></p>",
        "<p><span>Testo: Jana Müller</span></p>",
        "<p><span>Autrice: Jana Müller</span></p>",
        "<div><span>Autora:</span> <a href='/a/jm'>Jana Müller</a></div>",
        "<p><span>Auteure : Jana Müller</span></p>",
        # "Written by", "Posted by" as the other languages read write them.
        "<p><span>Geschrieben von Jana Müller</span></p>",
        "<p><span>Ein Beitrag von Jana Müller</span></p>",
        "<p><span>Écrit par Jana Müller</span></p>",
        "<p><span>Escrito por Jana Müller</span></p>",
        "<p><span>Scritto da Jana Müller</span></p>",
        "<p><span>A cura di Jana Müller</span></p>",
        "<p><span>Geschreven door Jana Müller</span></p>",
        "<p><span>Przez Jana Müller</span></p>",
        "<p><em>Di Jana Müller</em></p>",
        "<p><span>Texte : Jana Müller</span></p>",
        "<div><a href='/a/jm'>Jana Müller</a> <span>12. Oktober 2019</span></div>",
        "<div><a href='/a/jm'>Jana Müller</a> <span>·</span> <span>5 min read</span></div>",
        # The date before the name, a separator of its own between them.
        "<div><span>2019-10-12</span><span>·</span><a href='/a/jm'>Jana Müller</a></div>",
    ],
)
def test_the_byline_shown_under_the_headline_is_read(line: str) -> None:
    assert _facts(HEADING + line + STORY).authors == ("Jana Müller",)


def test_a_capitalised_di_before_one_word_is_a_surname_not_a_lead_in() -> None:
    # Italian "di" opens a byline; "Di Stefano" alone is a name, not "by Stefano".
    assert _facts(HEADING + "<p><em>Di Stefano</em></p>" + STORY).authors == ()


def test_a_bare_line_of_names_needs_a_date_beside_it() -> None:
    # "Middle East" or a kicker reads like a name; without a date or a reading time
    # beside it, it is not a byline.
    assert _facts(HEADING + "<div><a href='/t'>Middle East</a></div>" + STORY).authors == ()


def test_a_date_two_pieces_of_words_before_a_bare_name_is_not_beside_it() -> None:
    far = ("<div><span>2019-10-12</span><span>Politik</span><span>Ausland</span>"
           "<a href='/t'>Middle East</a></div>")
    assert _facts(HEADING + far + STORY).authors == ()


def test_commenters_and_photographers_are_not_the_byline() -> None:
    body = (HEADING + "<figure><figcaption>Foto: Hans Weber</figcaption></figure>" + STORY
            + "<div class='comments'><p>By Karl Kommentar</p><p>Great story!</p></div>")
    assert _facts(body).authors == ()


def test_an_organisation_is_the_byline_when_it_is_the_only_author_named() -> None:
    head = ('<meta property="og:site_name" content="Stadtblatt">'
            '<meta name="author" content="Stadtblatt">')
    assert _facts(HEADING + STORY, head=head).authors == ("Stadtblatt",)
    team = '<meta name="author" content="Redaktion Stadtblatt">'
    assert _facts(HEADING + STORY, head=team).authors == ("Redaktion Stadtblatt",)


def test_a_person_shown_wins_over_the_organisation_declared() -> None:
    head = '<meta name="author" content="Stadtblatt"><meta property="og:site_name" ' \
           'content="Stadtblatt">'
    assert _facts(HEADING + "<p>Von Jana Müller</p>" + STORY, head=head
                  ).authors == ("Jana Müller",)


@pytest.mark.parametrize(
    "line",
    [
        "<div><span class='post-category'>Design Style</span> <span>8/1/2025</span></div>",
        "<div><h3><strong>Resource Planning</strong></h3><p>October 8, 2024</p></div>",
    ],
)
def test_a_category_or_a_section_heading_beside_a_date_is_not_a_byline(line: str) -> None:
    assert _facts(HEADING + line + STORY).authors == ()


def test_a_name_with_its_role_under_it_is_a_byline() -> None:
    line = "<div><div>Jana Müller</div><div>Senior Editor</div></div>"
    assert _facts(HEADING + line + STORY).authors == ("Jana Müller",)


@pytest.mark.parametrize("under", ["Product Analytics Expert", "Last Updated:"])
def test_a_name_with_a_job_title_or_an_update_label_under_it_is_a_byline(under: str) -> None:
    line = f"<div><div>Jana Müller</div><div>{under}</div></div>"
    assert _facts(HEADING + line + STORY).authors == ("Jana Müller",)


@pytest.mark.parametrize("under", ["Author", "Copy Link", "Market Cap"])
def test_a_name_with_a_label_under_it_is_no_byline(under: str) -> None:
    line = f"<div><div>Jana Müller</div><div>{under}</div></div>"
    assert _facts(HEADING + line + STORY).authors == ()


# Credentials: the byline keeps the post-nominal letters the page prints after a name; the
# authors are the names alone.
@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("<p>By <a href='/a/jm'>Jana Müller</a>, MS, RD</p>", "Jana Müller, MS, RD"),
        ("<div><span>Written by</span> <span>Jana Müller, DVM</span></div>",
         "Jana Müller, DVM"),
        ("<p>By Jana Müller, M.D., Ph.D.</p>", "Jana Müller, M.D., Ph.D."),
        ("<p>By Jana Müller, CEPF®</p>", "Jana Müller, CEPF®"),
        # A wire, a job title, capitals running on into a phrase: no credentials.
        ("<p>By Jana Müller, AP</p>", "Jana Müller"),
        ("<p>By Jana Müller, CEO of Acme</p>", "Jana Müller"),
        ("<p>By Jana Müller, Staff Writer</p>", "Jana Müller"),
    ],
)
def test_the_byline_keeps_the_credentials_shown_after_a_name(line: str, byline: str) -> None:
    facts = _facts(HEADING + line + STORY)
    assert facts.authors == ("Jana Müller",)
    assert facts.byline == byline


def test_credentials_are_read_only_right_after_the_name() -> None:
    assert with_credentials("Jana Müller", ["AnnaJana Müller, MD"]) == "Jana Müller"
    assert with_credentials("Jana Müller", ["Jana Müller, MD", "Jana Müller, RN"]) == (
        "Jana Müller, MD")
    assert with_credentials("Jana Müller", ["Jana Müller, MD WebMD News"]) == "Jana Müller"
    # Without a comma, only a degree's own form: a button in capitals is none.
    assert with_credentials("Jana Müller", ["Jana Müller SHARE"]) == "Jana Müller"
    # A full stop ends the credentials as a separator does.
    assert with_credentials("Jana Müller", ["By Jana Müller, DVM. Reviewed by X"]) == (
        "Jana Müller, DVM")
    assert with_credentials("Jana Müller", ["By Jana Müller, DVM.Reviewed"]) == "Jana Müller"
    assert with_credentials("Jana Müller", ["Jana Müller RN, BSN"]) == "Jana Müller RN, BSN"
    assert with_credentials("Jana Müller", ["Jana Müller, MD, Daily Planet"],
                            {"dailyplanet"}) == "Jana Müller, MD"


@pytest.mark.parametrize(
    "control",
    [
        "<a href='#sidebar'>Show Sidebar</a>",
        "<a href='javascript:void(0)'>Jana Müller</a>",
        "<span role='button'>Jana Müller</span>",
        "<span>Toggle Navigation</span>",
    ],
)
def test_a_control_beside_a_date_is_not_a_byline(control: str) -> None:
    line = f"<div>{control}<span>12. Oktober 2019</span></div>"
    assert _facts(HEADING + line + STORY).authors == ()


def test_an_author_link_names_its_author_without_its_label() -> None:
    line = ("<div class='author-link'><a rel='author' href='/member/jm/'>More About Jana"
            " Müller &raquo;</a></div>")
    assert _facts(HEADING + line + STORY).authors == ("Jana Müller",)


def test_a_lead_in_above_the_headline_reads_the_piece_below_it() -> None:
    # Above the heading the pieces are read going up: the names a lone "By" leads into
    # are the piece under it, and a label right over the heading leads into nothing
    # (a text-size tool's "Text" under a "Print" link names no one).
    above = "<div><span>By</span> <a href='/a/jm'>Jana Müller</a></div>"
    assert _facts(above + HEADING + STORY).authors == ("Jana Müller",)
    tools = "<div><a href='/print'>Print</a> <span>Text</span></div>"
    assert "Print" not in _facts(tools + HEADING + STORY).authors


def test_an_author_link_that_is_a_button_names_no_one() -> None:
    line = ("<div class='byline'><a href='/people/jm/'>Jana Müller</a> <span class='menu'>"
            "<a rel='author' href='/people/jm/'>View Profile</a></span></div>")
    assert "View Profile" not in _facts(HEADING + line + STORY).authors
    alone = "<div><a rel='author' href='/people/jm/'>About Me</a></div>"
    assert _facts(HEADING + alone + STORY).authors == ()


def test_a_commenters_byline_and_date_in_the_story_block_are_not_the_storys() -> None:
    thread = ("<div id='comments'><div class='comment'><span class='comment-author'>Karl"
              " Kommentar</span> <span class='comment-date'>12. Oktober 2019</span>"
              "<p>Great story!</p></div></div>")
    facts = _facts(f"<div class='post'>{HEADING}{STORY}{thread}</div>")
    assert facts.authors == ()
    assert facts.published is None
