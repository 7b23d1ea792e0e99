"""Stage 4 (HTML): score blocks, pick the article region, keep the story's blocks.

1. Each block gets a prose value: long, link-free, punctuated text scores its length;
   link lists and chrome-hinted blocks score against.
2. Values add up the tree; the element with the highest sum is the article region.
   A chrome hint (class "share", tag nav, …) only counts on an element that holds a
   minority of the page's prose, so a page-wide wrapper named "sidebar-layout" does not
   turn the whole page into chrome (the test lives in ``_html/chrome.py``).
3. Inside the region, blocks that are chrome (hinted below the region, link lists,
   stock phrases) are dropped; short blocks survive only between prose, as in jusText.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import lxml.etree

from newsparse._html import asides, edges, leftovers, linked_lines, posts, threads
from newsparse._html.blocks import BLOCK_TAGS, Block, Segmentation, heading_level
from newsparse._html.chrome import chrome_test
from newsparse._html.hints import element_hints as caption_hints
from newsparse._native.bits import CAPTION
from newsparse._native.interface import ElementValues, MarkedFinder
from newsparse._options import ParseOptions
from newsparse._reading.lead import is_furniture
from newsparse._reading.textstats import (
    has_sentence_end,
    is_cjk_heavy,
    stopword_density,
    words,
)

# Short lines that are page furniture in any article, in the languages we see most.
_BOILERPLATE: Final = re.compile(
    r"^(?:advertisement|advertising|advert|sponsored|ad|share|share this|share on \w+|tweet|"
    r"email|print|comments?|\d+ comments?|read more|more|see more|continue reading|"
    r"related|related articles|related stories|you may also like|recommended|"
    r"click here|subscribe|sign up|log in|sign in|follow us|back to top|top|"
    r"anzeige|werbung|publicité|publicidad|pubblicità)\W*$"
    r"|^(?:citation|this (?:document|article|material) (?:is subject to|may not be)|"
    r"provided by|copyright|©|\(c\) \d{4}|all rights reserved)"
    r"|\b(?:requires|enable|turn on) javascript\b",
    re.IGNORECASE,
)


@attrs.frozen
class Selection:
    """The article region and the blocks kept from it, in document order."""

    region: lxml.etree._Element | None
    blocks: tuple[Block, ...]
    #: Per kept block: True when it reads as prose, False for a short line.
    prose: tuple[bool, ...]


def _never_caption(block: Block) -> bool:
    """True for a quotation, code or a table row: what a picture's caption never is, even
    inside a ``<figure>`` (a pull quote, a code listing or a table set as a figure)."""
    return block.in_quote or block.in_pre or block.tag == "tr"


def _is_boilerplate(text: str, max_chars: int) -> bool:
    """Stock page furniture; a long block (over ``max_chars``,
    ``ParseOptions.html_max_boilerplate_chars``) that merely starts with "©" is prose."""
    return len(text) <= max_chars and bool(_BOILERPLATE.match(text))


#: A block's prose value, given the caption hint as it counts on the page.
ProseValue = Callable[[Block, int], float]


def _prose_value(options: ParseOptions) -> ProseValue:
    """The function that weighs a block as prose (its plain characters), or as chrome (a
    negative value), with the thresholds of ``options`` read once."""
    max_density, min_chars = options.max_link_density, options.min_paragraph_chars
    prose_density = options.html_prose_link_density
    min_stopwords = options.html_min_prose_stopwords
    weak_weight = options.html_weak_prose_weight
    cjk_chars = options.html_min_cjk_prose_chars
    sure_factor = options.html_sure_prose_factor
    # Long enough to be prose: so many characters of CJK text, else twice a paragraph's
    # minimum (the CJK test only runs where it can change the answer).
    long_enough_latin = min_chars * 2
    least_long = min(cjk_chars, long_enough_latin)

    def value(block: Block, caption: int) -> float:
        text = block.text
        # Captions neither make nor break a region, and are not body text; nor is
        # furniture (a caption ending with its picture's credit, a bare URL).
        if (block.hints & caption and not _never_caption(block)) or is_furniture(text, options):
            return 0.0
        length = len(text)  # never 0: a block has text
        plain = length - block.link_chars
        density = block.link_chars / length
        if density > max_density:
            # One sentence with words of its own beside its links is a line of prose
            # that links, not a link line: it weighs as a short line does.
            return -1.0 if linked_lines.linked_sentence(block, options) else -float(length)
        if density < prose_density and plain >= least_long:
            long_enough = cjk_chars if is_cjk_heavy(text) else long_enough_latin
            # Cheapest evidence first: most prose blocks are long or end their sentences.
            if plain >= long_enough:
                if (
                    plain >= sure_factor * long_enough
                    or has_sentence_end(text)
                    or stopword_density(words(text)) >= min_stopwords
                ):
                    return float(plain)
                return plain * weak_weight
        if plain >= min_chars:
            return plain * weak_weight
        return -1.0

    return value


def select(segmentation: Segmentation, options: ParseOptions) -> Selection:
    """Pick the article region and its content blocks."""
    blocks = segmentation.blocks
    if not blocks:
        return Selection(region=None, blocks=(), prose=())
    values, caption = _block_values(blocks, options)
    selection = _select(segmentation, values, caption, options)
    if selection.region is None and caption:
        value = _prose_value(options)
        if not _gallery_captions(blocks, values, value, False):
            uncaptioned = _select(segmentation, [value(b, 0) for b in blocks], 0, options)
            if uncaptioned.region is not None:
                return uncaptioned
    return selection


def _select(
    segmentation: Segmentation, values: list[float], caption: int, options: ParseOptions
) -> Selection:
    """:func:`select` with the blocks' prose ``values`` and the ``caption`` hint as it
    counts on the page."""
    blocks = segmentation.blocks
    promised = segmentation.content_elements
    ancestry = segmentation.ancestry

    own_prose = _own_values(blocks, (value if value > 0 else None for value in values))
    prose = ancestry.subtree_sums(own_prose)
    total_prose = sum(own_prose.values())
    del own_prose  # a page of tiny elements holds several such dicts: free each early
    chrome_cut = options.html_chrome_share * total_prose
    mixed_cut = options.html_mixed_chrome_share * total_prose
    first_marked = ancestry.marked_finder()

    is_chrome = chrome_test(blocks, promised, prose, (chrome_cut, mixed_cut), options)

    teaser_lists = asides.teaser_lists(blocks, values, ancestry, options)
    in_teasers: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    # Consecutive blocks share their chrome chain (the walk hands out one tuple while the
    # chain stays the same), so its verdict is worked out once per tuple.
    chrome_verdicts: dict[int, bool] = {}
    owners: list[lxml.etree._Element] = []
    own_values: list[float] = []  # each block's value as it counts for the region
    for block, value in zip(blocks, values, strict=True):
        chain = block.chrome_chain
        if chain:
            chrome = chrome_verdicts.get(id(chain))
            if chrome is None:
                chrome = any(is_chrome(e) for e in chain)
                chrome_verdicts[id(chain)] = chrome
            if chrome:
                value = -float(len(block.text))  # noqa: PLW2901 - the chrome-adjusted value
        if teaser_lists and value > 0 and (not chain or not chrome_verdicts[id(chain)]) and (
            first_marked(block.owner, teaser_lists, in_teasers) is not None
        ):
            value = 0.0  # noqa: PLW2901 - blurbs of other stories weigh nothing
        owners.append(block.owner)
        own_values.append(value)
    # Content-promising elements (article, "story-body") get a bonus. Lists, not a dict
    # of own values, and no dict of scores: a page may have a quarter of a million
    # elements.
    sums, top, top_score = ancestry.sums_and_top(
        owners, own_values, options.score_decay, promised, options.html_content_bonus)
    del owners
    if top_score <= 0:
        return _fallback(blocks, values, options.html_max_boilerplate_chars)
    top = _paragraphs_container(top, blocks, own_values, first_marked, options)
    top = posts.the_one_story(top, blocks, own_values, promised=promised,
                              first_marked=first_marked, options=options)
    del own_values
    roots = _with_siblings(top, sums, prose, promised, options)
    # The region's blocks, found once (a call a block): the rows of cards and the body
    # read them, and the body each one's root, from the same memo.
    in_roots: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    in_region = [index for index, block in enumerate(blocks)
                 if first_marked(block.owner, roots, in_roots) is not None]
    in_region = threads.before_thread(in_region, blocks, values, roots)
    left_out = (teaser_lists | asides.author_boxes(roots, prose, first_marked, options)
                | asides.form_boxes(roots, prose, options)
                | asides.repeated_cards(
                    blocks, values, roots=roots, in_region=in_region, first_marked=first_marked,
                    ancestry=ancestry, options=options))
    kept, labels = _region_blocks(blocks, values, roots, in_region, in_roots, caption=caption,
                                  is_chrome=is_chrome, left_out=left_out,
                                  first_marked=first_marked, options=options)
    kept, labels = _prose_between(kept, labels, blocks, values, in_region=in_region,
                                  is_chrome=is_chrome, options=options)
    kept, labels = _lead_above(kept, labels, blocks, values, in_region=in_region,
                               is_chrome=is_chrome, options=options)
    kept, labels = leftovers.without_box_labels(
        kept, labels, blocks, in_region=in_region, roots=roots, first_marked=first_marked,
        options=options)
    kept, labels = edges.trim_edges(kept, labels, options)
    kept, labels = leftovers.without_copies(kept, labels)
    return Selection(region=top, blocks=tuple(kept), prose=tuple(label > 0 for label in labels))


def _paragraphs_container(
    top: lxml.etree._Element,
    blocks: Sequence[Block],
    values: Sequence[float],
    first_marked: MarkedFinder,
    options: ParseOptions,
) -> lxml.etree._Element:
    """The region for a top element that holds a single prose block: the nearest ancestor
    holding two or more, when it holds clearly more prose (``html_paragraph_climb_gain``
    times the top's). ``values`` are the blocks' values as they count for the region
    (chrome and teasers already weigh nothing).

    A story is several paragraphs; one paragraph outscores their container when linked
    lines beside it ("Click here to...", a list of deals) pull the container's sum below
    it. A short post alone on a wide page stays as it is: the container that would hold a
    second prose block holds the sidebar's too, and its prose is not enough more."""
    chain: list[lxml.etree._Element] = []
    element: lxml.etree._Element | None = top
    while element is not None and element.tag not in ("body", "html"):
        chain.append(element)
        element = element.getparent()
    counts = dict.fromkeys(chain, 0)
    held = dict.fromkeys(chain, 0.0)
    marked = set(chain)
    memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    for block, value in zip(blocks, values, strict=True):
        if value > 0:
            lowest = first_marked(block.owner, marked, memo)
            if lowest is not None:
                counts[lowest] += 1
                held[lowest] += value
    count, prose = 0, 0.0
    for element in chain:  # from the top up: each holds what the ones below it hold
        count, prose = count + counts[element], prose + held[element]
        if element is top:
            if count >= 2:
                return top
            top_prose = prose
        elif count >= 2:
            gain = prose / max(1.0, top_prose)
            return element if gain >= options.html_paragraph_climb_gain else top
    return top


def _own_values(
    blocks: Sequence[Block], values: Iterable[float | None]
) -> dict[lxml.etree._Element, float]:
    """Each owner's sum of its blocks' values (None: the block does not count)."""
    own: dict[lxml.etree._Element, float] = {}
    for block, value in zip(blocks, values, strict=True):
        if value is not None:
            prior = own.get(block.owner)
            own[block.owner] = value if prior is None else prior + value
    return own


def _region_blocks(
    blocks: Sequence[Block],
    values: list[float],
    roots: set[lxml.etree._Element],
    in_region: list[int],
    memo: dict[lxml.etree._Element, lxml.etree._Element | None],
    *,
    caption: int,
    is_chrome: Callable[[lxml.etree._Element], bool],
    left_out: set[lxml.etree._Element],
    first_marked: MarkedFinder,
    options: ParseOptions,
) -> tuple[list[Block], list[int]]:
    """The blocks of the region that are no chrome, each labelled 1 (prose) or 0.
    Blocks inside ``left_out`` (teaser lists, author boxes) are no story either.
    ``in_region``: the indexes of the blocks inside ``roots``, in order; ``memo``: the one
    ``first_marked`` filled finding them."""
    in_left_out: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    kept: list[Block] = []
    labels: list[int] = []  # 1 prose, 0 short
    story_seen = False
    max_boilerplate = options.html_max_boilerplate_chars
    max_comments_heading = options.html_max_comments_heading_chars
    max_author_heading = options.html_max_author_heading_chars
    max_related_heading = options.html_max_related_heading_chars
    # Linked lines held back inside the story: kept when the next kept block is a
    # paragraph of the same container (see ``linked_lines.linked_line_between``).
    pending: list[Block] = []
    # The short lines among them, held under a linked heading: kept whatever its fate.
    held_short: set[int] = set()
    # Among those, the headings of the story's next section after a linked list.
    section_heads: set[int] = set()
    # The element holding a heading over other stories, and with it those stories.
    related_box: lxml.etree._Element | None = None
    plain_lists = linked_lines.lists_with_plain_items(blocks, values, in_region,
                                                      options.min_paragraph_chars)
    cites = linked_lines.citing_test()
    for position, index in enumerate(in_region):
        block, value = blocks[index], values[index]
        root = memo[block.owner]  # found when in_region was
        text = block.text
        if story_seen and (threads.opens_comments(block, max_comments_heading)
                           or threads.opens_author_bio(block, max_author_heading)
                           or threads.opens_bio_of(
                               block, blocks[in_region[position + 1]]
                               if position + 1 < len(in_region) else None,
                               max_author_heading)):
            break  # the reader comments or the author's bio under the story
        if related_box is not None:
            if related_box in block.owner.iterancestors():
                continue
            related_box = None
        if story_seen and threads.opens_related(block, kept[-1], max_related_heading):
            related_box = block.owner.getparent()
            continue
        chain = block.chrome_chain
        linked = (value <= -len(text) and not linked_lines.linked_prose(block, options)
                  and not linked_lines.anchored_heading(block))
        if (
            (block.hints & caption and not _never_caption(block))
            # Chrome counts inside the region only: the region itself may sit in a
            # wrapper whose class says "sidebar-layout".
            or (chain and any(
                is_chrome(e) and e is not root
                and first_marked(e, roots, memo) is root
                for e in chain
            ))
            or (left_out and first_marked(block.owner, left_out, in_left_out) is not None)
            or _is_boilerplate(text, max_boilerplate)
            or linked_lines.cross_reference(block, options)
        ):
            continue
        if linked and story_seen and linked_lines.in_plain_list(block, plain_lists):
            linked = False  # an item of a list of the story's own, linking its words
        if linked:
            if story_seen and (linked_lines.linked_line_between(block, kept[-1])
                               or linked_lines.linked_heading(block)):
                pending.append(block)
            else:
                linked_lines.keep_held(kept, labels, pending, held_short, confirmed=False,
                                       cites=cites)
            continue
        if pending and value <= 0 and linked_lines.hold_short_line(
                block, pending, held_short, section_heads):
            continue  # decided with the lines held, by the prose after it
        if pending:
            links = [line for line in pending if id(line) not in held_short]
            linked_lines.keep_held(kept, labels, pending, held_short, cites=cites, confirmed=(
                value > 0 and (linked_lines.confirms(block, value, links, options)
                               or linked_lines.opens_section(block, links, pending,
                                                             section_heads))))
        kept.append(block)
        labels.append(1 if value > 0 else 0)
        story_seen = story_seen or value > 0
    linked_lines.keep_held(kept, labels, pending, held_short, confirmed=False, cites=cites)
    return kept, labels


def _prose_between(
    kept: list[Block],
    labels: list[int],
    blocks: Sequence[Block],
    values: Sequence[float],
    *,
    in_region: list[int],
    is_chrome: Callable[[lxml.etree._Element], bool],
    options: ParseOptions,
) -> tuple[list[Block], list[int]]:
    """The kept blocks with the paragraphs outside the region that stand, in reading
    order, between two of the story's paragraphs: sentences of prose (twice
    ``min_paragraph_chars`` at least) in no chrome. A story set in an old table layout
    runs through cells and rows that no one container holds (a lead in a row of its
    own, a paragraph in the cell beside a picture); what the reader meets between two
    paragraphs of the story, as prose, is the story's. Boxes set into the story are
    chrome or links, and no paragraph of sentences."""
    kept_ids = {id(block): label for block, label in zip(kept, labels, strict=True)}
    prose_at = [index for index in in_region if kept_ids.get(id(blocks[index]), 0) > 0]
    if len(prose_at) < 2:
        return kept, labels
    region = set(in_region)
    found = [
        index for index in range(prose_at[0] + 1, prose_at[-1])
        if index not in region
        and _prose_in_no_chrome(blocks[index], values[index], is_chrome, options)
    ]
    if not found:
        return kept, labels
    merged = sorted([*(index for index in in_region if id(blocks[index]) in kept_ids), *found])
    added = set(found)
    return ([blocks[index] for index in merged],
            [1 if index in added else kept_ids[id(blocks[index])] for index in merged])


def _lead_above(
    kept: list[Block],
    labels: list[int],
    blocks: Sequence[Block],
    values: Sequence[float],
    *,
    in_region: list[int],
    is_chrome: Callable[[lxml.etree._Element], bool],
    options: ParseOptions,
) -> tuple[list[Block], list[int]]:
    """The kept blocks with the story's lead when it stands outside the region, right
    over the story's first paragraph: the block the reader meets just before it, a
    paragraph of sentences (twice ``min_paragraph_chars`` at least, no heading, in no
    chrome) set straight into a container that holds the story's paragraphs. An old
    table layout writes the lead as bare text in a row or cell of its own over the
    cell of the rest; a dek or a disclosure set apart (in the header, a box of its
    own) is one container further off, and a byline or a date line between the two
    shows the block is the header's."""
    kept_ids = {id(block): label for block, label in zip(kept, labels, strict=True)}
    first = next((index for index in in_region if kept_ids.get(id(blocks[index]), 0) > 0), 0)
    if first == 0:  # no paragraph kept, or none with a block over it
        return kept, labels
    lead = first - 1
    block = blocks[lead]
    container = block.owner.getparent()
    if (
        id(block) in kept_ids
        or heading_level(block.tag)
        or container is None
        or container not in blocks[first].owner.iterancestors()
        or not _prose_in_no_chrome(block, values[lead], is_chrome, options)
    ):
        return kept, labels
    at = kept.index(blocks[first])
    return [*kept[:at], block, *kept[at:]], [*labels[:at], 1, *labels[at:]]


def _prose_in_no_chrome(block: Block, value: float,
                        is_chrome: Callable[[lxml.etree._Element], bool],
                        options: ParseOptions) -> bool:
    """True for a paragraph of sentences outside the region that may still be the
    story's: twice ``min_paragraph_chars`` of prose at least, ending a sentence, in no
    chrome (:func:`_prose_between`, :func:`_lead_above`)."""
    return (value >= 2 * options.min_paragraph_chars and has_sentence_end(block.text)
            and not any(is_chrome(element) for element in block.chrome_chain))


def _block_values(blocks: Sequence[Block], options: ParseOptions) -> tuple[list[float], int]:
    """Each block's prose value, and the caption hint as it counts on this page."""
    value = _prose_value(options)
    story = [*_story_captions(blocks, value, options), *_lead_summaries(blocks, value, options)]
    for block in story:
        block.hints &= ~CAPTION  # the story's paragraphs: no caption hint counts for them
    values = [value(b, CAPTION) for b in blocks]
    caption = _gallery_captions(blocks, values, value)
    if not caption:
        values = [value(b, 0) for b in blocks]
    return values, caption


def _story_captions(
    blocks: Sequence[Block], value: ProseValue, options: ParseOptions
) -> list[Block]:
    """The caption-hinted blocks of a caption element (the element whose tag, class or id
    gave the hint: ``figure``, "caption-image") that holds more than
    ``html_max_caption_paragraphs`` paragraphs of prose: a caption is a line or two, and
    an element holding a run of paragraphs holds the story, whatever its name says."""
    most = options.html_max_caption_paragraphs
    paragraph = 2 * options.min_paragraph_chars
    boxes: list[tuple[Block, lxml.etree._Element]] = []
    paragraphs: dict[lxml.etree._Element, int] = {}
    for block in blocks:
        if block.hints & CAPTION and not _never_caption(block):
            box = _caption_element(block.owner)
            if box is not None:
                boxes.append((block, box))
                if value(block, 0) >= paragraph:
                    paragraphs[box] = paragraphs.get(box, 0) + 1
    if not any(count > most for count in paragraphs.values()):
        return []
    return [block for block, box in boxes if paragraphs.get(box, 0) > most]


# Class words of a story's summary (a dek, a standfirst), as a token or a token's part;
# a caption's, a credit's or a byline's words name no summary.
_SUMMARY_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:abstract|dek|standfirst|summary|excerpt|teaser|subtitle|sub-?headline)"
    r"(?:$|[\s_-])", re.IGNORECASE)
_CAPTION_CLASS: Final = re.compile(r"caption|credit|byline|gallery|source", re.IGNORECASE)


def _lead_summaries(
    blocks: Sequence[Block], value: ProseValue, options: ParseOptions
) -> list[Block]:
    """The summary-named paragraphs (``<p class="standfirst">``) that open a run of the
    story's paragraphs in their own container: a paragraph of sentences whose next block
    is a paragraph of prose beside it. A dek printed with the headline stands apart from
    the story (in the header, over a picture); one set as the first paragraph of the
    story's own run is its lead ("NINE people were arrested overnight…")."""
    paragraph = 2 * options.min_paragraph_chars
    found: list[Block] = []
    for block, after in itertools.pairwise(blocks):
        owner = block.owner
        if not block.hints & CAPTION or owner.tag != "p" or after.hints & CAPTION:
            continue
        name = owner.get("class") or ""
        if not _SUMMARY_CLASS.search(name) or _CAPTION_CLASS.search(name):
            continue
        if (after.owner.tag == "p" and after.owner.getparent() is owner.getparent()
                and value(block, 0) >= paragraph and has_sentence_end(block.text)
                and value(after, 0) > 0):
            found.append(block)
    return found


def _caption_element(owner: lxml.etree._Element) -> lxml.etree._Element | None:
    """The element that makes a block a caption: its owner, or one of the owner's three
    nearest ancestors (the walk takes caption hints from that close only), whose tag,
    class or id names a caption."""
    element: lxml.etree._Element | None = owner
    for _ in range(4):
        if element is None:
            return None
        if caption_hints(element) & CAPTION:
            return element
        element = element.getparent()
    return None


def _gallery_captions(
    blocks: Sequence[Block], values: list[float], value: ProseValue, region_found: bool = True
) -> int:
    """The caption hint, or 0 on a gallery page, whose captions tell its story: they hold
    more prose than all its other blocks, or, with them weighing nothing, no region
    stands out at all (``region_found`` False: every element scores nothing)."""
    captioned = [b for b in blocks if b.hints & CAPTION]
    if not captioned:
        return CAPTION
    if not region_found:
        return 0
    in_captions = sum(max(0.0, value(b, 0)) for b in captioned)
    return CAPTION if in_captions <= sum(v for v in values if v > 0) else 0


def _with_siblings(
    top: lxml.etree._Element,
    sums: ElementValues,
    prose: ElementValues,
    promised: set[lxml.etree._Element],
    options: ParseOptions,
) -> set[lxml.etree._Element]:
    """The top element plus the nearby subtrees that carry prose of their own: a body
    split around embeds and ads, or lead paragraphs beside the main body container.

    Siblings of the top element, and those of its nearest ancestors that come before
    it, qualify when their own sum is a fair share of the top's; a link-free paragraph
    just before the top element qualifies as a lead, and so does a subtree before it of
    paragraphs of prose alone (:func:`_story_part_before`). The levels start beside the
    top element's layout wrappers (:func:`_alone_in`)."""
    roots = {top}
    threshold = max(options.html_min_sibling_prose, options.html_sibling_share * sums.get(top, 0.0))
    lead_share = options.html_lead_prose_share
    anchor = _alone_in(top, sums)
    for level in range(options.html_sibling_levels):
        parent = anchor.getparent()
        if parent is None:
            break
        before_anchor = True
        for sibling in parent:
            if sibling is anchor:
                before_anchor = False
                continue
            total = sums.get(sibling, 0.0)
            lead = (  # the region's own siblings only, not its wrappers'
                level == 0
                and anchor is top
                and before_anchor
                and sibling.tag not in ("h1", "h2", "h3", "h4", "h5", "h6")
                and total > 0
                and total >= lead_share * prose.get(sibling, 0.0)
                and not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in sibling)
            )
            if (
                (total >= threshold and not _after_an_outer_end(level, before_anchor)
                 and (before_anchor or not _past_the_story(parent, promised)))
                or lead
                or (before_anchor and _story_part_before(sibling, total, prose, options))
                or (total > 0 and _same_kind(sibling, anchor, level, before_anchor))
            ):
                roots.add(sibling)
        roots.update(_between_parts(parent, anchor, roots))
        anchor = parent
    return roots


def _alone_in(element: lxml.etree._Element, sums: ElementValues) -> lxml.etree._Element:
    """The outermost of ``element``'s wrappers that holds no text beside it: a chain of
    layout wrappers (a row, a column, a grid cell, each holding only the next) has no
    siblings to offer, so it is no level of the search for the story's other parts; the
    search starts beside the last of them."""
    while True:
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html") or any(
            # NaN: the child holds no block (no sum is NaN)
            child is not element and not math.isnan(sums.get(child, math.nan))
            for child in parent
        ):
            return element
        element = parent


def _story_part_before(
    sibling: lxml.etree._Element, total: float, prose: ElementValues, options: ParseOptions
) -> bool:
    """True for a subtree before the region that holds two or more paragraphs of prose
    and nothing else that weighs against them (its sum at least ``html_lead_prose_share``
    of its prose): the story's opening part in a container of its own (a blog's
    "entry-body" before its "entry-more"), which weighs too little beside the rest."""
    held = prose.get(sibling, 0.0)
    if total <= 0 or held <= 0 or total < options.html_lead_prose_share * held:
        return False
    least = 2 * options.min_paragraph_chars
    count = 0
    for element in sibling.iter("p"):
        if prose.get(element, 0.0) >= least:
            count += 1
            if count >= 2:
                return True
    return False


_STORY_PART_TAGS: Final = frozenset("p ul ol dl blockquote pre table h2 h3 h4 h5 h6".split())


def _between_parts(
    parent: lxml.etree._Element, anchor: lxml.etree._Element, roots: set[lxml.etree._Element]
) -> list[lxml.etree._Element]:
    """The paragraphs, lists and subheadings of the region's container that stand between
    two of its parts (a paragraph dense with links between two paragraphs of prose): what
    stands between two parts of the story is the story's, whatever it weighs alone. The
    blocks' own tests (links, chrome) still decide which of their lines are kept."""
    children = [child for child in parent if isinstance(child.tag, str)]
    at = [index for index, child in enumerate(children) if child in roots or child is anchor]
    if len(at) < 2:
        return []
    return [child for child in children[at[0] + 1 : at[-1]]
            if child not in roots and child.tag in _STORY_PART_TAGS]


def _same_kind(
    sibling: lxml.etree._Element, anchor: lxml.etree._Element, level: int, before_anchor: bool
) -> bool:
    """True for a sibling of the region (or, before it, of one of its ancestors) with the
    region's own tag and class: the same kind of container holding more of the story (a
    body split around an inline picture into two "articleBody" divs, the lead in one of
    them). A page does not name its story's parts and its chrome alike. After an outer
    end (:func:`_after_an_outer_end`) a container of the same kind is the next post."""
    name = anchor.get("class")
    return (bool(name) and sibling.tag == anchor.tag and sibling.get("class") == name
            and not _after_an_outer_end(level, before_anchor))


def _past_the_story(
    parent: lxml.etree._Element, promised: set[lxml.etree._Element]
) -> bool:
    """True for the container of the region and of a subtree after it when the container
    promises no content itself (no class or id of a post or a story's body, not an
    ``<article>``): there the subtree after the story is the page's next part (a
    trackback box, other news, a jobs box, a newsletter's pitch in the next cell), while
    inside a story's own container ("post", "article-body", ``<article>``) a part after
    the region is the story's, resumed after an ad or a picture."""
    return parent not in promised and parent.tag != "article"


def _after_an_outer_end(level: int, before_anchor: bool) -> bool:
    """True for a subtree after the region's container (a sibling of one of its
    ancestors, not of the region itself): what follows the story's container is the
    page's next part (an author box, related stories, a comment form), while the part
    of a split story after an ad stands beside the region itself."""
    return level > 0 and not before_anchor


def _fallback(blocks: Sequence[Block], values: list[float], max_boilerplate: int) -> Selection:
    """A page with no clear article region: keep every block that is not chrome."""
    kept = [
        (b, value) for b, value in zip(blocks, values, strict=True)
        if not b.chrome_chain and not _is_boilerplate(b.text, max_boilerplate)
    ]
    return Selection(
        region=None,
        blocks=tuple(b for b, _ in kept),
        prose=tuple(value > 0 for _, value in kept),
    )
