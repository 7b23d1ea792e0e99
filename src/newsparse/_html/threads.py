"""Where reader comments, the author's bio and other stories begin inside the region
(stage 4, HTML): the class and id words of reader comments, the headings over a thread,
a bio or a box of other stories, in the languages read, and the empty elements that mark
a thread's place (``<a name="comments">``, an empty ``disqus_thread``, a comment form's
field). :mod:`newsparse._html.classify` ends the story, or leaves a box out, where they
say."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import lxml.etree

from newsparse._html.blocks import Block

# Reader comments are chrome however much they hold: they outweigh many a story, and no
# site names the wrapper of its whole page after them.
# A post's settings ("has-comments", "comments-open") are not its comments.
_COMMENTS: Final = re.compile(
    r"(?:^|\s)(?!(?:has|no|with|allow|show)[_-])[\w-]*?(?<![a-z])(?:comments?|commentlist|disqus)"
    r"(?![\w-]*?[_-](?:open|closed|count|number)(?:\s|$))(?:$|[\s_-])",
    re.IGNORECASE,
)


# The heading over a comment thread, in the languages we see most.
_COMMENTS_HEADING: Final = re.compile(
    r"^(?:\d+\s+)?(?:comments|reader comments|kommentare|commentaires|comentarios|commenti|"
    r"reacties)(?:\s*\(\d+\))?\W*$"
    r"|^\d+\s+(?:comment|response|responses|reply|replies)\W*$"
    r"|^(?:leave|post|add|write|join) (?:a|your|the) (?:comment|reply|response)"
    r"|^(?:\d+|one|no) (?:thoughts?|responses?|comments?|replies|reactions?) (?:on|to)\b",
    re.IGNORECASE,
)
# The heading over the author's bio under a story, in the languages we see most.
_AUTHOR_HEADING: Final = re.compile(
    r"^(?:about|meet) (?:the )?(?:authors?|writers?|contributors?)\W*$"
    r"|^(?:author|writer)(?:'s)? bio(?:graphy)?\W*$"
    r"|^(?:über den autor|über die autorin|à propos de l'auteur|sobre el autor|"
    r"sull'autore|over de auteur)\W*$",
    re.IGNORECASE,
)
# The label opening the author's bio in a line of its own ("About the author: Jane Doe
# is…"), in the languages we see most.
_AUTHOR_LABEL: Final = re.compile(
    r"^\W*(?:(?:about|meet) (?:the )?(?:authors?|writers?|contributors?)|"
    r"über den autor|über die autorin|à propos de l'auteur|sobre el autor|"
    r"sull'autore|over de auteur)\s*[:\u2013\u2014-]\s*\w",
    re.IGNORECASE,
)
# A heading over the bio of the person it names ("About Jane Doe", "ABOUT JANE DOE"): the
# word "about" and one to three words that may be a name.
_ABOUT_NAME: Final = re.compile(r"^\s*about((?:\s+[^\W\d_][\w.'\u2019-]*){1,3})\s*$",
                                re.IGNORECASE)
# The heading over other stories ("Related posts", "You may also like", "Leia também"), in
# the languages we see most.
_RELATED_HEADING: Final = re.compile(
    r"^\W*(?:(?:view|show|see|read|all)\s+)?(?:"
    r"related(?:\s+(?:posts?|articles?|stories|news|content|reading|links|coverage|items))?|"
    r"recommended(?:\s+(?:for you|reading|stories|articles|posts))?|"
    r"more\s+(?:stories|news|articles|posts|like this)(?:\s+\S+){0,3}|"
    r"you\s+(?:may|might|will)\s+(?:also\s+)?(?:like|enjoy|be interested in)|"
    r"also\s+read|read\s+(?:next|also)|up\s+next|what\s+to\s+read\s+next|"
    r"(?:people|readers)\s+who\s+(?:read|viewed|liked)\s+this(?:\s+\S+){0,3}|"
    r"artigos\s+relacionados|leia\s+(?:tamb[ée]m|mais)|veja\s+tamb[ée]m|"
    r"voc[êe]\s+(?:tamb[ée]m\s+)?pode\s+gostar|"
    r"(?:noticias|art[íi]culos)\s+relacionad[oa]s|(?:tambi[ée]n\s+)?te\s+puede\s+"
    r"(?:interesar|gustar)|"
    r"[àa]\s+lire\s+(?:aussi|[ée]galement)|sur\s+le\s+m[êe]me\s+sujet|"
    r"vous\s+aimerez\s+aussi|articles\s+similaires|"
    r"weitere\s+(?:beitr[äa]ge|artikel)(?:\s+\w+){0,2}|mehr\s+zum\s+thema|"
    r"das\s+k[öo]nnte\s+sie\s+auch\s+interessieren|"
    r"potrebbe\s+interessarti|leggi\s+anche|articoli\s+correlati|"
    r"gerelateerde\s+artikelen|lees\s+ook|"
    r"powi[ąa]zane\s+artyku[łl]y|czytaj\s+te[żz]"
    r")\W*$",
    re.IGNORECASE,
)
_HEADINGS: Final = frozenset("h1 h2 h3 h4 h5 h6".split())


# Empty elements of the region named for reader comments ("<a name=comments>", an empty
# "disqus_thread", a comment form's field), found by libxml2: the candidates.
_EMPTY_NAMED_COMMENTS: Final = lxml.etree.XPath(
    ".//*[not(node())][contains(translate(@name, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'DISQU', 'disqu'), 'disqus')]"
)
# A lower-case letter followed by an upper-case one: where "commentSection" joins its words.
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def before_thread(
    in_region: list[int],
    blocks: Sequence[Block],
    values: Sequence[float],
    roots: set[lxml.etree._Element],
) -> list[int]:
    """The region's blocks (``in_region``, their indexes in order) that come before a
    thread of reader comments marked by an empty element named for them, once the story
    has begun: the anchor a "Comments" link jumps to (``<a name="comments">``), the
    placeholder a comment service fills, a comment form's field. What follows the mark is
    the thread, its form or what comes after them, whatever its markup: comments with no
    class of their own ("Stephen B / The time has come…"), a list of other stories. A mark
    above the story's first paragraph (a comment count by the byline) ends nothing."""
    marks = [mark for root in roots for mark in _marks_of_comments(root)]
    if not marks:
        return in_region
    first_prose = next(
        (position for position, index in enumerate(in_region) if values[index] > 0), None
    )
    if first_prose is None:
        return in_region
    end = len(in_region)
    for mark in marks:
        after = _following(mark, roots)
        around = set(mark.iterancestors())
        opening = _text_after(mark)
        for position in range(first_prose + 1, end):
            block = blocks[in_region[position]]
            if block.owner in after or (
                opening and block.owner in around and block.text.startswith(opening)
            ):
                end = position
                break
    return in_region[:end]


def _marks_of_comments(root: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The empty elements under ``root`` whose name or id says reader comments."""
    found = _EMPTY_NAMED_COMMENTS(root)
    if not isinstance(found, list):
        return []
    return [
        mark
        for mark in found
        if isinstance(mark, lxml.etree._Element)
        and any(
            _COMMENTS.search(_CAMEL_HUMP.sub("-", mark.get(key) or "")) for key in ("name", "id")
        )
    ]


def _following(
    mark: lxml.etree._Element, roots: set[lxml.etree._Element]
) -> set[lxml.etree._Element]:
    """The elements after ``mark`` in document order, up to the end of the region's
    root holding it and of the roots after that one."""
    after: set[lxml.etree._Element] = set()
    element: lxml.etree._Element | None = mark
    while element is not None:
        in_roots = element in roots
        for sibling in element.itersiblings():
            if not in_roots or sibling in roots:
                after.update(sibling.iter())
        if in_roots:
            break
        element = element.getparent()
    return after


def _text_after(mark: lxml.etree._Element) -> str:
    """The first words shown after an empty element, as a block's text would begin
    with them (white space squashed), or "" when none follow it in its parent."""
    parts = [mark.tail or ""]
    for sibling in mark.itersiblings():
        if sum(map(len, parts)) > 40:
            break
        parts.append("".join(str(text) for text in sibling.itertext()))
        parts.append(sibling.tail or "")
    return " ".join(" ".join(parts).split())[:20]


def opens_comments(block: Block, max_chars: int) -> bool:
    """True for the heading over a thread of reader comments ("12 Comments", "Leave a
    reply", or a heading whose class or id names comments): what follows it is no story,
    even where the thread shares the story's container."""
    # A link ("12 comments" up by the byline) points to the thread, it does not open it.
    if len(block.text) > max_chars or block.link_chars * 2 > len(block.text):
        return False
    return bool(_COMMENTS_HEADING.match(block.text)) and (
        block.tag in _HEADINGS or names_comments(block.owner)
    )


def opens_author_bio(block: Block, max_chars: int) -> bool:
    """True for the heading over the author's bio ("About the author", "Author bio"),
    ``max_chars`` long at most and no link: the story has ended above it, wherever the
    bio sits."""
    text = block.text
    return (
        len(text) <= max_chars
        and block.link_chars * 2 <= len(text)
        and bool(_AUTHOR_HEADING.match(text))
    )


def opens_bio_of(block: Block, following: Block | None, max_chars: int) -> bool:
    """True where the bio of the story's author opens under it without a heading of its
    own kind: a line opening with its label ("About the author: Jane Doe is a freelance
    photographer…"), or a heading ``max_chars`` long at most naming a person ("About
    Jane Doe") over a line (``following``, the region's next block) that opens with one
    of the names it gives ("Jane is a mother of three…"). A heading over a part of the
    story ("About the designer", "About Mars") heads no line opening with its words."""
    text = block.text
    if block.link_chars * 2 > len(text):
        return False
    if _AUTHOR_LABEL.match(text):
        return True
    if block.tag not in _HEADINGS or len(text) > max_chars or following is None:
        return False
    named = _ABOUT_NAME.match(text)
    if named is None:
        return False
    names = named.group(1).split()
    if not all(name[0].isupper() for name in names):
        return False
    first = following.text.split(maxsplit=1)
    return bool(first) and first[0].casefold() in {name.casefold() for name in names}


def opens_related(block: Block, before: Block, max_chars: int) -> bool:
    """True for a heading over other stories ("Related posts", "You may also like"),
    ``max_chars`` long at most and no link, in another element than the line kept before
    it: that element holds the other stories' teasers, which are no story, however much
    prose their blurbs hold. The story goes on after it. A heading in the story's own
    container ("More posts related to Tokyo") heads a part of the story."""
    text = block.text
    return (
        block.tag in _HEADINGS
        and len(text) <= max_chars
        and block.link_chars * 2 <= len(text)
        and bool(_RELATED_HEADING.match(text))
        and block.owner.getparent() is not before.owner.getparent()
    )


def names_comments(element: lxml.etree._Element) -> bool:
    """True when the element's class or id says it holds reader comments."""
    return any(_COMMENTS.search(element.get(key) or "") for key in ("class", "id"))
