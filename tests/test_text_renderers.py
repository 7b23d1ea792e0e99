"""Stage 0 of the text pipeline: dumps from any tool read as one block per line."""

from __future__ import annotations

import itertools
import textwrap

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newsparse import ParseOptions, parse_text
from newsparse._model import ParagraphKind
from newsparse._options import DEFAULT_OPTIONS
from newsparse._text.classify import Label, first_label
from newsparse._text.columns import side_by_side_columns
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK, TEXT, split_lines
from newsparse._text.markdown import (
    inline,
    join_wrapped_links,
    looks_like_markdown,
    read_markdown,
    unflattened_tables,
)
from newsparse._text.renderers import PIECE_TEXT, piece_link_share, piece_marks, read_dump
from newsparse._text.unwrap import wrap_width
from text_dumps import (
    BUTTON_ROWS,
    SENTENCES,
    Page,
    hard_wrap,
    pages,
    render_blocks,
    render_columns,
    render_flattened,
    render_glued_menus,
    render_glued_paragraphs,
    render_layout,
    render_markdown,
    render_run_on,
    render_tight,
    render_wrapped,
    story_of,
    title_of,
    with_button_row,
    wrap_like_html2text,
)

PROSE = " ".join(SENTENCES)


def _texts(dump: str, options: ParseOptions = DEFAULT_OPTIONS) -> list[list[str]]:
    blocks: list[list[str]] = []
    for i, line in enumerate(split_lines(dump, options)):
        if line[BLOCK] == i:  # the block's first line
            blocks.append([])
        blocks[-1].append(line[TEXT])
    return blocks


# --- Markdown -------------------------------------------------------------------------------


def test_a_link_glued_to_the_word_before_it_gets_its_space_back() -> None:
    # html2text drops the space between a word and a link after it.
    text, link_chars = inline("The philosophy behind our[Strength 101 series](/s/101).")
    assert text == "The philosophy behind our Strength 101 series."
    assert link_chars == len("Strength 101 series")
    assert inline("You are[writing it down][3], right?")[0] == "You are writing it down, right?"
    # ... strong or not: "of**[**Refugia**](/r)", "about**[**Honorlock**](/h)".
    assert inline("Kayla Fell of**[**Refugia**](/r) said")[0] == "Kayla Fell of Refugia said"
    assert inline("**Learn more about**[**Honorlock**](/h)")[0] == "Learn more about Honorlock"
    # A picture's bracket, a bracket that opens no link and a footnote mark stay as they are.
    assert inline("stronger![8] and x[1] and a[b] c")[0] == "stronger![8] and x[1] and a[b] c"


def test_links_become_their_text_and_count_as_link_text() -> None:
    text, link_chars = inline("See [the report](https://x.org/a_(b) \"Report\") and [more](/m).")
    assert text == "See the report and more."
    assert link_chars == len("the report") + len("more")


def test_pictures_go_and_a_linked_picture_leaves_nothing() -> None:
    assert inline("![Logo](/logo.png)")[0] == ""
    assert inline("[![Logo](/logo.png)](/)")[0] == ""
    assert inline("Before ![a map](/map 1.png \"Map\") after")[0] == "Before  after"


def test_emphasis_markers_and_escapes_are_removed_but_not_inner_underscores() -> None:
    text, _ = inline(r"_A Treatise_ , 5th ed. **bold** and snake_case_name, 2*3*4 \[1\] 1\.")
    assert text == "A Treatise, 5th ed. bold and snake_case_name, 2*3*4 [1] 1."
    assert inline("`code` and ~~gone~~ and ****")[0] == "code and gone and "


def test_emphasis_whose_partner_is_elsewhere_or_glued_to_a_word_leaves_no_marker() -> None:
    # html2text moves the space that opens an emphasis inside it and drops it, glues a
    # marker to an emptied link, and opens a span on one line that closes on another.
    assert inline("all focused on our**little things** , every list**Pride** ,")[0] == (
        "all focused on our little things, every list Pride,"
    )
    assert inline("**[](/pic)**Carey's show and _****_The course")[0] == (
        "Carey's show and The course"
    )
    assert inline("_Para one starts here")[0] == "Para one starts here"
    assert inline("and para two ends here_")[0] == "and para two ends here"
    assert inline("existing title** , all 16 of them")[0] == "existing title, all 16 of them"
    assert inline("to build~~,~~responsive layouts")[0] == "to build,responsive layouts"
    # Literal characters stay: a lone star, one between spaces, an underscore in a word.
    assert inline("5 * 3, 2*3*4, Price*, fill in _ here, snake_case_name")[0] == (
        "5 * 3, 2*3*4, Price*, fill in _ here, snake_case_name"
    )


def test_a_star_alone_between_words_is_the_middle_dot_html2text_wrote() -> None:
    # html2text writes "·" as "*": a stamp's separator, between a date and a name.
    assert inline("Dec. 19, 2025 * [Jane Doe](/a) * Updated")[0] == (
        "Dec. 19, 2025 · Jane Doe · Updated")
    assert inline("* [Home](/) * [News](/n)")[0] == "* Home · News"
    # Before a figure, a star is the page's own.
    assert inline("*Jane* and 5 * 3, Price * 2")[0] == "Jane and 5 * 3, Price * 2"


def test_an_underscore_at_a_lines_edge_closes_emphasis_and_one_between_words_stays() -> None:
    # html2text keeps the spaces inside an emphasised caption: "_ Photo: Jane Doe. _".
    assert inline("_ Photo courtesy of the council. _")[0].strip() == (
        "Photo courtesy of the council."
    )
    assert inline("_Jane Doe is a reporter. _")[0].strip() == "Jane Doe is a reporter."
    assert inline("fill in _ here and _ there")[0] == "fill in _ here and _ there"


def test_html2text_spacing_around_marks_is_undone() -> None:
    # An emphasis opened with a space inside it, two strong spans glued as the page glued
    # them, and the space html2text puts before some apostrophes.
    assert inline("one of the _ ‘Toddlers and Tiaras’_ stars")[0] == (
        "one of the ‘Toddlers and Tiaras’ stars"
    )
    assert inline("**A****ttainable** – and **S** pecific")[0] == "Attainable – and S pecific"
    # A strong span that opens right after a link, glued to it and to its first word: the
    # space after the marker html2text stripped.
    assert inline("**spend up to**[**57% of their time**](/s)**on admin tasks**.")[0] == (
        "spend up to 57% of their time on admin tasks."
    )
    assert inline("[**@GossipCop**](/g)**on the story**")[0] == "@GossipCop on the story"
    assert inline("You ’ll see. That ’s all, rock ’n’ roll, the ’90s")[0] == (
        "You’ll see. That’s all, rock ’n’ roll, the ’90s"
    )


def test_a_bang_before_a_closed_bracket_is_the_pages_own() -> None:
    # A picture's "![" whose alt goes on on the next line shows nothing; "stronger![8]"
    # is an exclamation and a footnote mark, as the plain dump shows them.
    assert inline("Get stronger![8] (You are, right?)")[0] == "Get stronger![8] (You are, right?)"
    assert inline("![A photo of the council")[0] == "A photo of the council"


def test_a_link_inside_a_links_label_leaves_its_text_once() -> None:
    text, link_chars = inline("Reno—[[Jane Doe](/p?id=1)](/p?id=1) scored 22 points.")
    assert text == "Reno—Jane Doe scored 22 points."
    assert link_chars == len("Jane Doe")


def test_the_pipes_of_a_table_rows_emptied_edge_cells_show_nothing() -> None:
    lines = read_markdown([
        "---|---", "  ", "![Team logo](/logo.gif)| Slow start costs the team in Ottawa",
        "", "| [Home](/) | News |", "", "Home | News | Sport",
    ], DEFAULT_OPTIONS)
    got = [line.text.strip() for line in lines if line.text.strip()]
    assert got == ["Slow start costs the team in Ottawa", "Home | News", "Home | News | Sport"]


def test_a_fence_has_a_word_or_nothing_after_its_marks() -> None:
    lines = read_markdown(["```python", "x = 1", "```", "", "~~~~__", "", "Text after."],
                          DEFAULT_OPTIONS)
    got = [(line.text, line.hint) for line in lines if line.text]
    assert got == [("x = 1", ParagraphKind.PREFORMATTED), ("Text after.", None)]


def test_a_link_broken_over_lines_leaves_its_text_only() -> None:
    assert inline("[")[0] == ""
    assert inline("](http://x.org/p)")[0] == ""


def test_block_syntax_gives_kinds_and_no_syntax_is_left() -> None:
    lines = read_markdown([
        "## Bridge plan _stalls_ ##", "", "  * [Home](/)", "    * Nested", "1. First",
        "> A quote", "> goes on", "", "```", "x = [1, 2]", "```", "", "a | b", "---|---",
        "1 | [2](/two)", "", "* * *", "[1]: http://x.org", "Title", "=====",
    ], DEFAULT_OPTIONS)
    got = [(line.text, line.hint) for line in lines if line.text]
    assert got == [
        ("Bridge plan stalls", ParagraphKind.HEADING),
        ("Home", ParagraphKind.LIST_ITEM),
        ("Nested", ParagraphKind.LIST_ITEM),
        ("First", ParagraphKind.LIST_ITEM),
        ("A quote", ParagraphKind.QUOTE),
        ("goes on", ParagraphKind.QUOTE),
        ("x = [1, 2]", ParagraphKind.PREFORMATTED),
        ("a\tb", ParagraphKind.TABLE_ROW),
        ("1\t2", ParagraphKind.TABLE_ROW),
        ("Title", ParagraphKind.HEADING),
    ]


def test_syntax_set_in_or_split_over_lines_is_read_too() -> None:
    lines = read_markdown([
        "  * ## Bits to click on", "      #### It's a fake", "** Strong over", "two lines.**",
        "[Send me your ideas](mailto:desk@x.org?subject=Story", "Long text over a rule",
        "---",
    ], DEFAULT_OPTIONS)
    got = [(line.text.strip(), line.hint) for line in lines if line.text]
    assert got == [
        ("Bits to click on", ParagraphKind.HEADING),
        ("It's a fake", ParagraphKind.HEADING),
        ("Strong over", None),
        ("two lines.", None),
        ("Send me your ideas", None),
        ("Long text over a rule", ParagraphKind.HEADING),
    ]
    one_column_row = read_markdown(["x " * 100, "---"], DEFAULT_OPTIONS)[0]
    assert one_column_row.hint is None


def test_a_block_set_in_that_opens_with_a_link_is_text_and_code_stays_code() -> None:
    # html2text sets a comment's stamp in from the margin: four spaces would make it code,
    # but code shows no links. Lines going on with a block of code stay code.
    lines = read_markdown([
        "Great post, thanks.", "",
        "     [ November 10, 2012 7:18 PM ](http://example.com/p?c=1 \"comment permalink\")",
        "", "    x = compute(a)", "    y = [b](c)", "",
    ], DEFAULT_OPTIONS)
    got = [(line.text.strip(), line.hint) for line in lines if line.text]
    assert got == [
        ("Great post, thanks.", None),
        ("November 10, 2012 7:18 PM", None),
        ("x = compute(a)", ParagraphKind.PREFORMATTED),
        ("y = [b](c)", ParagraphKind.PREFORMATTED),
    ]


def test_plain_text_with_a_stray_hash_or_bracket_is_not_markdown() -> None:
    assert not looks_like_markdown(f"#1 in sales\n\n{PROSE}\n\nSee [1] below.\n", DEFAULT_OPTIONS)
    assert looks_like_markdown(f"# Title\n\n{PROSE} [a](/a) [b](/b)\n", DEFAULT_OPTIONS)


def test_a_short_dump_that_opens_with_a_heading_is_markdown() -> None:
    # html2text opens a short page's dump with its headline (markdownify with the page's
    # title over it): one "#" and no link is Markdown there, and nowhere else.
    assert looks_like_markdown(f"# Council drops the tax rise\n\n{PROSE}\n", DEFAULT_OPTIONS)
    assert looks_like_markdown(f"Council drops the tax rise - Daily Planet\n\n\n"
                               f"# Council drops the tax rise\n\n{PROSE}\n", DEFAULT_OPTIONS)
    assert not looks_like_markdown(f"Home\nWorld\nSport\n\n# Council drops the tax rise\n\n"
                                   f"{PROSE}\n", DEFAULT_OPTIONS)
    article = parse_text(f"# Council drops the tax rise\n\n{PROSE}\n\n## What comes next\n\n"
                         f"{PROSE}\n")
    assert "#" not in article.body
    assert [p.kind for p in article.paragraphs].count(ParagraphKind.HEADING) == 1


def test_a_heading_inside_a_link_leaves_its_text_only() -> None:
    # markdownify writes a teaser's <a><h4>…</h4></a> as "[#### Title](/story)".
    assert inline("* [#### Prince Andrew quits](/story/1)")[0] == "* Prince Andrew quits"
    assert inline("[#5 on the list](/top)")[0] == "#5 on the list"
    # ... and where the label runs on past its line, a picture under the heading: "[### Title"
    # / "" / "![](/pic.jpg)](/story)".
    assert inline("[### Prince Andrew quits")[0] == "Prince Andrew quits"
    assert inline("* [#### Prince Andrew quits")[0] == "* Prince Andrew quits"


def test_a_dump_of_one_block_per_line_is_read_as_it_is() -> None:
    assert read_dump(f"Home\nNews\n\nTitle\n\n{PROSE}\n", DEFAULT_OPTIONS) is None


def test_a_markdown_menu_is_all_link_text() -> None:
    dump = f"  * [Home](/)\n  * [World](/world)\n\n# Title\n\n{PROSE} [x](/x)\n"
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [piece_link_share(line) for line in blocks[0]] == [1.0, 1.0]
    assert 0 < piece_link_share(blocks[2][0]) < 0.1


# --- Hard wraps -----------------------------------------------------------------------------


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(p, width) if len(p) > width else p for p in text.split("\n"))


def test_a_wrapped_dump_is_recognised_and_a_plain_one_is_not() -> None:
    plain = "\n\n".join(["Home\nNews\nSport", PROSE, "Title of the story", PROSE, PROSE])
    lines = _wrap(plain, 72).split("\n")
    widths = [len(line) for line in lines]
    spaced = [" " in line for line in lines]
    wrap = wrap_width(widths, spaced, DEFAULT_OPTIONS)
    assert wrap is not None and wrap.width <= 72 and wrap.clear
    lines = plain.split("\n")
    assert wrap_width([len(line) for line in lines], [" " in line for line in lines],
                      DEFAULT_OPTIONS) is None


def test_wrapped_paragraphs_are_reflowed_and_short_lines_stay_apart() -> None:
    plain = "\n\n".join(["Home\nNews\nSport", "Title of the story", PROSE, "Tags\nA\nB", PROSE])
    assert _texts(_wrap(plain, 64)) == _texts(plain)


def test_a_short_line_after_a_sentence_and_before_another_line_stays_apart() -> None:
    # A blurb whose wrapped last line ends a sentence near the width, then lines of their
    # own in the same block ("twitter: @name" under it): the short line after the blurb
    # is followed by another, so it is no tail of the blurb's paragraph.
    blurb = "We are two sisters who love to travel and try new things."
    while len(textwrap.wrap(blurb, 64)[-1]) < 60:
        blurb += " We love it."
    card = f"{blurb}\ntwitter: @dailyplanet\nwebsite: www.dailyplanet.example"
    plain = "\n\n".join(["Home\nNews\nSport", PROSE, card, "Title of the story", PROSE])
    assert _texts(_wrap(plain, 64)) == _texts(plain)
    # The tail of a paragraph, a block's last line, still joins on.
    assert _texts(_wrap(plain.replace("\nwebsite: www.dailyplanet.example", ""), 64))[2] == [
        f"{blurb} twitter: @dailyplanet"]


def test_an_item_that_ends_a_sentence_near_the_width_in_a_block_of_items_ends_there() -> None:
    # A checklist the page writes a line an item, no bullets: most items end short of
    # the width, one ends its sentence just under it and the next item, too long to be
    # a paragraph's tail, opens with a capital. The line ended the item, as the block's
    # other lines end theirs.
    width = 64
    near = "Book the venue, compare the offers and agree on a firm date."
    while len(near) < width - 4:
        near = near.replace("Book the", "Book the big")
    assert width - 5 <= len(near) <= width
    items = ["Choose a date range for the season.", near,
             "Hire a planner or a coordinator for the day itself.",
             "Send the invitations to the guests who came to the first meeting in the "
             "hall last spring, and ask them to answer by the end of the month.",
             "Order the cake.", "Write the vows."]
    plain = "\n\n".join(["Home\nNews\nSport", "Title of the story", PROSE,
                         "\n".join(items), PROSE])
    assert _texts(_wrap(plain, width)) == _texts(plain)
    # In a paragraph, such a line end is the wrap's: the sentences join up again.
    assert _texts(_wrap(plain, width))[2] == [PROSE]


# Teasers' headlines in title case, each wrapped at 76 columns after a word no sentence
# goes on over (no function word, the next line capitalised), under a menu whose lines
# fill the band just below the width: the lengths alone do not make the wrap clear.
_TITLE_CASE_TEASERS = [
    "Council Keeps Property Tax Level Another Year While Bridge Fund Money Runs Dry",
    "Mayor Says Old Depot Sale Next Spring Pays Repairs Along Main Street Bridges Soon",
    "Residents Divided Over Plans For Second Bridge Across River North Town Hall Again",
    "Board Meets Again March Studying State Grant Money Schools Public Libraries Need",
    "Police Close Three Roads Downtown Marathon Weekend While Crews Repair Signals",
    "Library Opens New Reading Room Children Books Donated Local Families Last Week",
    "Farmers Market Returns Square Saturday Mornings Through Late October Weekends",
]
_LONG_MENU = [
    "Weather Forecast For The Whole Region Today And Tomorrow Night",
    "Traffic And Travel News From The Roads Around The County Today",
    "Letters To The Editor Of The Daily Paper From Readers This Week",
    "Obituaries And Family Notices Published In The Paper This Week",
    "Classified Advertisements And The Jobs Board For The Whole Area",
]


def test_lines_that_left_no_room_for_a_short_word_make_a_wrap_clear() -> None:
    dump = "\n\n".join(["\n".join(_LONG_MENU),
                        *(textwrap.fill(h, 76) for h in _TITLE_CASE_TEASERS)]) + "\n"
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT] for line in block] for block in blocks[1:]] == [
        [h] for h in _TITLE_CASE_TEASERS]
    assert [line[PIECE_TEXT] for line in blocks[0]] == _LONG_MENU
    # Without the count, the wrap is not clear and each headline stays in two pieces.
    off = ParseOptions(text_wrap_min_word_breaks=1000)
    unclear = read_dump(dump, off)
    assert unclear is None or all(len(block) == 2 for block in unclear[1:])


def test_a_menu_of_long_links_does_not_hide_the_wrap_of_the_prose() -> None:
    # Each item ends a few characters short of the width, where the next item's bullet
    # would have fitted: it was ended, not broken, and says nothing against a greedy wrap.
    story = " ".join(SENTENCES[:3])
    menu = "\n".join(f"  * [{s[:38]}](/{'-' * 18})" for s in SENTENCES)
    dump = _wrap(f"# Council drops the tax rise\n\n{story}\n\n{menu}\n", 72)
    assert len(dump.split("\n")) == 15  # the story came out in five lines
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT] for line in block] for block in blocks[:2]] == [
        ["Council drops the tax rise"], [story],
    ]
    assert len(blocks[2]) == len(SENTENCES)


def test_markdown_of_a_page_whose_text_has_its_own_line_breaks_is_reflowed() -> None:
    # The page broke its prose with <br> near 70 columns (html2text: two spaces at the end
    # of the line), and its menu's long link targets make the raw lines longer than any
    # wrap: measured by the text they show, the menu hides the wrap no more.
    menu = "\n".join(
        f"  * [{s[:30]}](https://example.com/section/{'x' * 90}/{i})"
        for i, s in enumerate(SENTENCES * 3)
    )
    story = [" ".join(SENTENCES[i:i + 3]) for i in (0, 2, 4)]
    wrapped = "\n\n".join(textwrap.fill(p, 70).replace("\n", "  \n") for p in story)
    blocks = read_dump(f"# Council drops the tax rise\n\n{wrapped}\n\n{menu}\n", DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT].strip() for line in block] for block in blocks[1:4]] == [
        [p] for p in story
    ]


def test_a_link_a_wrap_broke_is_read_as_one_line() -> None:
    # html2text breaks inside a link's text and after the hyphens of its target.
    raw = ["Read [the full", "report](https://news.example/2024/the-", "full-report.html) here.",
           "", "Next paragraph."]
    assert join_wrapped_links(raw, DEFAULT_OPTIONS.text_markdown_max_link_lines) == [
        ("Read [the full report](https://news.example/2024/the-full-report.html) here.", 0, 2),
        ("", 3, 3), ("Next paragraph.", 4, 4),
    ]
    assert read_markdown(["Read [the full report](https://news.example/2024/the-full-report"
                          ".html) here."], DEFAULT_OPTIONS)[0].text == "Read the full report here."


def test_links_that_close_and_open_on_one_line_join_a_chain_of_lines() -> None:
    raw = ["One [two", "three](/a-", "b) four [five", "six](/c) seven."]
    joined = join_wrapped_links(raw, 3)
    assert joined == [("One [two three](/a-b) four [five six](/c) seven.", 0, 3)]


def test_a_labels_end_whose_start_is_on_an_earlier_line_has_its_broken_target_joined() -> None:
    # html2text sets a link's label over a blank line at times, or drops its start, and
    # wraps its target at the hyphens: "yard.](https://cdn…fit=scale-" / "down…jpg) What
    # Buyers", "DApp](https://…-right-" / "library-for-your-dapp/)". A "](" that closes no
    # label open on its line closes one opened before: its target is one line with it.
    raw = [
        "[ ![A grey house with a red door, a covered porch and trees in the front",
        "yard.](https://cdn.example.com/image/format=auto,quality=85,fit=scale-",
        "down,width=1280/media/house-front.jpg) What Buyers Can Expect from",
        "the Housing Market",
        "",
        "](/blog/what-buyers-can-expect)",
        "",
        "See also Web3 or Ethers: Picking the Right Library for Your",
        "DApp](https://www.example.com/blog/web3-or-ethers-picking-the-right-",
        "library-for-your-dapp/)",
    ]
    joined = join_wrapped_links(raw, DEFAULT_OPTIONS.text_markdown_max_link_lines)
    assert joined is not None
    assert [(first, last) for _, first, last in joined if last > first] == [(1, 2), (8, 9)]
    texts = [line.text.strip() for line in read_markdown([t for t, _, _ in joined],
                                                         DEFAULT_OPTIONS)]
    assert "yard. What Buyers Can Expect from" in texts and "DApp" in texts
    assert not any("](" in text or "(" in text or ")" in text for text in texts)
    article = parse_text("\n".join([f"# Council drops the tax rise\n\n{PROSE}\n", *raw]))
    assert not any("](" in p.text or "-right-" in p.text for p in article.paragraphs)


def test_a_linked_picture_whose_alt_text_a_wrap_broke_over_many_lines_leaves_nothing() -> None:
    # html2text wraps a long alt text (a photo's caption and credit) over a dozen lines,
    # inside the link around the picture.
    words = (f"{SENTENCES[0]} {SENTENCES[1]} (Photo by JANE DOE / AFP) (Photo credit should "
             "read JANE DOE/AFP/Getty Images)").split()
    alt = textwrap.wrap(" ".join(words * 2), 60)
    assert len(alt) > 8
    raw = ["[Home](/) [World](/w)", "", "# Council drops the tax rise", "",
           "[![" + alt[0], *alt[1:], "](/img/photo.jpg)](/videos/story)", "", PROSE]
    blocks = read_dump("\n".join(raw), DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT].strip() for block in blocks for line in block] == [
        "Home World", "Council drops the tax rise", PROSE]


def test_a_bracket_no_line_closes_leaves_the_lines_apart() -> None:
    assert join_wrapped_links(["A [note that", "goes on", "", "[x](/y)"], 8) is None
    # A blank line or the reach ends the search as well.
    assert join_wrapped_links(["A [note", "", "that](/y)"], 8) is None
    assert join_wrapped_links(["A [note", "b", "c", "that](/y)"], 3) is None


def test_markdown_wrapped_as_html2text_does_is_reflowed() -> None:
    # html2text wraps paragraphs at 78 columns, links included, and leaves list items and
    # lines with a pipe whole, however long: those say nothing of the width.
    story = [" ".join(SENTENCES[i:i + 3]) for i in (0, 2, 4)]
    linked = [p.replace("council", "[city council](https://news.example/2024/05/city-"
                        "council-votes-on-the-budget.html)") for p in story]
    menu = "\n".join(f"  * [{s}](https://news.example/{'section-' * 12}{i})"
                     for i, s in enumerate(SENTENCES))
    pager = "[« Previous story](/news/a-" + "x" * 60 + ") | [Next story »](/news/b)"
    wrapped = "\n\n".join(
        textwrap.fill(p, 78, break_long_words=False, break_on_hyphens=True) for p in linked
    )
    dump = f"# Council drops the tax rise\n\n{wrapped}\n\n{pager}\n\n{menu}\n"
    assert max(len(line) for line in wrapped.split("\n")) <= 78
    # Some link runs over a line end (its text or its target broken).
    assert any(line.count("[") != line.count("]") or line.count("(") != line.count(")")
               for line in wrapped.split("\n"))
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT].strip() for line in block] for block in blocks[1:4]] == [
        [p.replace("council", "city council")] for p in story
    ]


def test_a_link_longer_than_the_width_stays_inside_its_paragraph() -> None:
    # textwrap (html2text) sets a word longer than the width on a line of its own, however
    # short the line before it, and the paragraph goes on after it.
    target = "https://shop.example/?id=" + "x" * 90
    markdown = (f"{SENTENCES[0]} It is out now on [_Vudu_]({target}) _,_ and on"
                f" [_iTunes_]({target}) for rent, and {SENTENCES[1].lower()}")
    story = textwrap.fill(markdown, 78, break_long_words=False, break_on_hyphens=False)
    assert f"\n[_Vudu_]({target})\n" in story
    other = textwrap.fill(" ".join(SENTENCES[2:5]), 78)
    dump = f"# Council drops the tax rise\n\n{story}\n\n{other}\n\n[Home](/) [News](/n)\n"
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [[line[PIECE_TEXT].strip() for line in block] for block in blocks]
    assert texts[1] == [f"{SENTENCES[0]} It is out now on Vudu , and on iTunes for rent, and "
                        f"{SENTENCES[1].lower()}"]
    assert texts[2] == [" ".join(SENTENCES[2:5])]


def test_a_short_line_before_a_long_link_a_wrap_set_apart_joins_it() -> None:
    # textwrap (html2text) moves a word that does not fit to the next line: a link's text
    # and target are one long word, so the line before it ends far short of the width.
    link = "[Council](https://news.example/2024/05/council-budget.html)"
    words = "Officials praised the committee and thanked"
    story = textwrap.fill(f"{words} {link} staff. {SENTENCES[1]}", 78,
                          break_long_words=False, break_on_hyphens=False)
    assert story.split("\n")[0] == words
    other = "\n\n".join(textwrap.fill(" ".join(SENTENCES[i:i + 3]), 78) for i in (0, 2))
    dump = f"# Council drops the tax rise\n\n{story}\n\n{other}\n\n[Home](/) [News](/n)\n"
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT].strip() for line in blocks[1]] == [
        f"{words} Council staff. {SENTENCES[1]}"]
    # A line ended by the page (a hard break) stays ended.
    broken = dump.replace(f"{words}\n", f"{words}  \n")
    blocks = read_dump(broken, DEFAULT_OPTIONS)
    assert blocks is not None
    assert blocks[1][0][PIECE_TEXT].strip() == words


def test_a_wrapped_quotes_lines_are_measured_by_their_words_not_their_marks() -> None:
    # html2text wraps a quote with its "> " marks counted in the width: a line that ends
    # short because the next word ("Melveney-Brownstone", not ">") did not fit on it was
    # broken there, though the sentence does not plainly go on over the break.
    quote = ("The council said on Monday that the bridge would close, wrote Councillor "
             "Melveney-Brownstone of the works committee in a letter. Officials told "
             "reporters that the money for the bridge would come from the sale of the depot.")
    lines = textwrap.wrap(quote, 76, break_on_hyphens=False)
    assert lines[0].endswith("Councillor") and len(lines[0]) + 3 < 78
    other = "\n\n".join(textwrap.fill(" ".join(SENTENCES[i:i + 3]), 78) for i in (0, 2, 4))
    dump = ("# Council drops the tax rise\n\n" + "\n".join(f"> {line}" for line in lines)
            + f"\n\n{other}\n\n[Home](/) [News](/n)\n")
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT].strip() for line in blocks[1]] == [quote]


def test_a_markdown_line_end_inside_a_sentence_is_a_space() -> None:
    # markdownify keeps the page's own line ends: a paragraph's lines go on one another
    # where the sentence goes on over the break (lower case next, a comma, a function
    # word); lines of one item each (a <div> menu, a footer) stay apart.
    dump = (
        "# Council drops the tax rise\n\n"
        "The council said on Monday that it would not raise\n"
        "the tax this year, and officials told reporters that the\n"
        "Money for the bridge would come from the sale of the old depot.\n\n"
        "[Home](/)\n[World](/w)\n[Sport](/s)\n\n"
        "Updated 24 hours a day\nPrivacy Policy\nTerms of Use\n"
    )
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT].strip() for line in block] for block in blocks] == [
        ["Council drops the tax rise"],
        ["The council said on Monday that it would not raise the tax this year, and "
         "officials told reporters that the Money for the bridge would come from the sale "
         "of the old depot."],
        ["Home", "World", "Sport"],
        ["Updated 24 hours a day", "Privacy Policy", "Terms of Use"],
    ]


def test_a_markdown_hard_break_or_a_new_sentence_ends_the_line() -> None:
    # Two spaces at a line's end are the page's <br>: the line was ended there, whatever
    # comes next. A line that ends a sentence before a capital is left apart as well (it
    # reads the same either way).
    dump = ("# Council drops the tax rise\n\n"
            "Daily Planet LLC,  \nmetropolis office\n\n"
            "The council met on Monday.\nThe mayor spoke first.\n\n"
            "[Home](/)\n[World](/w)\n")
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT].strip() for line in block] for block in blocks[1:3]] == [
        ["Daily Planet LLC,", "metropolis office"],
        ["The council met on Monday.", "The mayor spoke first."],
    ]


def test_a_hard_break_after_a_wrapped_paragraph_ends_it() -> None:
    # html2text wraps a paragraph and writes the page's <br> after its last line as a hard
    # break: the wrap never leaves one, so the line after it starts a paragraph of its
    # own, however little room the break left. A page that sets its own lines with <br>s
    # (every line ends in one) is re-flowed as a wrap's lines are.
    first = " ".join(SENTENCES[:3])
    wrapped = textwrap.wrap(first, 78)
    # The last line must leave no room for the next one's first word.
    while len(wrapped[-1]) < 72:
        first += " And more was said."
        wrapped = textwrap.wrap(first, 78)
    second = " ".join(SENTENCES[3:5])
    dump = ("# Council drops the tax rise\n\n" + "\n".join(wrapped) + "  \n"
            + textwrap.fill("Wednesday " + second, 78) + "\n\n"
            + "  \n".join(textwrap.wrap(" ".join(SENTENCES[3:6]), 78)) + "\n\n"
            + "\n\n".join(textwrap.fill(" ".join(SENTENCES[i:i + 3]), 78) for i in (1, 3))
            + "\n\n[Home](/)\n[World](/w)\n")
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [[line[PIECE_TEXT].strip() for line in block] for block in blocks]
    assert texts[1] == [first, "Wednesday " + second]
    assert texts[2] == [" ".join(SENTENCES[3:6])]


def test_a_wrapped_list_item_keeps_its_own_line() -> None:
    items = [f"- {s}" for s in SENTENCES[:3]]
    dump = "Intro line that leads in:\n" + "\n".join(items) + "\n\n" + PROSE
    blocks = _texts(_wrap(dump, 60))
    assert len(blocks[0]) == 4


# --- lynx / w3m and layout renderers --------------------------------------------------------


def test_lynx_link_marks_and_references_are_dropped() -> None:
    dump = (
        "   [1]Home [2]News [3]Sport\n\n   [4]Council drops the tax rise\n\n"
        f"   {PROSE} [5]More [IMG]\n\nReferences\n\n   1. http://x.org/\n   2. http://x.org/n\n"
        "   3. http://x.org/s\n   4. http://x.org/c\n   5. http://x.org/m\n"
    )
    blocks = _texts(dump)
    assert blocks[0] == ["Home News Sport"]
    assert blocks[-1] == [f"{PROSE} More"]
    assert not any("http" in line for block in blocks for line in block)


def test_layout_indentation_bullets_and_padded_columns_are_undone() -> None:
    dump = "    * Home\n    * News\n\n\n\n   Team      Won   Lost\n   Rovers    3     1\n"
    assert _texts(dump) == [["Home", "News"], ["Team\tWon\tLost", "Rovers\t3\t1"]]


def test_two_spaces_between_sentences_set_in_are_no_cells() -> None:
    # A plain-text document in a <pre> (an RFC, a mail) sets two spaces between sentences,
    # and a layout renderer keeps its indentation: the lines are prose, not rows of cells
    # (each a block of its own, apart from the lines of its paragraph). Cells padded apart
    # stay cells, one of them ending a sentence or not.
    dump = ("   The council said on Monday that it would not raise the tax.  Officials\n"
            "   told reporters that the money would come from the old depot.  Residents\n"
            "   who spoke at the meeting were divided.\n\n"
            "   Pos.  Team      Won\n   Top   Rovers    Three\n")
    assert _texts(dump) == [
        ["The council said on Monday that it would not raise the tax. Officials",
         "told reporters that the money would come from the old depot. Residents",
         "who spoke at the meeting were divided."],
        ["Pos.\tTeam\tWon", "Top\tRovers\tThree"],
    ]


def test_a_nested_lists_letter_bullet_is_a_bullet_only_under_an_item() -> None:
    # inscriptis and lynx draw a third level's bullet as an "o"; an "o" that opens an
    # indented line with no "*" or "+" item set in less deep above it is a word.
    dump = ("   o governo disse que sim\n\n    * Services\n"
            "      + Paid media\n          o Paid search\n          o Paid social\n")
    assert _texts(dump) == [["o governo disse que sim"],
                            ["Services", "Paid media", "Paid search", "Paid social"]]
    items = [line for line in split_lines(dump, DEFAULT_OPTIONS) if line[TEXT] == "Paid search"]
    assert len(items) == 1 and items[0][3] is not None
    assert items[0][3][0] == ParagraphKind.LIST_ITEM.value


def test_an_item_number_set_as_far_in_as_the_text_under_it_is_the_texts_own() -> None:
    # inscriptis sets a numbered heading ("1. Silverback Strategies") at the indentation of
    # the paragraph under it, and a list's items further in than the text around them.
    dump = ("    Best agencies of the year\n\n    1. Northwind Partners\n\n"
            "    Northwind Partners is a small agency that the council has used for years.\n\n"
            "      1. Paid search\n      2. Paid social\n\n    After the list.\n")
    assert _texts(dump) == [["Best agencies of the year"], ["1. Northwind Partners"],
                            ["Northwind Partners is a small agency that the council has used "
                             "for years."],
                            ["Paid search", "Paid social"], ["After the list."]]


# --- One page, four renderers ---------------------------------------------------------------


_SAID = (
    "The council said on Monday that it would not raise the tax this year. Officials told "
    "reporters that the money for the bridge would come from the sale of the old depot instead."
)

_DASHED = (
    "Residents who spoke at the long meeting were divided - and some of them said they had "
    "not been told about the plan at all, which the mayor, who has been in office since "
    "2015, denied."
)
# A page whose story has a dash inside a sentence, for the wrap to set first on a line.
_DASH_WRAPPED_FIRST: Page = [
    ("menu", ["Home", "World", "Business"]),
    ("title", ["Council drops the tax rise after a long night of talks"]),
    ("story", [_SAID]), ("story", [_DASHED]), ("story", [_SAID]),
    ("footer", ["© 2019 Daily Planet LLC. All Rights Reserved."]),
]



# Rows of a layout table as html2text writes them: whole, however long, their cells
# emptied of all but spacer pictures.
_EMPTIED_ROWS = "\n".join(
    f"|  |  | ![](https://img.example.com/static/gfx/spacer_{k}_transparent_pixel.gif) | "
    f"![](https://img.example.com/static/gfx/corner_{k}_rounded_border_top_left.gif)  "
    for k in range(4))

@settings(max_examples=60, deadline=None)
@given(page=pages(), width=st.integers(min_value=60, max_value=100))
# Wrapped Markdown whose teaser links end near the width: they were read as lines a word
# would have fitted on, so the wrap was taken for hand-set text and not re-flowed.
@example(
    page=[
        ("menu", ["Home", "Home", "Home"]),
        ("title", ["Council drops the tax rise after a long night of talks"]),
        ("story", [_SAID]), ("story", [_SAID]), ("story", [_SAID]),
        ("teasers", ["Five things to know this week", "Five things to know this week",
                     "Stocks slide as investors weigh new tariffs"]),
        ("teasers", ["Five things to know this week", "Five things to know this week",
                     "Five things to know this week",
                     "Stocks slide as investors weigh new tariffs"]),
    ],
    width=71,
)
# Markdown whose footer lines end in hard breaks (<br>) with room left on them: ended by
# the page, they were taken for a hand-set text's lines and vetoed the story's wrap.
@example(
    page=[
        ("footer", ["© 2019 Daily Planet LLC. All Rights Reserved."] * 5),
        ("title", ["Council drops the tax rise after a long night of talks"]),
        ("story", [_SAID]), ("story", [_SAID]), ("story", [_SAID]),
        ("menu", ["Home", "Home", "Home"]),
        ("footer", ["© 2019 Daily Planet LLC. All Rights Reserved."] * 4),
    ],
    width=60,
)
# A headline that shares no word with its story: the plain dump names no title, the
# Markdown ones name the "#" heading.
@example(
    page=[
        ("footer", ["IranExpert: All the News Updated 24 Hours a Day"]),
        ("title", ["Council drops the tax rise after a long night of talks"]),
        ("story", [" ".join(SENTENCES[1:3])]), ("story", [" ".join(SENTENCES[1:3])]),
        ("story", [" ".join(SENTENCES[1:3])]),
        ("menu", ["Home", "Home", "Home"]),
    ],
    width=60,
)
# A dash inside a sentence that the wrap set first on a line ("… at the long meeting were
# divided" / "- and some of them …"): Markdown read it as a list's bullet, and the story's
# paragraph came out in two.
@example(page=_DASH_WRAPPED_FIRST, width=62)
@example(page=_DASH_WRAPPED_FIRST, width=81)
def test_five_renderings_of_a_page_give_the_same_article(page: Page, width: int) -> None:
    want = parse_text(render_blocks(page))
    assert [p.text for p in want.paragraphs] == story_of(page)
    assert want.title in (None, title_of(page))
    renderings = {
        "wrapped": render_wrapped(page, width),
        "markdown": render_markdown(page),
        # html2text's default: Markdown wrapped at a width (78), links and headings too.
        "markdown wrapped": hard_wrap(render_markdown(page), width),
        # ... and as html2text breaks it: inside long links' text and at their targets'
        # hyphens, list items left whole.
        "html2text wrapped": wrap_like_html2text(render_markdown(page, long_links=True), width),
        # ... with a layout table's rows under the page, written whole however long, their
        # cells emptied of all but spacer pictures: no evidence of the width.
        "html2text wrapped, layout rows": wrap_like_html2text(
            render_markdown(page, long_links=True) + "\n\n" + _EMPTIED_ROWS, width),
        "layout": render_layout(page),
        # ... of a plain-text document in a <pre>: two spaces between its sentences.
        "layout, typewriter": render_layout(page, typewriter=True),
        # ... and its menus drawn as a column beside the story, as in a table layout.
        "columns": render_columns(page),
        # html-text and markdownify write the page's <title> first, the site's name in it.
        "titled": f"{title_of(page)} - Daily Planet\n\n{render_blocks(page)}",
    }
    for name, dump in renderings.items():
        article = parse_text(dump)
        assert [p.text for p in article.paragraphs] == story_of(page), name
        if name.startswith(("markdown", "html2text", "titled")) and want.title is None:
            # Markdown marks the headline (its one "#"), and the <title> names it: where
            # the plain dump leaves no line sure enough to be it, these may still name it,
            # never another.
            assert article.title in (None, title_of(page)), name
        else:
            assert article.title == want.title, name


def _side_by_side(left: list[str], right: list[str], width: int = 24) -> list[str]:
    return [f"  {a:<{width}}{b}".rstrip() for a, b in itertools.zip_longest(left, right,
                                                                           fillvalue="")]


def test_a_menu_column_drawn_beside_the_story_is_read_column_by_column() -> None:
    menu = ["Home", "World", "Business", "Sport", "Opinion"]
    paragraphs = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    story = [paragraphs[0], "", paragraphs[1], "", paragraphs[2]]
    lines = ["Site masthead", "", *_side_by_side(menu, story), "", "Contact us"]
    split = side_by_side_columns(lines, DEFAULT_OPTIONS)
    assert [line.strip() for line in split if line.strip()] == [
        "Site masthead", *menu, *paragraphs, "Contact us"
    ]
    blocks = read_dump("\n".join(lines), DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [[line[PIECE_TEXT] for line in block] for block in blocks[2:5]]
    assert texts == [[p] for p in paragraphs]


def test_a_sidebar_heading_set_out_of_its_column_stays_in_the_sidebar() -> None:
    # The sidebar's list items start at the column; its headings stand a few columns out
    # of it, on rows where the story column is blank.
    paragraphs = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4, 1)]
    story = [paragraphs[0], "", paragraphs[1], "", "", paragraphs[2], "", paragraphs[3]]
    side = ["* Council news", "", "* Bridge works", "Related Stories", "* Tax rise dropped",
            "", "User Tools", "* Print"]
    width = max(len(p) for p in paragraphs) + 6
    lines = []
    for left, right in zip(story, side, strict=True):
        if right and not right.startswith("*"):
            lines.append(" " * (width - 2) + right)  # set out by two columns
        else:
            lines.append(f"  {left:<{width}}{right}".rstrip())
    split = side_by_side_columns(lines, DEFAULT_OPTIONS)
    shown = [line.strip() for line in split if line.strip()]
    assert shown == [*paragraphs, *[item for item in side if item]]


def test_tables_of_data_are_not_taken_apart() -> None:
    # Rows of several cells left of the long one ...
    rows = [f"  {'new':<10}{'started':<10}{'sched':<12}{s}" for s in SENTENCES[:4]]
    assert side_by_side_columns(rows, DEFAULT_OPTIONS) is rows
    # ... and keys with values on every row.
    pairs = _side_by_side(["Monday", "Tuesday", "Wednesday", "Thursday"], list(SENTENCES[:4]))
    assert side_by_side_columns(pairs, DEFAULT_OPTIONS) is pairs
    # Columns of short cells hold no prose: a menu beside a menu.
    menus = _side_by_side(["Home", "World", "Sport", "Arts"], ["About", "Jobs", "", "Help"])
    assert side_by_side_columns(menus, DEFAULT_OPTIONS) is menus


def test_markup_of_an_ad_written_out_as_text_is_dropped() -> None:
    # Renderers write out what <noscript> and <iframe> hold as text: an ad's link and
    # picture, alone on a line or in a column of its own beside the story.
    ad = ('<a href="http://ads.example.net/click?zone=7"><img src="http://ads.example.net/'
          'b.gif" width="728" height="90"></a>')
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    dump = "\n\n".join([ad, story[0], story[1] + "     " + ad, story[2]])
    assert [block[0] for block in _texts(dump)] == story
    # A tutorial's markup points to relative paths or none, and is the story's.
    code = '<link rel="stylesheet" href="vendor/mocha.css">'
    assert [block[0] for block in _texts(code + "\n\n" + story[0])] == [code, story[0]]


def _ad_script(slot: int) -> str:
    # An ad's script as html-text and inscriptis write it out from a page they could not
    # read: its tracking address and parameters, hundreds of characters.
    return ("<SCRIPT LANGUAGE='JavaScript1.1'>if (document.layers) {document.write('<SCR' + "
            f"'IPT language=JavaScript1.1 SRC=/ads/serve.asp?type=single&zone=news&slot={slot}"
            "&size=300x250&callType=script />'); document.close();}</SCRIPT>")


def test_a_line_of_an_ads_script_written_out_as_text_is_dropped() -> None:
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    comment = "<!-- " + "ad slot 300x250, zone news, refreshed every 30 seconds " * 4 + "-->"
    cdata = ('<![CDATA[<fb:fan data-widget="onvisible.module" profile_id="8304333127" '
             'stream="0" connections="10" width="377"></fb:fan></div><div id="fb" '
             'style="font-size:8px; padding-left:10px; padding-right:10px; margin:0">]]>')
    for markup in (_ad_script(1), _ad_script(2) + " " + _ad_script(3), comment, cdata):
        dump = "\n".join(["Home", markup, story[0], markup]) + "\n\n" + story[1]
        assert [line for block in _texts(dump) for line in block] == ["Home", *story[:2]]
    # A tutorial's script is a short line of code, and the story's.
    code = '<script src="vendor/blanket.js" data-cover-adapter="vendor/mocha-blanket.js">'
    assert [block[0] for block in _texts(code + "\n\n" + story[0])] == [code, story[0]]
    # Text beside the script on its line is shown: the line stays.
    beside = _ad_script(4) + " Email Print Text Size"
    assert [block[0] for block in _texts(beside + "\n\n" + story[0])] == [beside, story[0]]


@settings(max_examples=40, deadline=None)
@given(page=pages())
def test_ads_scripts_in_a_head_run_on_under_its_menus_give_the_same_article(page: Page) -> None:
    # html-text writes an old page's ad scripts out as text, a line each, in the run of
    # lines over the story (under the menu, right over the headline) and under it.
    dated = _with_line_under_title(page, "Fri, January 18, 2008")
    want = parse_text(render_blocks(dated))
    lines = render_run_on(dated).split("\n")
    title = lines.index(title_of(page))
    lines[title:title] = [_ad_script(1), _ad_script(2)]
    lines.insert(1, _ad_script(3))
    lines.append(_ad_script(4))
    got = parse_text("\n".join(lines))
    assert [p.text for p in got.paragraphs] == [p.text for p in want.paragraphs]
    assert got.title == want.title


# --- The dump's marks as signals ------------------------------------------------------------


def test_a_line_mostly_of_link_text_is_furniture() -> None:
    features = LineFeatures.of(PROSE)
    options = ParseOptions()
    assert first_label(features, options) is Label.GOOD
    assert first_label(features, options, link_share=0.1) is Label.GOOD
    assert first_label(features, options, link_share=0.9) is Label.BAD


def test_a_sidebar_of_linked_prose_does_not_pass_for_the_story() -> None:
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    linked = "\n\n".join(f"[{s}](/other/{i})" for i, s in enumerate(SENTENCES))
    dump = "# Council drops the tax rise\n\n" + "\n\n".join(story) + "\n\n## Elsewhere\n\n" + linked
    article = parse_text(dump)
    assert [p.text for p in article.paragraphs] == story


def test_the_only_top_level_heading_is_the_headline() -> None:
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    dump = (
        "  * [Home](/)\n  * [News](/news)\n\n## The council said it would not raise the tax\n\n"
        "# Council will not raise the tax this year\n\n" + "\n\n".join(story) + "\n"
    )
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    tops = [piece_marks(line).top_heading for block in blocks for line in block]
    assert tops[2:4] == [False, True]
    assert parse_text(dump).title == "Council will not raise the tax this year"


STORY = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
HEADLINE = "Why Nobody Wants to Pay for the Bridge"
# A menu long enough to set the headline far above the story (past the head's window).
FAR_MENU = "\n".join(f"  * [{item} desk](/s/{i})" for i, item in enumerate(
    ["News", "World", "Business", "Sport", "Opinion", "Culture", "Weather", "Video"] * 3))


def test_the_top_level_heading_far_above_the_story_is_its_headline() -> None:
    dump = (f"[Home](/)\n\n# {HEADLINE}\n\n{FAR_MENU}\n\nA shorter label line\n\n"
            + "\n\n".join(STORY) + "\n")
    article = parse_text(dump)
    assert article.title == HEADLINE
    assert [p.text for p in article.paragraphs] == STORY


def test_the_top_level_heading_under_a_caption_that_opens_the_story_is_its_headline() -> None:
    caption = ("The mayor takes a question from a reporter during a meeting in the town hall "
               "on Monday, where the board was told about the plan. (Photo/Jane Doe)")
    dump = f"[Home](/) [News](/n)\n\n{caption}\n\n# {HEADLINE}\n\n" + "\n\n".join(STORY)
    article = parse_text(dump)
    assert article.title == HEADLINE
    assert HEADLINE not in [p.text for p in article.paragraphs]


def test_a_top_level_heading_the_page_repeats_is_still_its_one_headline() -> None:
    # A sticky header's or a print view's copy of the <h1>: one heading all the same.
    dump = (f"[Home](/)\n\n# {HEADLINE}\n\n{FAR_MENU}\n\n" + "\n\n".join(STORY)
            + f"\n\n{FAR_MENU}\n\n# {HEADLINE}\n")
    assert parse_text(dump).title == HEADLINE
    two = dump.replace(f"# {HEADLINE}\n", "# Another headline of the site\n", 1)
    assert parse_text(two).title != HEADLINE
    # Beside a site's name in an <h1> of its own, linking home, it is the one headline too.
    logo = dump.replace(f"# {HEADLINE}\n", "# [The Daily Planet Blog](/)\n", 1)
    assert parse_text(logo).title == HEADLINE


def test_a_linked_top_level_heading_above_the_story_is_the_sites_name() -> None:
    # "# [Daily Planet Blog](/)": the logo's link home, not the headline.
    dump = (f"# [Daily Planet Blog](/)\n\n{FAR_MENU}\n\n"
            + "\n\n".join(STORY) + "\n")
    assert parse_text(dump).title != "Daily Planet Blog"


def test_a_top_level_heading_that_links_home_is_no_headline_and_one_that_links_on_is() -> None:
    # A blog's name in an <h1> of its own, linking to the front page, heads every post.
    for target in ("http://planet.example", "https://planet.example/ \"Home\"", "/"):
        read = read_markdown([f"# [Daily Planet Blog]({target})"], DEFAULT_OPTIONS)
        assert (read[0].hint, read[0].level) == (ParagraphKind.HEADING, 0)
    # A headline may link to its own story.
    read = read_markdown(["# [Council drops the tax rise](/2024/03/council-drops-tax)"],
                         DEFAULT_OPTIONS)
    assert read[0].level == 1
    dump = ("# [Daily Planet Blog](http://planet.example/)\n\n## Council drops the tax rise\n\n"
            + "\n\n".join(STORY) + "\n")
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert not any(piece_marks(line).top_heading for block in blocks for line in block)


def test_a_heading_that_links_home_is_no_candidate_for_the_title() -> None:
    # The site's name over its logo, linking to the front page, right over the headline
    # and its date: the words the story repeats make it no headline.
    story = [" ".join(SENTENCES[i:i + 3]) for i in range(4)]
    for site in ("The Bridge Council Report", "Council Tax Bridge Blog"):
        dump = (f"# [{site}](/) [Subscribe](/s)\n\n## Council will not raise the tax\n\n"
                "March 3, 2024\n\n" + "\n\n".join(story) + "\n")
        assert parse_text(dump).title == "Council will not raise the tax"
    read = read_markdown(["## [Daily Planet Blog](/)", "## [Council drops the tax](/2024/tax)"],
                         DEFAULT_OPTIONS)
    assert [line.links_home for line in read] == [True, False]


def test_a_row_of_links_is_no_candidate_for_the_title() -> None:
    # A header's links that a wrap set on a line of their own, under the site's name and
    # over the headline: their words are the story's, the headline's are not.
    story = [" ".join(SENTENCES[i:i + 3]) for i in range(4)]
    head = "Notes from the town hall, week 39"
    dump = ("# [The Daily Planet](/)\n\n[Bridge depot](/bridge) [Council tax](/council)\n\n"
            f"## {head}\n\nMarch 3, 2024\n\n" + "\n\n".join(story) + "\n")
    assert parse_text(dump).title == head
    # A headline that links to its story is a heading, which the dump marks.
    linked = dump.replace(f"## {head}", f"## [{head}](/2024/03/notes)")
    assert parse_text(linked).title == head


def test_a_row_of_links_over_a_far_byline_is_no_headline() -> None:
    # A video player between the head and the story pushes the headline out of reach:
    # over the byline, a row of links whose words the story repeats best is no headline.
    story = [" ".join(SENTENCES[i:i + 3]) for i in range(4)]
    player = "\n".join(f"Caption setting {n}" for n in range(50))
    head = "Council will sell the old depot"
    dump = (f"[Home](/) [News](/n)\n\n## {head}\n\n"
            "[Bridge depot](/bridge) [Council tax](/council)\n\nBy Jane Doe\n\n"
            + player + "\n\n" + "\n\n".join(story) + "\n")
    assert parse_text(dump).title == head


def test_a_top_level_heading_deep_in_the_story_is_not_its_headline() -> None:
    story = [" ".join(SENTENCES[i:i + 2]) for i in range(5)]
    dump = ("[Home](/) [News](/n)\n\n" + "\n\n".join(story[:4])
            + "\n\n# Where the money goes\n\n" + story[4] + "\n")
    assert parse_text(dump).title != "Where the money goes"


def test_a_lynx_dump_gives_the_article_of_the_page() -> None:
    paragraphs = [" ".join(SENTENCES[0:3]), " ".join(SENTENCES[3:6]), " ".join(SENTENCES[1:4])]
    body = "\n\n".join(
        textwrap.fill(p, 77, initial_indent="   ", subsequent_indent="   ") for p in paragraphs
    )
    references = "\n".join(f"   {i}. https://example.com/p{i}" for i in range(1, 9))
    dump = (
        "   [1]Skip to main content\n\n   [2]The Daily Planet\n\n"
        "     * [3]Home\n     * [4]World\n     * [5]Business\n\n"
        "                       Council drops the tax rise\n\n"
        f"   By [6]Jane Doe\n   March 3, 2019\n\n{body}\n\n"
        f"   [7]Privacy Policy | [8]Terms of Use   [IMG]\n\nReferences\n\n{references}\n"
    )
    article = parse_text(dump)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert article.title == "Council drops the tax rise"
    assert article.byline == "Jane Doe"


def test_a_table_flattened_into_one_line_is_read_a_cell_a_line() -> None:
    # markdownify writes a table inside a table's cell on one line: the inner rows, their
    # "| --- |" row, and the cell's paragraphs joined by two spaces or more.
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    row = ("| |  | | --- | | [Home](/) | [World](/w) | [Sport](/s) |"
           f" # Council drops the tax rise  {story[0]}  {story[1]}   {story[2]} | |")
    raw = ["Council drops the tax rise - Daily Planet", "", row, "", "[Contact](/c)"]
    table = ["| a | b |", "| --- | --- |", "| c | d |"]
    assert unflattened_tables("\n".join(table), table, 200) is None
    assert unflattened_tables("\n".join(raw), raw, 200) == [
        "Council drops the tax rise - Daily Planet", "",
        "[Home](/)", "", "[World](/w)", "", "[Sport](/s)", "",
        "# Council drops the tax rise", "", story[0], "", story[1], "", story[2], "",
        "", "[Contact](/c)",
    ]
    blocks = read_dump("\n".join(raw), DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [line[PIECE_TEXT].strip() for block in blocks for line in block]
    assert texts[1:5] == ["Home", "World", "Sport", "Council drops the tax rise"]
    assert texts[5:8] == story
    assert not any("|" in text or "---" in text for text in texts)


def test_a_pipe_in_a_links_title_parts_no_flattened_cell() -> None:
    # A link's title may hold a pipe ("Site | Tagline"): inside a flattened table's line,
    # it is no cell's edge, and the link is read whole (no "[Home](/" in the text).
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    row = ("| | --- | | [Home](/ \"Daily Planet | News\") | [World](/w) |"
           f" # Council drops the tax rise  {story[0]}  {story[1]}   {story[2]} | |")
    raw = ["Council drops the tax rise - Daily Planet", "", row, "", "[Contact](/c)"]
    cells = unflattened_tables("\n".join(raw), raw, 200)
    assert cells is not None and '[Home](/ "Daily Planet | News")' in cells
    blocks = read_dump("\n".join(raw), DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [line[PIECE_TEXT].strip() for block in blocks for line in block]
    assert texts[1:3] == ["Home", "World"]
    assert not any("](" in text or "[" in text for text in texts)


def test_a_one_row_layout_table_s_long_cell_is_read_a_paragraph_a_line() -> None:
    # markdownify writes a layout table of one row as a header of empty cells, its
    # "| --- |" row (which shows nothing), and the row: the page's whole column in one
    # cell, its menu and paragraphs joined by two spaces or more. A data table's cells
    # stay whole, a short cell with a line break ("**Small**  (1-99 staff)") too.
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    row = f"| Main Menu * [Home](/) * [World](/w)  {story[0]}  {story[1]}   {story[2]} |"
    data = ["| Size | Plan |", "| --- | --- |", f"| **Small**  (1-99 staff) | {story[0]} |"]
    raw = ["# Council drops the tax rise", "", "|  |", "| --- |", row, "", *data]
    assert unflattened_tables("\n".join(data), data, 200) is None
    assert unflattened_tables("\n".join(raw), raw, 200) == [
        "# Council drops the tax rise", "", "|  |", "Main Menu * [Home](/) * [World](/w)", "",
        story[0], "",
        story[1], "", story[2], "", "", *data]
    off = unflattened_tables("\n".join(raw), raw, 100_000)
    assert off is None or row in off
    blocks = read_dump("\n".join(raw), DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [line[PIECE_TEXT].strip() for block in blocks for line in block]
    assert [text for text in texts if text in story] == story


def test_a_dump_whose_only_marks_are_a_tables_separator_rows_is_markdown() -> None:
    # markdownify writes a layout table's page with no link at times (an old page whose
    # links were scripts): its rows flattened into a line, "| --- |" rows inline, strong
    # spans around the headline. Read as a plain dump, its pipes and stars reached the
    # story.
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    row = ("---  |  | | --- | | Council drops the tax rise  **Council drops the tax rise**"
           f"  By Jane Doe  {story[0]}  {story[1]}   {story[2]} |  | --- | |"
           " Local News Leader |  | --- | | Come see us again. |")
    dump = f"**Please\nsupport local business!**\n\n{row}\n"
    assert looks_like_markdown(dump, DEFAULT_OPTIONS)
    article = parse_text(dump)
    assert [p.text for p in article.paragraphs if p.text in story] == story
    assert not any(mark in p.text for p in article.paragraphs for mark in ("|", "---", "**"))
    # One row of dashes and bars in a plain dump, a list's items beside it: no table.
    assert not looks_like_markdown(f"{PROSE}\n\n|-----|\n\n- one\n- two\n- three\n",
                                   DEFAULT_OPTIONS)


def test_a_fence_after_a_bullet_opens_code_and_is_closed_by_the_next() -> None:
    # A <pre> inside a list item: "* ```"; its closing fence is set in under the item.
    raw = ["* ```", "  Home", "  ```", "", "# Council drops the tax rise", "",
           "[Home](/) and [World](/w)"]
    read = read_markdown(raw, DEFAULT_OPTIONS)
    assert [(line.text.strip(), line.hint) for line in read if line.text.strip()] == [
        ("Home", ParagraphKind.PREFORMATTED),
        ("Council drops the tax rise", ParagraphKind.HEADING),
        ("Home and World", None),
    ]


def test_a_colon_a_wrap_set_first_on_a_line_opens_no_definition() -> None:
    # html2text wraps a paragraph wherever a space falls: before a spaced colon too, which
    # then opens a line (": b" from "a : b"). A definition's mark is a colon and the
    # spaces that set its text in (":   text"): one space is the sentence's.
    sentence = (
        "The script reads the width of the window and moves the tip with the pointer. "
        "It sets var width = ie && !window.opera ? body.clientWidth : window.innerWidth "
        "and the tip follows the pointer when it moves across the page. The council said "
        "on Monday that it would not raise the tax this year, and residents were divided.")
    raw = ["# Council drops the tax rise", "", *textwrap.wrap(sentence, 67), ""]
    assert any(line.startswith(": ") for line in raw)
    read = [line for line in read_markdown(raw, DEFAULT_OPTIONS) if line.text.strip()]
    assert not any(line.opens for line in read)
    blocks = read_dump("\n".join(raw), DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT].strip() for line in blocks[1]] == [sentence]


def test_a_definition_opens_a_block_and_its_marker_goes() -> None:
    # markdownify writes <dd> as ":   text" (a comment under its author's <dt>), and sets
    # a definition's further paragraphs in under it, as a list item's: they are not code.
    raw = ["Jane Doe July 30, 2012 at 10:06 pm", ":   what happened to the bridge?", "",
           "    It was closed to trucks in May, and the city has not said why.", "",
           "[Home](/) and [World](/w)", "", "# Council drops the tax rise"]
    read = read_markdown(raw, DEFAULT_OPTIONS)
    assert [(line.text.strip(), line.opens) for line in read if line.text.strip()][:3] == [
        ("Jane Doe July 30, 2012 at 10:06 pm", False),
        ("what happened to the bridge?", True),
        ("It was closed to trucks in May, and the city has not said why.", False),
    ]
    assert read[3].hint is None
    blocks = read_dump("\n".join(raw), DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT].strip() for line in blocks[0]] == [
        "Jane Doe July 30, 2012 at 10:06 pm", "what happened to the bridge?"]


# --- hidden copies ------------------------------------------------------------------------

_STORY_LINES = [f"{sentence} {SENTENCES[(i + 3) % len(SENTENCES)]}"
                for i, sentence in enumerate(SENTENCES[:6])]


def _dump_with_copy(copy: list[str]) -> str:
    return "\n\n".join(["Home", "World", "Council drops the tax rise", *_STORY_LINES,
                        "Related stories", "Council drops the tax rise", *copy,
                        "Copyright 2024 The Daily"])


def test_a_hidden_copy_of_the_story_is_dropped() -> None:
    # html2text and markdownify write out what CSS hides: a print view, a tab.
    texts = [line[TEXT] for line in split_lines(_dump_with_copy(_STORY_LINES), ParseOptions())]
    assert texts == ["Home", "World", "Council drops the tax rise", *_STORY_LINES,
                     "Related stories", "Copyright 2024 The Daily"]
    article = parse_text(_dump_with_copy(_STORY_LINES))
    assert [p.text for p in article.paragraphs] == _STORY_LINES
    kept = split_lines(_dump_with_copy(_STORY_LINES), ParseOptions(text_min_copy_lines=0))
    assert len(kept) == len(_STORY_LINES) * 2 + 6


def test_blocks_stay_whole_once_a_copy_is_dropped() -> None:
    lines = split_lines("Menu\nNews\n\n" + "\n".join(_STORY_LINES) + "\n\nFooter\n\n"
                        + "\n".join(_STORY_LINES) + "\nLast line\n\nEnd", ParseOptions())
    blocks = [(line[TEXT], i - line[BLOCK], line[2]) for i, line in enumerate(lines)]
    assert blocks[-2:] == [("Last line", 0, 1), ("End", 0, 1)]
    assert blocks[2] == (_STORY_LINES[0], 0, len(_STORY_LINES))


def test_paragraphs_said_again_are_no_copy() -> None:
    # One paragraph said many times (a test page's "Lorem ipsum"), or a short block said
    # twice (a meal plan's days), is the page's own.
    lorem = _STORY_LINES[0]
    assert len(split_lines("\n\n".join([lorem] * 6), ParseOptions())) == 6
    short = [line[:75] for line in _STORY_LINES[:3]]
    dump = "\n\n".join([*short, "Day two", *short])
    assert len(split_lines(dump, ParseOptions())) == 7


def test_a_story_that_says_a_run_of_its_paragraphs_again_keeps_both() -> None:
    # Prose over the first showing and nothing but prose between the two: the story says
    # them again itself. A copy the renderer wrote out is an element apart, set off by
    # other lines or opening at the story's head.
    lead, run = _STORY_LINES[0], _STORY_LINES[1:]
    more = f"{_STORY_LINES[0]} {_STORY_LINES[3]}"
    for story in ([lead, *run, *run], [lead, *run, more, *run]):
        dump = "\n\n".join(["Home", "World", "Council drops the tax rise", *story])
        assert [line[TEXT] for line in split_lines(dump, ParseOptions())][3:] == story
    copied = "\n\n".join(["Home", "Council drops the tax rise", *_STORY_LINES, *_STORY_LINES])
    assert len(split_lines(copied, ParseOptions())) == 2 + len(_STORY_LINES)
    apart = "\n\n".join(["Home", "Council drops the tax rise", lead, *run, "Print", *run])
    assert len(split_lines(apart, ParseOptions())) == 4 + len(run)


def test_a_layout_cell_html2text_wrote_on_one_line_is_read_a_paragraph_a_line() -> None:
    # html2text writes a layout table's cell on one line, its paragraphs joined by two
    # spaces, over the table's separator ("---" for a table of one column).
    menu = "[Home](/) [News](/n) [Sport](/s)\n\n# Council drops the tax rise\n\n"
    story = [" ".join(SENTENCES[i:i + 2]) for i in range(3)]
    cell = "  ".join(["By Jane Doe", "Word Count: 676", *story])
    blocks = read_dump(menu + cell + "\n---\n\nFooter\n", DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [line[PIECE_TEXT] for block in blocks for line in block]
    assert texts[2:7] == ["By Jane Doe", "Word Count: 676", *story]
    # A gap inside a picture's alt text (its caption's line break) parts nothing.
    pictured = f"[![A bridge.  \\(Photo: Jane Doe\\)](/p.jpg)](/p)  {cell}"
    blocks = read_dump(menu + pictured + "\n---\n", DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT] for block in blocks for line in block][2:4] == [
        "By Jane Doe", "Word Count: 676"]
    # Not over a separator, a line is no table's row: it stays whole.
    blocks = read_dump(menu + cell + "\n\nFooter\n", DEFAULT_OPTIONS)
    assert blocks is not None
    assert len([line for block in blocks for line in block]) == 4


def test_a_cell_html2text_glued_into_one_long_line_is_read_a_sentence_a_block() -> None:
    # html2text writes a table's cell on one line: a layout cell's paragraphs, a picture
    # and the post's stamp joined by single spaces. Read whole, the stamp is story text.
    story = " ".join(SENTENCES * 3)
    stamp = "[Posted on March 4, 2024 at 6:15 AM](/p) \u2022 [9 Comments](/p#c)"
    cell = f"{story} [![A bridge. Over the river](/b.jpg)](/b) {story} {stamp}"
    dump = "\n\n".join([
        "* [Home](/)\n* [News](/n)\n* [Sport](/s)", "# [Daily Planet](/)",
        "### Council keeps the tax", cell, "## Related Posts",
        "* [Bridge closed to trucks](/1)\n* [Depot sold](/2)", "\u00a9 2024 Daily Planet",
    ]) + "\n"
    assert len(cell) >= DEFAULT_OPTIONS.text_markdown_glued_line_chars
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [[line[PIECE_TEXT] for line in block] for block in blocks]
    # A sentence a block, in order; a stop inside a picture's alt text cuts nothing.
    assert texts[3:3 + len(SENTENCES)] == [[sentence] for sentence in SENTENCES]
    assert ["Posted on March 4, 2024 at 6:15 AM \u2022 9 Comments"] in texts
    article = parse_text(dump)
    assert all(sentence in article.body for sentence in SENTENCES)
    assert "Posted on" not in article.body
    # A line under the length, a heading and code stay whole.
    short = " ".join(SENTENCES)
    kept = read_dump(f"# Council keeps the tax\n\n[Home](/)\n\n{short}\n", DEFAULT_OPTIONS)
    assert kept is not None
    assert [short] in [[line[PIECE_TEXT] for line in block] for block in kept]
    heading = "## " + story
    kept = read_dump(f"# Council keeps the tax\n\n[Home](/)\n\n{heading}\n", DEFAULT_OPTIONS)
    assert kept is not None
    assert [story] in [[line[PIECE_TEXT] for line in block] for block in kept]


def test_a_data_tables_header_and_rows_are_one_block() -> None:
    # html2text writes the separator row between the header and the rows: a browser
    # shows one table, not a header apart from its rows.
    menu = "[Home](/) [News](/n) [Sport](/s)\n\n# Prices go up\n\n"
    intro = "Prices went up again this year, the council said in its report on Monday."
    table = ["Item | Price | Change", "---|---|---", "Bread | 2.10 | +5%", "Milk | 1.20 | +3%"]
    blocks = read_dump(menu + "\n".join([intro, "", *table, "Source: the council", "", intro]),
                       DEFAULT_OPTIONS)
    assert blocks is not None
    # (Its credit, which html2text writes right under the last row, is a block apart.)
    assert [[line[PIECE_TEXT] for line in block] for block in blocks][3:5] == [
        ["Item\tPrice\tChange", "Bread\t2.10\t+5%", "Milk\t1.20\t+3%"],
        ["Source: the council"]]
    # A layout table's row over its separator, then no row: the line under it (a
    # headline) is a block of its own.
    layout = ["| Sport| Friday, Jan 11, 2008", "---|---", "Redknapp favourite for the job", "",
              intro]
    blocks = read_dump(menu + "\n".join(layout), DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT] for line in blocks[3]] == ["Redknapp favourite for the job"]
    # A separator with a count of cells of its own is a layout table's: the gap stays.
    odd = ["Home | News", "---|---|---", "Bread | 2.10 | +5%", "", intro]
    blocks = read_dump(menu + "\n".join(odd), DEFAULT_OPTIONS)
    assert blocks is not None
    assert len(blocks[2]) == 1


def test_a_list_inside_a_table_cell_shows_its_items_without_bullets() -> None:
    # markdownify writes a list a cell holds on the cell's line, each item after its
    # bullet: a browser shows the items, no stars.
    read = read_markdown([
        "| * [v](/wiki/T \"View\") * [t](/wiki/Talk) * [e](/edit) Divisions of the realm"
        " | Notes |", "| --- | --- |", "| 2010 - 2012 | Price * 2 |"], ParseOptions())
    assert [line.text for line in read if line.text] == [
        "v\tt\te Divisions of the realm\tNotes", "2010 - 2012\tPrice * 2"]


TERMS = ["[Council drops the tax rise and sells the old depot](/a)", "",
         "    The council said on Monday that it would not raise the tax this year.",
         "[Bridge repairs to start in the spring](/b)", "",
         "    Officials said the work would take two years and cost less than feared.",
         "[Mayor to stand again](/c)"]


def test_text_set_in_that_runs_on_into_the_margin_is_no_code() -> None:
    # html2text writes a definition's text set in under its term, and its wrap writes a
    # blank line after the term's line: the text set in, running straight on into the
    # next term, is no code block (code closes with a blank line as it opens).
    read = read_markdown([*TERMS, "", "Run this first:", "", "    pip install newsparse", "",
                          "Then parse a page."], ParseOptions())
    hints = {line.text.strip(): line.hint for line in read if line.text}
    assert hints["The council said on Monday that it would not raise the tax this year."] \
        is not ParagraphKind.PREFORMATTED
    assert hints["Officials said the work would take two years and cost less than feared."] \
        is not ParagraphKind.PREFORMATTED
    assert hints["pip install newsparse"] is ParagraphKind.PREFORMATTED


def test_the_blank_line_a_wrap_set_over_text_set_in_parts_no_blocks() -> None:
    # The terms and their texts are one block, as the dump unwrapped writes them.
    intro = "Prices went up again this year, the council said in its report on Monday."
    blocks = read_dump("\n".join(["# Council news", "", intro, "", *TERMS, "", intro]),
                       DEFAULT_OPTIONS)
    assert blocks is not None
    assert [line[PIECE_TEXT].strip() for line in blocks[2]] == [
        "Council drops the tax rise and sells the old depot",
        "The council said on Monday that it would not raise the tax this year.",
        "Bridge repairs to start in the spring",
        "Officials said the work would take two years and cost less than feared.",
        "Mayor to stand again"]


def test_a_table_whose_first_column_is_headed_hash_is_no_heading() -> None:
    # html2text writes a table of ranks "# | Company | Founded": a header row, no heading.
    read = read_markdown(["# | **Company** | **Founded**", "---|---|---", "1 | Acme | 2020", "",
                          "# Council drops the tax | Daily"], ParseOptions())
    assert [(line.text, line.hint) for line in read if line.text] == [
        ("#\tCompany\tFounded", ParagraphKind.TABLE_ROW),
        ("1\tAcme\t2020", ParagraphKind.TABLE_ROW),
        ("Council drops the tax | Daily", ParagraphKind.HEADING),
    ]


def test_a_dash_a_wrap_set_first_on_a_line_is_no_bullet() -> None:
    # " - " inside a sentence: where the wrap broke the line before the dash, the next
    # line opens with "- " and read as a list item, left apart from its sentence.
    dashed = PROSE.replace(" instead.", " instead - or so they said - and more.")
    dashed = " - ".join(dashed.split(". ", 3))
    for width in range(60, 100):
        lines = textwrap.wrap(dashed, width)
        if any(line.startswith("- ") for line in lines[1:]):
            break
    else:
        raise AssertionError("no width sets a dash first on a line")
    plain = "\n\n".join(["Home\nNews\nSport", "Title of the story", PROSE, dashed, PROSE])
    assert _texts(_wrap(plain, width)) == _texts(plain)
    # A list under a lead-in keeps its items, as a wrapped item does.
    items = "Intro line that leads in:\n" + "\n".join(f"- {s}" for s in SENTENCES[:3])
    assert len(_texts(_wrap(items + "\n\n" + PROSE, 60))[0]) == 4


def test_a_headings_marks_alone_on_their_line_head_the_next_line() -> None:
    # html2text wraps a heading whose first word (a long link) does not fit after its
    # marks: "###" alone, the text on the next line. An empty heading stays nothing.
    read = read_markdown(["###", "[Passwork](https://passwork.example/offer)", "", "##", "",
                          "Plain text"], DEFAULT_OPTIONS)
    assert [(line.text, line.hint, line.level) for line in read if line.text] == [
        ("Passwork", ParagraphKind.HEADING, 3), ("Plain text", None, 0)]


def test_code_after_a_line_that_announces_it_stays_code() -> None:
    # "Then:" announces what follows; when the dump marks it as code (Markdown's indented
    # block), it is code, not a list of items with a "#" comment for a heading's mark.
    story = [" ".join(SENTENCES[i:i + 2]) for i in (0, 2, 4)]
    dump = ("# Council drops the tax rise\n\n" + "\n\n".join(story[:2])
            + "\n\nThen run the council's own script:\n\n    # Stage the resolved file\n"
            "    git add app.py\n    git commit\n\n" + story[2] + "\n\n[Home](/) [News](/n)\n")
    article = parse_text(dump)
    code = [p for p in article.paragraphs if "git" in p.text or "Stage" in p.text]
    assert code and all(p.kind is ParagraphKind.PREFORMATTED for p in code)


_MARKDOWN_MENU = "\n".join(f"  * [{item}](/{item.lower()})"
                           for item in ("Home", "World", "Business", "Sport"))


def _wrapped_markdown(paragraphs: list[str], width: int) -> str:
    """A Markdown dump (a menu of links, a "#" headline) whose paragraphs are wrapped at
    ``width`` as html2text wraps them."""
    return ("  * [Home](/)\n  * [News](/news)\n\n# Council drops the tax rise\n\n"
            + "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n")


def test_a_dash_a_wrap_set_first_on_a_markdown_line_is_no_bullet() -> None:
    dashed = ("The council said on Monday that it would not raise the tax this year - which "
              "surprised the residents who had come to the meeting to protest against it.")
    paragraphs = [" ".join(SENTENCES[k:k + 4]) for k in range(3)] + [dashed]
    dump = _wrapped_markdown(paragraphs, 68)
    assert "\n- which surprised" in dump
    texts = [line[PIECE_TEXT] for block in read_dump(dump, DEFAULT_OPTIONS) or []
             for line in block]
    assert dashed in texts


def test_a_list_under_a_wrapped_paragraph_stays_a_list() -> None:
    # A list led in by a colon, or under a line the wrap did not break (room left on it),
    # keeps its items.
    paragraphs = [" ".join(SENTENCES[k:k + 4]) for k in range(3)]
    for lead_in in ("The board said the plan would go ahead in three steps, as follows:",
                    "The board listed three steps."):
        dump = _wrapped_markdown(paragraphs, 68).rstrip("\n") + (
            f"\n\n{lead_in}\n- sell the old depot\n- build the bridge\n")
        lines = [line for block in read_dump(dump, DEFAULT_OPTIONS) or [] for line in block]
        items = [line[PIECE_TEXT] for line in lines if line[2] == "list_item"]
        assert items[-2:] == ["sell the old depot", "build the bridge"], lead_in


# --- Blocks a renderer flattened into one line ----------------------------------------------


def _flattened_column() -> tuple[str, list[str]]:
    """A page whose layout cell a renderer wrote on one line (inscriptis, html-text): the
    menu, the headline, the byline, the story, related links and the footer joined by
    single spaces, the next cell beside it after a gap; and the story's sentences."""
    story = [*SENTENCES, *SENTENCES[::-1], *SENTENCES[1:], *SENTENCES[:4]]
    line = " ".join([
        "Home World Business Sport Council drops the tax rise By Jane Doe", *story,
        "Related stories * Stocks slide as investors weigh new tariffs * Five things to "
        "know this week © 2019 Daily Planet LLC. All Rights Reserved. Privacy Policy "
        "Terms of Use"])
    return f"  Site masthead\n\n  {line}     Advertise With Us\n\n  Contact us\n", story


def test_blocks_a_renderer_flattened_into_one_line_are_read_apart() -> None:
    dump, story = _flattened_column()
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [line[PIECE_TEXT].strip() for block in blocks for line in block]
    assert texts[:3] == ["Site masthead", "Home World Business Sport Council drops the tax "
                         "rise By Jane Doe " + story[0], story[1]]
    assert texts[-7:] == ["Related stories", "Stocks slide as investors weigh new tariffs",
                          "Five things to know this week © 2019 Daily Planet LLC.",
                          "All Rights Reserved.", "Privacy Policy Terms of Use",
                          "Advertise With Us", "Contact us"]
    body = parse_text(dump).body
    assert all(sentence in body for sentence in story[1:])
    assert "Stocks slide" not in body and "Privacy Policy" not in body


def test_a_long_paragraph_among_others_is_not_taken_apart() -> None:
    # A story's long paragraph is one block of many a browser shows: it holds far less
    # than half the dump's text, and stays whole.
    paragraph = " ".join(SENTENCES * 3)
    others = [" ".join(SENTENCES[i:i + 3]) for i in range(3)] * 3
    dump = "\n\n".join(["Council drops the tax rise", paragraph, *others]) + "\n"
    assert len(paragraph) >= DEFAULT_OPTIONS.text_flat_line_chars
    assert paragraph in [p.text for p in parse_text(dump).paragraphs]


# Found by the property below (dev profile) on 2026-12-06: five same-width copies of a
# copyright line over the headline were read as one hard-wrapped paragraph, and with a
# tagline under the story the region took in both.
_COPIES_OVER_HEADLINE: Page = [
    ("menu", ["Home", "Home", "Home"]),
    ("footer", ["\u00a9 2019 Daily Planet LLC. All Rights Reserved."] * 5),
    ("title", ["Council drops the tax rise after a long night of talks"]),
    *[("story", [" ".join(SENTENCES[:2])])] * 3,
    ("footer", ["The Daily Planet | Metropolis News Since 1938"]),
    ("footer", ["\u00a9 2019 Daily Planet LLC. All Rights Reserved."] * 4),
]


@settings(max_examples=40, deadline=None)
@given(page=pages())
@example(page=_COPIES_OVER_HEADLINE)
def test_a_story_flattened_into_one_line_keeps_every_sentence(page: Page) -> None:
    # Whether the line is long enough to be taken apart or not, the story's sentences
    # all come out, and the furniture stays out wherever the plain dump leaves it out.
    article = parse_text(render_flattened(page))
    for paragraph in story_of(page):
        for sentence in SENTENCES:
            if sentence in paragraph:
                assert sentence in article.body
    plain = parse_text(render_blocks(page)).body
    for kind, lines in page:
        if kind in ("menu", "teasers", "footer"):
            for line in lines:
                if line not in plain and line not in " ".join(story_of(page)):
                    assert line not in [p.text for p in article.paragraphs]


def test_copies_of_a_footer_line_over_a_flattened_story_stay_out() -> None:
    kept = [p.text for p in parse_text(render_flattened(_COPIES_OVER_HEADLINE)).paragraphs]
    assert "The Daily Planet | Metropolis News Since 1938" not in kept
    assert not any(text.startswith("\u00a9 2019") for text in kept)


@pytest.mark.parametrize("markdown", [False, True])
def test_copies_of_one_line_are_no_wrapped_paragraph(markdown: bool) -> None:
    # Identical lines next to each other, each ending near the width a dump was wrapped
    # at, are copies of one block (a footer printed again and again), never the pieces
    # of one paragraph: the wrap never writes a line's words twice in a row.
    copy = "Copyright 2019 Daily Planet LLC. All rights reserved here."
    wrapped = textwrap.wrap(" ".join(SENTENCES * 2), len(copy) + 1)
    dump = "\n".join(wrapped) + "\n\n" + "\n".join([copy] * 4) + "\n"
    if markdown:
        dump = "# Council drops the tax rise\n\n[Home](/) [News](/news)\n\n" + dump
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [[line[PIECE_TEXT].strip() for line in block] for block in blocks]
    assert texts[-1] == [copy] * 4
    assert " ".join(texts[-2]) == " ".join(SENTENCES * 2)


# --- An archive of months written on one line -----------------------------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def _months(count: int, *, year: int = 2012, counts: bool = False) -> list[str]:
    """``count`` months back from December of ``year``, as an archive lists them."""
    items = []
    for k in range(count):
        month, at = _MONTH_NAMES[11 - k % 12], year - k // 12
        items.append(f"{month} {at}" + (f" ({3 + k % 7})" if counts else ""))
    return items


def test_an_archive_of_months_on_one_line_is_read_an_item_a_line() -> None:
    # html-text and inscriptis write a <select>'s options, and some archives' lists, on
    # one line: a browser shows them an item a line.
    months = _months(8, counts=True)
    dump = f"Home\nNews\n\n{PROSE}\n\nArchives by Month... {' '.join(months)} Subscribe\n"
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    assert [[line[PIECE_TEXT] for line in block] for block in blocks] == [
        ["Home", "News"], [PROSE], ["Archives by Month...", *months, "Subscribe"]]
    # Months as a table's cells, a tab apart, are a table's row; five months are a
    # sentence's as well as a list's.
    assert read_dump(f"{PROSE}\n\n" + "\t".join(months) + "\n", DEFAULT_OPTIONS) is None
    assert read_dump(f"{PROSE}\n\nFrom {' '.join(months[:5])}\n", DEFAULT_OPTIONS) is None


def test_an_archive_of_months_on_one_markdown_line_is_read_an_item_a_line() -> None:
    # html2text writes a <select>'s options on one line too, in a Markdown dump (a list
    # item's line, "  * Archives by Month... November 2012 …"): read whole, the line
    # passed for a paragraph right under a short post, and the body took it in.
    months = _months(12, counts=True)
    post = " ".join(SENTENCES[:3])
    dump = (f"  * [Home](/)\n  * [News](/news)\n\n# Council drops the tax rise\n\n{post}\n\n"
            f"  * Archives by Month... {' '.join(months)}\n\n[Subscribe](/feed)\n")
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    lines = [line[PIECE_TEXT].strip() for block in blocks for line in block]
    assert "Archives by Month..." in lines
    assert all(month in lines for month in months)
    assert parse_text(dump).body == post
    off = ParseOptions(text_min_listed_months=0)
    assert "2012" in parse_text(dump, options=off).body


def test_an_archive_of_months_on_one_line_stays_out_of_a_short_post() -> None:
    # Read whole, the line passed for a paragraph ("..." ends a sentence) right under
    # the post, and the body took it in.
    post = " ".join(SENTENCES[:3])
    months = " ".join(_months(30, counts=True))
    dump = (f"Home\nNews\nSport\n\nCouncil drops the tax rise\n\n{post}\n\n"
            f"Archives\nBrowse by date... {months}\n\nSubscribe to: Posts (Atom)\n")
    assert parse_text(dump).body == post
    off = ParseOptions(text_min_listed_months=0)
    assert "2012" in parse_text(dump, options=off).body


@st.composite
def _archives(draw: st.DrawFn) -> list[str]:
    """A blog's archive of months: its label, then six months or more."""
    label = draw(st.sampled_from(["Archives", "Select Month", "Browse by date...",
                                  "Archives by Month...", "Blog Archive"]))
    months = _months(draw(st.integers(min_value=6, max_value=40)),
                     year=draw(st.integers(min_value=1995, max_value=2025)),
                     counts=draw(st.booleans()))
    return [label, *months]


@settings(max_examples=40, deadline=None)
@given(page=pages(), archive=_archives(), at=st.integers(min_value=0, max_value=30))
def test_an_archive_of_months_gives_the_same_article_on_one_line_or_a_line_each(
        page: Page, archive: list[str], at: int) -> None:
    # The page's archive as a browser shows it (an item a line) and as html-text writes
    # it (one line): the same article.
    where = at % (len(page) + 1)
    listed = [*page[:where], ("footer", archive), *page[where:]]
    flat = [*page[:where], ("footer", [" ".join(archive)]), *page[where:]]
    want = parse_text(render_blocks(listed))
    got = parse_text(render_blocks(flat))
    assert [p.text for p in got.paragraphs] == [p.text for p in want.paragraphs]
    assert got.title == want.title


# --- The page's <title> written first -----------------------------------------------------------


def test_the_pages_title_written_first_gives_way_to_the_headline_it_names() -> None:
    # html-text and markdownify write the page's <title> ("Headline - Site") first. A story
    # that names its site again and again repeats more of that line's words than of the
    # headline's, and the line won as a headline over its standfirst.
    story = [
        "We have finally rolled out the long awaited option for readers of the Daily Planet.",
        "The Daily Planet keeps its print edition this year, it said on Monday. Readers of the "
        "Daily Planet told us that the paper should come to their door, and it listened.",
        "As you might notice, the Daily Planet will charge for the digital edition from next "
        "month, so that the Daily Planet can go on for a long time.",
    ]
    body = "\n\n".join(["Print option now available", "By Jane Doe, 18 August 2010", *story])
    article = parse_text(f"Print option now available - Daily Planet Blog\n\n{body}\n")
    assert article.title == "Print option now available"
    assert [p.text for p in article.paragraphs] == story
    # A title line under which the page shows no part of it stays the title.
    lone = parse_text(f"Print option now available - Daily Planet Blog\n\n{body}\n".replace(
        "Print option now available\n\nBy", "By"))
    assert lone.title == "Print option now available - Daily Planet Blog"


# --- A table's row glued to the blocks around it ------------------------------------------------


def test_a_headline_right_under_a_row_of_buttons_is_set_apart_from_it() -> None:
    # resiliparse and inscriptis write no blank line around a table: the headline under
    # a row of buttons was read in one block with the row, and no line stood apart as
    # a headline.
    story = [" ".join(SENTENCES[:2]), " ".join(SENTENCES[2:4]), " ".join(SENTENCES[4:])]
    dump = ("  \u2022 Home\n  \u2022 World\n  \u2022 Business\n"
            "Last Updated: Tuesday, 4 December 2007, 17:04 GMT\n"
            "E-mail this to a friend \t\tPrintable version\n"
            "Council drops the tax rise\n"
            "The mayor is the first to drop a tax in the county\n\n"
            + "\n\n".join(story) + "\n\nTerms of Use\nPrivacy Policy\n")
    article = parse_text(dump)
    assert article.title == "Council drops the tax rise"
    assert [p.text for p in article.paragraphs] == story
    blocks = _texts(dump)
    assert ["E-mail this to a friend\tPrintable version"] in blocks
    # A dump of one block per line keeps its blocks as they are.
    plain = dump.replace("  \u2022 ", "")
    assert ["E-mail this to a friend\tPrintable version"] not in _texts(plain)


@settings(max_examples=40, deadline=None)
@given(page=pages(), row=st.sampled_from(BUTTON_ROWS))
def test_a_table_row_glued_to_the_headline_gives_the_same_article(page: Page,
                                                                  row: str) -> None:
    # The page with a row of buttons over its headline, as a browser's dump sets it (a
    # block of its own) and as resiliparse writes it (right over the headline, its
    # empty cells tabs, the menus bulleted and set in): the same article.
    want = parse_text(render_blocks(with_button_row(page, row)))
    got = parse_text(render_tight(page, row))
    assert [p.text for p in got.paragraphs] == [p.text for p in want.paragraphs]
    assert got.title == want.title


# --- A list's end glued to the block under it -----------------------------------------------


def test_a_headline_right_under_a_menu_opens_a_block_of_its_own() -> None:
    # resiliparse writes no blank line under a list: the headline at the margin right
    # under the menu's last item, its date line under it, was read as the menu's last
    # line, and no line stood apart as the headline.
    story = [" ".join(SENTENCES[:2]), " ".join(SENTENCES[2:4]), " ".join(SENTENCES[4:])]
    head = ("  \u2022 Home\n  \u2022 World\n  \u2022 Business\n"
            "Council drops the tax rise\nPosted on: December 28, 2007 10:57 PST\n\n")
    dump = head + "\n\n".join(story) + "\n\nTerms of Use\nPrivacy Policy\n"
    article = parse_text(dump)
    assert article.title == "Council drops the tax rise"
    assert [p.text for p in article.paragraphs] == story
    assert ["Council drops the tax rise", "Posted on: December 28, 2007 10:57 PST"] in (
        _texts(dump))
    # A line alone under the list (a blank line under it) stays the list's neighbour: a
    # site's name under its menu, set apart, would pass for the headline.
    alone = dump.replace("Home\n  \u2022 World\n  \u2022 Business\n",
                         "Home\n  \u2022 World\n  \u2022 Business\nDaily Planet\n\n")
    assert ["Home", "World", "Business", "Daily Planet"] in _texts(alone)


def _with_line_under_title(page: Page, line: str) -> Page:
    """``page`` with ``line`` (a date line) right under its headline, in the title's block."""
    at = next(i for i, (kind, _) in enumerate(page) if kind == "title")
    return [*page[:at], ("title", [title_of(page), line]), *page[at + 1:]]


@settings(max_examples=40, deadline=None)
@given(page=pages())
def test_a_menu_glued_over_the_headline_gives_the_same_article(page: Page) -> None:
    # The page with a date line under its headline, as a browser's dump sets it and as
    # resiliparse writes it (menus bulleted and set in, no blank line between the menu
    # and the headline under it): the same article.
    dated = _with_line_under_title(page, "Posted on: December 28, 2007")
    want = parse_text(render_blocks(dated))
    got = parse_text(render_glued_menus(dated))
    assert [p.text for p in got.paragraphs] == [p.text for p in want.paragraphs]
    assert got.title == want.title


def test_rows_of_a_layout_table_tell_nothing_of_a_markdown_wrap() -> None:
    # html2text writes a layout table's rows whole, however long, their cells emptied of
    # all but pictures and a link; a row's text ("More") has a space in it all the same.
    # Such rows, longer than the width, hid the wrap of a short story.
    story = "\n\n".join(" ".join(SENTENCES[i:i + 3]) for i in range(0, 6, 3))
    row = ("|  |  | ![](https://img.example.com/static/gfx/spacer_transparent_pixel.gif) | "
           "[**Read More**](https://www.example.com/news/category.asp?section=local-news) ")
    dump = wrap_like_html2text(f"# Council drops the tax rise\n\n{story}\n\n"
                               + f"{row}\n\n" * 2, 76)
    assert max(len(line) for line in dump.split("\n")) > 76
    blocks = read_dump(dump, DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [" ".join(line[PIECE_TEXT].strip() for line in block) for block in blocks]
    assert [len(block) for block in blocks][1:3] == [1, 1]
    assert texts[1:3] == [" ".join(SENTENCES[i:i + 3]) for i in range(0, 6, 3)]



def test_paragraphs_set_in_under_list_items_tell_nothing_of_a_markdown_wrap() -> None:
    # html2text wraps no paragraph set in four spaces (one inside a list item: a teaser's
    # blurb under its link), however long: such lines, longer than the width, hid the
    # wrap of the story, whose first paragraph stayed in its wrapped pieces.
    story = "\n\n".join(" ".join(SENTENCES[i:i + 3]) for i in range(0, 6, 3))
    teasers = "\n\n".join(f"  * [Story {n}](/s/{n})\n\n    {SENTENCES[n]} {SENTENCES[n + 1]}"
                           for n in range(4))
    dump = wrap_like_html2text(f"# Council drops the tax rise\n\n{story}\n\n", 78) + teasers
    assert max(len(line) for line in dump.split("\n")) > 78
    blocks = read_dump(dump + "\n", DEFAULT_OPTIONS)
    assert blocks is not None
    texts = [" ".join(line[PIECE_TEXT].strip() for line in block) for block in blocks]
    assert [len(block) for block in blocks][1:3] == [1, 1]
    assert texts[1:3] == [" ".join(SENTENCES[i:i + 3]) for i in range(0, 6, 3)]

# --- A headline glued under a menu and over its date ---------------------------------------


def test_a_headline_glued_under_a_long_menu_and_over_its_date_is_the_title() -> None:
    # html-text writes a table-laid page's cells a line each, no blank line between: the
    # headline ends a long run of menu items, its date line and the story under it.
    story = [" ".join(SENTENCES[:2]), " ".join(SENTENCES[2:4]), " ".join(SENTENCES[4:])]
    menu = ["Home", "World", "Business", "Sport", "Opinion", "Weather", "Crosswords",
            "TV Listings", "Contact Us"]
    dump = "\n".join([*menu, "Council drops the tax rise", "Fri, January 18, 2008",
                      "By Jane Doe", *story]) + "\n\nTerms of Use\nPrivacy Policy\n"
    article = parse_text(dump)
    assert article.title == "Council drops the tax rise"
    assert [p.text for p in article.paragraphs] == story
    # A list of teasers sets headline after headline over its date: none is the title.
    teasers = [line for headline in ("Stocks slide as investors weigh tariffs",
                                     "Five things to know this week",
                                     "Why the river keeps flooding")
               for line in (headline, "Fri, January 18, 2008")]
    listed = "\n".join([*menu, *teasers, *story]) + "\n"
    assert parse_text(listed).title is None
    # A name over the date is the byline, not the headline.
    named = dump.replace("Council drops the tax rise\nFri", "Jane Doe\nFri")
    assert parse_text(named).title != "Jane Doe"


@settings(max_examples=40, deadline=None)
@given(page=pages())
def test_a_head_run_on_under_its_menus_gives_the_same_article(page: Page) -> None:
    # The page with a date line under its headline, as a browser's dump sets it and as
    # html-text writes it (menus, taglines, the headline and its date one run of lines):
    # the same article.
    dated = _with_line_under_title(page, "Fri, January 18, 2008")
    want = parse_text(render_blocks(dated))
    got = parse_text(render_run_on(dated))
    assert [p.text for p in got.paragraphs] == [p.text for p in want.paragraphs]
    assert got.title == want.title


# --- A story's paragraphs one right under the other -----------------------------------------


def test_two_lines_of_prose_one_under_the_other_are_two_paragraphs() -> None:
    # html-text writes a page's "<br><br>" as one line end: the story's paragraphs came
    # out as one run of lines under the headline, which weighed as a list of teasers
    # does, and a blurb about the site, its paragraphs apart, outweighed the story.
    story = [" ".join(SENTENCES[:2]), " ".join(SENTENCES[2:4]), " ".join(SENTENCES[4:])]
    about = ("The Daily Planet is an independent newspaper that has served the people of the "
             "valley since 1938, and it is owned by the trust that its founders set up.",
             "Our reporters cover the council, the courts and the schools of the valley, and "
             "we welcome letters from our readers about anything that we have written.",
             "We are paid for by the readers who subscribe to the paper, and by the shops and "
             "the firms of the valley that buy space in it for their notices.")
    menu = "\n".join(("Home", "World", "Business", "Sport", "Opinion", "Video", "Weather",
                      "Markets", "Podcasts", "Tech", "Culture", "Contact"))
    dump = "\n\n".join(["Home\nWorld\nBusiness\nSport",
                         "\n".join(["Council drops the tax rise", *story]),
                         "Share\nTweet\nEmail", menu, menu, "About us",
                         *about,
                         "Privacy Policy\nTerms of Use"]) + "\n"
    assert [p.text for p in parse_text(dump).paragraphs] == story
    assert [block for block in _texts(dump) if block[0] in story] == [[s] for s in story]
    # The first of them is apart from the short lines over it too (a byline, a share bar).
    assert _texts("By Jane Doe\nShare\n" + "\n".join(story[:2])) == [
        ["By Jane Doe", "Share"], [story[0]], [story[1]]]
    # A teaser's summary under its headline, or a line of prose under a short one, stays
    # in its block; so does a line too short to be a paragraph, a table's row, and a
    # list's items.
    teasers = "\n".join(("Stocks slide as investors weigh new tariffs", PROSE,
                         "Five things to know this week", PROSE))
    assert [len(block) for block in _texts(teasers)] == [4]
    short = "\n".join((SENTENCES[0], SENTENCES[0]))
    assert [len(block) for block in _texts(short)] == [2]
    rows = "\n".join((f"{PROSE}\t{PROSE}", PROSE))
    assert [len(block) for block in _texts(rows)] == [2]
    items = "\n".join((f"1. {PROSE}", f"2. {PROSE}"))
    assert [len(block) for block in _texts(items)] == [2]
    # A block of nothing but sentences is as likely a list of teasers' summaries.
    assert _texts("\n".join(story)) == [story]
    # 0 parts no lines so.
    off = ParseOptions(text_parted_paragraph_chars=0)
    assert [p.text for p in parse_text(dump, options=off).paragraphs] != story


def test_paragraphs_under_a_subheading_of_their_story_are_apart_from_it() -> None:
    # A Blogger post: its paragraphs parted by "<br><br>" under a bold subheading, which
    # html-text writes as one run of lines with the post's signature. Weighed as a run of
    # teasers, with a subheading boxing each paragraph in, the post lost to the sidebar's
    # short sentences set apart.
    first = ("On October 1st we announced several changes to the reports on impression "
             "share that advertisers use, and those changes are planned to reach every "
             "account early in November, as the notice we sent to every advertiser said.")
    second = ("If you rely on the historical impression share reports for your decisions, "
              "please download every report you want to keep before the changes reach "
              "your account next week.")
    post = [first, "Keeping the old reports", second, "Posted by Dan, Product Manager"]
    sidebar = ["Visit our directory for more information about our blogs.",
               "Follow us on Twitter", "Visit our Twitter directory for more information.",
               "Got a question about the reports? Send us some email."]
    menu = "Home\nBlogs\nHelp\nContact\nPrivacy\nTerms"
    dump = "\n\n".join([menu, "Changes to the reports", "\n".join(post),
                         "Email Post\nShare\nTweet", menu, *sidebar, menu]) + "\n"
    assert [block for block in _texts(dump) if block[0] in post] == [
        [first], ["Keeping the old reports"], [second, "Posted by Dan, Product Manager"]]
    assert [p.text for p in parse_text(dump).paragraphs] == post[:3]
    # Summaries of a list of teasers around a headline say other stories' words, or open
    # with their own dateline, or are one teaser said twice: the run stays whole.
    other = ("The council said on Monday that it would not raise the tax this year, and the "
             "money for the new bridge would come from the sale of the old depot instead.")
    dated = "NEW DELHI, Jan 15 (Reuters) - " + second
    for under in (other, dated, first):
        teasers = "\n".join((first, "Council keeps the tax as it is", under))
        assert [len(block) for block in _texts(teasers)] == [3]
    # A line under the short one that opens in lower case goes on with it: no paragraph.
    broken = "\n".join((first, "Please keep the old", "reports " + second[len("If "):]))
    assert [len(block) for block in _texts(broken)] == [3]
    # 0 parts no lines so.
    off = ParseOptions(text_parted_shared_words=0)
    assert [len(block) for block in _texts("\n".join(post), off)] == [4]


@settings(max_examples=40, deadline=None)
@given(page=pages())
def test_a_story_written_with_no_blank_line_between_its_paragraphs_gives_the_same_article(
    page: Page,
) -> None:
    # The page as a browser's dump sets it and as html-text writes a story whose
    # paragraphs the page parts with "<br><br>" (one line end between them): the same
    # article. (Paragraphs of one length, one under the other, end where a wrap at that
    # width would have broken them: no page's paragraphs do.)
    story = story_of(page)
    assume(len({len(paragraph) for paragraph in story}) == len(story))
    # Nor paragraphs of near one length, the longer ones first, that read as a paragraph
    # hard-wrapped at one width: the dump's lines show that width (the unwrap stage joins
    # them, as it must a wrapped dump's), and nothing in the dump tells them apart.
    glued = render_glued_paragraphs(page)
    lines = glued.splitlines()
    assume(wrap_width([len(line.rstrip()) for line in lines],
                      [" " in line.strip() for line in lines], DEFAULT_OPTIONS) is None)
    want = parse_text(render_blocks(page))
    got = parse_text(glued)
    assert [p.text for p in got.paragraphs] == [p.text for p in want.paragraphs]
    assert got.title == want.title
