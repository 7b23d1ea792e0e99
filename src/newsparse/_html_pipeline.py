"""The HTML pipeline: tree → blocks → region and content → metadata → Article."""

from __future__ import annotations

import lxml.html

from ._assemble import assemble
from ._blocks import Block, heading_level, segment
from ._classify import select
from ._meta import read_page_facts
from ._model import Article, ParagraphKind
from ._options import ParseOptions
from ._tree import build_tree


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    """Parse decoded HTML text."""
    return run_tree(build_tree(text, options), url=url, options=options)


def run_tree(root: lxml.html.HtmlElement, *, url: str | None, options: ParseOptions) -> Article:
    """Parse an already built lxml tree; the tree is only read, never changed."""
    selection = select(segment(root), options)
    paragraphs = [(block.text, _kind(block)) for block in selection.blocks]
    body_text = "\n\n".join(text for text, _ in paragraphs)
    facts = read_page_facts(
        root, url=url, article_root=selection.region, body_text=body_text
    )
    return assemble(paragraphs, facts, None, what="HTML page")


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
