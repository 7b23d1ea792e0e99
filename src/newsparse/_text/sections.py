"""Text dumps, stage 3 (the region's extent): the parts of a story that read as no prose
or as a list of teasers, and the story's further sections.

A story told in sections shows the shapes a list of other stories shows: short headed
paragraphs boxed in by furniture, lists of phrases under subheadings, the same labels
again and again. These rules tell the story's own from the lists of others
(``region.line_weights`` and ``region.story_region`` call them): the items of lists that
a subheading heads (``headed_lists``), numbered sections (``numbered_sections``), a
story's sections that the teaser discount held down (``held_down``), and the sections
next to the region that repeat its skeleton's labels (``sections_continued``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsparse._options import ParseOptions
from newsparse._reading.textstats import STOPWORDS
from newsparse._text.features import LineFeatures, is_more_arrow
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line
from newsparse._text.notice import is_notice
from newsparse._text.story import inner_list

# The number a section's heading opens with: "1. Multimeter", "#3 Bake it", "10) Bergen".
_SECTION_NUMBER = re.compile(r"^#?(\d{1,3})(?:[.):]\s*|\s+)(?=\S)")
_DIGITS = re.compile(r"\d+")


def headed_lists(
    lines: Sequence[Line], features: Sequence[LineFeatures], content: Sequence[bool],
    options: ParseOptions,
) -> set[int]:
    """The items of the lists that a subheading of the story heads, between its paragraphs
    ("What we like" over "Most comfortable at its price", "Fast on Windows" …): a run of
    lines that reads as a list of phrases (see ``story.inner_list``), right under a short
    line set apart that ends no sentence, with content within
    ``options.text_list_intro_reach`` lines over the subheading and under the list. Not
    under a label in capitals ("TOP HEADLINES"), furniture, a table row or a count ("218
    notes"), which head lists of links; under one in headline case ("Severe Driving
    Conditions", "Yahoo News Exclusives") only when every item has three words or more
    (a list of other stories names their sources or authors in a word or two). Such lists
    one right after another share the content over the first and under the last."""
    reach = options.text_list_intro_reach
    headed: list[tuple[int, int]] = []  # (first item, end) of each list under a subheading
    i = 1
    while i < len(lines):
        size = lines[i][BLOCK_SIZE]
        if size < options.text_run_lines or lines[i][BLOCK] != i:  # not its block's first
            i += 1
            continue
        end = i + size
        head, feat = lines[i - 1], features[i - 1]
        if (
            head[BLOCK_SIZE] == 1 and not content[i - 1] and not feat.ends_sentence
            and not (feat.soft_wall or feat.hard_wall or feat.chrome_phrase)
            and (not feat.headline_case or min(features[k].n_words for k in range(i, end)) >= 3)
            and not head[TEXT].isupper() and "\t" not in head[TEXT]
            and not head[TEXT][:1].isdigit()
            and inner_list(lines, features, range(i, end), options)
        ):
            headed.append((i, end))
        i = end
    # Lists under subheadings follow one another ("What we like" / … / "What we don't
    # like" / …): the story's content over the first and under the last serves them all.
    count = len(headed)
    over = [False] * count
    for k, (first, _end) in enumerate(headed):
        over[k] = any(content[max(0, first - 1 - reach):first - 1]) or (
            k > 0 and headed[k - 1][1] == first - 1 and over[k - 1])
    under = [False] * count
    for k in range(count - 1, -1, -1):
        end = headed[k][1]
        under[k] = any(content[end:end + reach + 1]) or (
            k + 1 < count and headed[k + 1][0] == end + 1 and under[k + 1])
    items: set[int] = set()
    for k, (first, end) in enumerate(headed):
        if over[k] and under[k]:
            items.update(range(first, end))
    return items


def numbered_sections(
    lines: Sequence[Line], features: Sequence[LineFeatures], content: Sequence[bool],
    options: ParseOptions, *, stamps: Collection[int] = frozenset(),
) -> set[int]:
    """The lines of a story told in numbered sections ("1. Multimeter", "2. Wire Strippers"
    …, or counted down from "10."), from its first heading to its last:
    ``options.text_min_numbered_sections`` short lines set apart or more, each opening with
    the number after the one before it (or before), with content between each and the
    next, ``options.text_max_section_lines`` lines apart at most. A list of links is
    numbered too, but in a run of lines with nothing between its items; comments are
    numbered with their stamps, which are none of these.

    The story's paragraphs between such headings are boxed in by short lines as a list
    of teasers' summaries is; the numbers tell them apart."""
    length_low = options.text_length_low
    numbered: list[tuple[int, int]] = []  # (line, number) of the short numbered lines
    for i, line in enumerate(lines):
        text = line[TEXT]
        if not (text[:1].isdigit() or text.startswith("#")) or line[BLOCK_SIZE] != 1:
            continue
        if features[i].chars >= length_low or i in stamps or features[i].hard_wall:
            continue
        match = _SECTION_NUMBER.match(text)
        if match is not None:
            numbered.append((i, int(match.group(1))))
    spans: set[int] = set()
    max_apart, min_sections = options.text_max_section_lines, options.text_min_numbered_sections
    run: list[int] = []  # the headings of the run of sections so far
    step = 0  # +1 counting up, -1 down, 0 not known yet
    last_number = 0
    for i, number in numbered:
        if (
            run
            and i - run[-1] <= max_apart
            and number - last_number in (1, -1)
            and step in (0, number - last_number)
            and any(content[run[-1] + 1:i])
        ):
            step = number - last_number
            run.append(i)
        else:
            if len(run) >= min_sections:
                spans.update(range(run[0], run[-1] + 1))
            run, step = [i], 0
        last_number = number
    if len(run) >= min_sections:
        spans.update(range(run[0], run[-1] + 1))
    return spans


def held_down(
    weights: Sequence[float], region: tuple[int, int], other: tuple[int, int],
    options: ParseOptions,
) -> bool:
    """True when ``other``, the densest run with teasers' summaries weighed whole (as
    ``weights`` has them), is the story that the teaser discount held down: it lies apart
    from ``region`` and outweighs it, or it takes ``region`` in and adds at least
    ``options.text_min_sections_share`` of its weight (a story's later sections; not a
    bio or a teaser or two hung on it)."""
    (start, end), (other_start, other_end) = region, other
    here = sum(weights[start:end])
    if other_end <= start or other_start >= end:
        return sum(weights[other_start:other_end]) > here
    if other_start > start or other_end < end or other == region:
        return False
    added = sum(weights[other_start:start]) + sum(weights[end:other_end])
    return added >= options.text_min_sections_share * here


def sections_continued(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions, *, stamps: Collection[int],
) -> tuple[int, int]:
    """The region, grown over the story's other sections. A story told in sections of one
    skeleton (a product's name, its paragraphs, then "Pros", "Cons", "Price") repeats the
    skeleton's short labels in the furniture between its paragraphs, which costs as a gap
    does (a box of specifications, a table of prices). A gap next to the region, with no
    wall in it and a story's worth of words beyond it (the run there, as far as it gains
    weight), is one more section's when it shows ``options.text_min_skeleton_labels``
    labels that the region shows between its own paragraphs or that a gap already taken
    in shows, or that the next gap beyond that run shows again (most of its labels, or
    of that gap's): furniture printed once a section. A list of teasers has labels of its
    own, but no story's worth of words between them."""
    start, end = region
    max_words, max_gap = options.text_max_label_words, options.text_max_section_gap_lines
    n, min_words, min_sentence = (len(lines), options.text_min_story_words,
                                  options.text_min_sentence_words)

    def run(steps: range) -> tuple[float, int]:
        # The run from the first step on, as far as it gains weight and until its weight
        # is spent (where the densest run search would begin anew): its weight, its edge.
        total, best, edge = 0.0, 0.0, steps.start
        for i in steps:
            feat = features[i]
            if feat.hard_wall or feat.soft_wall or i in stamps:
                break
            total += weights[i]
            if total > best:
                best, edge = total, i
            elif total <= 0:
                break
        return best, edge

    def gap(steps: range) -> tuple[int, list[str]] | None:
        # The edge of the first run past a gap with labels and no wall that opens with a
        # paragraph of sentences and weighs a story's worth of words; and the gap's labels.
        found: list[int] = []
        first = steps.start
        for i in steps[:max_gap + 1]:
            feat = features[i]
            if feat.hard_wall or feat.soft_wall or i in stamps or (
                    feat.chrome_phrase and is_notice(lines[i][TEXT])):  # the page's foot
                return None
            if weights[i] > 0:
                if i != first and feat.ends_sentence and feat.n_words >= min_sentence:
                    best, edge = run(range(i, steps.stop, steps.step))
                    if best >= min_words:
                        return (edge, [_shape(lines[j][TEXT]) for j in found]) if found else None
            elif 0 < feat.n_words <= max_words and not feat.chrome_phrase:
                found.append(i)
        return None

    labels: set[str] | None = None  # the region's, once asked for
    for forward in (True, False):
        while (found := gap(range(end, n) if forward else range(start - 1, -1, -1))):
            edge, shapes = found
            if labels is None:
                labels = _inner_labels(lines, weights, features, region, max_words,
                                       stamps=stamps)
            if not _alike(shapes, labels, options):
                far = gap(range(edge + 1, n) if forward else range(edge - 1, -1, -1))
                if far is None or not _alike(shapes, set(far[1]), options):
                    break
            labels.update(shapes)
            if forward:
                end = edge + 1
            else:
                start = edge
    return start, end


def _shape(text: str) -> str:
    """A short line's shape: its text, case and figures aside ("Locations: 67" and
    "Locations: 1,649" have one shape)."""
    return _DIGITS.sub("0", text.casefold())


def _inner_labels(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], max_words: int, *, stamps: Collection[int],
) -> set[str]:
    """The shapes of the short lines of ``region`` between its first line that weighs for
    it and its last that do not (no walls, no furniture phrases): its sections' labels."""
    start, end = region
    first = next((i for i in range(start, end) if weights[i] > 0), end)
    last = next((i for i in range(end - 1, first, -1) if weights[i] > 0), first)
    return {
        _shape(lines[i][TEXT]) for i in range(first + 1, last)
        if weights[i] <= 0 and 0 < (feat := features[i]).n_words <= max_words
        and not (feat.chrome_phrase or feat.hard_wall or feat.soft_wall or i in stamps)
    }


def _alike(shapes: list[str], others: Collection[str], options: ParseOptions) -> bool:
    """True when a gap's labels ``shapes`` (in their order) are much like ``others``: they
    share ``options.text_min_skeleton_labels`` or more, and ``options.text_skeleton_share``
    of the gap's labels, with no more than ``options.text_max_unshared_labels`` in a row
    that are not shared: one skeleton's furniture, not a menu with a label or two in it."""
    shared = row = longest = 0
    for shape in shapes:
        if shape in others:
            shared += 1
            row = 0
        else:
            row += 1
            longest = max(longest, row)
    return (shared >= options.text_min_skeleton_labels
            and shared >= options.text_skeleton_share * len(shapes)
            and longest <= options.text_max_unshared_labels)


# Letters a word is compared by in ``topical_lists``: "apples" and "applesauce", "carrot"
# and "carrots" say the same thing (a stem, for any language, at no cost).
_TOPIC_STEM = 5
_TOPIC_WORD = re.compile(r"[^\W\d_]{3,}")
# Items that a bar joins ("Gallery | Voting scenes", "White House visits: Stars | Wings")
# are links.
_LINK_SEPARATOR = " | "


def topical_lists(
    lines: Sequence[Line], features: Sequence[LineFeatures], content: Sequence[bool],
    options: ParseOptions,
) -> set[int]:
    """The items of a list set between two stretches of the story's prose that say the
    story's words: a block of ``options.text_run_lines`` lines or more (less a heading that
    opens it: "Ingredients") that reads as a list of phrases (``story.inner_list``), with
    content within ``options.text_topic_list_reach`` lines over it and under it (a heading,
    the recipe's name and a "Print" button may stand between), and at least
    ``options.text_topic_list_share`` of its items saying a word (not a function word) of
    the ``options.text_topic_prose_lines`` content lines over it and under it (looked for
    within that many times ``text_topic_list_reach`` lines). A supply
    list names what the steps under it use, and the intro over it; a menu or a list of
    other stories between two teasers names other things. Not a list of links: none of it
    joined by bars ("Gallery | …") or pointing on ("Complete Coverage »"), none of its
    lines shown again on the page ("News", "Reuters" under each teaser), and not under a
    label in capitals ("TOP HEADLINES"). The links a Markdown dump marks do not count: a
    supply list links its products to a shop, a list of courses each course to its page,
    and the plain dump of the same page, which shows no links, keeps them. In a block that
    holds content too, the list is a run of its lines between that content
    (``_runs_between_prose``): a renderer set the post's paragraphs and its list in one
    block."""
    reach, n = options.text_topic_list_reach, len(lines)
    items: set[int] = set()
    shown: dict[str, int] | None = None  # how often the page shows each line, once asked
    i = 0
    while i < n:
        size = lines[i][BLOCK_SIZE]
        if size < options.text_run_lines or lines[i][BLOCK] != i:
            i += 1
            continue
        end = i + size
        # (The prose around first, a slice's test: most blocks of a dump of short lines
        # have none, and are passed over without a call a line.)
        if any(content[i:end]):  # the post's own block: the runs inside it
            spans = _runs_between_prose(lines, features, content, (i, end),
                                        options.text_run_lines)
        elif any(content[max(0, i - reach):i]) and any(content[end:end + reach]):
            spans = [(i, end)]
        else:
            spans = []
        for span in spans:
            first = _listed_from(lines, features, span, options)
            if first is None:
                continue
            if shown is None:
                shown = {}
                for line in lines:
                    shown[line[TEXT]] = shown.get(line[TEXT], 0) + 1
            if any(shown[lines[k][TEXT]] > 1 for k in range(first, span[1])):
                continue
            prose = _prose_words(lines, content, span, options.text_topic_prose_lines,
                                 reach * options.text_topic_prose_lines)
            said = sum(1 for k in range(first, span[1])
                       if not _content_words(lines[k][TEXT]).isdisjoint(prose))
            if said >= options.text_topic_list_share * (span[1] - first):
                items.update(range(first, span[1]))
        i = end
    return items


def _runs_between_prose(
    lines: Sequence[Line], features: Sequence[LineFeatures], content: Sequence[bool],
    block: tuple[int, int], run_lines: int,
) -> list[tuple[int, int]]:
    """The runs of ``run_lines`` lines or more inside ``block`` that hold no content, with
    content over them and under them in the block: a list a renderer set in one block
    with the story's paragraphs (html-text writes a post's ``<br>``s as line ends, and no
    blank line between its paragraphs and its list). (A run that opens or closes the block
    is a feed's or a thread's: its headlines or its notes under a blurb.)"""
    start, end = block
    runs: list[tuple[int, int]] = []
    k = start
    while k < end:
        if content[k]:
            k += 1
            continue
        run_start = k
        while k < end and not content[k]:
            k += 1
        if (run_start > start and k < end and k - run_start >= run_lines
                and not _wrapped_prose(lines, features, run_start, k)):
            runs.append((run_start, k))
    return runs


def _wrapped_prose(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> bool:
    """True when most lines of [start, end) go on with the sentence of the line over them
    (it ends with no sentence's end, they open in lower case): a paragraph a dump
    hard-wrapped and no unwrapping joined, not a list, whose items each open anew."""
    going_on = sum(1 for k in range(start + 1, end)
                   if lines[k][TEXT][:1].islower() and not features[k - 1].ends_sentence)
    return 2 * going_on > end - start - 1


def _listed_from(
    lines: Sequence[Line], features: Sequence[LineFeatures], block: tuple[int, int],
    options: ParseOptions,
) -> int | None:
    """The first item of the list that the ``block`` [start, end) holds, past a heading that
    opens it, when it reads as a list of phrases and none of it is a bar of links or a
    "more" arrow, nor under a label in capitals; else None."""
    start, end = block
    for k in range(start, end):
        text = lines[k][TEXT]
        if _LINK_SEPARATOR in text or is_more_arrow(text):
            return None
    for first in (start, start + 1):
        if first > 0 and inner_list(lines, features, range(first, end), options):
            over = lines[first - 1][TEXT]
            if over.isupper() or is_more_arrow(over) or _LINK_SEPARATOR in over:
                return None
            return first
    return None


def _content_words(text: str) -> set[str]:
    """The stems (``_TOPIC_STEM`` letters) of the words of ``text`` that are no function
    words."""
    return {word[:_TOPIC_STEM] for word in _TOPIC_WORD.findall(text.lower())
            if word not in STOPWORDS}


def _prose_words(
    lines: Sequence[Line], content: Sequence[bool], span: tuple[int, int], count: int,
    most_lines: int,
) -> set[str]:
    """The stems of the words of the ``count`` content lines over ``span`` and as many
    under it, within ``most_lines`` lines of it (a walk of bounded length: a dump may hold
    thousands of lists)."""
    start, end = span
    words: set[str] = set()
    for lines_out in (range(start - 1, max(-1, start - 1 - most_lines), -1),
                      range(end, min(len(lines), end + most_lines))):
        seen = 0
        for k in lines_out:
            if content[k]:
                words |= _content_words(lines[k][TEXT])
                seen += 1
                if seen >= count:
                    break
    return words
