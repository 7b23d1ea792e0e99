"""Where the story starts and ends (stage 4, HTML): the kept blocks of the region lose the
short lines before the story's first paragraph and after its last, unless they open or
close it in its own container or element (a subheading, a sign-off), the lines closing
the page that ask the reader for something, and a heading closing it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import lxml.etree

from newsparse._html.blocks import Block
from newsparse._options import ParseOptions
from newsparse._reading.calls import CALL_TO_ACTION
from newsparse._reading.lead import is_stamp

_HEADINGS: Final = frozenset("h1 h2 h3 h4 h5 h6".split())
_TABLE_PARTS: Final = frozenset("table tbody thead tfoot tr td th".split())


def trim_edges(
    blocks: list[Block], labels: list[int], options: ParseOptions
) -> tuple[list[Block], list[int]]:
    """Drop the short non-prose blocks before the story's start (:func:`_story_start`) and
    after its end (:func:`_story_end`), and the blocks closing the page that ask the reader for
    something (:func:`_asks_the_reader`) or stamp its date (:func:`_closing_stamp`), and a
    heading left closing the story (:func:`_heads_nothing`)."""
    prose_at = [i for i, label in enumerate(labels) if label > 0]
    if not prose_at:
        return blocks, labels
    first = _story_start(blocks, prose_at[0])
    last = _story_end(blocks, prose_at[-1], options)
    while last > first + 1 and _asks_the_reader(blocks[last], options):
        last -= 1
    while last > first + 1 and _closing_stamp(blocks[last].text, options):
        last -= 1
    while last > first and _heads_nothing(blocks[last]):
        last -= 1
    return blocks[first : last + 1], labels[first : last + 1]


def _asks_the_reader(block: Block, options: ParseOptions) -> bool:
    """True for a short block (``html_max_furniture_chars`` at most) closing the page
    that asks the reader to subscribe, follow the site, leave a comment or share ("If
    you enjoyed this post, please consider subscribing to the RSS feed", "You can follow
    any responses to this entry through the RSS 2.0 feed"): the blog's furniture, even
    when it is a sentence in the story's container."""
    text = block.text
    return len(text) <= options.html_max_furniture_chars and bool(CALL_TO_ACTION.search(text))


# Dashes that open a quoted post's signature under an embed ("— Jane Doe (@jdoe) October
# 9, 2018"), which is the quote's, not a stamp of the story.
_SIGNATURE_DASHES: Final = ("-", "\u2013", "\u2014")


def _closing_stamp(text: str, options: ParseOptions) -> bool:
    """True for a block closing the story that is a dated stamp and nothing else: a date
    or time, a "Published/Updated" note with its date, an agency or byline beside one
    ("Last Updated: 14 January 2008 12:02 AM", "Posted on November 8, 2012 at 6:57 AM").
    When the story was posted or changed is no story, however long the line (a stamp as
    long as a paragraph's minimum reads as prose, which :func:`_dangling_line` leaves
    alone). A line with no figure ("Posted by Jane Doe, Product Manager") signs the post,
    and a quoted post's signature under an embed is the quote's."""
    return (any(char.isdigit() for char in text)
            and not text.lstrip().startswith(_SIGNATURE_DASHES)
            and is_stamp(text, options))


def _heads_nothing(block: Block) -> bool:
    """True for a heading (h1 to h6) closing the story: a heading heads what follows it,
    and what followed this one was left out (the related stories under "Popular
    projects", the thread under "Join the discussion"), or never was the story's ("A
    version of this article appeared in print on…" set as a heading)."""
    return block.tag in _HEADINGS


def _story_start(blocks: Sequence[Block], first_prose: int) -> int:
    """The index of the story's first block: the headings and short paragraphs right above
    its first prose block, in that block's own container, open the story (a subheading,
    a one-line lead), and so do the lines of that block's own element
    (:func:`own_text_of`: "Dear all,"); a short line of another container above them (a
    blog's tagline, a label over the page) does not."""
    owner = blocks[first_prose].owner
    container = owner.getparent()
    first = first_prose
    while first > 0 and (
        (blocks[first - 1].tag in ("h2", "h3", "h4", "h5", "h6", "p")
         and blocks[first - 1].owner.getparent() is container)
        or own_text_of(blocks[first - 1], owner)
    ):
        first -= 1
    return first


def own_text_of(block: Block, owner: lxml.etree._Element) -> bool:
    """True for a block of ``owner``'s own text, or of an element inside it: where a post
    writes its text straight into its element (lines parted by ``<br>`` and pictures, not
    by paragraphs), the greeting above the story's first prose ("Dear all,") and the
    lines under its last ("Cheers, Alina") are the story's whatever they weigh. A row or
    a cell of a table layout is no post's element: it holds the page's other boxes too."""
    if owner.tag in _TABLE_PARTS:
        return False
    return block.owner is owner or any(a is owner for a in block.owner.iterancestors())


def _story_end(blocks: Sequence[Block], last_prose: int, options: ParseOptions) -> int:
    """The index of the story's last block: the short lines right after its last prose
    block in that block's own container, or in that block's own element
    (:func:`own_text_of`), go on with the story (a sign-off, "Cheers, Ann", the items of
    a closing list, "Watch the video here."), up to a heading (a heading
    with no prose under it heads something else: "Related posts") or a line of another
    container; a line left dangling at the end (:func:`_dangling_line`) goes.

    What follows in another container (a tags box, a spec sheet, a share bar) is no
    story."""
    owner = blocks[last_prose].owner
    container = owner.getparent()
    end = last_prose
    while (
        end + 1 < len(blocks)
        and blocks[end + 1].tag not in _HEADINGS
        and (blocks[end + 1].owner.getparent() is container
             or own_text_of(blocks[end + 1], owner))
    ):
        end += 1
    while end > last_prose and _dangling_line(blocks[end], options):
        end -= 1
    return end


def _dangling_line(block: Block, options: ParseOptions) -> bool:
    """True for a short line that ends a story's container but says nothing of the story:
    a label whose list is not there ("You might like:"), a label over links ("Related
    Topics: Colorado", "Source: Reuters" linked), a date or time stamp, or a line without
    a letter (a rule "———", "# # #")."""
    text = block.text.strip()
    if text.rstrip(" -\u2013\u2014").endswith(":") or not any(c.isalpha() for c in text):
        return True
    _label, colon, rest = text.partition(":")
    if colon and 0 < len(rest.strip()) <= block.link_chars:
        return True
    return is_stamp(text, options)
