"""Linked lines the story keeps (stage 4, HTML): a line that is mostly link text is no story
as a rule (a run of headlines, a share bar), except where the story's own structure vouches
for it. Each test here names one such case: a subheading linked whole with a paragraph of
its container after it, a linked line between two paragraphs of one container (one line, or
a linked line over a plain line of its own), a run of short lines some of which link, a
subheading that links only to its own place, an item of a list that has a plain line of its
own, a paragraph of sentences that links many of its words, a sentence with words of its
own beside its links, a linked list between two sections of the story.
:func:`newsparse._html.classify` holds such lines back (``pending``) until the next kept
block says whether they are the story's (:func:`confirms`). One linked line is never the
story's, wherever it stands: a pointer to another story (:func:`cross_reference`); one held
back stays whatever follows it when it cites another site (:func:`cites_elsewhere`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final
from urllib.parse import urlsplit

import lxml.etree

from newsparse._html.blocks import Block
from newsparse._options import ParseOptions
from newsparse._reading.textstats import has_sentence_end, stopword_density, words

_LISTS: Final = frozenset(("ul", "ol", "dl"))
_SUBHEADINGS: Final = frozenset("h2 h3 h4 h5 h6".split())
# A label pointing the reader to another story, in every language the project reads
# (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish), and the mark
# after it: "Related:", "Read more:", "SEE ALSO:", "Lesen Sie auch:", "Lire aussi :",
# "Lee también:", "Leggi anche:", "Leia também:", "Zie ook:", "Czytaj też:".
_CROSS_REFERENCE: Final = re.compile(
    r"^\W*(?:"
    r"related(?: (?:articles?|stories|posts?|reading|content|coverage|links?))?|"
    r"read (?:more|also|next)|also read|see also|more on (?:this|the topic)|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|(?:à )?lire aussi|voir aussi|"
    r"lea también|lee también|leggi anche|leia também|veja também|zie ook|lees ook|"
    r"czytaj (?:też|także)|zobacz (?:też|także)"
    r")\s*[:|»>\-\u2013\u2014]\s*",
    re.IGNORECASE,
)


# A class naming a button ("btn", "button", "kg-btn", "product-links-button", "stdButton"):
# how a page styles a link as a button.
_BUTTON_CLASS: Final = re.compile(r"(?:^|[\s_-])[a-z]*(?:button|btn)(?:$|[\s_-])", re.IGNORECASE)


def is_button(block: Block) -> bool:
    """True for a linked line whose every link is styled as a button (its class names a
    button, or its role is "button"): a call to act ("Buy on Amazon", "Learn more",
    "Directions", "Try it free"), not a line of the story nor a source it cites, however
    it stands between the story's paragraphs. A source names a publication in a plain
    link ("via Ars Technica")."""
    anchors = list(block.owner.iter("a"))
    return bool(anchors) and all(
        anchor.get("role") == "button" or _BUTTON_CLASS.search(anchor.get("class") or "")
        for anchor in anchors
    )


def lists_with_plain_items(
    blocks: Sequence[Block], values: Sequence[float], in_region: list[int], min_chars: int
) -> set[lxml.etree._Element]:
    """The lists of the region (the parents of its ``li`` blocks) with an item that is no
    link and is ``min_chars`` long at least (a line of the story's own, not "Print")."""
    found: set[lxml.etree._Element] = set()
    for index in in_region:
        block = blocks[index]
        if (
            block.in_list
            and block.owner.tag == "li"
            and values[index] > -len(block.text)
            and len(block.text) >= min_chars
        ):
            parent = block.owner.getparent()
            if parent is not None:
                found.add(parent)
    return found


def in_plain_list(block: Block, plain_lists: set[lxml.etree._Element]) -> bool:
    """True for an item of a list that has a line of its own with no link (a packing list's
    "Tent" linking to a shop, beside "Groundsheet for tent floor durability"): the list is
    the story's, its linked items too. A list of tools ("E-mail", "Reprints") has no such
    line."""
    return block.owner.tag == "li" and block.owner.getparent() in plain_lists


def keep_held(
    kept: list[Block],
    labels: list[int],
    pending: list[Block],
    held_short: set[int],
    *,
    confirmed: bool,
    cites: Callable[[Block], bool],
) -> None:
    """Settle the lines held back: all of them when ``confirmed``, else only the short
    lines held under a linked heading (which are the story's whatever the heading is) and
    the lines that ``cites`` says cite another site (:func:`cites_elsewhere`)."""
    for line in pending:
        if confirmed or id(line) in held_short or cites(line):
            kept.append(line)
            labels.append(0)
    pending.clear()
    held_short.clear()


def citing_test() -> Callable[[Block], bool]:
    """:func:`cites_elsewhere` for the lines of one page, which reads the page's own host
    (:func:`site_host`) once, when a line first asks: most pages never do."""
    site: list[str | None] = []

    def cites(line: Block) -> bool:
        if not site:
            site.append(site_host(line.owner.getroottree().getroot()))
        return cites_elsewhere(line, site[0])

    return cites


def site_host(root: lxml.etree._Element) -> str | None:
    """The host most of the page's absolute links point to: the site's own, whose menus,
    footer and story links name it (read from the page alone, with or without its URL).
    None when no link names a host."""
    counts: Counter[str] = Counter()
    for anchor in root.iter("a"):
        host = _host(anchor.get("href"))
        if host is not None:
            counts[host] += 1
    return counts.most_common(1)[0][0] if counts else None


def cites_elsewhere(block: Block, site: str | None) -> bool:
    """True for a linked line of the story, no list's item, whose every link points to
    another site than the page's own (``site``, :func:`site_host`): a source or a reference
    the story cites ("[via Ars Technica]", "From MarketWatch", "Website: example.org",
    "Visit the museum's website to learn more"). It stays where it stands, between lines of
    the story, though no paragraph of its container follows it; a link to the site's own
    pages ("Read our full review", "Subscribe now", another story) is the site's, and so
    is a line of buttons (:func:`is_button`: "Buy on Amazon", "Check price")."""
    if block.in_list or site is None or is_button(block):
        return False
    hosts = [_host(anchor.get("href")) for anchor in block.owner.iter("a")]
    return bool(hosts) and all(
        host is not None and host != site and not host.endswith("." + site)
        and not site.endswith("." + host)
        for host in hosts
    )


def _host(href: str | None) -> str | None:
    """The host an absolute link (``http://``, ``https://`` or ``//``) points to, without
    "www."; None for a link within the site (a relative one) or no link."""
    if not href or not href.startswith(("http://", "https://", "//")):
        return None
    try:
        host = urlsplit(href).hostname
    except ValueError:  # a malformed address ("http://[::1")
        return None
    return host.removeprefix("www.") if host else None


def linked_heading(block: Block) -> bool:
    """True for a subheading of the story that is a link (a listicle's "5. Liberty Mutual
    Group", a course's name linking to it), once the story has begun: it stays when a
    paragraph of its own container follows it, even past the short lines under it
    ("Market share: 4.3%") and wherever the line kept before it stood (the last item of
    the list above). A heading over a run of links is no story: no paragraph follows it."""
    text = block.text
    if block.tag not in _SUBHEADINGS or "\n" in text:
        return False
    # A label over a link ("Related: Ten more tools") points to another page.
    _label, colon, rest = text.partition(":")
    return not (colon and block.link_chars <= len(rest))


def under_linked_heading(block: Block, pending: list[Block], held_short: set[int]) -> bool:
    """True for a short line right under a linked heading held back (``pending``, whose
    ``held_short`` lines are no links), in the heading's own container: the heading's fate
    is decided by the paragraph after such lines."""
    last = next(line for line in reversed(pending) if id(line) not in held_short)
    return linked_heading(last) and block.owner.getparent() is last.owner.getparent()


def heading_after_links(block: Block, pending: list[Block], held_short: set[int]) -> bool:
    """True for a subheading with no link right after the items of a linked list held
    back (``pending``, less its ``held_short`` lines), in the list's holder: the next
    section of the story, so that the list stands between two of its sections (a
    guide's linked picks under each of its tools, a roundup's linked entries). The
    heading is kept, and the paragraph under it decides the list's fate
    (:func:`opens_section`). Linked lines that are no list's items (a "Find out more"
    pointer between two sections) wait for a paragraph as before."""
    links = [line for line in pending if id(line) not in held_short]
    return (bool(links) and all(line.in_list for line in links)
            and block.tag in _SUBHEADINGS and not block.link_chars
            and _holder(block) is _holder(links[0]))


def opens_section(
    block: Block, links: list[Block], pending: list[Block], section_heads: set[int]
) -> bool:
    """True when ``block``, a paragraph under a subheading held by
    :func:`heading_after_links` (whose id is in ``section_heads``), stands in the holder
    of the linked list (``links``) held before that heading: the list stood between two
    sections of the story, and is the story's."""
    return (bool(links) and any(id(line) in section_heads for line in pending)
            and _holder(block) is _holder(links[0]))


def among_linked_lines(block: Block, pending: list[Block], held_short: set[int]) -> bool:
    """True for a short line of the story's own words (one line, no link, no heading)
    right after linked lines held back (``pending``, less its ``held_short`` lines), beside
    the last of them in one container: a run of short lines of which some link and some do
    not (the stops of a tour, some linking to their pages) goes on, and the paragraph
    after the run decides the fate of its linked lines, as it would with no plain line
    among them. The plain line is kept whatever their fate. A label ("You might also
    like:") heads other stories, and a button's line is no story's."""
    links = [line for line in pending if id(line) not in held_short]
    text = block.text
    return (bool(links) and not block.link_chars and "\n" not in text
            and not text.rstrip().endswith(":") and block.tag not in _SUBHEADINGS
            and not is_button(links[-1])
            and block.owner.getparent() is links[-1].owner.getparent())


def hold_short_line(
    block: Block, pending: list[Block], held_short: set[int], section_heads: set[int]
) -> bool:
    """Hold a short line after the linked lines held back, to be decided with them by the
    prose after it, and say whether it was held: a short line right under a linked heading
    (:func:`under_linked_heading`), the heading of the story's next section after a
    linked list (:func:`heading_after_links`, noted in ``section_heads``), or a plain line
    among linked lines (:func:`among_linked_lines`). Such a line is kept whatever their
    fate."""
    if heading_after_links(block, pending, held_short):
        section_heads.add(id(block))
    elif not (under_linked_heading(block, pending, held_short)
              or among_linked_lines(block, pending, held_short)):
        return False
    pending.append(block)
    held_short.add(id(block))
    return True


def linked_line_between(block: Block, before: Block) -> bool:
    """True for a linked line (mostly link text, one line) in the story, once it has
    begun, beside the line kept before it (a paragraph, a subheading) in one container:
    it stays when a paragraph of that container follows it too ("Download the full
    report", a linked subheading, a linked list item between two paragraphs), as short
    lines between prose do. A line of buttons (:func:`is_button`) is none of the story's."""
    return (("\n" not in block.text or has_plain_line(block))
            and _holder(block) is _holder(before) and not is_button(block))


def has_plain_line(block: Block) -> bool:
    """True for a block of several lines one of which is the story's own words: a line
    holding no link's text and no label (not ended by a colon), as a linked address over
    its price ("3103 E Olive St, Seattle WA" linked, "For sale: $599,999"). A list of
    links set as lines (one link a line) has no such line, nor has a label over its links
    ("Related Posts:")."""
    links = [" ".join("".join(map(str, anchor.itertext())).split())
             for anchor in block.owner.iter("a")]
    links = [text for text in links if text]
    return any(
        not line.rstrip().endswith(":") and not any(text in line for text in links)
        for line in block.text.split("\n")
    )


def confirms(block: Block, value: float, pending: list[Block], options: ParseOptions) -> bool:
    """True when the block (of prose ``value``) after the linked lines held back
    keeps them: it shares their owner's parent (a paragraph after a linked line, the
    next item of their list), or it is a paragraph (twice ``min_paragraph_chars``) of the
    container their list stands in and they are no mere run of links (a list of the
    story's own: events, papers, steps; a run of headlines linking out is other stories)."""
    first = pending[0]
    container = first.owner.getparent()
    if block.owner.getparent() is container:
        return True
    if (
        linked_heading(first)
        and container is not None
        and any(ancestor is container for ancestor in block.owner.iterancestors())
    ):
        return True  # a paragraph in a part of the linked heading's own container
    return (
        value >= 2 * options.min_paragraph_chars
        and _holder(block) is _holder(first)
        and any(line.link_chars < len(line.text) for line in pending)
    )


def _holder(block: Block) -> lxml.etree._Element | None:
    """The element holding a block among its neighbours: its owner's parent, or for an
    item of a list, the parent of the (outermost) list it stands in."""
    parent = block.owner.getparent()
    if not block.in_list:
        return parent
    element: lxml.etree._Element | None = block.owner
    while element is not None and element.tag not in _LISTS:
        element = element.getparent()
    if element is None:
        return parent
    holder = element.getparent()
    while holder is not None and holder.tag in ("li", "dd", "dt"):  # a list in a list
        outer = holder.getparent()
        if outer is None:
            break
        holder = outer.getparent()
    return holder


def linked_prose(block: Block, options: ParseOptions) -> bool:
    """True for a paragraph of the story that links much of what it says: more than half
    of it in links, yet a run of sentences with link-free words enough for a paragraph,
    on one line (a list of links has a line per link). It stays in the story, but counts
    as a short block, so that it never makes a region nor ends one."""
    text = block.text
    if block.link_density > options.html_linked_prose_density or "\n" in text:
        return False
    return (
        len(text) - block.link_chars >= 2 * options.min_paragraph_chars
        and has_sentence_end(text)
        and stopword_density(words(text)) >= options.html_min_prose_stopwords
    )


def linked_sentence(block: Block, options: ParseOptions) -> bool:
    """True for a line of the story that is one sentence with links in it: on one line,
    ended by a full stop or by the colon of a lead-in ("And here's me summing up my
    <a>gripes</a>:"), ``html_min_linked_sentence_words`` words long at least, with
    ``html_min_linked_sentence_plain_chars`` of its own outside the links ("Tesla's
    <a>third quarter earnings</a> were bad mixed with good.", "Read <a>the full post on
    how to budget</a>."). It weighs as a short line does, not as a link line: it neither
    makes a region nor pulls one down, and the region keeps it between the story's lines
    in whatever container, trimmed at the story's edges. A headline or a blurb linked
    whole is no such sentence (no words beside its link), nor is a line of links (no full
    stop)."""
    text = block.text.rstrip()
    return (
        text.endswith((".", ":"))
        and "\n" not in text
        and len(text) - block.link_chars >= options.html_min_linked_sentence_plain_chars
        and len(words(text)) >= options.html_min_linked_sentence_words
    )


def cross_reference(block: Block, options: ParseOptions) -> bool:
    """True for a one-line pointer to another story set in the story: a cross-reference
    label ("Related:", "Read more:", "Lire aussi :") before a link, which holds more than
    ``max_link_density`` of what follows the label (the other story's headline). It is the
    site's, not the story's, whatever its length; the same label before the story's own
    words ("Related: the council voted on it in 2019") stays."""
    text = block.text
    if not block.link_chars or "\n" in text:
        return False
    label = _CROSS_REFERENCE.match(text)
    return label is not None and (
        block.link_chars > options.max_link_density * (len(text) - label.end())
    )


def anchored_heading(block: Block) -> bool:
    """True for a subheading whose every link names its own place on the page (no
    address, or one whose fragment is the id of the link or of the heading: the
    permalink an editor wraps around a section's heading for a table of contents to jump
    to): a heading of the story, not a link line. A heading linking to another page, or
    to another place of the page (a table of contents' entry, "#mars"), is a link."""
    if block.tag not in _SUBHEADINGS or "\n" in block.text:
        return False
    anchors = [*block.owner.iter("a"), *block.owner.iterancestors("a")]
    return bool(anchors) and all(_names_own_place(anchor, block.owner) for anchor in anchors)


def _names_own_place(anchor: lxml.etree._Element, heading: lxml.etree._Element) -> bool:
    """True for an anchor with no address, or whose address's fragment is the id (or
    name) of the anchor, of the heading or of an element inside either."""
    href = anchor.get("href")
    if href is None:
        return True
    fragment = href.partition("#")[2].strip()
    return bool(fragment) and any(fragment in (element.get("id"), element.get("name"))
                                  for element in (*anchor.iter(), *heading.iter()))
