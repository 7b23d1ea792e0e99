"""Unit tests for block classification and region choice (newsparse._html.classify)."""

from __future__ import annotations

from newsparse import ParseOptions
from newsparse._html.asides import _AUTHOR_BOX
from newsparse._html.blocks import segment
from newsparse._html.classify import select
from newsparse._html.tree import build_tree

STORY = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate "
    "that has divided residents for more than a decade.",
    "Engineers say the new span will carry twice as many cars and open a lane for bicycles, "
    "which the mayor called a turning point for the waterfront.",
    "Work is expected to begin next spring and to last about three years, during which a "
    "ferry service will carry commuters across the river.",
]


def kept(html: str, options: ParseOptions | None = None) -> list[str]:
    options = options or ParseOptions()
    root = build_tree(html, options)
    return [b.text for b in select(segment(root, max_nodes=100_000), options).blocks]


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def story_html(extra: str = "") -> str:
    return "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + extra + "</div>"


NAV = "<nav><ul>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in
                           ("Home", "World", "Business", "Sport", "Opinion")) + "</ul></nav>"
FOOTER = "<footer><p>Copyright 2026 Harbour Times. All rights reserved.</p></footer>"
RELATED = "<aside class='related'><h3>Related</h3><ul>" + "".join(
    f"<li><a href='/r{i}'>Another story about the harbour number {i}</a></li>" for i in range(5)
) + "</ul></aside>"


def test_story_is_kept_and_chrome_dropped() -> None:
    assert kept(page(NAV + story_html() + RELATED + FOOTER)) == STORY


def test_subheadings_and_lists_inside_the_story_are_kept() -> None:
    extra = "<h2>What comes next</h2><ul><li>A ferry service</li><li>New cycle lanes</li></ul>"
    extra += f"<p>{STORY[0]}</p>"
    assert kept(page(NAV + story_html(extra) + FOOTER))[3:] == [
        "What comes next", "A ferry service", "New cycle lanes", STORY[0]
    ]


def test_share_bar_and_captions_inside_the_story_are_dropped() -> None:
    extra = (
        "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>"
        "<figure><img src='x.jpg'><figcaption>The bridge at dusk. Photo: A. Person</figcaption>"
        "</figure><p>Advertisement</p>"
    )
    assert kept(page(story_html(extra))) == STORY


def test_teaser_cards_do_not_outweigh_a_concentrated_story() -> None:
    teaser = (
        "<div class='card'><h3><a href='/t'>A headline elsewhere on the site</a></h3>"
        "<div class='blurb'>A long description of another story that runs on for a while, "
        "with enough words to look like a sentence of prose in its own right.</div></div>"
    )
    sidebar = "<div class='rail'>" + teaser * 6 + "</div>"
    assert kept(page(story_html() + sidebar)) == STORY


def test_a_list_of_excerpts_cut_short_does_not_outweigh_the_story() -> None:
    excerpt = ("<li><a href='/t'>A headline elsewhere</a> <span>NEW DELHI: A long description "
               "of another story on the site that runs on for a while and then stops in the "
               "middle of its sentence because the list only shows the first few words of "
               "the...</span></li>")
    listing = "<div class='latest'><ul>" + excerpt * 8 + "</ul></div>"
    assert kept(page(listing + story_html())) == STORY
    # Without the ellipsis they read as the page's prose.
    assert kept(page(listing.replace("the...", "the end.") + story_html())) != STORY


def test_a_list_of_excerpts_cut_short_before_a_link_does_not_outweigh_the_story() -> None:
    # Readers' comments quoted in a sidebar: each cut with "...", then who wrote it and a
    # link to the story it is on.
    excerpt = ("<p class='quote'>I have never voted for them at a state election for as long "
               "as I can remember, and I do not think that the new plan changes a thing about "
               "how the schools are run or who pays for them in the...<span> Jo, Lane Cove "
               "on </span><a href='/schools#comments'>Public schools in dire state</a></p>")
    sidebar = "<div class='rail'><div class='box'>" + excerpt * 5 + "</div></div>"

    def post(inside: str) -> str:
        return page(f"<div class='post'>{inside}</div>")

    assert kept(post(story_html() + sidebar)) == STORY
    # Not cut short, the quotes read as the page's prose.
    assert kept(post(story_html() + sidebar.replace("in the...", "in the end."))) != STORY


def test_a_story_with_a_few_trailing_ellipses_is_kept_whole() -> None:
    trailing = [f"{text[:-1]}..." for text in STORY[:2]]
    body = "".join(f"<p>{text}</p>" for text in [*trailing, *STORY])
    assert kept(page(f"<div class='story'>{body}</div>")) == [*trailing, *STORY]


def test_a_body_split_around_an_ad_is_gathered() -> None:
    first = "<div class='part'>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>" + "</div>"
    second = "<div class='part'>" + f"<p>{STORY[2]}</p><p>{STORY[0]}</p>" + "</div>"
    ad = "<div class='ad-slot'><a href='/buy'>Buy now</a></div>"
    assert kept(page(NAV + "<main>" + first + ad + second + "</main>" + FOOTER)) == [
        STORY[0], STORY[1], STORY[2], STORY[0]
    ]


def test_page_wrapper_named_like_chrome_does_not_hide_the_story() -> None:
    html = page("<div class='layout-with-sidebar'>" + story_html() + "</div>")
    assert kept(html) == STORY


def test_tiny_page_falls_back_to_its_text() -> None:
    assert kept(page("<p>abc</p><p>def</p>")) == ["abc", "def"]


def test_link_list_alone_is_not_an_article() -> None:
    assert kept(page(NAV)) == []


def test_a_listicle_with_linked_subheadings_is_not_a_teaser_list() -> None:
    items = "".join(
        f"<h3><a href='/p{i}'>Product number {i}</a></h3><p>{STORY[i % 3]}</p>" for i in range(6)
    )
    got = kept(page(NAV + f"<div class='story'>{items}</div>" + FOOTER))
    assert [STORY[i % 3] for i in range(6)] == [t for t in got if t in STORY]


def test_a_control_that_swallowed_the_page_is_read() -> None:
    # A menu button whose inner div is left open: libxml2 then keeps the rest of the page
    # inside the button, which the walk would skip; browsers close it.
    html = page(
        "<header><button class='menu-button'><div class='inner'><svg></svg><div>"
        "</button></div>" + NAV + "</header><main>" + story_html() + "</main>" + FOOTER
    )
    assert kept(html) == STORY


def test_taxonomy_classes_on_the_post_do_not_make_it_chrome() -> None:
    # Blog engines print the post's tags on its element: "tag-cookie-recipes" names a
    # topic, and the comment thread below must not outweigh the post.
    comments = "<div id='comments'>" + "".join(
        f"<div class='comment'><p>{STORY[i % 3]} Thanks for sharing, reader {i}.</p></div>"
        for i in range(6)
    ) + "</div>"
    html = page(
        "<div class='post hentry tag-cookie-recipes tag-social-media'>"
        + "".join(f"<p>{p}</p>" for p in STORY) + "</div>" + comments
    )
    assert kept(html)[:3] == STORY


def test_a_gallery_whose_captions_tell_the_story_keeps_them() -> None:
    slides = "".join(
        f"<figure><img src='/{i}.jpg'><figcaption class='caption'>{text}</figcaption></figure>"
        for i, text in enumerate(STORY)
    )
    html = page(NAV + "<div class='gallery'>" + slides + "</div>" + FOOTER)
    assert kept(html) == STORY


def test_captions_beside_a_story_are_still_dropped() -> None:
    caption = ("<figure><figcaption>The old bridge at dawn, seen from the east bank."
               "</figcaption></figure>")
    assert kept(page(story_html(caption))) == STORY


def test_a_comment_thread_heavier_than_the_story_stays_out() -> None:
    comments = "<div id='comments'>" + "".join(
        f"<div><p>Reader {i} writes: {STORY[i % 3]} {STORY[(i + 1) % 3]}</p>"
        "</div>" for i in range(6)
    ) + "</div>"
    plain_story = "<div>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    assert kept(page(plain_story + comments)) == STORY



ABOUT_ME = (
    "I have written about boats, bridges and the people who build them for twenty years, "
    "first for the local paper and now here, on my own, with the help of my readers. "
    "When I am not writing I sail a small wooden boat that my grandfather built in 1961, "
    "and I answer every letter that reaches me, even the angry ones, sooner or later."
)
SHORT_POST = (
    "<div class='post'><h2>The bridge</h2>"
    f"<div class='entry-content'><p>{STORY[0]}</p></div></div>"
)
SIDEBAR = f"<div id='sidebar'><div class='widget'><p>{ABOUT_ME}</p></div></div>"


def test_a_sidebar_outweighing_a_short_post_stays_chrome() -> None:
    # The sidebar holds most of the page's prose, which alone would excuse its name (as
    # for a page-wide "layout-with-sidebar"); but the post's content element stands
    # beside it with prose of its own, so the sidebar is a sidebar.
    post, sidebar = SHORT_POST, SIDEBAR
    assert kept(page(NAV + "<div id='main'>" + post + sidebar + "</div>" + FOOTER)) == [STORY[0]]


def test_a_small_content_box_beside_a_wrapper_named_sidebar_does_not_hide_the_story() -> None:
    signup = ("<div class='text-block'><p>Get our weekly letter in your inbox every Friday."
              "</p></div>")
    html = page("<div class='layout-with-sidebar'>" + story_html() + "</div>" + signup)
    assert kept(html) == STORY


def test_the_sidebar_rule_has_its_threshold_in_the_options() -> None:
    post, sidebar = SHORT_POST, SIDEBAR
    html = page("<div id='main'>" + post + sidebar + "</div>")
    assert ABOUT_ME in kept(html, ParseOptions(html_beside_content_share=1.0))


def _thread(heading: str) -> str:
    """A comment thread in the story's own container, under ``heading``: reader notes
    and their signature lines, unnamed, as older blog engines print them."""
    return heading + "".join(
        f"<p>{STORY[i % 3]} I could not agree more, reader {i}.</p>"
        f"<p class='posted'>Posted by: reader {i} at March {i + 1}, 2012 7:{i}0 AM</p>"
        for i in range(4)
    )


def test_a_comments_heading_in_the_story_container_ends_the_story() -> None:
    html = page(NAV + story_html(_thread("<h2 id='comments'>Comments</h2>")) + FOOTER)
    assert kept(html) == STORY
    assert kept(page(story_html(_thread("<h3>12 Comments</h3>")))) == STORY
    assert kept(page(story_html(_thread("<h3>4 thoughts on “The bridge”</h3>")))) == STORY


def test_a_section_heading_that_only_reads_like_comments_does_not_end_the_story() -> None:
    # A story's own section called "Comment" or "Responses", and a link up by the byline
    # that counts the comments, are no thread.
    section = "<h2>Comment</h2>" + f"<p>{STORY[1]}</p>"
    assert kept(page(story_html(section))) == [*STORY, STORY[1]]
    counter = "<p class='comment-count'><a href='#c'>Comments</a></p>"
    html = page("<div class='story'>" + f"<p>{STORY[0]}</p>" + counter
                + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</div>")
    assert kept(html) == STORY


def test_a_comments_heading_before_any_story_text_does_not_empty_the_page() -> None:
    html = page("<div class='story'><h2>Comments</h2>"
                + "".join(f"<p>{p}</p>" for p in STORY) + "</div>")
    assert kept(html)[-3:] == STORY


def test_a_disclaimer_box_under_the_story_is_dropped() -> None:
    notes = ("<div class='article-disclaimer'><p>Past performance is no guarantee of future "
             "results, and the figures above are examples rather than advice of any kind."
             "</p></div>")
    assert kept(page(story_html(notes))) == STORY


def test_a_story_in_sections_named_for_content_and_chrome_is_kept() -> None:
    # Each section's name says content and in-page navigation at once, and each holds
    # less than the share that would excuse a chrome name; together they are the story.
    sections = "".join(
        f"<div class='content-nav-section'><h2>Part {i}</h2><p>{STORY[i]}</p></div>"
        for i in range(3)
    )
    html = page(NAV + "<div class='story-wrap'>" + sections + "</div>" + FOOTER)
    assert kept(html) == [f"Part {i}" if k % 2 == 0 else STORY[i]
                          for i in range(3) for k in range(2)]


def test_a_box_named_for_content_and_chrome_with_little_prose_stays_chrome() -> None:
    # "The sidebar's content" holding a sixth of the page's prose is still the sidebar.
    box = f"<div class='sidebar-content'><p>{ABOUT_ME[:140]}</p></div>"
    story = "".join(f"<p>{p}</p>" for p in STORY)
    assert kept(page(f"<div class='story'>{story}{story}</div>{box}")) == STORY + STORY


def test_the_mixed_name_rule_has_its_threshold_in_the_options() -> None:
    sections = "".join(
        f"<div class='content-nav-section'><p>{STORY[i]}</p></div>" for i in range(3))
    html = page("<div class='story-wrap'>" + sections + "</div>")
    assert kept(html) == STORY
    assert kept(html, ParseOptions(html_mixed_chrome_share=1.1)) != STORY


def test_an_anchor_spelling_its_heading_is_no_chrome_name() -> None:
    # A table of contents links to each part of the story by an id made of its heading's
    # words; a chrome word among them ("social", "menu") names no component.
    parts = (
        "<h2 id='social-benefits'>Social Benefits</h2>"
        f"<p>{STORY[1]}</p>"
        "<h3 id='h-share-prices-2'>Share Prices</h3>"
        f"<p>{STORY[0]}</p>"
        "<section id='ferry-menu-changes'><h2>Ferry Menu Changes</h2>"
        f"<p>{STORY[2]}</p></section>"
    )
    html = page(NAV + story_html(parts) + FOOTER)
    assert kept(html)[3:] == ["Social Benefits", STORY[1], "Share Prices", STORY[0],
                              "Ferry Menu Changes", STORY[2]]
    # An id that is not its heading's words still names a component, nor is a long
    # prefix or a word after the heading's an editor's.
    for anchor in ("social-links", "sidebar-share-prices", "share-prices-box"):
        box = f"<div id='{anchor}'><h2>Share Prices</h2><p>{STORY[1]}</p></div>"
        assert "Share Prices" not in kept(page(NAV + story_html(box) + FOOTER))


LINKED = (
    "The <a href='/a'>council's report on the harbour bridge</a> and <a href='/b'>the "
    "engineers' survey of its piers</a> were both published on Monday, as was the "
    "answer to <a href='/c'>the mayor's letter to all the residents of the old town</a>."
)


def test_a_paragraph_that_links_most_of_its_words_stays_in_the_story() -> None:
    html = page(story_html().replace("</div>", f"<p>{LINKED}</p><p>{STORY[0]}</p></div>"))
    texts = kept(html)
    assert len(texts) == 5 and texts[3].startswith("The council's report")


def test_links_on_lines_of_their_own_stay_out_of_the_story() -> None:
    # As many words in links, but a line per link: a list, not a paragraph.
    listed = LINKED.replace(" and ", "<br>").replace(", as was the answer to ", "<br>")
    html = page(story_html().replace("</div>", f"<p>{listed}</p><p>{STORY[0]}</p></div>"))
    assert kept(html) == [*STORY, STORY[0]]


def test_the_linked_paragraph_rule_has_its_threshold_in_the_options() -> None:
    # Last in the story: a linked line is kept only where a paragraph follows it.
    html = page(story_html().replace("</div>", f"<p>{LINKED}</p></div>"))
    assert len(kept(html)) == 4
    # (As one linked sentence it would stay as a short line: more words asked rule that out.)
    options = ParseOptions(html_linked_prose_density=0.5, html_min_linked_sentence_words=100)
    assert kept(html, options) == STORY


BIO = ("Jane Doe has covered the city and its bridges for the paper since 2004, and before "
       "that wrote about ships and the people who build them for a magazine in Glasgow.")


def test_prose_after_the_story_container_stays_out() -> None:
    # The story sits in a body element inside the post; after the post comes an author
    # box of prose, a sibling of the post's wrapper: the page's next part, not the story.
    post = "<div class='post'><h1>The bridge</h1>" + story_html() + "</div>"
    box = f"<div class='box'><p>{BIO}</p></div>"
    assert kept(page(NAV + f"<div id='wrap'><div>{post}</div>{box}</div>" + FOOTER)) == STORY


NEXT_PART = [
    "Get the day's headlines in your inbox every morning: our free service sends the news "
    "of every category you choose, up to five times a day or as soon as it breaks.",
    "Elsewhere in the city, the ferry company said it would add two boats to its morning "
    "timetable from next month, after complaints about crowding on the early crossings.",
]


def test_prose_after_the_story_in_a_plain_wrapper_stays_out() -> None:
    # A box of prose right after the story, beside it in a wrapper that promises no
    # content (a table cell, a plain div): the page's next part (a newsletter's pitch,
    # other news), however much prose it holds.
    after = "<div>" + "".join(f"<p>{p}</p>" for p in NEXT_PART) + "</div>"
    assert kept(page(NAV + "<div id='wrap'>" + story_html() + after + "</div>" + FOOTER)) == STORY


def test_prose_after_the_story_in_the_post_container_joins_it() -> None:
    # Inside the post's own container, the part after an ad is the story's, resumed.
    more = "<div>" + "".join(f"<p>{p}</p>" for p in reversed(NEXT_PART)) + "</div>"
    ad = "<div class='ad-slot'><a href='/buy'>Buy now</a></div>"
    html = page(NAV + "<div class='post'>" + story_html() + ad + more + "</div>" + FOOTER)
    assert kept(html) == [*STORY, *reversed(NEXT_PART)]


def test_prose_before_the_story_container_still_joins_it() -> None:
    lead = f"<div class='box'><p>{BIO}</p></div>"
    post = "<div class='post'><h1>The bridge</h1>" + story_html() + "</div>"
    assert kept(page(NAV + f"<div id='wrap'>{lead}<div>{post}</div></div>" + FOOTER)) == [
        BIO, *STORY
    ]



LINKED_LINES = "".join(
    f"<p><a href='/x{i}'>Click here to find out which {i} other stocks crossed their average "
    f"this week and what the analysts say about them</a></p>" for i in range(3))
MORE = [
    "Residents who spoke at the meeting were split, though most said the bridge was overdue.",
    "The harbour master said ships would keep their channel while the work goes on.",
    "A second vote on the budget is due in March, after the engineers' final report.",
    "Shops along the quay hope the new lane brings them more visitors in the summer.",
]


def linked_story() -> tuple[str, list[str]]:
    """A story whose container scores below its long first paragraph: linked lines
    between the paragraphs pull it down, and each later paragraph is too short to join
    a lone paragraph as its sibling."""
    first = " ".join(STORY * 3)
    html = page(NAV + "<div class='body'>" + f"<p>{first}</p>" + LINKED_LINES
                + "".join(f"<p>{p}</p>" for p in MORE[:2]) + LINKED_LINES
                + "".join(f"<p>{p}</p>" for p in MORE[2:]) + "</div>" + FOOTER)
    return html, [first, *MORE]


def test_a_lone_paragraph_gives_way_to_the_container_of_the_story() -> None:
    html, story = linked_story()
    # (The linked lines between its paragraphs stay too.)
    assert [text for text in kept(html) if not text.startswith("Click here")] == story


def test_a_short_post_alone_does_not_take_in_the_page() -> None:
    # The nearest container with a second prose block is the page's layout, whose extra
    # prose is a short note: not enough more to make it the region.
    note = "Every photo here is credited; write to us if one of them is yours."
    html = page("<div class='layout'><div class='side'>" + NAV + f"<p>{note}</p></div>"
                + f"<div class='main'><h2>A post</h2><div class='entry'><p>{' '.join(STORY)}"
                "</p></div></div></div>")
    assert kept(html) == [" ".join(STORY)]


def test_the_paragraph_climb_has_its_threshold_in_the_options() -> None:
    html, story = linked_story()
    assert kept(html, ParseOptions(html_paragraph_climb_gain=5.0)) == story[:1]


BIO = ("Jane Doe is a senior editor who has covered the harbour and the city council for "
       "twelve years; before that she reported on transport for a national paper.")


def test_an_author_box_under_the_story_is_left_out() -> None:
    for label in ("class='author-bio'", "class='about-the-author'", "id='author'",
                  "class='post-author'", "class='authorBox'", "class='author_info'"):
        box = f"<div {label}><h3>About the author</h3><p>{BIO}</p></div>"
        assert kept(page(NAV + story_html(box) + FOOTER)) == STORY, label


def test_a_post_named_after_its_author_is_no_author_box() -> None:
    # Blog engines name the post's element after who wrote it ("entry-author-jdoe"), and
    # words that merely hold the letters are no author's.
    for label in ("entry entry-author-jdoe", "authority-links", "coauthors-plus"):
        assert not _AUTHOR_BOX.search(label), label
    for label in ("author", "post-author", "about-author", "author-bio-box",
                  "elementor-author-box", "author_info", "author_detail_box",
                  "AuthorsSection_card"):
        assert _AUTHOR_BOX.search(label), label


def test_an_author_box_that_is_most_of_the_page_stays() -> None:
    # A speaker's page: a short synopsis, and the speaker's profile holds most prose.
    profile = "<div class='author-profile'>" + "".join(
        f"<p>{BIO} {p}</p>" for p in STORY) + "</div>"
    html = page(NAV + f"<div class='talk'><p>{STORY[0]}</p>{profile}</div>" + FOOTER)
    assert len(kept(html)) == 1 + len(STORY)


def test_the_author_box_rule_has_its_threshold_in_the_options() -> None:
    box = f"<div class='author-bio'><p>{BIO}</p></div>"
    html = page(NAV + story_html(box) + FOOTER)
    assert BIO in kept(html, ParseOptions(html_box_share=0.0))


SIGNUP = ("<form action='/subscribe'><p>Fill out the form to get our weekly letter about the "
          "harbour, with the council's decisions and what they mean for you.</p>"
          "<label>First Name*</label><input type='text' name='first'>"
          "<label>Email*</label><input type='email' name='email'></form>")


def test_a_form_in_the_story_container_is_left_out() -> None:
    assert kept(page(NAV + story_html(SIGNUP) + FOOTER)) == STORY


def test_a_form_wrapping_the_whole_page_is_no_box() -> None:
    # ASP.NET pages put everything, the story included, in one form.
    html = page("<form id='aspnetForm'><input type='text' name='q'>" + NAV + story_html()
                + FOOTER + "</form>")
    assert kept(html) == STORY


def test_a_form_without_fields_is_no_box() -> None:
    html = page(NAV + story_html("<form><p>" + STORY[0] + " Again.</p></form>") + FOOTER)
    assert kept(html) == [*STORY, STORY[0] + " Again."]


def _cards(count: int, *, link: str = "headline", label: str = "card") -> str:
    """A row of teasers of other stories: a headline, a date line and a short blurb each,
    all of one shape, linking out by their headline, a picture, a "Read more" or (for
    ``link="inline"``) only from inside a sentence."""
    cards = []
    for i in range(count):
        headline = f"Another story of the week, number {i}"
        blurb = f"The short blurb of story {i} tells a reader what it is about in a sentence."
        if link == "headline":
            head = f"<div><a href='/s{i}'>{headline}</a></div>"
        else:
            head = f"<div>{headline}</div>"
        if link == "picture":
            head += f"<div><a href='/s{i}'><img src='s{i}.jpg' alt=''></a></div>"
        if link == "more":
            blurb += f" <a href='/s{i}'>Read more...</a>"
        if link == "inline":
            blurb = f"The short blurb of <a href='/s{i}'>story {i}</a> tells a reader more."
        cards.append(f"<div class='{label}'>{head}<div>Updated 10:0{i} AM, May 3</div>"
                     f"<div>{blurb}</div></div>")
    return "<div class='row'>" + "".join(cards) + "</div>"


def _paragraphs(count: int) -> str:
    return "".join(f"<p>{STORY[i % 3]}</p>" for i in range(count))


def _blurbs(html: str) -> list[str]:
    return [t for t in kept(html) if t.startswith("The short")]


def test_a_row_of_teaser_cards_after_the_story_is_dropped_by_its_repetition() -> None:
    for link in ("headline", "picture", "more"):
        html = page(NAV + "<article>" + _paragraphs(6) + _cards(4, link=link) + "</article>")
        assert kept(html) == [STORY[i % 3] for i in range(6)], link


def test_cards_need_three_of_a_shape_and_a_link_out() -> None:
    two = page("<article>" + _paragraphs(6) + _cards(2) + "</article>")
    assert len(_blurbs(two)) == 2
    # A link inside a sentence (an answer, a footnote) is no teaser's.
    inline = page("<article>" + _paragraphs(6) + _cards(4, link="inline") + "</article>")
    assert len(_blurbs(inline)) == 4


def test_cards_followed_by_more_story_are_the_story_own() -> None:
    html = page("<article>" + _paragraphs(4) + _cards(4) + _paragraphs(2) + "</article>")
    assert len(_blurbs(html)) == 4


def test_linked_entries_among_the_story_paragraphs_are_kept() -> None:
    # The entries share their parent with the story's paragraphs: a listicle's items.
    items = _cards(4)[len("<div class='row'>"):-len("</div>")]
    html = page("<article>" + _paragraphs(3) + items + "</article>")
    assert len(_blurbs(html)) == 4


def test_a_page_that_is_all_cards_keeps_them() -> None:
    html = page("<article><p>" + STORY[0] + "</p>" + _cards(8) + "</article>")
    assert len(_blurbs(html)) == 8


def _headline_list(count: int, *, blurbs: int = 1) -> str:
    """Other stories laid out flat: a headline link, then its blurb(s), side by side."""
    items = "".join(
        f"<dt><a href='/s{i}'>Another story of the week, number {i}</a></dt>"
        + "".join(f"<dd>The short blurb of story {i} tells a reader what it is about.</dd>"
                  for _ in range(blurbs))
        for i in range(count))
    return f"<div class='more'><dl>{items}</dl></div>"


def test_a_flat_list_of_headlines_and_blurbs_after_the_story_is_dropped() -> None:
    html = page("<article>" + _paragraphs(6) + _headline_list(4) + "</article>")
    assert kept(html) == [STORY[i % 3] for i in range(6)]


def test_a_flat_list_needs_three_pairs_after_the_story() -> None:
    two = page("<article>" + _paragraphs(6) + _headline_list(2) + "</article>")
    assert len(_blurbs(two)) == 2
    followed = page("<article>" + _paragraphs(4) + _headline_list(4) + _paragraphs(2)
                    + "</article>")
    assert len(_blurbs(followed)) == 4


LINKED_LINE = "<p><a href='/report'>Download the full council report on the bridge</a></p>"


def test_a_linked_line_between_two_paragraphs_of_the_story_stays() -> None:
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p>" + LINKED_LINE
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER)
    assert kept(html) == [STORY[0], "Download the full council report on the bridge",
                          STORY[1], STORY[2]]


def test_a_linked_line_after_the_last_paragraph_goes() -> None:
    html = page("<article>" + "".join(f"<p>{p}</p>" for p in STORY) + LINKED_LINE
                + "</article>")
    assert kept(html) == STORY


def test_linked_lines_between_two_containers_go() -> None:
    links = "<div class='links'>" + LINKED_LINE + "</div>"
    html = page("<article><div class='a'>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p></div>"
                + links + f"<div class='b'><p>{STORY[2]}</p><p>{STORY[0]}</p></div></article>")
    assert "Download the full council report on the bridge" not in kept(html)


def _listicle(heading: str, under: str = "") -> str:
    # A list of the story's own above a linked subheading, a short line under it, then
    # a paragraph in a part of the heading's container.
    return page(NAV + "<article><p>" + STORY[0] + "</p><ul><li>Four lanes</li>"
                "<li>A bicycle lane</li></ul><div class='entry'>" + heading + under
                + f"<div><p>{STORY[1]}</p></div></div><p>{STORY[2]}</p></article>" + FOOTER)


def test_a_linked_subheading_of_the_story_stays_past_the_short_line_under_it() -> None:
    got = kept(_listicle("<h2>2. <a href='/ferry'>The harbour ferry</a></h2>",
                         "<p>Fare: 2 euros</p>"))
    assert got == [STORY[0], "Four lanes", "A bicycle lane", "2. The harbour ferry",
                   "Fare: 2 euros", STORY[1], STORY[2]]


def test_a_linked_label_over_another_page_is_no_subheading() -> None:
    got = kept(_listicle("<h2>Related: <a href='/ferry'>The harbour ferry returns</a></h2>"))
    assert "Related: The harbour ferry returns" not in got
    assert got[-2:] == [STORY[1], STORY[2]]


def test_a_linked_subheading_with_no_paragraph_under_it_goes() -> None:
    html = page("<article>" + "".join(f"<p>{p}</p>" for p in STORY)
                + "<h3><a href='/more'>More on the harbour bridge</a></h3>"
                "<p>Fare: 2 euros</p></article>")
    assert kept(html) == [*STORY, "Fare: 2 euros"]


def _picks_between_sections(items: str) -> str:
    # A guide's sections, each a heading and a paragraph, the first closing on a list
    # (``items``) right before the next section's heading.
    return page(NAV + "<article>" + f"<h2>The bridge</h2><p>{STORY[0]}</p><p>Our picks:</p>"
                + f"<ul>{items}</ul><h2>The ferry</h2><p>{STORY[1]}</p><p>{STORY[2]}</p>"
                "</article>" + FOOTER)


def test_a_linked_list_between_two_sections_of_the_story_stays() -> None:
    items = ("<li><h3><a href='/shop/lamp'>Harbour Lamp 200</a></h3></li>"
             "<li><h3><a href='/shop/rope'>Mooring Rope Pro</a></h3></li>")
    got = kept(_picks_between_sections(items))
    assert got == ["The bridge", STORY[0], "Our picks:", "Harbour Lamp 200",
                   "Mooring Rope Pro", "The ferry", STORY[1], STORY[2]]


def test_linked_lines_that_are_no_list_before_a_section_wait_for_a_paragraph() -> None:
    # A pointer to another page between two sections is no list of the story's.
    html = page(NAV + "<article>" + f"<h2>The bridge</h2><p>{STORY[0]}</p>"
                "<p><a href='/guide'>Find out how the old bridge was built</a></p>"
                f"<h2>The ferry</h2><p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER)
    got = kept(html)
    assert "Find out how the old bridge was built" not in got
    assert got[-3:] == ["The ferry", STORY[1], STORY[2]]


def _packing_list(plain: str) -> str:
    items = ["<a href='/shop/tent'>Tent</a>", plain, "<a href='/shop/stakes'>Stakes</a>"]
    return page(NAV + "<article>" + f"<p>{STORY[0]}</p><h3>Shelter</h3><ul>"
                + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER)


def test_linked_items_of_a_list_of_the_story_own_stay() -> None:
    got = kept(_packing_list("Groundsheet for tent floor durability"))
    assert got == [STORY[0], "Shelter", "Tent", "Groundsheet for tent floor durability",
                   "Stakes", STORY[1], STORY[2]]


def test_linked_items_beside_a_short_plain_item_go() -> None:
    # "Print" beside "E-mail" and "Reprints" links: a list of tools, not of the story.
    got = kept(_packing_list("Print"))
    assert "Tent" not in got and "Stakes" not in got


def test_a_quote_or_table_set_as_a_figure_is_no_caption() -> None:
    quote = ("<figure><blockquote><p>We have waited thirty years for this bridge, and we "
             "will not wait another day longer than we must.</p></blockquote>"
             "<figcaption>Photo: A. Person</figcaption></figure>")
    table = ("<figure><table><tr><td>Cost</td><td>120 million</td></tr>"
             "<tr><td>Lanes</td><td>four and a bicycle lane</td></tr></table></figure>")
    got = kept(page("<article>" + f"<p>{STORY[0]}</p>" + quote + f"<p>{STORY[1]}</p>" + table
                    + f"<p>{STORY[2]}</p></article>"))
    assert got == [STORY[0], "We have waited thirty years for this bridge, and we will not "
                   "wait another day longer than we must.", STORY[1], "Cost\t120 million",
                   "Lanes\tfour and a bicycle lane", STORY[2]]


def test_a_row_of_teaser_cards_over_the_story_is_dropped_too() -> None:
    html = page("<article>" + _cards(4) + _paragraphs(6) + "</article>")
    assert kept(html) == [STORY[i % 3] for i in range(6)]


def test_a_linked_line_under_a_subheading_of_the_story_stays() -> None:
    html = page("<article>" + f"<p>{STORY[0]}</p><h3>What comes next</h3>" + LINKED_LINE
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>")
    assert kept(html) == [STORY[0], "What comes next",
                          "Download the full council report on the bridge", STORY[1], STORY[2]]


def test_a_linked_line_over_the_story_goes() -> None:
    html = page("<article>" + LINKED_LINE + "".join(f"<p>{p}</p>" for p in STORY)
                + "</article>")
    assert kept(html) == STORY


def test_a_caption_box_holding_paragraphs_holds_the_story() -> None:
    lines = [f"The bridge seen from the harbour wall at dusk, picture number {i}." for i in
             range(3)]
    boxed = ("<div class='caption-image'><img src='a.jpg'>"
             + "".join(f"<p>{line}</p>" for line in lines) + "</div>")
    assert kept(page(story_html(boxed)))[3:] == lines
    # A caption of a line or two is still a caption.
    figure = f"<figure><img src='a.jpg'><figcaption>{lines[0]}</figcaption></figure>"
    short = f"<div class='caption-image'><img src='a.jpg'><p>{lines[0]}</p><p>{lines[1]}</p></div>"
    assert kept(page(story_html(figure + short))) == STORY
    # Fewer paragraphs may make a caption element a story's, with the option.
    assert kept(page(story_html(short)), ParseOptions(html_max_caption_paragraphs=1))[3:] == (
        lines[:2])


def test_credited_captions_weigh_nothing_against_the_story() -> None:
    # A slideshow of long captions, each ending with its picture's credit, outweighs a
    # short story in characters; furniture weighs nothing, as captions hinted by class do.
    caption = ("Crowds gather on the harbour wall to watch the first ferry of the season "
               "cross the river on Tuesday morning, number {0}, as the old bridge is "
               "closed for work. (AP Photo/Jane Doe)")
    slides = "<ul class='slides'>" + "".join(
        f"<li><img src='{i}.jpg'><p>{caption.format(i)}</p></li>" for i in range(5)) + "</ul>"
    assert kept(page(slides + story_html())) == STORY
    # Without the credits they read as prose and outweigh the story.
    assert kept(page(slides.replace(" (AP Photo/Jane Doe)", "") + story_html())) != STORY


def test_captions_tell_the_story_when_nothing_else_makes_a_region() -> None:
    # The prose outside the captions shares its element with more link text than it
    # holds, so that with the captions weighing nothing no element scores anything: the
    # captions, as on a gallery, are what story the page has.
    links = " ".join(f"<a href='/s{i}'>Another story on the site number {i}</a>"
                     for i in range(10))
    front = f"<div class='front'>{STORY[0]} {STORY[1]}<hr>{links}</div>"
    captions = [f"The bridge at dusk, seen from the harbour wall, picture {i}." for i in range(2)]
    photos = "<div class='photos'>" + "".join(
        f"<figure><img src='{i}.jpg'><figcaption>{text}</figcaption></figure>"
        for i, text in enumerate(captions)) + "</div>"
    assert kept(page(front + photos)) == captions


def test_a_heading_over_the_authors_bio_ends_the_story() -> None:
    bio = ("<h3>About the Author</h3><p>Jane Doe is a reporter who has covered the harbour "
           "and its bridges for the paper since 2015, and writes a weekly column.</p>")
    assert kept(page(story_html(bio))) == STORY
    for heading in ("About the writer:", "Author bio", "Über den Autor"):
        assert kept(page(story_html(bio.replace("About the Author", heading)))) == STORY
    # Before the story it ends nothing; a longer line that opens so is the story's own.
    assert kept(page(f"<div class='story'><h3>About the author</h3>{story_html()[19:]}"))[-3:] == (
        STORY)
    own = bio.replace("About the Author", "About the author of the report, in his own words")
    assert len(kept(page(story_html(own)))) == 5
    # Shorter headings only, with the option.
    assert len(kept(page(story_html(bio)), ParseOptions(html_max_author_heading_chars=5))) == 5


def test_a_labelled_bio_or_a_heading_naming_its_author_ends_the_story() -> None:
    bio = ("Jane Doe is a reporter who has covered the harbour and its bridges for the "
           "paper since 2015, and writes a weekly column.")
    # The label opens the bio's own line, with no heading over it.
    for label in ("About the Author:", "About the writer \u2013", "Über den Autor:"):
        assert kept(page(story_html(f"<p><b>{label}</b> {bio}</p>"))) == STORY, label
    # A heading naming a person, over a line that names them: their bio.
    for heading in ("About Jane Doe", "ABOUT JANE DOE", "About Jane"):
        named = f"<h3>{heading}</h3><p>{bio}</p>"
        assert kept(page(story_html(named))) == STORY, heading
    # A heading over a part of the story heads no line opening with its words.
    part = ("<h3>About Designer</h3><p>The new span was drawn by a studio in Rotterdam "
            "that has built four bridges of its kind along the river.</p>")
    assert kept(page(story_html(part)))[-1].startswith("The new span")
    # Before the story it ends nothing; a label inside a sentence is the story's own.
    own = f"<p>We asked about the author: {bio}</p>"
    assert len(kept(page(story_html(own)))) == len(STORY) + 1


def test_a_line_of_buttons_is_no_story_line_nor_a_cited_source() -> None:
    lead, rest = "".join(f"<p>{p}</p>" for p in STORY[:2]), f"<p>{STORY[2]}</p>"
    site = ("<footer><a href='https://harbour.example.com/a'>About</a> "
            "<a href='https://harbour.example.com/b'>Contact</a></footer>")
    plain = "<a href='https://shop.example.net/kettle'>Buy the kettle</a>"
    buttons = tuple(f"<a {styled} href='https://shop.example.net/k'>Buy the kettle</a>" for styled
                    in ("class='btn btn-primary'", "class='product-links-button'", "role='button'"))
    # A linked line between two paragraphs of one container stays; a line of buttons goes.
    between = f"<div class='story'>{lead}<p>{{}}</p>{rest}</div>{site}"
    assert "Buy the kettle" in kept(page(between.format(plain)))
    # A linked line citing another site after the last paragraph stays; buttons go.
    after = f"<div class='story'>{lead}{rest}<p>{{}}</p></div>{site}"
    assert kept(page(after.format(plain)))[-1] == "Buy the kettle"
    for button in buttons:
        assert "Buy the kettle" not in kept(page(between.format(button))), button
        assert kept(page(after.format(button))) == STORY, button


def test_short_lines_closing_the_story_in_its_container_stay() -> None:
    # A sign-off and a closing line are the story's, though neither is prose.
    closing = "<p>See you next week.</p><p>Cheers,</p><p>Ann</p>"
    assert kept(page(NAV + story_html(closing) + FOOTER)) == [
        *STORY, "See you next week.", "Cheers,", "Ann"]


def test_short_lines_after_the_story_in_another_container_go() -> None:
    tags = "<ul><li>Harbour</li><li>Bridges</li><li>Council</li></ul>"
    assert kept(page(NAV + story_html(tags) + FOOTER)) == STORY


def test_a_heading_after_the_story_ends_it() -> None:
    # A heading with no prose under it heads something else, and so do the lines after it.
    more = "<h3>Worth a look</h3><p>Ten bridges to see</p><p>Ferries of the north</p>"
    assert kept(page(NAV + story_html(more) + FOOTER)) == STORY


def test_lines_left_dangling_at_the_story_end_go() -> None:
    for line in ("You might also like:", "Related topics: <a href='/t/harbour'>Harbour</a>",
                 "November 13, 2012", "———"):
        assert kept(page(NAV + story_html(f"<p>Cheers, Ann</p><p>{line}</p>") + FOOTER)) == [
            *STORY, "Cheers, Ann"], line


def test_a_dated_stamp_closing_the_story_goes() -> None:
    # Long enough to read as prose, but only when the story was posted or changed.
    for line in ("Last Updated: Wednesday, 14 January 2008 12:02 AM",
                 "Posted on November 8, 2012 at 6:57 AM"):
        assert kept(page(NAV + story_html(f"<p>{line}</p>") + FOOTER)) == STORY, line


def test_a_signature_closing_the_story_stays() -> None:
    # A post signed with no date, and a quoted post's signature under an embed.
    for line in ("Posted by Jane Doe, Product Manager, Harbour Maps",
                 "\u2014 Harbour Council (@harbourcouncil) October 9, 2018"):
        assert kept(page(NAV + story_html(f"<p>{line}</p>") + FOOTER)) == [*STORY, line], line


def test_a_heading_closing_the_story_goes() -> None:
    # A heading long enough to count as prose, with nothing of the story under it.
    for heading in ("A version of this article appeared in print on page D6",
                    "Popular projects from our readers this week"):
        more = f"<h3>{heading}</h3>"
        assert kept(page(NAV + story_html(more) + FOOTER)) == STORY, heading


def test_a_pointer_to_another_story_in_the_story_goes() -> None:
    # A cross-reference label before a linked headline, in any language the project reads.
    for line in ("Related: <a href='/r1'>Harbour bridge plans in pictures</a>",
                 "Lire aussi : <a href='/r2'>Le pont du port en images</a>",
                 "[Read more: <a href='/r3'>Ten bridges that changed their cities</a>]"):
        extra = f"<p>{line}</p><p>{STORY[0]}</p>"
        assert kept(page(NAV + story_html(extra) + FOOTER)) == [*STORY, STORY[0]], line


def test_a_cross_reference_label_before_the_story_s_own_words_stays() -> None:
    line = ("Related: the council voted on a <a href='/v'>first plan</a> in 2019 and "
            "dropped it a year later.")
    extra = f"<p>{line}</p><p>{STORY[0]}</p>"
    assert kept(page(NAV + story_html(extra) + FOOTER)) == [
        *STORY, "Related: the council voted on a first plan in 2019 and dropped it a year "
        "later.", STORY[0]]


def test_a_label_with_its_own_words_at_the_story_end_stays() -> None:
    # "Where: the town hall" says something of the story; only a label over links goes.
    assert kept(page(NAV + story_html("<p>Where: the old town hall</p>") + FOOTER)) == [
        *STORY, "Where: the old town hall"]


def test_closing_lines_asking_the_reader_to_subscribe_or_comment_go() -> None:
    for line in ("If you enjoyed this post, please consider leaving a comment or subscribing "
                 "to the RSS feed to have future articles delivered to your feed reader.",
                 "Don't miss a post! Sign up for our newsletter.",
                 "You can follow any responses to this entry through the RSS 2.0 feed."):
        assert kept(page(NAV + story_html(f"<p>{line}</p>") + FOOTER)) == STORY, line


def test_closing_lines_asking_the_reader_go_in_every_language_read() -> None:
    for line in ("Abonnieren Sie unseren Newsletter und verpassen Sie keinen Beitrag.",
                 "Hinterlassen Sie einen Kommentar, wir freuen uns auf Ihre Meinung.",
                 "Suivez-nous sur les réseaux sociaux pour ne rien manquer.",
                 "Laissez un commentaire si cet article vous a plu.",
                 "Suscríbete a nuestro boletín para recibir las novedades.",
                 "Lascia un commento e dicci cosa ne pensi.",
                 "Deixe um comentário e compartilhe este artigo com seus amigos.",
                 "Volg ons op sociale media voor het laatste nieuws.",
                 "Zostaw komentarz i obserwuj nas w mediach społecznościowych."):
        assert kept(page(NAV + story_html(f"<p>{line}</p>") + FOOTER)) == STORY, line


def test_a_story_paragraph_naming_subscribers_stays() -> None:
    # "subscribers" is the story's word here: only what asks the reader to act goes.
    line = "The carrier ended the year with 53.8 million subscribers, up from 51 million."
    assert kept(page(NAV + story_html(f"<p>{line}</p>") + FOOTER)) == [*STORY, line]


def test_a_long_paragraph_about_newsletters_closing_the_story_stays() -> None:
    line = ("Newsletters have become the main way small publishers reach readers, and the "
            "council's own weekly letter now goes to more than forty thousand homes across "
            "the district, from the harbour front to the farms beyond the ring road, the "
            "mayor said, adding that a printed edition would follow next spring for the "
            "readers who still prefer paper to their screens.")
    assert kept(page(NAV + story_html(f"<p>{line}</p>") + FOOTER)) == [*STORY, line]


def test_a_subheading_over_the_story_in_its_container_opens_it() -> None:
    story = "<div class='story'><h2>The vote</h2>" + "".join(
        f"<p>{p}</p>" for p in STORY) + "</div>"
    assert kept(page(NAV + story + FOOTER)) == ["The vote", *STORY]


def test_a_short_line_of_another_container_over_the_story_goes() -> None:
    # A blog's tagline over the post, in the header's own element, opens no story.
    story = ("<div class='post'><div class='blurb'><p>Notes on harbours</p></div>"
             + "".join(f"<p>{p}</p>" for p in STORY) + "</div>")
    assert kept(page(NAV + story + FOOTER)) == STORY


def test_a_gallery_inside_the_story_gives_no_body_text() -> None:
    # Its slides' lines are captions (a gallery of three paragraphs or more holds a story
    # of its own: see _story_captions).
    gallery = "<div class='gallery'>" + "".join(
        f"<div class='slide'><p>Slide {i}: the bridge seen from the north bank at dusk, with "
        f"the ferry crossing below it.</p></div>" for i in range(2)) + "</div>"
    assert kept(page(NAV + story_html(gallery) + FOOTER)) == STORY


LEAD = ("NINE people were arrested overnight as police called in back-up to break up a "
        "brawl at the harbour bar, which involved up to five hundred people.")


def test_a_summary_opening_the_story_s_own_run_of_paragraphs_is_its_lead() -> None:
    story = ("<div class='story'><h1>Brawl at the harbour bar</h1>"
             f"<p class='standfirst'>{LEAD}</p>"
             + "".join(f"<p>{p}</p>" for p in STORY) + "</div>")
    assert kept(page(NAV + story + FOOTER)) == [LEAD, *STORY]


def test_a_dek_apart_from_the_story_or_a_caption_above_it_stays_out() -> None:
    # A dek printed with the headline, in the header: no paragraph of the story beside it.
    header = f"<header><h1>Brawl at the harbour bar</h1><p class='dek'>{LEAD}</p></header>"
    assert kept(page(NAV + header + story_html() + FOOTER)) == STORY
    # A picture's caption set as a paragraph over the story's: a caption, not a summary.
    caption = f"<p class='summary-caption'>{LEAD}</p>"
    story = "<div class='story'>" + caption + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    assert kept(page(NAV + story + FOOTER)) == STORY


def test_a_page_that_is_only_a_gallery_keeps_its_captions() -> None:
    gallery = "<div class='gallery'>" + "".join(
        f"<div class='slide'><p>{p}</p></div>" for p in STORY) + "</div>"
    assert kept(page(NAV + gallery + FOOTER)) == STORY


def test_a_story_shown_twice_in_two_containers_is_kept_once() -> None:
    # A second copy of the story for another state of a paywall, hidden by a stylesheet.
    copy = "".join(f"<p>{p}</p>" for p in STORY)
    html = page(
        f"<article><div class='story'>{copy}</div><div class='story'>{copy}</div></article>"
    )
    assert kept(html) == STORY


def test_a_paragraph_the_story_repeats_stays() -> None:
    # A story may repeat a paragraph (a refrain, a pull quote): only a whole container
    # repeated is a copy.
    body = "".join(f"<p>{p}</p>" for p in [*STORY, STORY[0]])
    assert kept(page(f"<div class='story'>{body}</div>")) == [*STORY, STORY[0]]


def test_lists_and_tables_repeated_in_the_story_stay() -> None:
    listing = "<ul>" + "".join(f"<li>{p}</li>" for p in STORY[:2]) + "</ul>"
    body = "".join(f"<p>{p}</p>" for p in STORY)
    got = kept(page(f"<div class='story'>{listing}{body}{listing}</div>"))
    assert got == [*STORY[:2], *STORY, *STORY[:2]]


def _dates_list(linked_words_only: bool) -> str:
    items = [("12 May", "the last crossing of the old ferry"),
             ("15 May", "the works start on the north bank"),
             ("16 May", "the first cars take the detour")]
    if linked_words_only:
        return "<ul>" + "".join(f"<li><a href='/e{i}'>{day}: {what}</a></li>"
                                for i, (day, what) in enumerate(items)) + "</ul>"
    return "<ul>" + "".join(f"<li>{day}: <a href='/e{i}'>{what}</a></li>"
                            for i, (day, what) in enumerate(items)) + "</ul>"


def test_a_linked_list_of_the_story_between_its_paragraphs_stays() -> None:
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p>" + _dates_list(False)
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER)
    assert kept(html) == [STORY[0], "12 May: the last crossing of the old ferry",
                          "15 May: the works start on the north bank",
                          "16 May: the first cars take the detour", STORY[1], STORY[2]]


def test_a_run_of_links_in_the_story_is_other_stories() -> None:
    # Every item a link and nothing else: headlines of other stories set in the story.
    html = page("<article>" + f"<p>{STORY[0]}</p>" + _dates_list(True)
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>")
    assert kept(html) == STORY


def test_a_linked_list_before_a_short_line_goes() -> None:
    # A list of the story's own is followed by a paragraph, not by a closing line.
    html = page("<article>" + "".join(f"<p>{p}</p>" for p in STORY) + _dates_list(False)
                + "<p>Follow us on the harbour pages</p></article>")
    assert kept(html)[:3] == STORY
    assert "15 May: the works start on the north bank" not in kept(html)


def test_a_container_like_the_story_before_it_holds_its_lead() -> None:
    # The body split around a picture into two containers of one kind: the first holds
    # only the lead, too little to join as a sibling by its weight.
    lead = "LONDON - The harbour bridge will be rebuilt, the council said on Tuesday."
    figure = ("<div class='inline'><img src='a.jpg'><p class='caption'>The old bridge</p>"
              "<h3>Related</h3><ul><li><a href='/a'>Bridge closed for repairs again</a></li>"
              "<li><a href='/b'>Ferry fares to rise in the spring</a></li></ul></div>")
    more = "".join(f"<p>{p} {p}</p>" for p in STORY + MORE)
    body = (f"<div class='body'><div class='org'></div><p>{lead}</p></div>" + figure
            + f"<div class='body'>{more}</div>")
    assert kept(page(NAV + f"<div class='story'>{body}</div>" + FOOTER))[0] == lead
    # Without the same name the lead stays out, as before.
    other = body.replace("<div class='body'><div class='org'>",
                         "<div class='top'><div class='org'>")
    assert lead not in kept(page(NAV + f"<div class='story'>{other}</div>" + FOOTER))


def _related_box(heading: str) -> str:
    blurb = ("Another story of the harbour, number {0}, told at length with its own sentences, "
             "its own people and its own quotes from the quay, where the fishermen say the "
             "bridge will change their mornings and the ferry men say it will end their trade.")
    blurbs = "".join(f"<article class='teaser'><p>{blurb.format(i)}</p></article>"
                     for i in range(3))
    return f"<div class='more'><h3>{heading}</h3>{blurbs}</div>"


def test_a_box_under_a_heading_over_other_stories_is_left_out() -> None:
    for heading in ("You may also like", "Related posts", "Você pode gostar...",
                    "Das könnte Sie auch interessieren", "À lire aussi"):
        html = page(NAV + "<article>" + story_html() + _related_box(heading) + "</article>"
                    + FOOTER)
        assert kept(html) == STORY, heading


def test_the_story_goes_on_after_a_box_of_other_stories() -> None:
    html = page("<article><div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY[:2])
                + "</div>" + _related_box("Related articles")
                + f"<div class='story'><p>{STORY[2]}</p></div></article>")
    assert kept(html) == STORY


def test_a_heading_naming_more_of_the_story_in_its_container_stays() -> None:
    more = "<h3>More stories from the harbour</h3>" + "".join(f"<p>{p}</p>" for p in MORE)
    assert kept(page(story_html(more))) == [*STORY, "More stories from the harbour", *MORE]


def test_the_related_heading_rule_has_its_bound_in_the_options() -> None:
    html = page(NAV + "<article>" + story_html() + _related_box("Related posts") + "</article>"
                + FOOTER)
    assert kept(html, ParseOptions(html_max_related_heading_chars=5))[3] == "Related posts"


def test_a_linked_paragraph_between_a_short_lead_and_the_story_stays() -> None:
    # The region is the one long paragraph (its container holds too little more prose to
    # climb to); the short lead joins it as a lead, and the sentence of links standing
    # between the two is the story's too.
    lead = "Today we opened the new harbour bridge, after ten long years of debate."
    linked = ("<p>Yesterday we <a href='/a'>launched the ferry timetable</a> and <a href='/b'>"
              "the new bicycle lanes</a> too.</p>")
    html = page(NAV + f"<div class='box'><p>{lead}</p>{linked}<p>{' '.join(STORY)}</p>"
                "</div>" + FOOTER)
    assert kept(html) == [lead, "Yesterday we launched the ferry timetable and the new "
                          "bicycle lanes too.", " ".join(STORY)]


def _link_box(label: str, count: int = 3) -> str:
    return (f"<div class='box'><div>{label}</div>" + "".join(
        f"<p><a href='/{i}'>Another story about the harbour, number {i}</a></p>"
        for i in range(count)) + "</div>")


def test_the_label_of_a_box_of_links_in_the_story_goes_with_its_links() -> None:
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>"
                + _link_box("Most popular stories right now") + f"<p>{STORY[2]}</p></article>"
                + FOOTER)
    assert kept(html) == STORY


def test_a_label_over_fewer_links_or_beside_other_lines_stays() -> None:
    # Two links only: a label and its pair of references, as a story may hold.
    html = page("<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>"
                + _link_box("Most popular stories right now", 2) + f"<p>{STORY[2]}</p></article>")
    assert "Most popular stories right now" in kept(html)
    # A second plain line in the box: it is no box of links.
    box = _link_box("Most popular stories right now").replace(
        "</div><p>", "</div><div>Updated every hour</div><p>", 1)
    html = page("<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>" + box
                + f"<p>{STORY[2]}</p></article>")
    assert "Most popular stories right now" in kept(html)


def test_a_label_in_a_title_wrapper_beside_its_links_goes_with_them() -> None:
    # A table of contents: its title in a title row of its own, the links in a <nav>
    # beside it; the box is the row's parent.
    toc = ("<div class='toc'><div class='toc-title'><p>Table of Contents</p></div><nav><ul>"
           + "".join(f"<li><a href='#part-{i}'>Part {i} of the harbour story</a></li>"
                     for i in range(4)) + "</ul></nav></div>")
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>" + toc
                + f"<p>{STORY[2]}</p></article>" + FOOTER)
    assert kept(html) == STORY


def test_a_wrapped_line_beside_a_second_plain_line_or_a_table_row_stays() -> None:
    # A plain line beside the wrapper: the parent is no box of links.
    box = ("<div class='box'><div class='title'><p>Harbour notes</p></div>"
           "<p>Updated every hour by the harbour office</p>" + "".join(
               f"<p><a href='/{i}'>Another story about the harbour, number {i}</a></p>"
               for i in range(3)) + "</div>")
    html = page("<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>" + box
                + f"<p>{STORY[2]}</p></article>")
    assert "Harbour notes" in kept(html)
    # A table's header row over rows that link: the row heads its table, no box.
    table = ("<table><thead><tr><th>Company</th><th>Revenue</th></tr></thead><tbody>"
             + "".join(f"<tr><td><a href='/{i}'>Harbour company number {i}</a></td></tr>"
                       for i in range(3)) + "</tbody></table>")
    html = page("<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>" + table
                + f"<p>{STORY[2]}</p></article>")
    assert any(line.startswith("Company") for line in kept(html))


def test_the_box_label_rule_has_its_bound_in_the_options() -> None:
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p><p>{STORY[1]}</p>"
                + _link_box("Most popular stories right now") + f"<p>{STORY[2]}</p></article>"
                + FOOTER)
    assert "Most popular stories right now" in kept(html, ParseOptions(html_max_box_label_chars=5))


COMMENTS = [
    ("Stephen B", "The time has come for the council to stop spending and start fixing "
     "the roads we already have, instead of building bridges nobody asked for."),
    ("puddin and pie", "Agreed, the debt is a drain on the city and its residents."),
    ("Lina", "A bridge is a good thing for the waterfront and for the people who cross it."),
]


def _unnamed_thread(mark: str) -> str:
    """A thread of comments with no class of their own, after an empty element ``mark``."""
    return mark + "<b>Comments are now closed for this story</b><br><br>" + "".join(
        f"<b>{name}</b><br>{text}<br><br><hr>" for name, text in COMMENTS)


def test_an_unnamed_thread_after_an_anchor_named_for_comments_is_left_out() -> None:
    # The thread shares the story's container and has no class: the anchor a "Comments"
    # link jumps to marks where it begins.
    html = page(NAV + story_html(_unnamed_thread("<a name='commentSection'></a>")) + FOOTER)
    assert kept(html) == STORY


def test_what_follows_an_empty_comment_placeholder_or_form_field_is_left_out() -> None:
    for mark in ("<div id='disqus_thread'></div>", "<p><textarea name='comment'></textarea></p>"):
        html = page(NAV + story_html(mark + "".join(f"<p>{text}</p>" for _, text in COMMENTS))
                    + FOOTER)
        assert kept(html) == STORY, mark


def test_an_anchor_named_for_comments_above_the_story_ends_nothing() -> None:
    # By the byline, a mark (the comment count a script fills in) comes before the story.
    html = page(NAV + "<div class='story'><p>By Jane Doe <span id='comment-count'></span></p>"
                + "".join(f"<p>{p}</p>" for p in STORY) + "</div>" + FOOTER)
    assert kept(html)[-3:] == STORY


def test_without_a_mark_the_same_thread_is_not_cut() -> None:
    # The control: the same thread with no empty element named for comments before it.
    html = page(NAV + story_html(_unnamed_thread("<a name='top'></a>")) + FOOTER)
    assert COMMENTS[0][1] in "\n".join(kept(html))


LINKS = "<ul>" + "".join(
    f"<li><a href='/s{i}'>Another story about the harbour number {i}</a></li>" for i in range(12)
) + "</ul>"


def split_story(between: str) -> str:
    """A story whose lead and body stand apart, the region being the body's container
    (the links beside it keep their common wrapper down), with ``between`` between them."""
    return page(NAV + "<div class='wrap'><p>" + STORY[0] + "</p>" + between
                + "<div class='part'>" + "".join(f"<p>{p}</p>" for p in STORY[1:] + STORY)
                + "</div>" + LINKS + "</div>" + FOOTER)


def test_a_paragraph_between_two_parts_of_the_story_outside_the_region_is_kept() -> None:
    # A paragraph of the story in a container of its own between the lead and the body
    # (a paragraph beside a picture, a row of an old table layout).
    between = "Residents packed the hall for the vote, and many stayed until well past midnight."
    html = split_story(f"<div class='note'><div>{between}</div></div>")
    assert kept(html) == [STORY[0], between, *STORY[1:], *STORY]


def test_a_chrome_box_or_a_short_line_between_two_parts_of_the_story_stays_out() -> None:
    box = "Sign up for our newsletter and get the best of the harbour news every morning."
    assert kept(split_story(f"<div class='newsletter'><div>{box}</div></div>")) == [
        STORY[0], *STORY[1:], *STORY]
    line = "Photograph by the harbour board"
    assert kept(split_story(f"<div class='note'><div>{line}</div></div>")) == [
        STORY[0], *STORY[1:], *STORY]


OPENING = [
    "The harbour board met again on Monday, and this time it had the engineers' numbers.",
    "What follows is what they showed us, and why the vote next week matters so much.",
]


def split_post(opening: str) -> str:
    """A blog post whose opening sits in a container of its own before the rest (an
    "entry-body" before an "entry-more"), which is far longer than the opening."""
    rest = "".join(f"<p>{p}</p>" for p in [*STORY, *MORE] * 2)
    return page(NAV + "<div class='entry'><h2>The bridge</h2>"
                + f"<div class='entry-body'>{opening}</div>"
                + f"<div class='entry-more'>{rest}</div></div>" + FOOTER)


def test_the_opening_paragraphs_in_a_container_before_the_story_join_it() -> None:
    opening = "".join(f"<p>{p}</p>" for p in OPENING)
    assert kept(split_post(opening))[:3] == [*OPENING, STORY[0]]


def test_a_lone_paragraph_or_links_before_the_story_do_not_join_it() -> None:
    links = "".join(f"<p><a href='/t{i}'>{p}</a></p>" for i, p in enumerate(OPENING))
    for before in (f"<p>{OPENING[0]}</p>", f"<p>{OPENING[0]}</p>{links}"):
        assert kept(split_post(before))[0] == STORY[0]


OTHER_NEWS = [
    "Farmers in the valley say the late rains have ruined half of this year's wheat, and "
    "they have asked the province for help before the winter sets in.",
    "The national carrier will cut three routes in the spring, blaming fuel prices and a "
    "slump in bookings since the summer, its chief executive said.",
    "A museum in the old port reopens on Friday after two years of repairs, with a hall "
    "given over to the ships that once filled the harbour.",
]


def cell_page(story_class: str) -> str:
    """An old table layout whose story cell holds the story, in an element named
    ``story_class``, and other news after it."""
    story = (f"<div><h2>The bridge</h2><div class='{story_class}'>"
             + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>")
    news = "".join(f"<p><b>Other news {i}</b><br>{p}</p>" for i, p in enumerate(OTHER_NEWS))
    return page(NAV + f"<table><tr><td>{story}{news}</td><td>{BIO}</td></tr></table>" + FOOTER)


def test_a_cell_of_an_old_layout_narrows_to_the_story_it_holds() -> None:
    assert kept(cell_page("story-body")) == STORY


def test_a_cell_holding_no_named_story_keeps_what_it_holds() -> None:
    held = kept(cell_page("box"))
    assert held[: len(STORY)] == STORY and len(held) > len(STORY)


def test_the_story_goes_on_beside_the_wrappers_of_its_region() -> None:
    # The region (three paragraphs) sits in a chain of layout wrappers, each holding only
    # the next; the story's next section stands beside the outermost one, and a run of
    # links after it weighs their container below the region. The wrappers offer no
    # siblings, so they are no levels of the search: the section joins, the links do not.
    more = ("A second section goes on with the plans for the ferry landing and the "
            "timetable the council set for the first crossings next year.")
    wrapped = "<div class='wrap'><div class='row'><div class='col'><div class='inner'>" + "".join(
        f"<p>{p}</p>" for p in STORY) + "</div></div></div></div>"
    links = "<ul>" + "".join(f"<li><a href='/t{i}'>Another story from the harbour desk, "
                             f"number {i}</a></li>" for i in range(12)) + "</ul>"
    html = page(NAV + "<article>" + wrapped + f"<section><h2>The landing</h2><p>{more}</p>"
                "</section>" + links + "</article>" + FOOTER)
    assert kept(html) == [*STORY, "The landing", more]


def test_a_linked_line_citing_another_site_stays() -> None:
    # A line linking only to another site than the page's own (the host its menu links
    # name) cites the story's source: it stays though no paragraph follows it. A line
    # linking to the site's own pages is the site's.
    nav = "<nav><ul>" + "".join(
        f"<li><a href='https://harbour.example.com/{w}'>{w}</a></li>"
        for w in ("world", "business", "sport", "opinion")) + "</ul></nav>"
    source = "<p><a href='https://wire.example.org/bridge-vote'>From the Example Wire</a></p>"
    own = "<p><a href='https://harbour.example.com/subscribe'>Subscribe to our paper</a></p>"
    story = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY)
    assert kept(page(nav + story + source + own + "</div>" + FOOTER)) == [
        *STORY, "From the Example Wire"]
    assert kept(page(nav + story + own + "</div>" + FOOTER)) == STORY


def test_a_linked_sentence_of_the_story_stays_as_a_short_line() -> None:
    # A sentence whose words are mostly one link, set in a box of its own between two
    # paragraphs of the story: no paragraph of its container follows it, yet it is a
    # sentence of the story (words of its own beside the link, a full stop).
    sentence = ("The council's <a href='/report'>report on the new bridge and the old "
                "depot</a> is out.")
    boxed = f"<div class='note'><p>{{}}</p></div><p>{STORY[0]}</p>"
    result = kept(page(NAV + story_html(boxed.format(sentence)) + FOOTER))
    assert result[3:] == ["The council's report on the new bridge and the old depot is out.",
                          STORY[0]]
    assert ParseOptions().html_min_linked_sentence_words == 5
    # So is a lead-in that links, ended by its colon, before what it leads into.
    lead_in = "And here is <a href='/gripes'>a short list of my gripes with the bridge</a>:"
    result = kept(page(NAV + story_html(boxed.format(lead_in)) + FOOTER))
    assert result[3:] == ["And here is a short list of my gripes with the bridge:", STORY[0]]
    # A headline or a blurb linked whole is a pointer, full stop and all; so is a line of
    # links, which ends no sentence; and a sentence of fewer words than the bound.
    for line in ("<a href='/r'>The council's report on the new bridge is out.</a>",
                 "<a href='/a'>Bridge</a> <a href='/b'>Depot</a> and <a href='/c'>Ferry "
                 "services of the old harbour</a>"):
        assert kept(page(NAV + story_html(boxed.format(line)) + FOOTER))[3:] == [STORY[0]], line
    fewer = ParseOptions(html_min_linked_sentence_words=20)
    assert kept(page(NAV + story_html(boxed.format(sentence)) + FOOTER), fewer)[3:] == [
        STORY[0]]


def test_plain_lines_among_linked_lines_of_the_story_keep_the_run_whole() -> None:
    # A run of short lines, some linked to their pages and some not (the stops of a
    # tour), between two paragraphs of one container: a plain line does not end the run,
    # and the paragraph after it keeps its linked lines. A label is no such line.
    stops = ("<p><a href='/tour/oslo'>Oslo</a></p><p>Bergen</p>"
             "<p><a href='/tour/riga'>Riga</a></p><p>Tallinn</p>")
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p>" + stops
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER)
    assert kept(html) == [STORY[0], "Oslo", "Bergen", "Riga", "Tallinn", STORY[1], STORY[2]]
    labelled = ("<p><a href='/tour/oslo'>Oslo</a></p><p>More tours:</p>"
                "<p><a href='/tour/riga'>Riga</a></p><p>Tallinn</p>")
    html = page(NAV + "<article>" + f"<p>{STORY[0]}</p>" + labelled
                + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER)
    assert "Oslo" not in kept(html)


def test_a_linked_line_over_a_plain_line_between_paragraphs_stays() -> None:
    # An address linked over its price, one block of two lines between two paragraphs of
    # its container, is a line of the story; links set as lines, or a label over links,
    # are none.
    listing = "<p><a href='/homes/12'>12 Harbour Road, Seaport</a><br>For sale: $599,000</p>"
    links = ("<p><a href='/homes/12'>12 Harbour Road, Seaport</a><br>"
             "<a href='/homes/14'>14 Harbour Road, Seaport</a></p>")
    labelled = ("<p>Related homes:<br><a href='/homes/12'>12 Harbour Road, Seaport</a><br>"
                "<a href='/homes/14'>14 Harbour Road, Seaport</a></p>")

    def between(line: str) -> list[str]:
        return kept(page(NAV + "<article>" + f"<p>{STORY[0]}</p>" + line
                         + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER))

    assert between(listing) == [STORY[0], "12 Harbour Road, Seaport\nFor sale: $599,000",
                                STORY[1], STORY[2]]
    assert between(links) == STORY
    assert between(labelled) == STORY


def test_short_lines_of_a_post_written_with_line_breaks_open_and_close_it() -> None:
    # A post written straight into its element, its parts parted by a picture's box: the
    # greeting above the first prose and the lines in a box inside the post's element
    # under the last are the story's.
    post = ("<div class='post'><h3>A new reading</h3><div class='post-body'>Dear all,"
            "<div class='separator'><img src='/cover.jpg'></div>"
            f"{STORY[0]}<br><br>{STORY[1]}<br><br>{STORY[2]}"
            "<div class='details'><div>Harbour Hall</div><div>Cheers,</div>"
            "<div>Alina</div></div></div></div>")
    assert kept(page(NAV + post + FOOTER)) == [
        "Dear all,", *STORY, "Harbour Hall", "Cheers,", "Alina"]


def test_a_subheading_linking_to_its_own_place_is_a_heading_of_the_story() -> None:
    # A section's heading wrapped in a link to its own place on the page (the permalink
    # editors give a section for tables of contents) is a heading of the story, not a
    # link line; wrapped in a link to another page, or to another place of the page (a
    # table of contents' entry), it is a link.
    def between(heading: str) -> list[str]:
        return kept(page(NAV + "<article>" + f"<p>{STORY[0]}</p>" + heading
                         + f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article>" + FOOTER))

    own = ("<a href='/harbour/bridge#what-comes-next' id='what-comes-next'>"
           "<h2>What comes next</h2></a>")
    named = "<a name='next'><h2>What comes next</h2></a>"
    other = "<a href='/harbour/ferries'><h2>What comes next</h2></a>"
    elsewhere = "<a href='#ferries'><h2>What comes next</h2></a>"
    for heading in (own, named):
        assert between(heading) == [STORY[0], "What comes next", STORY[1], STORY[2]], heading
    for heading in (other, elsewhere):
        assert between(heading) == STORY, heading


LEAD_ROW = ("The harbour board will put the bridge to a public vote in March, its chairman "
            "said on Thursday, after a year of hearings.")


def table_story(head_rows: str) -> str:
    """An old table layout: ``head_rows`` as rows of their own over the row whose cell
    holds the story's paragraphs (the region)."""
    body = "".join(f"<p>{p}</p>" for p in STORY * 2)
    return page(NAV + f"<table>{head_rows}<tr><td>{body}</td></tr></table>" + RELATED + FOOTER)


def test_a_lead_written_bare_in_a_row_over_the_story_cell_is_kept() -> None:
    # The lead is text straight in a cell of its own row, outside the region (the story's
    # cell), right over the story's first paragraph, in the table that holds the story.
    assert kept(table_story(f"<tr><td>{LEAD_ROW}</td></tr>")) == [LEAD_ROW, *STORY * 2]


def test_a_dek_set_apart_or_a_lead_over_a_byline_stays_out() -> None:
    # A dek in the header's own box, beside the story's container rather than in it.
    story = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY * 2) + "</div>"
    dek = page(NAV + f"<div class='top'><h1>The bridge</h1><div>{LEAD_ROW}</div></div>"
               + story + FOOTER)
    assert kept(dek) == STORY * 2
    # A byline row between the two: the block right over the story is the byline.
    over_byline = table_story(f"<tr><td>{LEAD_ROW}</td></tr><tr><td>By Jane Doe</td></tr>")
    assert LEAD_ROW not in kept(over_byline)
