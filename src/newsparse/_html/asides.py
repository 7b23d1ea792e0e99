"""Stage 4 (HTML), inside the region: what sits in it but is not the story.

Other stories' teasers (lists of headline links and blurbs, rows of cards of one shape),
the author's bio box and forms a reader fills in. :func:`newsparse._html.classify.select`
leaves each out of the body; every function here answers with a set of elements.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final

import lxml.etree

from newsparse._html.blocks import BLOCK_TAGS, Block
from newsparse._native.interface import Ancestry, ElementValues, MarkedFinder
from newsparse._options import ParseOptions
from newsparse._reading.textstats import is_cut_short

# Elements that are lists or tables of their own, never one card of a row of teasers.
_NOT_CARDS: Final = frozenset("ul ol dl table tbody thead tfoot tr".split())
# A box about the story's author: "about-author", "author-bio", "author_info",
# "post-author", an element whose whole class or id is "author". Not a post's taxonomy
# ("entry-author-jdoe" names who wrote the post it is on).
_AUTHOR_BOX: Final = re.compile(
    r"(?:^|[\s_-])(?:about[_-]?(?:the[_-]?)?authors?|authors?[_-]?(?:bio|biography|box|info|"
    r"information|profile|description|details?|card|block|area|wrap|wrapper|container|about|"
    r"section|"
    r"text|dropdown|meta[_-]?box)|authors?(?=$|\s))(?:$|[\s_-])",
    re.IGNORECASE,
)
# Forms a reader fills in (a sign-up box, a comment or contact form): fields shown.
_FILLED_FORMS: Final = lxml.etree.XPath(
    ".//form[.//input[not(@type='hidden')] or .//textarea or .//select]")
# A lower-case letter followed by an upper-case one: where "authorBio" joins its words.
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def author_boxes(
    roots: set[lxml.etree._Element],
    prose: ElementValues,
    first_marked: MarkedFinder,
    options: ParseOptions,
) -> set[lxml.etree._Element]:
    """Author boxes inside the region: elements whose class or id names the author
    (``_AUTHOR_BOX``) holding prose, less than ``html_box_share`` of the region's.

    The bio under a post ("Jane is a senior editor who writes about…") is prose, and
    often sits in the story's own container; it is not the story. The byline readers
    read the tree, not the body, and still find the name there."""
    most = options.html_box_share * sum(prose.get(root, 0.0) for root in roots)
    boxes: set[lxml.etree._Element] = set()
    memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    # Only elements holding prose can take any from the body: a few hundred a page.
    for element, held in prose.items():
        if not 0.0 < held < most:
            continue
        label = f"{element.get('class') or ''} {element.get('id') or ''}"
        if (("uthor" in label or "UTHOR" in label) and element not in roots
                and first_marked(element, roots, memo) is not None
                and _AUTHOR_BOX.search(_CAMEL_HUMP.sub("-", label.strip()))):
            boxes.add(element)
    return boxes


def form_boxes(
    roots: set[lxml.etree._Element],
    prose: ElementValues,
    options: ParseOptions,
) -> set[lxml.etree._Element]:
    """Forms with fields inside the region holding less than ``html_box_share`` of its
    prose: a newsletter sign-up, a comment or contact form, an ebook request ("Fill out the
    form…", "First Name*"). Their text asks the reader for something; it is not the story.
    A form holding most of the region is the page's wrapper (ASP.NET puts the whole page
    in one), and so is any form on a page whose region is the whole page."""
    if not any(root.tag not in ("html", "body") for root in roots):
        return set()
    most = options.html_box_share * sum(prose.get(root, 0.0) for root in roots)
    boxes: set[lxml.etree._Element] = set()
    for root in roots:
        if root.tag in ("html", "body"):
            continue
        forms = _FILLED_FORMS(root)
        if isinstance(forms, list):
            boxes.update(form for form in forms if isinstance(form, lxml.etree._Element)
                         and prose.get(form, 0.0) < most)
    return boxes



def teaser_lists(
    blocks: Sequence[Block], values: list[float], ancestry: Ancestry, options: ParseOptions
) -> set[lxml.etree._Element]:
    """Elements that list other stories: cards of a link headline and a short blurb.

    A card is the small element that holds a link block and the prose block right after
    it. A listicle's linked subheadings share one container and make one card at most;
    a list of teasers puts each pair in a card of its own. An element whose prose is
    almost all in three or more such cards is a teaser list."""
    cards: dict[lxml.etree._Element, float] = {}
    own_prose: dict[lxml.etree._Element, float] = {}
    for previous, block, value in zip(blocks, blocks[1:], values[1:], strict=False):
        if value <= 0:
            continue
        own_prose[block.owner] = own_prose.get(block.owner, 0.0) + 1
        if (
            previous.link_density > options.max_link_density
            and len(block.text) <= options.html_max_blurb_chars
        ):
            card = _card_of(previous, block)
            if card is not None:
                cards[card] = 1.0
        elif is_cut_short(block.text, options.meta_max_excerpt_chars) or _cut_then_linked(
            block, options.meta_max_excerpt_chars
        ):
            cards[block.owner] = 1.0  # an excerpt cut short: "… may soon..."
    if len(cards) < options.html_min_teasers:
        return set()
    in_cards = ancestry.subtree_sums(cards)
    prose = ancestry.subtree_sums(own_prose)
    return {
        element for element, count in in_cards.items()
        if count >= options.html_min_teasers
        and count >= options.html_teaser_share * prose[element]
    }


def _cut_then_linked(block: Block, max_chars: int) -> bool:
    """True for an excerpt cut off with an ellipsis and followed only by a short
    attribution that ends in a link ("… for themselves only...  W O, Turramurra on
    Public schools in dire state" linked): a reader's comment or another story quoted
    in a list that points to where it stands whole. The text after the cut is shorter
    than the excerpt, and the block's owner ends with that link."""
    text = block.text
    if not block.link_chars or len(text) > max_chars:
        return False
    cut = max(text.rfind("..."), text.rfind("\u2026"))
    if cut <= 0:
        return False
    tail = text[cut:].lstrip(".\u2026 ")
    if not tail or len(tail) >= cut:
        return False
    owner = block.owner
    last = owner[-1] if len(owner) else None
    if last is None or last.tag != "a" or (last.tail or "").strip():
        return False
    shown = _shown(last)
    return bool(shown) and tail.endswith(shown)


def repeated_cards(
    blocks: Sequence[Block],
    values: Sequence[float],
    *,
    roots: set[lxml.etree._Element],
    in_region: list[int],
    first_marked: MarkedFinder,
    ancestry: Ancestry,
    options: ParseOptions,
) -> set[lxml.etree._Element]:
    """Cards of other stories before or after the story, found by their repetition: three
    or more sibling elements of one shape (the same tag and class), each a small piece of
    two or more blocks (a headline, a date, a blurb) that links elsewhere, with no story
    paragraph of the region before them, or none after them.

    A story's paragraphs are one block each, and its sections are long; a row of teasers
    ("Back to work: the top priorities / updated 11:04 / Now that the campaign is over…")
    repeats one small template, whatever its class words say. The cards are all their
    parent holds, and less than ``html_card_share`` of the region's text: a story's own
    linked entries stand among its paragraphs, and a page that is all cards (a listicle
    of linked entries) is its own story. ``in_region``: the indexes of the blocks inside
    ``roots``, in order."""
    if len(in_region) < 2 * options.html_min_teasers:
        return set()
    counts: dict[lxml.etree._Element, float] = {}
    chars: dict[lxml.etree._Element, float] = {}
    for index in in_region:
        owner = blocks[index].owner
        counts[owner] = counts.get(owner, 0.0) + 1
        chars[owner] = chars.get(owner, 0.0) + len(blocks[index].text)
    block_counts = ancestry.subtree_sums(counts)
    char_counts = ancestry.subtree_sums(chars)
    most_chars = options.html_card_share * sum(chars.values())
    cards: set[lxml.etree._Element] = set()
    for members in _same_shape_groups(blocks, in_region, roots, char_counts, options):
        small = [m for m in members
                 if block_counts[m] >= 2 and _links_out(m, options.html_max_more_link_chars)]
        in_members = sum(char_counts[m] for m in members)
        parent = members[0].getparent()
        if (
            parent is not None
            and len(small) >= options.html_min_teasers
            and len(small) >= options.html_teaser_share * len(members)
            and in_members < most_chars
            # All the parent holds: not a story's container with its own linked entries.
            and in_members >= options.html_teaser_share * char_counts[parent]
        ):
            cards.update(small)
    cards.update(_headline_blurb_lists(blocks, values, in_region, char_counts,
                                       most_chars=most_chars, options=options))
    if not cards:
        return cards
    # Only cards before the story's first paragraph outside cards, or after its last, are
    # other stories'.
    in_cards: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    paragraph = 2 * options.min_paragraph_chars
    first_story = last_story = -1
    first_card: dict[lxml.etree._Element, int] = {}
    last_card: dict[lxml.etree._Element, int] = {}
    for index in in_region:
        card = first_marked(blocks[index].owner, cards, in_cards)
        if card is None:
            if values[index] >= paragraph:
                last_story = index
                if first_story < 0:
                    first_story = index
        else:
            first_card.setdefault(card, index)
            last_card[card] = index
    return {card for card, index in first_card.items()
            if index > last_story or last_card[card] < first_story}


def _headline_blurb_lists(
    blocks: Sequence[Block],
    values: Sequence[float],
    in_region: list[int],
    char_counts: ElementValues,
    *,
    most_chars: float,
    options: ParseOptions,
) -> set[lxml.etree._Element]:
    """Containers of three or more pairs of a headline link and the short blurb right
    after it, side by side (``<dt>`` and ``<dd>``, ``<h4>`` and ``<p>``), that hold all
    their container holds and less than ``most_chars`` characters: a list of other
    stories laid out flat, without a card element around each."""
    pairs: dict[lxml.etree._Element, int] = {}
    in_pairs: dict[lxml.etree._Element, int] = {}
    for before, index in itertools.pairwise(in_region):
        headline, blurb = blocks[before], blocks[index]
        if (
            headline.link_density > options.max_link_density
            and values[index] > 0
            and len(blurb.text) <= options.html_max_blurb_chars
            and headline.owner is not blurb.owner
        ):
            container = _card_of(headline, blurb)
            if container is not None:
                pairs[container] = pairs.get(container, 0) + 1
                in_pairs[container] = (in_pairs.get(container, 0) + len(headline.text)
                                       + len(blurb.text))
    return {
        container for container, count in pairs.items()
        if count >= options.html_min_teasers
        and in_pairs[container] >= options.html_teaser_share * char_counts[container]
        and char_counts[container] < most_chars
    }


def _same_shape_groups(
    blocks: Sequence[Block],
    in_region: list[int],
    roots: set[lxml.etree._Element],
    char_counts: ElementValues,
    options: ParseOptions,
) -> Iterator[list[lxml.etree._Element]]:
    """Groups of ``html_min_teasers`` or more siblings of one tag and class, each an
    element inside the region above a block's owner holding no more than
    ``html_max_card_chars`` of text (and no list or table of its own)."""
    max_card = options.html_max_card_chars
    groups: dict[tuple[lxml.etree._Element, str, str], list[lxml.etree._Element]] = {}
    seen: set[lxml.etree._Element] = set()
    for index in in_region:
        element = blocks[index].owner
        while element not in roots and element not in seen and char_counts[element] <= max_card:
            seen.add(element)
            parent = element.getparent()
            if parent is None:
                break
            if element.tag not in _NOT_CARDS:
                key = (parent, element.tag, element.get("class") or "")
                groups.setdefault(key, []).append(element)
            element = parent
    return (members for members in groups.values() if len(members) >= options.html_min_teasers)


def _shown(element: lxml.etree._Element) -> str:
    """An element's text with its white space squashed."""
    return " ".join("".join(map(str, element.itertext())).split())


def _links_out(card: lxml.etree._Element, max_more_chars: int) -> bool:
    """True when a small element links to another page the way a teaser does: its
    picture is a link, a line of it is a link (the headline), or a short link ends a
    line ("Read more..."). A link inside a sentence, as in an answer or a footnote, is
    no teaser's."""
    for link in card.iter("a"):
        if link.get("href") is None:
            continue
        if link.find(".//img") is not None:
            return True
        text = _shown(link)
        if not text:
            continue
        line = link.getparent()
        while line is not None and line is not card and line.tag not in BLOCK_TAGS:
            line = line.getparent()
        if line is None:
            continue
        shown = _shown(line)
        if shown == text or (
            len(text) <= max_more_chars and shown.endswith(text)
            and not (link.tail or "").strip()
        ):
            return True
    return False


def _card_of(first: Block, second: Block) -> lxml.etree._Element | None:
    """The nearest common ancestor of two blocks, if it is at most two levels up."""
    near_first = {first.owner, *itertools.islice(first.owner.iterancestors(), 2)}
    for element in (second.owner, *itertools.islice(second.owner.iterancestors(), 2)):
        if element in near_first:
            return element
    return None
