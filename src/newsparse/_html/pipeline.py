"""The HTML pipeline: tree → blocks → region and content → metadata → Article."""

from __future__ import annotations

import lxml.etree

from newsparse._assemble import assemble
from newsparse._html.blocks import Block, heading_level, segment
from newsparse._html.classify import Selection, select
from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._input.decode import DecodedPage, clean_page, drop_control_references
from newsparse._model import Article, ParagraphKind
from newsparse._options import ParseOptions
from newsparse._reading.keys import words_key
from newsparse._reading.language import language_sample
from newsparse._reading.lead import (
    dateline_line,
    finish_dateline,
    is_furniture,
    is_header_line,
    is_stamp,
    split_dateline,
)


def run(page: str | DecodedPage, *, url: str | None, options: ParseOptions) -> Article:
    """Parse a decoded HTML page (a str is cleaned first, as the caller's text is)."""
    if isinstance(page, str):
        page = clean_page(page)
    return run_tree(build_tree(drop_control_references(page), options), url=url,
                    options=options)


def run_tree(root: lxml.etree._Element, *, url: str | None, options: ParseOptions) -> Article:
    """Parse an already built lxml tree; the tree is only read, never changed."""
    segmentation = segment(root, max_nodes=options.max_nodes)
    selection = select(segmentation, options)
    # Only the page's blocks down to the story's first kept ones are read again (for the
    # headline above the story): the rest are let go before the metadata is read.
    head_blocks = _head_of_page(selection.blocks, segmentation.blocks, options)
    del segmentation
    # The body's text as far as the language readers look: not a copy of all of it.
    body_text = language_sample((block.text for block in selection.blocks), options)
    facts = read_page_facts(root, url=url, article_root=selection.region, body_text=body_text,
                            options=options)
    story, header = _story_blocks(selection, head_blocks, facts.title, options)
    paragraphs, dateline = split_dateline(story, options)
    if dateline is None:
        dateline = dateline_line(header, options)
    dateline, facts = finish_dateline(dateline, facts, options)
    return assemble(paragraphs, facts, dateline, what="HTML page")


def _story_blocks(
    selection: Selection, page_blocks: list[Block], title: str | None, options: ParseOptions
) -> tuple[list[tuple[str, ParagraphKind]], list[str]]:
    """The kept blocks without the title, byline and date lines that open the story,
    and those header lines (a dateline may stand among them). Kept blocks above the
    story's headline (:func:`_above_headline`) are no story either."""
    title_words = words_key(title) if title else ""
    above = _above_headline(selection.blocks, page_blocks, title_words, options)
    story: list[tuple[str, ParagraphKind]] = []
    header: list[str] = []
    in_header = True
    for index, (block, is_prose) in enumerate(zip(selection.blocks, selection.prose, strict=True)):
        if is_furniture(block.text, options):
            continue
        if index < above:
            if is_stamp(block.text, options):
                header.append(block.text)
            continue
        if (index < options.html_head_blocks and is_stamp(block.text, options)) or (
            in_header and (block.tag == "h1"
                           or is_header_line(block.text, title_words, options))
        ):
            header.append(block.text)
            continue
        in_header = in_header and not is_prose
        story.append((block.text, _kind(block)))
    return story, header


def _head_of_page(
    kept: tuple[Block, ...], page_blocks: list[Block], options: ParseOptions
) -> list[Block]:
    """The page's blocks down to the ``html_head_blocks``-th kept block: all that
    :func:`_above_headline` reads."""
    if len(kept) < 2:
        return []
    last = kept[min(len(kept), options.html_head_blocks) - 1]
    return page_blocks[:page_blocks.index(last) + 1]


def _above_headline(
    kept: tuple[Block, ...], page_blocks: list[Block], title_words: str, options: ParseOptions
) -> int:
    """How many of the first kept blocks stand above the story's headline: the page's
    first block whose words are the title's, when it comes after the first kept block and
    before the ``html_head_blocks``-th, in another container than theirs. A story starts
    under its headline; what the region holds above it is the site's (a blog's tagline
    under its name, an author's bio, a reprints notice). A block repeating the title
    further down (a recipe's name over its card, a section named like the page) is no
    headline over the story."""
    if not title_words or len(kept) < 2 or not page_blocks:
        return 0
    min_chars, max_chars = len(title_words), 2 * len(title_words) + 20
    for position in range(len(page_blocks)):
        text = page_blocks[position].text
        if min_chars <= len(text) <= max_chars and words_key(text) == title_words:
            headline = page_blocks[position]
            break
    else:
        return 0
    above = next(index for index, block in enumerate(kept)
                 if block is headline or page_blocks.index(block) > position)
    container = headline.owner.getparent()
    if any(block.owner.getparent() is container for block in kept[:above]):
        return 0
    return above


def _kind(block: Block) -> ParagraphKind:
    if heading_level(block.tag):
        return ParagraphKind.HEADING
    if block.in_pre:
        return ParagraphKind.PREFORMATTED
    if block.in_quote:
        return ParagraphKind.QUOTE
    if block.in_list:
        return ParagraphKind.LIST_ITEM
    if block.tag == "tr":
        return ParagraphKind.TABLE_ROW
    return ParagraphKind.PARAGRAPH
