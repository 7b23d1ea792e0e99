"""Authors the page shows away from its header (author boxes, labelled names, author-page
links), and the decoys that look like them: menus, sidebars, comments, prose (made-up
pages)."""

from __future__ import annotations

import re

import pytest

from newsparse._html.meta.facts import read_page_facts
from newsparse._html.meta.page_authors import _LEAD_START, _LEAD_START_WORDS
from newsparse._html.tree import build_tree
from newsparse._model import PageFacts
from newsparse._options import DEFAULT_OPTIONS

STORY = ("<p>" + "The council met on a long evening and talked about many things. " * 6
         + "</p>") * 3
# A heading with nothing under it that says who wrote the story.
HEADING = ("<header><h1>The council passes its budget</h1><div class='hero'><img src='x.jpg'>"
           "</div></header>")


def _facts(body: str, *, head: str = "") -> PageFacts:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_page_facts(build_tree(html, DEFAULT_OPTIONS), url=None, article_root=None,
                           body_text="", options=DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    "box",
    [
        # An author box after the story.
        "<div class='post-author'><p>Written by</p><p><a href='/x'>Jana Novak</a></p></div>",
        "<div class='about'><h4>Author</h4><div class='name'>Jana Novak</div>"
        "<p>Jana writes about cities.</p></div>",
        "<div class='bio'><strong>Autorin:</strong> <span>Jana Novak</span></div>",
        "<div class='signature'><p>By Jana Novak</p></div>",
        # A name in an element whose class says author, without any label.
        "<div class='author-box'><h4 class='author-box__name'>Jana Novak</h4>"
        "<p>Jana Novak writes about cities.</p></div>",
        "<div class='c-author-info'><span>Jana Novak</span></div>",
        # An article's own footer is not the page's.
        "<article><p>More of the story.</p><footer><p>Posted by</p><p>Jana Novak</p>"
        "</footer></article>",
        # A link to the author's own page, whatever the words around it.
        "<div class='meta'><a href='https://example.com/author/jana-novak/'>Jana Novak</a>"
        "</div>",
        "<div class='meta'><img src='a.jpg'><a href='/autoren/jana-novak'>Jana Novak</a></div>",
    ],
)
def test_a_byline_shown_after_the_story_is_read(box: str) -> None:
    assert _facts(HEADING + STORY + box).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    "lead", ["Geschrieben von", "Verfasst von", "Écrit par", "Rédigé par", "Escrito por",
             "Scritto da", "A cura di", "Geschreven door", "Napisane przez"])
def test_a_lone_lead_in_of_another_language_after_the_story_reads_the_name(lead: str) -> None:
    box = f"<div class='meta'><span>{lead}</span><span>Jana Novak</span></div>"
    assert _facts(HEADING + STORY + box).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    "footer",
    [
        # A blog platform's post footer, named by its class alone (Blogger, TypePad,
        # WordPress): the post's byline, not the page's footer.
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
        "<span class='post-author vcard'>Posted by <span class='fn'>Jana Novak</span></span>"
        " <span class='post-timestamp'>at <a href='/p'>12:32 PM</a></span></div></div>",
        "<p class='post-footers'>Posted by Jana Novak on July 12, 2012</p>",
        "<footer class='entry-footer'><p>Posted By: <a href='/a'>Jana Novak</a></p></footer>",
        "<article><p>More of the story.</p><footer class='entry-footer'><p>Posted By:</p>"
        "<p>Jana Novak</p></footer></article>",
    ],
)
def test_a_post_s_own_footer_by_its_class_is_no_chrome(footer: str) -> None:
    assert _facts(HEADING + STORY + footer).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    "decoy",
    [
        # The page's footer, and a post footer's words beside a chrome word.
        "<div class='site-footer'><p>Posted by Max Roe</p></div>",
        "<div class='footer'><p>Posted by Max Roe</p></div>",
        "<div class='post-footer sidebar'><p>Posted by Max Roe</p></div>",
        "<div class='post-footer' style='display:none'><p>Posted by Max Roe</p></div>",
    ],
)
def test_a_page_footer_is_still_chrome(decoy: str) -> None:
    assert _facts(HEADING + STORY + decoy).authors == ()


def test_the_sections_an_author_box_links_after_a_handle_are_no_names() -> None:
    # The author's handle links first; "Posted to" and the post's sections follow.
    box = ("<div class='meta'><p class='author-block'><a href='/wootini/'>Wootini</a>"
           "<br>Posted to <a href='/hot_stuff'>Hot Stuff</a>, <a href='/games'>Video Games"
           "</a> on 9 November 2012</p></div>")
    assert _facts(HEADING + STORY + box).authors != ("Hot Stuff",)


def test_a_single_name_after_a_label_is_read_when_it_stands_alone() -> None:
    box = "<div class='writer'><span>Written by</span> <a href='/team/eliz'>Eliz</a></div>"
    assert _facts(HEADING + STORY + box).authors == ("Eliz",)


@pytest.mark.parametrize(
    "decoy",
    [
        # Menus, sidebars, footers, related stories and comments name other people.
        "<nav><a href='/author/max-roe'>Max Roe</a></nav>",
        "<aside><p>By Max Roe</p></aside>",
        "<div class='sidebar'><span>Written by</span> <span>Max Roe</span></div>",
        "<div class='related-posts'><p>By Max Roe</p></div>",
        "<div class='commentbody'><p>Posted by:</p><p>Max Roe</p></div>",
        "<footer><p>By Max Roe</p></footer>",
        "<footer class='site-footer'><article><p>Posted by</p><p>Max Roe</p></article>"
        "</footer>",
        # Prose that says "by" is no byline; nor a menu's "By Category" link.
        "<p>The bridge was designed by <a href='/x'>Max Roe</a> in the year of the flood, "
        "long before the council met and long before anyone thought of a budget.</p>",
        "<div><a href='/browse'>By Category</a> <a href='/m'>By Maker</a></div>",
        # One word after "By", far from the header, is a label ("By Agencies").
        "<div><span>By Agencies</span></div>",
        # A link to a topic page about a person is not the author's page.
        "<div><a href='/topics/people/max-roe.html'>Max Roe</a></div>",
        # A label's next words that are a heading of the page.
        "<div><span>Author</span><a href='/posts'>Recent Posts</a></div>",
        # An author box's own title; a sentence in an author-classed element.
        "<div class='author-card'><h3>Author Spotlight</h3></div>",
        "<div class='author-bio'><p>Max Roe has covered the council for ten years.</p></div>",
    ],
)
def test_names_in_chrome_prose_and_labels_are_not_bylines(decoy: str) -> None:
    assert _facts(HEADING + STORY + decoy).authors == ()


def test_the_first_byline_outside_chrome_wins() -> None:
    page = (HEADING + STORY + "<aside><p>By Max Roe</p></aside>"
            + "<div class='author-box'><p>Written by</p><p>Jana Novak</p></div>"
            + "<div class='author-box'><p>Written by</p><p>Lea Kim</p></div>")
    assert _facts(page).authors == ("Jana Novak",)


def test_the_declared_author_comes_before_the_page_s_names() -> None:
    head = '<meta name="author" content="Lea Kim">'
    page = HEADING + STORY + "<div class='author-box'><p>Written by</p><p>Jana Novak</p></div>"
    assert _facts(page, head=head).authors == ("Lea Kim",)


def test_a_tag_repeated_per_author_turns_each_surname_first_name_round() -> None:
    # Scholarly pages give one citation_author per author, surname first.
    head = ('<meta name="citation_author" content="Roy, Aniruddha">'
            '<meta name="citation_author" content="Patel, Jyoti K.">')
    assert _facts(HEADING + STORY, head=head).authors == ("Aniruddha Roy", "Jyoti K. Patel")


def test_a_tag_that_holds_a_list_keeps_its_commas_as_separators() -> None:
    head = ('<meta name="author" content="Lea Kim, Jana Novak, Tom Roe">'
            '<meta name="author" content="Ana Diaz">')
    assert _facts(HEADING + STORY, head=head).authors == (
        "Lea Kim", "Jana Novak", "Tom Roe", "Ana Diaz")


def test_a_byline_that_names_the_site_leaves_the_declared_organisation() -> None:
    # A personal blog: the site is named after its author; nothing further down is read.
    head = ('<meta property="og:site_name" content="Jana Novak">'
            '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "x",'
            ' "author": {"@type": "Organization", "name": "Jana Novak"}}</script>')
    page = (HEADING + "<p class='meta'>by <a href='/'>Jana Novak</a></p>" + STORY
            + "<div class='tabs'><p>Author</p><p><a href='/x'>Max Roe</a></p></div>")
    assert _facts(page, head=head).authors != ("Max Roe",)


def test_a_byline_that_names_the_site_stands_when_nothing_is_declared() -> None:
    # A personal blog named after its author, which declares no author.
    head = '<meta property="og:site_name" content="Jana Novak">'
    page = HEADING + STORY + "<p class='meta'>By <a href='/'>Jana Novak</a></p>"
    assert _facts(page, head=head).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    ("box", "desk"),
    [
        # A desk or a team where the author's name goes: in an element whose class says
        # author, nested or not, in the header or after the story…
        ("<div class='author-wrapper'><div class='author-name'>Podium Staff</div></div>",
         "Podium Staff"),
        ("<div class='author medium'><div class='creator'><div class='creator-name'>Newsdesk"
         "</div></div></div>", "Newsdesk"),
        ("<div class='byline'><span>Team Lumen</span></div>", "Team Lumen"),
        # …or as the text of a link to the author's page.
        ("<div class='meta'><a href='/authors/lumen-staff'>The Lumen Team</a></div>",
         "The Lumen Team"),
    ],
)
def test_a_desk_shown_as_the_author_is_the_byline(box: str, desk: str) -> None:
    assert _facts(HEADING + box + STORY).authors == (desk,)
    assert _facts(HEADING + STORY + box).authors == (desk,)


@pytest.mark.parametrize(
    "decoy",
    [
        # A desk named in chrome, or inside a longer text of an author box, signs nothing.
        "<aside class='author-box'><span>Podium Staff</span></aside>",
        "<div class='author-bio'><p>Podium Staff write about cities and their councils.</p>"
        "</div>",
        # A desk's words in an element that does not say author.
        "<div class='meta'><span>Podium Staff</span></div>",
    ],
)
def test_a_desk_elsewhere_is_no_byline(decoy: str) -> None:
    assert _facts(HEADING + STORY + decoy).authors == ()


def test_a_person_named_beside_a_desk_wins() -> None:
    box = ("<div class='author-box'><span class='author-name'>Jana Novak</span></div>"
           "<div class='author-box'><span class='author-name'>Podium Staff</span></div>")
    assert _facts(HEADING + STORY + box).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    "byline",
    [
        # The site's own name where the byline goes: a company's or a brand's blog.
        "<p class='meta'>By Lumenco</p>",
        "<p class='meta'><span>By</span> <span>Lumenco</span></p>",
        "<p class='post-meta'><a rel='author' href='/author/lumenco/'>lumenco</a></p>",
        "<div class='author-name'>Lumenco</div>",
    ],
)
def test_the_site_signs_a_story_that_names_no_one_else(byline: str) -> None:
    head = '<meta property="og:site_name" content="Lumenco">'
    page = f"<header><h1>The council passes its budget</h1>{byline}</header>{STORY}"
    assert _facts(page, head=head).authors in (("Lumenco",), ("lumenco",))


def test_the_site_s_name_elsewhere_signs_nothing() -> None:
    # Its logo, a menu, its footer: no byline.
    head = '<meta property="og:site_name" content="Lumenco">'
    page = ("<div class='logo'><a href='/'>Lumenco</a></div>" + HEADING + STORY
            + "<footer><p>By Lumenco</p></footer>")
    assert _facts(page, head=head).authors == ()


def test_a_person_named_anywhere_wins_over_the_site() -> None:
    head = '<meta property="og:site_name" content="Lumenco">'
    page = (HEADING + "<p class='meta'>By Lumenco</p>" + STORY
            + "<div class='author-box'><p>Written by</p><p>Jana Novak</p></div>")
    assert _facts(page, head=head).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    "box",
    [
        # A name over a bio that opens with it, no label, no class that says author.
        "<div class='callout'><h3>Jana Novak</h3><p>Jana Novak is a travel writer. She has "
        "lived in six countries.</p></div>",
        # …or with the first name alone, a job title between.
        "<section><h4>Jana Novak</h4><p>Senior Editor</p><p>Jana has covered city halls "
        "for ten years, and her stories won prizes.</p></section>",
        # …in another language.
        "<div><p><strong>Jana Novak</strong></p><p>Jana Novak ist Redakteurin in Wien. Sie "
        "schreibt über Städte.</p></div>",
    ],
)
def test_a_name_over_a_bio_that_opens_with_it_is_the_byline(box: str) -> None:
    assert _facts(HEADING + STORY + box).authors == ("Jana Novak",)


@pytest.mark.parametrize(
    "decoy",
    [
        # A name over what someone says (a comment, a testimonial), not a sentence about them.
        "<div><h4>Jana Novak</h4><p>Great story, thanks for writing it.</p></div>",
        # The next line names someone else.
        "<div><h4>Jana Novak</h4><p>Petra Horak is a travel writer. She lives here.</p></div>",
        # A bio in chrome: a sidebar's author of the month.
        "<aside><h4>Jana Novak</h4><p>Jana Novak is a travel writer. She lives here.</p></aside>",
        # A heading over a paragraph about a thing, not a person.
        "<div><h3>Stanford Business</h3><p>Stanford is famous for its ties to the valley; it "
        "teaches cases.</p></div>",
        # A heading over a paragraph that opens with its words, which the page writes
        # in lower case too: common words, not a name.
        "<div><h3>Travel Insurance</h3><p>Travel Insurance is a cover you buy before a "
        "trip: travel insurance pays when a trip goes wrong.</p></div>",
    ],
)
def test_a_name_over_other_text_is_no_byline(decoy: str) -> None:
    assert _facts(HEADING + STORY + decoy).authors == ()


@pytest.mark.parametrize("text", ["By Jane", "BYLINE", "Story by", "post", "Partial", "Über",
                                  "  by", "Автор:", "автор", "Kim", "opinion", "Inside",
                                  "1 by", "", "Ди"])
def test_the_lead_start_test_is_the_plain_alternation(text: str) -> None:
    """The first-letter look-ahead only spares the search: the words it finds are the
    alternation's, in any case."""
    plain = re.compile("|".join(_LEAD_START_WORDS), re.IGNORECASE)
    assert bool(_LEAD_START.match(text)) == bool(plain.match(text))


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # A post's stamp: the date after the names vouches for one word, in any case (a
        # first name, a poster's handle), in the languages we read.
        ("<p class='posted'>Posted by Jana at December 16, 2025 11:15 AM</p>", ("Jana",)),
        ("<p>by jnovak on January 31, 2011</p>", ("jnovak",)),
        ("<div class='meta'>Posted by: jnovak | March 3, 2019 at 9:12 PM</div>", ("jnovak",)),
        ("<p>von jnovak am 12. Oktober 2019</p>", ("jnovak",)),
        ("<p>Par Jana le 12 janvier 2020</p>", ("Jana",)),
        ("<p>Por jnovak el 3 de mayo de 2021</p>", ("jnovak",)),
        ("<p>di jnovak il 5 maggio 2020</p>", ("jnovak",)),
        # A long stamp: the date does not count as the byline's words.
        ("<p>Posted by Jana Novak on Tue, Oct 30, 2012 at 6:35 PM</p>", ("Jana Novak",)),
    ],
)
def test_a_date_after_a_by_line_vouches_for_one_word(
        stamp: str, expected: tuple[str, ...]) -> None:
    assert _facts(HEADING + STORY + stamp).authors == expected


@pytest.mark.parametrize(
    "decoy",
    [
        # One word after "by" with no date is a menu's or a sentence's.
        "<p>by jnovak</p>",
        "<div class='filters'><p>By Category</p><p>By Date</p></div>",
        # A date that is no stamp's: prose after the word.
        "<p>by jnovak and the rest of the team, who met on May 3</p>",
    ],
)
def test_one_word_after_by_without_a_stamp_s_date_is_no_byline(decoy: str) -> None:
    assert _facts(HEADING + STORY + decoy).authors == ()


def test_a_thread_of_stamps_names_no_commenter() -> None:
    # Each comment is stamped as the post is, in an element of the same kind: the first
    # stamp is a commenter's as often as the story's, and so is a lead-in in an element
    # of theirs with the commenter's link.
    comments = "".join(
        f"<p>What a post.</p><p class='posted'>Posted by: {name} | May 3, 2019 9:12 PM</p>"
        for name in ("Max Roe", "ann", "Lee Poe"))
    lead_in = "<p class='posted'>Posted by: <a href='/u'>Kim Moe</a></p>"
    assert _facts(HEADING + STORY + lead_in + comments).authors == ()
    # Stamps naming one poster are a list of that blogger's posts.
    posts = "".join(f"<p class='posted'>Posted by jnovak on May {day}, 2019</p>"
                    for day in (3, 4, 5))
    assert _facts(HEADING + STORY + posts).authors == ("jnovak",)
