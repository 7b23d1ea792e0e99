"""The HTML pipeline: tree → blocks → region and content → metadata → Article."""

from __future__ import annotations

import attrs
import lxml.html

from ._assemble import assemble
from ._blocks import Block, heading_level, segment
from ._classify import Selection, select
from ._dateline import complete_year
from ._lead import comparable, is_furniture, is_header_line, is_stamp, split_dateline
from ._meta import read_page_facts
from ._model import Article, ParagraphKind
from ._options import ParseOptions
from ._tree import build_tree

# How far from the publication date a dateline's day and month may be to take its year.
_YEAR_MATCH_DAYS = 7
# Date stamps are dropped from the first few blocks even after a dek or lead paragraph.
_HEAD_BLOCKS = 6


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    """Parse decoded HTML text."""
    return run_tree(build_tree(text, options), url=url, options=options)


def run_tree(root: lxml.html.HtmlElement, *, url: str | None, options: ParseOptions) -> Article:
    """Parse an already built lxml tree; the tree is only read, never changed."""
    selection = select(segment(root, max_nodes=options.max_nodes), options)
    body_text = "\n\n".join(block.text for block in selection.blocks)
    facts = read_page_facts(root, url=url, article_root=selection.region, body_text=body_text)
    paragraphs, dateline = split_dateline(_story_blocks(selection, facts.title), options)
    if dateline is not None:
        dateline = complete_year(dateline, facts.published, max_days=_YEAR_MATCH_DAYS)
        if facts.published is None and dateline.date is not None:
            facts = attrs.evolve(facts, published=dateline.date)
    return assemble(paragraphs, facts, dateline, what="HTML page")


def _story_blocks(selection: Selection, title: str | None) -> list[tuple[str, ParagraphKind]]:
    """The kept blocks without the title, byline and date lines that open the story."""
    title_key = comparable(title) if title else ""
    story: list[tuple[str, ParagraphKind]] = []
    in_header = True
    for index, (block, is_prose) in enumerate(zip(selection.blocks, selection.prose, strict=True)):
        if is_furniture(block.text) or (index < _HEAD_BLOCKS and is_stamp(block.text)):
            continue
        if in_header:
            if block.tag == "h1" or is_header_line(block.text, title_key):
                continue
            in_header = not is_prose
        story.append((block.text, _kind(block)))
    return story


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
