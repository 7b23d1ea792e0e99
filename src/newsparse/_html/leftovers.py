"""What the kept blocks lose once the story is chosen (stage 4, HTML): the label of a box of
links whose links went (``"Most popular stories right now"``), and a second copy of the
story that the page holds for another state of a paywall, for print or small screens."""

from __future__ import annotations

from collections.abc import Sequence

import lxml.etree

from newsparse._html.blocks import Block
from newsparse._native.interface import MarkedFinder
from newsparse._options import ParseOptions
from newsparse._reading.textstats import has_sentence_end


def without_box_labels(
    kept: list[Block],
    labels: list[int],
    blocks: Sequence[Block],
    *,
    in_region: list[int],
    roots: set[lxml.etree._Element],
    first_marked: MarkedFinder,
    options: ParseOptions,
) -> tuple[list[Block], list[int]]:
    """The kept blocks without the labels of boxes of links: a short line with no link and
    no sentence end (``html_max_box_label_chars`` at most) that is the only line without
    links of its element, among ``html_min_teasers`` or more linked lines ("Most popular
    stories right now" over five headlines, "More on Wharton:" over a school's pages,
    "Related Posts" over a row of them). The links are left out of the story as links;
    their label says nothing without them. A line of the story stands among other lines
    of the story, which are no links. A label alone in a title wrapper of its own beside
    the links is their box's too (:func:`wrapped_labels`)."""
    most = options.html_max_box_label_chars
    boxes: dict[lxml.etree._Element, Block] = {}
    for block in kept:
        text = block.text
        if (
            len(text) <= most
            and not block.link_chars
            and not has_sentence_end(text)
            and (block.owner not in roots)
        ):
            box = block.owner.getparent()
            if box is not None and box not in roots:
                boxes[box] = block
    if not boxes:
        return kept, labels
    wrappers = wrapped_labels(boxes, roots)
    marked = set(boxes) | set(wrappers)
    memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    plain: dict[lxml.etree._Element, int] = {}
    linked: dict[lxml.etree._Element, int] = {}
    max_density = options.max_link_density
    for index in in_region:
        block = blocks[index]
        box = first_marked(block.owner, marked, memo)
        if box is None:
            continue
        if block.link_density > max_density:
            linked[box] = linked.get(box, 0) + 1
        else:
            plain[box] = plain.get(box, 0) + 1
    least = options.html_min_teasers
    labels_of_links = {
        id(block)
        for box, block in boxes.items()
        if plain.get(box, 0) == 1 and linked.get(box, 0) >= least
    }
    # A label alone in its wrapper, beside the links in the wrapper's parent: the parent
    # holds no other plain line (the label's own is counted in the wrapper).
    labels_of_links.update(
        id(boxes[wrapper])
        for outer, wrapper in wrappers.items()
        if plain.get(wrapper, 0) == 1 and not linked.get(wrapper, 0)
        and not plain.get(outer, 0) and linked.get(outer, 0) >= least
    )
    if not labels_of_links:
        return kept, labels
    pairs = [
        (b, label) for b, label in zip(kept, labels, strict=True) if id(b) not in labels_of_links
    ]
    return [b for b, _ in pairs], [label for _, label in pairs]


def wrapped_labels(
    boxes: dict[lxml.etree._Element, Block], roots: set[lxml.etree._Element]
) -> dict[lxml.etree._Element, lxml.etree._Element]:
    """For each label's element (``boxes``: the parent of a label's block), the element
    around it when that one is no root of the region: where a label stands in a title
    wrapper of its own ("Table of Contents" in a title row, a widget's heading in its
    title div) and its links beside that wrapper (a ``<nav>``, a list), their box is the
    wrapper's parent. :func:`without_box_labels` counts the lines of both."""
    found: dict[lxml.etree._Element, lxml.etree._Element] = {}
    for box, label in boxes.items():
        if label.in_list or label.tag == "tr":
            continue  # an item or a row heads no box: its list or table holds it
        outer = box.getparent()
        if outer is not None and outer not in roots and outer not in boxes:
            found[outer] = box
    return found


def without_copies(blocks: list[Block], labels: list[int]) -> tuple[list[Block], list[int]]:
    """The kept blocks without a container's that repeat, in order and to the letter,
    the kept blocks of a container before it, when they hold prose: the same story shown
    twice in the page (a second copy for another state of a paywall, for print, for
    small screens), one of which the reader never sees. A story repeats a line or a
    paragraph; it does not repeat a whole container of them. A list, a table or code
    shown twice (a table's header row, a plan's features in two columns) is no copy."""
    texts: dict[lxml.etree._Element | None, list[str]] = {}
    has_prose: set[lxml.etree._Element | None] = set()
    for block, label in zip(blocks, labels, strict=True):
        container = block.owner.getparent()
        texts.setdefault(container, []).append(block.text)
        if label > 0 and not (block.in_list or block.in_pre or block.tag == "tr"):
            has_prose.add(container)
    if len(texts) < 2:
        return blocks, labels
    seen: set[tuple[str, ...]] = set()
    copies: set[lxml.etree._Element | None] = set()
    for container, shown in texts.items():  # in document order: dicts keep it
        key = tuple(shown)
        if key in seen and container in has_prose:
            copies.add(container)
        seen.add(key)
    if not copies:
        return blocks, labels
    kept = [i for i, block in enumerate(blocks) if block.owner.getparent() not in copies]
    return [blocks[i] for i in kept], [labels[i] for i in kept]
