"""Title reconciliation: pick the title among the page's candidates and strip the site name.

Metadata titles (JSON-LD ``headline``, ``dc.title``, ``og:title``, …) are trusted in that
order; the document ``<title>`` comes last because it nearly always carries the site name.
A site name is stripped only where it is glued on with a separator (``| Reuters``,
``- BBC News``, ``Site: Title``) and there is evidence that it *is* the site name (the page's
declared site names, its host name) or the on-page heading shows the title without it; dashes
and colons inside the title stay.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._reading.keys import site_key, title_key
from newsparse._reading.lead import is_stamp

# A separator between a title and a site name: spaced bars, dashes, bullets, colons…
_SEPARATOR = re.compile(
    r"(?<!\s)\s+(?:[|\-–—·•~»/\\]|::|\|\|)\s+|(?:(?<!\s)\s+)?:\s+|(?<!\s)\s+_\s*"
)
# …and the guillemet of old blog titles ("Story « Blog's name"), which names stand beside.
_NAME_SEPARATOR = re.compile(_SEPARATOR.pattern + r"|(?<!\s)\s+«\s+")
_ELLIPSIS = ("…", "...")
# The endings of a host name that stands for the site ("winnipegsun.com", "bbc.co.uk"): the
# common generic ones and two-letter country codes (not "js", "py", "rs": "Node.js").
_HOST_ENDINGS = frozenset("com net org info biz news tv fm co io gov edu".split())
_NOT_HOST_ENDINGS = frozenset(("js", "py", "rs"))
_HOST_LABEL = re.compile(r"[a-z0-9][a-z0-9-]*")
_MAX_HOST_CHARS = 80
_GLUE_MARKS = " |:-–—·•~»/\\"
_WORD = re.compile(r"\w+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# (Words a metadata title and the heading must share for the heading to be the title's
# shown form; the words of a heading that says what happened rather than a section's label;
# the length of a word that carries the sense; the most words of a part glued to a title,
# and of a label after a separator that is a site's name: ParseOptions, ``meta_*``.)
# A part glued to a title inside the heading: set apart by a separator (spaced, or a colon
# after a label), a few words at most ("Blog: …", "… – Artlyst", "… | Opinion").
_LEADING_GLUE = re.compile(r"(?:\s[|\-·•~»/\\]|:)\s+$")
_TRAILING_GLUE = re.compile(r"^\s+[|\-·•~»/\\]\s")
_TRAILING_MARKS = re.compile(r"(?<![\s¶#§])[\s¶#§]+$")
# "Title:" (or its translation) as the label of a heading's field, glued or spaced.
_TITLE_LABEL = re.compile(r"^(?:title|titel|titre|t[ií]tulo|titolo|tytu[lł])\s*:\s*(?=\S)",
                          re.IGNORECASE)
# "Chapter 1 | Fandom [Archive of Our Own]": a site name in square brackets ends the title.
# DOTALL as for _LAST_SEPARATOR below.
_TRAILING_BRACKET = re.compile(r"^(.*\S)\s*\[([^\[\]]*)\]$", re.DOTALL)
# Editorial labels put beside a title ("[Video]", "Opinion | …", "… | Editorial"): what the
# story is, not whose site it is.
_EDITORIAL_LABELS = frozenset(
    "video videos photo photos pictures pics gallery slideshow audio podcast live update "
    "updated updates exclusive interview review transcript infographic map interactive "
    "opinion sponsored correction corrected pdf watch listen graphic graphics full text "
    "breaking analysis explainer recap spoilers spoiler trailer editorial editorials "
    "commentary comment column letters obituary feature".split()
)


def clean_heading(text: str | None) -> str | None:
    """Heading text without white-space runs, trailing anchor marks ("Title¶") and a label
    that opens it ("Title: …", a repository's or a catalogue's field label)."""
    if not text:
        return None
    text = _TRAILING_MARKS.sub("", _TITLE_LABEL.sub("", " ".join(text.split())))
    return text or None


def strip_site_name(title: str, site_keys: Iterable[str], options: ParseOptions
                    ) -> tuple[str, str | None]:
    """Remove the site names glued to either end of ``title``; return (title, removed part).

    ``site_keys`` are :func:`site_key` forms of the page's site-name evidence; a host glued
    without a separator goes only from a title of more than
    ``options.meta_min_words_beside_glued_host`` words.
    """
    keys = {key for key in site_keys if key}
    removed: str | None = None
    changed = True
    while changed and keys:
        changed = False
        parts = _SEPARATOR.split(title, maxsplit=1)
        if len(parts) == 2 and _is_site(parts[0], keys) and not _is_site(parts[1], keys):
            removed, title, changed = parts[0].strip(), parts[1].strip(), True
            continue
        tail = _last_split(title)
        if tail and _is_site(tail[1], keys) and not _is_site(tail[0], keys):
            removed, title, changed = tail[1].strip(), tail[0].strip(), True
            continue
        bracket = _trailing_bracket(title)
        if bracket and _is_site(bracket[1], keys) and not _is_site(bracket[0], keys):
            title, removed = bracket
            changed = True
            continue
        glued = _glued_host(title, keys, options.meta_min_words_beside_glued_host)
        if glued is not None:
            title, removed = glued
            changed = True
    return title, removed


def _glued_host(title: str, keys: set[str], min_words: int) -> tuple[str, str] | None:
    """``(title, host)`` for "davidbau.com Vibe Coding" or "Vibe Coding example.com": the
    site's host glued to one end without a separator."""
    words = title.split()
    if len(words) <= min_words:
        return None
    for host, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if is_host_name(host) and _is_site(host, keys):
            # "Story : thewest.com.au": a separator the split does not know goes with it.
            return " ".join(rest).strip(_GLUE_MARKS), host
    return None


def choose_title(
    candidates: Sequence[str | None],
    *,
    heading: str | None,
    site_name: str | None = None,
    document_title: str | None = None,
    site_names: Sequence[str] = (),
    host: str | None = None,
    heading_opens_story: bool = False,
    options: ParseOptions = DEFAULT_OPTIONS,
) -> tuple[str | None, str | None]:
    """Reconcile title candidates; return ``(title, site name stripped from it)``.

    ``candidates`` are metadata titles, most trusted first; ``document_title`` is the
    ``<title>`` (or the top line of a text dump); ``heading`` the heading that opens the
    article; ``site_name``, ``site_names`` and ``host`` the evidence of the site's name;
    ``heading_opens_story`` that the heading stands at the start of the story (inside the
    article region, or right above it).
    The heading's wording wins when it says the same as the chosen title (its typography is
    what readers saw; ``options`` say how much the two must share); the title is never only
    the site name.

    Added in 0.1.
    """
    evidence = [name for name in (site_name, *site_names) if name]
    keys = {site_key(name) for name in evidence}
    keys.update(site_key(part) for name in evidence for part in _SEPARATOR.split(name))
    if host:
        keys.add(site_key(host))
    keys.discard("")
    heading = clean_heading(heading)
    heading_key = title_key(heading)
    if heading and any(_is_site(heading, {key}) for key in keys):
        heading, heading_key = None, ""

    metadata = [" ".join(_decoded(c).split()) for c in candidates if c and c.strip()]
    if document_title:
        document_title = _decoded(document_title)
    if heading:
        heading = _decoded(heading)
    if (heading and heading_opens_story and not metadata and document_title
            and _names_something_else(document_title, heading, options)):
        # A page that declares no title but a <title> that says nothing of the headline
        # opening its story: the <title> is the site's or the section's name.
        return heading, None
    title, removed = _declared_title(metadata, keys, heading, heading_key, document_title,
                                     options=options)
    if heading and title and title_key(title) != heading_key:
        # The page shows its own headline above the story: it wins over an SEO or social
        # title that rewrites it, as long as the two speak of the same thing.
        shown = _shown_headline(heading, [*metadata, document_title or ""], keys, options)
        if shown is not None:
            return shown, removed
    return title, removed


def _declared_title(
    metadata: list[str], keys: set[str], heading: str | None, heading_key: str,
    document_title: str | None, *, options: ParseOptions,
) -> tuple[str | None, str | None]:
    """The most trusted metadata title without its site name, else the ``<title>``'s."""
    for index, candidate in enumerate(metadata):
        title, removed = strip_site_name(candidate, keys, options)
        if not title or _is_site(title, keys):
            continue
        if title.endswith(_ELLIPSIS):
            others = [strip_site_name(other, keys, options)[0]
                      for other in metadata[index + 1:]]
            title = _complete_truncated(title, [*others, heading or ""])
        if heading and _shows(heading_key, title):
            return heading, removed
        return title, removed

    if document_title and document_title.strip():
        shown, removed = _from_document_title(" ".join(document_title.split()), keys,
                                              heading_key, options)
        if shown and not _is_site(shown, keys):
            if heading and _shows(heading_key, shown):
                return heading, removed
            return shown, removed
    return heading, None


def _names_something_else(document_title: str, heading: str, options: ParseOptions) -> bool:
    """True when the heading says enough to be a headline (a few words,
    ``options.meta_min_headline_words``, not a section's label such as "More News") and
    the ``<title>`` shares none of its words of some length
    (``options.meta_content_word_chars``: "the", "on" are shared by unrelated titles)."""
    min_chars = options.meta_content_word_chars
    heading_words = _content_words(heading, min_chars)
    return (len(_WORD.findall(heading)) >= options.meta_min_headline_words
            and not heading_words & _content_words(document_title, min_chars))


def _content_words(text: str, min_chars: int) -> set[str]:
    return {word for word in _WORD.findall(title_key(text)) if len(word) >= min_chars}


def _decoded(text: str) -> str:
    """Entities a page escaped twice decoded ("Rock&#39;n&#39;Roll" shows as "Rock'n'Roll")."""
    return html.unescape(text) if _ENTITY.search(text) else text


def _title_words(text: str) -> set[str]:
    return set(_WORD.findall(title_key(text)))


def _shown_headline(
    heading: str, titles: Sequence[str], keys: set[str], options: ParseOptions
) -> str | None:
    """The heading, when it says what one of the ``titles`` says (most of its words are in
    it: a rewritten or kicker-free version, not a section name or a sidebar's heading);
    but a title the heading holds with more glued on (a date, a label or a site name set
    apart by a separator, inside the ``<h1>``) is the headline itself. A title that is the
    heading with words cut out ("Best Tutors in 2025" under "Best Tutors in 2025, Reviewed
    by a Student") is an SEO form: the heading wins."""
    words = _title_words(heading)
    if not words:
        return None
    heading_key = title_key(heading)
    min_share, min_title_share = options.meta_min_shown_share, options.meta_min_shown_title_share
    agrees = False
    glued_name = any(_glued_beside_story(words, raw, options) for raw in titles if raw)
    for raw in titles:
        if not raw:
            continue
        title = strip_site_name(raw, keys, options)[0]
        key = title_key(title)
        if (key and key != heading_key and len(key.split()) >= 2
                and _holds_with_glued_parts(heading_key, key, options)):
            return title
        said = _title_words(title)
        common = len(words & said)
        by_shape = _shown_form_by_shape(common, len(words), glued_name, options)
        if by_shape is False:
            continue
        if by_shape or (common >= options.meta_min_shown_common_words
                        and common >= min_share * len(words)
                        and common >= min_title_share * len(said)):
            agrees = True
    return heading if agrees else None


def _shown_form_by_shape(common: int, heading_words: int, glued_name: bool,
                         options: ParseOptions) -> bool | None:
    """Whether the heading is a title's shown form by its shape, before any share of words
    is weighed; None when its shape says nothing.

    A blog's or a site's name in the ``<h1>`` ("Rand's Blog" over "Story « Rand's Blog"),
    which the titles glue beside their story's part (``glued_name``), is never one. A
    heading a longer title holds (nearly) whole (``common`` of its ``heading_words``:
    ``options.meta_min_shortened_heading_share``, and at least
    ``options.meta_min_shown_common_words``) is its shortened form, however few of the
    title's words it holds ("Affordable nutrition" over "Affordable food: Nutrition for
    low-income families", "Mother Assails Governor" over "Mother Assails Governor, Says
    …"): a section's name shares a word or two with a title, seldom most of its own."""
    if glued_name:
        return False
    if (common >= options.meta_min_shown_common_words
            and common >= options.meta_min_shortened_heading_share * heading_words):
        return True
    return None


def _glued_beside_story(words: set[str], title: str, options: ParseOptions) -> bool:
    """True when the parts ``title`` glues beside its longest one (a site's, a blog's or a
    section's name) hold the heading's ``words`` as a shortened headline would be held
    (``options.meta_min_shortened_heading_share``)."""
    parts = _NAME_SEPARATOR.split(title)
    if len(parts) < 2:
        return False
    story = max(parts, key=lambda part: len(_WORD.findall(part)))
    glued = set().union(*(_title_words(part) for part in parts if part is not story))
    return len(words & glued) >= options.meta_min_shortened_heading_share * len(words)


def _holds_with_glued_parts(heading_key: str, key: str, options: ParseOptions) -> bool:
    """True when the heading (``heading_key``) is the title (``key``) with, on either side,
    only a date or stamp, or a short part set apart by a separator ("Blog: Title",
    "Title – Site")."""
    start = heading_key.find(key)
    if start < 0:
        return False
    before, after = heading_key[:start], heading_key[start + len(key):]
    return ((not before or _is_glued_part(before, options, leading=True))
            and (not after or _is_glued_part(after, options, leading=False)))


def _is_glued_part(part: str, options: ParseOptions, *, leading: bool) -> bool:
    if is_stamp(part.strip(" |-:·•~»/\\"), options):
        return True
    edge = _LEADING_GLUE if leading else _TRAILING_GLUE
    return bool(edge.search(part)) and len(_WORD.findall(part)) <= (
        options.meta_max_glued_part_words)


def _from_document_title(
    title: str, keys: set[str], heading_key: str, options: ParseOptions
) -> tuple[str | None, str | None]:
    stripped, removed = strip_site_name(title, keys, options)
    if removed is not None:
        return stripped, removed
    if heading_key and title_key(title) != heading_key:
        # "Heading - Whatever": the page shows the title without the rest.
        tail = _last_split(title)
        if tail and title_key(tail[0]) == heading_key:
            return tail[0].strip(), tail[1].strip()
        parts = _SEPARATOR.split(title, maxsplit=1)
        if len(parts) == 2 and title_key(parts[1]) == heading_key:
            if _names_the_site(parts[1], parts[0]):
                return parts[0].strip(), parts[1].strip()
            return parts[1].strip(), parts[0].strip()
    match = _LAST_SEPARATOR.match(title)
    if match and _looks_like_unknown_site(match, options):
        return match.group(1).strip(), match.group(3).strip()
    return title, None


def _names_the_site(last: str, first: str) -> bool:
    """True when the ``<h1>`` that says the last part of a two-part ``<title>`` is the
    site's name set as its logo ("Story Told At Length - Virtual Geek" under an ``<h1>``
    "Virtual Geek"), not the headline after a section's or a site's name ("Sports -
    Story Told At Length"): the part it says is the shorter, as a name beside a headline
    is."""
    return len(_WORD.findall(last)) < len(_WORD.findall(first))


def host_name_parts(titles: Iterable[str | None]) -> list[str]:
    """The parts of ``titles`` that are host names ("winnipegsun.com - Sports - Headline"):
    a site names itself that way, whatever the page declares."""
    return [part.strip() for title in titles if title for part in _SEPARATOR.split(title)
            if is_host_name(part.strip())]


def is_host_name(text: str) -> bool:
    """True when ``text`` is a host name ("winnipegsun.com", "www.wjz.com"), not a dotted
    word ("Node.js", "U.S.")."""
    if not text or len(text) > _MAX_HOST_CHARS or " " in text:
        return False
    labels = text.casefold().split(".")
    ending = labels[-1]
    return (len(labels) >= 2 and all(_HOST_LABEL.fullmatch(label) for label in labels)
            and (ending in _HOST_ENDINGS
                 or (len(ending) == 2 and ending.isalpha() and ending not in _NOT_HOST_ENDINGS)))


def _trailing_bracket(title: str) -> tuple[str, str] | None:
    """``(title, label)`` for "Title [Label]"; None when the title ends otherwise."""
    match = _TRAILING_BRACKET.match(title)
    if match is None or not match.group(2).strip():
        return None
    return match.group(1).strip(), " ".join(match.group(2).split())


def _looks_like_unknown_site(match: re.Match[str], options: ParseOptions) -> bool:
    """"A long enough title – Short Label": the label is the site even if undeclared."""
    title, separator, tail = match.groups()
    return (separator in "|-–—" and ":" not in tail
            and len(tail.split()) <= options.meta_max_unknown_site_words
            and len(title.split()) >= options.meta_min_title_words_beside_site)


# Greedy on the left, so the split is at the last separator. DOTALL: titles are one line,
# and it keeps a stray newline from making every separator rescan the rest.
_LAST_SEPARATOR = re.compile(r"^(.*\S)\s+([|\-–—·•~»/\\]|::|\|\|)\s+(.+)$", re.DOTALL)


def _last_split(title: str) -> tuple[str, str] | None:
    match = _LAST_SEPARATOR.match(title)
    return (match.group(1), match.group(3)) if match else None


def _is_label(text: str) -> bool:
    words = text.casefold().split()
    return bool(words) and all(word.strip(".,:;!?") in _EDITORIAL_LABELS for word in words)


def _is_site(text: str, keys: set[str]) -> bool:
    key = site_key(text)
    return bool(key) and key in keys


def _complete_truncated(title: str, others: Iterable[str]) -> str:
    """A metadata title cut short with an ellipsis yields to a candidate that completes it
    (one that says more than the stem; not the same stem with its own ellipsis)."""
    if not title.endswith(_ELLIPSIS):
        return title
    stem = title_key(title.rstrip(".… "))
    for other in others:
        said = title_key(other).rstrip(".… ")
        if said.startswith(stem) and len(said) > len(stem):
            return " ".join(other.split())
    return title


def _shows(heading_key: str, title: str) -> bool:
    """True when the heading says the title, or the title less an editorial label glued to
    one end ("Opinion | Title", "Title | Editorial") that the page does not show."""
    if not heading_key:
        return False
    if title_key(title) == heading_key:
        return True
    head = _SEPARATOR.split(title, maxsplit=1)
    if len(head) == 2 and _is_label(head[0]) and title_key(head[1]) == heading_key:
        return True
    tail = _last_split(title)
    return tail is not None and _is_label(tail[1]) and title_key(tail[0]) == heading_key
