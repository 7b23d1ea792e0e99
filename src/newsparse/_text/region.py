"""Text dumps, stage 3: choose the run of lines that holds the story.

Lines weigh their words when they look like content and cost words when they look
like chrome; the story is the run with the greatest total (a maximum-sum subarray), so
that stray good-looking lines in sidebars and footers fall away.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence

from newsparse._dateline.match import match_dateline
from newsparse._options import ParseOptions
from newsparse._reading.bylines import is_lone_lead, opens_with_lead
from newsparse._reading.dates import DIGIT
from newsparse._reading.textstats import STOPWORDS, is_cut_short
from newsparse._text.byline import is_byline_line
from newsparse._text.classify import Label
from newsparse._text.comments import NO_THREADS, Threads, form_notes
from newsparse._text.dates import is_date_line
from newsparse._text.features import LineFeatures, is_labels_line
from newsparse._text.frame import is_post_foot
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line, link_share_of
from newsparse._text.notice import is_notice, may_be_notice
from newsparse._text.sections import (
    headed_lists,
    held_down,
    numbered_sections,
    sections_continued,
    topical_lists,
)
from newsparse._text.story import LIST_INTRO_END, list_after, opens_as_item
from newsparse._text.title import looks_like_headline

# A line that names a person or a company has a word or a few ("About Evan Gough").
_MAX_NAME_WORDS = 4
_WORD = re.compile(r"\w+")
# An ellipsis, of two dots or more: a teaser cut short ("… may soon..", "… bei…").
_CUT_SHORT = ("..", "…")
# The fewest sentences in a run over the story's first paragraph that make its summary.
_MIN_SUMMARY_LINES = 2
# How far into a paragraph its opening words are looked for.
_NAME_REACH = 80
# The most closing lines of the region looked for elsewhere on the page.
_MAX_REPEATED_TAIL = 6
# The most lines weighing for the region of a blurb over the story's head.
_MAX_BLURB_LINES = 2
# The most lines of a block in which a post's foot stands (with its links: labels, share
# buttons); a block of more dated lines is a list (tour dates, references).
_MAX_FOOT_BLOCK_LINES = 5
# The longest label that opens a paragraph ("About the author:").
_MAX_LABEL_CHARS = 24


def line_weights(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    labels: Sequence[Label],
    code: set[int],
    options: ParseOptions,
    *,
    threads: Threads = NO_THREADS,
    undiscounted: dict[int, float] | None = None,
) -> array[float]:
    """Each line's weight: + its words when it looks like content, - some when not. (Doubles
    in an array: a float object a line costs 24 bytes more, 12 MB for 500,000 lines.)

    Content lines inside runs of lines (``div`` / ``li`` rows, where teasers and link
    lists live) weigh less than lines that stand alone as paragraphs do, and so do
    content lines with no content line next to them (a teaser's summary between its
    headline and its date), the more so when two such lines box it in. A gap of
    non-content lines costs more the longer it is, so that menus and teaser lists cut a
    region while a heading or a caption does not. A line without a word (a drawn rule,
    "* * *") weighs nothing.
    A boxed-in line weighs least only when another stands near it (teasers come in lists).
    The items of a list that a line of the story announces ("The board has:") or that a
    subheading of the story heads (``sections.headed_lists``) weigh nothing, however
    short: they are the story's, not a gap.
    Lines in ``code`` blocks weigh nothing either way. In ``threads`` of comments (see
    ``_text/comments.py``), stamps cost as much as a wall and the comments weigh nothing.
    The paragraphs of a story told in numbered sections are no teasers, and its lines
    between the first heading and the last are no gap (``sections.numbered_sections``).

    ``undiscounted``, when given, receives the weight each line held down as a listed
    teaser would have without that discount (see ``story_region``).
    """
    good, near_good = Label.GOOD, Label.NEAR_GOOD  # (an Enum's member is slow to read)
    # A comment form's notes ("Your email address will not be published") weigh as a
    # wall does, however much they read as sentences: the comments' own furniture.
    notes = form_notes(lines, features, options)
    content = [(label is good or label is near_good) and i not in notes
               for i, label in enumerate(labels)]
    excerpts, teasers, announced = _listed_lines(lines, features, content, options,
                                                 stamps=threads.stamps)
    # Options read once, not once a line: a dump of short lines has a million of them.
    (wall_weight, run_line_weight, min_sentence_words, length_high, list_stop_density,
     max_link_share, alone_short_weight, gap_cost, run_lines) = (
        -float(options.text_wall_penalty), options.text_run_line_weight,
        options.text_min_sentence_words, options.text_length_high,
        options.text_stopwords_low / 2, options.text_max_link_share,
        -options.text_alone_short_cost, options.text_gap_cost, options.text_run_lines)
    stamps, in_threads = threads.stamps, threads.lines
    weights: array[float] = array("d")
    gap = 0  # lines in the gap
    for i, (line, feat, label) in enumerate(zip(lines, features, labels, strict=True)):
        if feat.soft_wall or feat.hard_wall or i in stamps or i in notes:
            weight = wall_weight
            gap += 1
        elif i in in_threads:
            weight = 0.0  # a comment reads as well as the story, but is none of it
        elif i in announced and not content[i]:
            gap = 0
            # An item of a list the story announces, or a line of a story told in
            # numbered sections (a heading, a price, a list): no gap in it; a sentence
            # ("2. Go to your settings page.") weighs as a short sentence does.
            weight = (feat.n_words / 2
                      if feat.ends_sentence and feat.n_words >= min_sentence_words else 0.0)
        elif content[i]:
            gap = 0
            weight = (float(max(feat.n_words, 1))
                      * (0.5 if label is near_good else 1.0)
                      * (run_line_weight if line[BLOCK_SIZE] >= run_lines else 1.0)
                      * _alone_factor(content, i, i in teasers, options))
            if i in excerpts:
                weight = 0.0  # one of a list of excerpts cut short: teasers, not the story
        elif (
            feat.ends_sentence
            and feat.n_words >= min_sentence_words
            and (feat.chars < length_high or feat.stop_density >= list_stop_density)
            and link_share_of(line) <= max_link_share
        ):
            # A short sentence: too short to vouch for a region, but prose, not a gap. (Not
            # a long line almost without function words: "Archives November (5) October
            # (18) …", a list a tool wrote on one line.)
            weight = feat.n_words / 2
        elif not feat.n_words or line[BLOCK] in code:
            # A rule or an ornament ("* * *", "————"), which parts sections, or code shown
            # in a story (see ``code_blocks``): no prose, no furniture either.
            weight = 0.0
        elif line[BLOCK_SIZE] == 1:
            # A short line set off by blank lines is a heading, caption or short paragraph
            # far more often than a menu, whose items come in runs of lines.
            weight = alone_short_weight
        else:
            gap += 1
            # The k-th line of a gap costs 2k - 1 units, so a gap of g lines costs g * g.
            cost = gap_cost * (2 * gap - 1)
            half_words = feat.n_words / 2
            weight = -(cost if cost >= half_words else half_words)
        weights.append(weight)
    for i in _skeleton_gaps(lines, features, weights, options, stamps=stamps):
        weights[i] = 0.0
    _record_undiscounted(undiscounted, weights, teasers, options)
    return weights


def _skeleton_gaps(
    lines: Sequence[Line], features: Sequence[LineFeatures], weights: Sequence[float],
    options: ParseOptions, *, stamps: Collection[int],
) -> set[int]:
    """The lines that cost the region in the gaps between the sections of a story told in
    sections of one skeleton (a product's name, "Check price", its box of scores, its "PROS"
    and "CONS", then its paragraphs; a listicle's "Key specs" and "Expand"), which print
    the same short labels in each gap; such a gap costs nothing. A gap between two
    paragraphs that each weigh ``options.text_min_section_paragraph_weight`` or more (lines
    weighing less between them count as the gap's), with no hard wall and no comment's
    stamp in it, is no gap when one of its labels (a line of
    ``options.text_max_label_words`` words at most) stands in
    ``options.text_min_skeleton_gaps`` such gaps or more, and no more than
    ``options.text_max_unshared_labels`` of its lines in a row show none of those labels
    (a menu between the story and a page's last paragraph may hold a label or two of the
    skeleton's). Squared, each gap cost more than a section weighs, and the region kept
    one section of the story. A list of teasers has repeated labels too (a source, "Read
    more"), but its summaries weigh little."""
    strong, max_words = options.text_min_section_paragraph_weight, options.text_max_label_words
    gaps: list[tuple[int, int]] = []
    i, n = 0, len(weights)
    while i < n:
        if weights[i] >= strong:
            i += 1
            continue
        end = i
        while end < n and weights[end] < strong:
            end += 1
        if i and end < n and not any(features[k].hard_wall or k in stamps
                                     for k in range(i, end)):
            gaps.append((i, end))
        i = end
    if len(gaps) < options.text_min_skeleton_gaps:
        return set()
    labels = [{lines[k][TEXT] for k in range(first, end)
               if 0 < features[k].n_words <= max_words} for first, end in gaps]
    shown = Counter(label for gap in labels for label in gap)
    repeated = {label for label, count in shown.items()
                if count >= options.text_min_skeleton_gaps}
    max_unshared = options.text_max_unshared_labels
    freed: set[int] = set()
    for (first, end), gap in zip(gaps, labels, strict=True):
        if gap.isdisjoint(repeated):
            continue
        unshared = longest = 0  # lines in a row that show no repeated label: a menu's
        for k in range(first, end):
            unshared = 0 if lines[k][TEXT] in repeated else unshared + 1
            longest = max(longest, unshared)
        if longest <= max_unshared:
            freed.update(k for k in range(first, end) if weights[k] < 0)
    return freed


def _listed_lines(
    lines: Sequence[Line], features: Sequence[LineFeatures], content: Sequence[bool],
    options: ParseOptions, *, stamps: Collection[int],
) -> tuple[set[int], set[int], set[int]]:
    """Three sets of lines that ``line_weights`` weighs apart: excerpts cut short in a
    list (``_listed_excerpts``), teasers' summaries in a list (``_listed_boxed_lines``),
    and the lines of the story's own lists and numbered sections, which are no gap
    (``_announced_lists``, ``sections.headed_lists``, ``sections.numbered_sections``). A
    story's numbered sections hold no teasers."""
    excerpts = _listed_excerpts(lines, content, options.text_excerpt_reach,
                                options.meta_max_excerpt_chars)
    teasers = _listed_boxed_lines(content, options.text_box_width, options.text_teaser_reach)
    sections = numbered_sections(lines, features, content, options, stamps=stamps)
    story = _announced_lists(lines, features, content, options)
    story |= headed_lists(lines, features, content, options)
    story |= topical_lists(lines, features, content, options)
    story |= _inner_tables(lines, content, options)
    return excerpts, teasers - sections, story | sections


def _inner_tables(
    lines: Sequence[Line], content: Sequence[bool], options: ParseOptions
) -> set[int]:
    """The rows of the tables set between the story's paragraphs: blocks of two lines or
    more, each a row of cells, with content within ``options.text_list_intro_reach`` lines
    over the table and under it. A table of figures reads as no prose, but it is the
    story's. Tables one right after another (each under its own heading or over its
    credit) share the content over the first and under the last."""
    reach = options.text_list_intro_reach
    tables: list[tuple[int, int]] = []  # [first, end) of each table
    i = 0
    while i < len(lines):
        size = lines[i][BLOCK_SIZE]
        end = i + size
        if size >= 2 and lines[i][BLOCK] == i and all(
                "\t" in lines[k][TEXT] for k in range(i, end)):
            tables.append((i, end))
            i = end
        else:
            i += 1
    count = len(tables)
    over = [False] * count
    for k, (first, _end) in enumerate(tables):
        over[k] = any(content[max(0, first - reach):first]) or (
            k > 0 and first - tables[k - 1][1] <= reach and over[k - 1])
    under = [False] * count
    for k in range(count - 1, -1, -1):
        end = tables[k][1]
        under[k] = any(content[end:end + reach]) or (
            k + 1 < count and tables[k + 1][0] - end <= reach and under[k + 1])
    return {row for k, (first, end) in enumerate(tables) if over[k] and under[k]
            for row in range(first, end)}


def _record_undiscounted(
    undiscounted: dict[int, float] | None, weights: Sequence[float], teasers: Collection[int],
    options: ParseOptions,
) -> None:
    """Put in ``undiscounted`` (when given) what each teaser's summary that weighs for the
    region would weigh without the teaser discount. (With a discount of 0, nothing: what
    the lines weighed is gone.)"""
    boxed = options.text_boxed_line_weight
    if undiscounted is None or not boxed:
        return
    for i in teasers:
        if weights[i] > 0:
            undiscounted[i] = weights[i] / boxed


def _listed_excerpts(
    lines: Sequence[Line], content: Sequence[bool], reach: int, max_chars: int
) -> set[int]:
    """Content lines cut short with an ellipsis ("… may soon...") that have another such
    line among the ``reach`` content lines next to them: a list of teasers. One alone may be
    a story whose preview stops there."""
    cut = [i for i, line in enumerate(lines)
           if content[i] and is_cut_short(line[TEXT], max_chars)]
    if len(cut) < 2:
        return set()
    content_rank: dict[int, int] = {}
    for i, is_content in enumerate(content):
        if is_content:
            content_rank[i] = len(content_rank)
    listed: set[int] = set()
    for first, second in itertools.pairwise(cut):
        if content_rank[second] - content_rank[first] <= reach:
            listed.update((first, second))
    return listed


def _alone_factor(
    content: Sequence[bool], i: int, teaser: bool, options: ParseOptions
) -> float:
    """What a content line's weight is multiplied by for standing without content next to
    it, and the more so as one of a list of ``teaser`` lines boxed in by non-content lines;
    1 when it has content beside it."""
    if (i > 0 and content[i - 1]) or (i + 1 < len(content) and content[i + 1]):
        return 1.0
    if teaser:
        return options.text_isolated_line_weight * options.text_boxed_line_weight
    return options.text_isolated_line_weight


def _listed_boxed_lines(content: Sequence[bool], width: int, reach: int) -> set[int]:
    """The content lines boxed in by ``width`` non-content lines on each side (a teaser's
    summary between its headline and its date) that have another such line within
    ``reach`` lines: a list of teasers. One alone is a paragraph set between a heading and
    a caption or a share bar, as short stories are."""
    boxed = [i for i, is_content in enumerate(content) if is_content and _boxed(content, i, width)]
    listed: set[int] = set()
    for first, second in itertools.pairwise(boxed):
        if second - first <= reach:
            listed.update((first, second))
    return listed


def _announced_lists(
    lines: Sequence[Line], features: Sequence[LineFeatures], content: Sequence[bool],
    options: ParseOptions,
) -> set[int]:
    """The items of the lists that lines of the story announce: a line of two words or
    more that ends with a colon ("The board connects to:"), with content on it or within
    ``options.text_list_intro_reach`` lines above it or under its list (a lead-in under a
    subheading: "Shopify can support:"), and the run of lines after it (see
    ``list_after``). Not a heading's label in capitals or headline case ("GOAL
    CELEBRATIONS:", "Popular Posts:"), nor furniture ("Follow us:"), which head lists of
    links."""
    reach = options.text_list_intro_reach
    items: set[int] = set()
    for i, line in enumerate(lines):
        text = line[TEXT]
        if not text.endswith(LIST_INTRO_END):
            continue
        feat = features[i]
        if (feat.chrome_phrase or feat.soft_wall or feat.hard_wall or feat.n_words < 2
                or feat.headline_case or text.isupper()):
            continue
        listed = list_after(lines, features, i, options)
        if listed and (any(content[max(0, i - reach):i + 1])
                       or any(content[listed[-1] + 1:listed[-1] + 1 + reach])):
            items.update(listed)
    return items


def _boxed(content: Sequence[bool], i: int, width: int) -> bool:
    """True when ``width`` non-content lines sit on each side of line ``i``."""
    before = content[max(0, i - width):i]
    after = content[i + 1:i + 1 + width]
    return len(before) == width and len(after) == width and not any(before) and not any(after)


def story_region(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    labels: Sequence[Label],
    code: set[int],
    options: ParseOptions,
    *,
    threads: Threads = NO_THREADS,
    frame: tuple[int, int] | None = None,
) -> tuple[int, int]:
    """The [start, end) run of lines that holds the story: ``densest_region`` over the
    lines' weights (``line_weights``).

    A list of teasers' summaries, each boxed in by its headline and its date, weighs
    little, so that it does not carry the region on past the story's end. But a story
    told in short sections (a heading, a line of details, a paragraph; again and again)
    has the same shape. When the densest run with such lines weighed whole lies apart
    from the chosen one and outweighs it so weighed, or takes it in and adds much to it,
    it is the story: the discount held it down, and kept no list off a story
    (``sections.held_down``).

    A weak region apart from the post in the page's ``frame`` (``_text/frame.post_frame``)
    gives way to it (``_framed_post``).
    """
    undiscounted: dict[int, float] = {}
    weights = line_weights(lines, features, labels, code, options, threads=threads,
                           undiscounted=undiscounted)
    region = densest_region(lines, weights, features, options, threads=threads)
    if undiscounted:
        for i, weight in undiscounted.items():
            weights[i] = weight
        other = densest_region(lines, weights, features, options, threads=threads)
        if held_down(weights, region, other, options):
            region = other
    region = _headed_over_weak(lines, weights, features, region, options, stamps=threads.stamps)
    return _framed_post(weights, features, region, frame, options)


def _framed_post(
    weights: Sequence[float], features: Sequence[LineFeatures], region: tuple[int, int],
    frame: tuple[int, int] | None, options: ParseOptions,
) -> tuple[int, int]:
    """The post of the page's ``frame`` (its head over it, its foot and the comments
    heading under it) in place of a weak ``region`` (prose under
    ``options.text_weak_region_words``) that lies wholly apart from it: a sidebar's blurb
    or a list of other posts outweighs a post of a few short lines, which the frame vouches
    for. A region that takes in any of the post is left as it is, and so is one that
    outweighs the post many times (``_outweighs_framed_post``)."""
    if frame is None or (region[0] < frame[1] and frame[0] < region[1]):
        return region
    if _prose_words(weights, features, region, options) >= options.text_weak_region_words:
        return region
    if _outweighs_framed_post(weights, features, region, frame, options):
        return region
    return frame


def _outweighs_framed_post(
    weights: Sequence[float], features: Sequence[LineFeatures], region: tuple[int, int],
    frame: tuple[int, int], options: ParseOptions,
) -> bool:
    """True when the weak ``region`` weighs ``options.text_framed_post_outweighed`` times
    the words of the frame's post or more. The posts a frame is right about are outweighed
    by a blurb or a list of a few lines, up to about twice their words; a frame found round
    a headline and its breadcrumb over the date line and a count of comments, or round a
    teaser glued to its stamp in a list of related posts, is outweighed by the story's
    paragraphs many times. (Reader comments under their authors' names weigh about a third
    of their words: a thread of them, weak, stays under the mark over a post of twenty
    words.)"""
    post_words = sum(features[i].n_words for i in range(*frame))
    return sum(weights[region[0]:region[1]]) >= options.text_framed_post_outweighed * post_words


def densest_region(
    lines: Sequence[Line],
    weights: Sequence[float],
    features: Sequence[LineFeatures],
    options: ParseOptions,
    *,
    threads: Threads = NO_THREADS,
) -> tuple[int, int]:
    """The [start, end) run of lines that most likely holds the story.

    The densest run (maximum-sum subarray of line weights) is the candidate. A hard
    wall ("Comments", "Most popular") ends it once it holds a story's worth of words.
    When the candidate comes after a hard wall, a story-sized run before that wall wins
    unless the candidate outweighs it many times: reader comments are often wordier
    than the story they follow. A story there has more than one sentence line: a lone
    paragraph between lists is a teaser, and the wall a count of its comments; unless its
    words, counted whole, outweigh the candidate, or it sits right under its headline and
    date line and they make a share of it (see ``_short_post``). A soft
    wall ends it too where the text changes form, from paragraphs set off by blank lines
    to runs of lines (lists of other stories).

    The stamps of ``threads`` of comments end the region as a hard wall does. The region
    spans the embeds inside the story (``_across_embeds``), but begins past lines that open
    it which the page printed again further down (``_past_repeated_head``).
    """
    stamps = threads.stamps
    score, (start, end) = _densest_run(weights, 0, len(weights))
    start = _skip_leading_runs(lines, weights, features, (start, end), options)
    start, end = _across_embeds(lines, weights, features, (start, end), options,
                                stamps=stamps)
    start = _past_repeated_head(lines, weights, features, (start, end), options)
    start = _past_blurb_over_head(lines, weights, features, (start, end), options)
    end = _cut_at_wall(weights, features, start, end, options, stamps=stamps)
    end = _cut_at_form_change(lines, weights, features, (start, end), options)
    end = _cut_at_notice(lines, weights, start, end, options)
    end = _cut_at_bio(lines, weights, features, (start, end), options)
    end = _cut_at_author_bio(lines, weights, features, (start, end), options)
    end = _cut_at_unnamed_bio(lines, weights, features, (start, end), options)
    end = _cut_at_sources(lines, weights, (start, end), options)
    end = _cut_at_print_note(lines, weights, (start, end), options)
    end = _cut_at_repeated_tail(lines, weights, (start, end), options)
    end = _cut_at_post_foot(lines, weights, features, (start, end), options)
    start, end = sections_continued(lines, weights, features, (start, end), options,
                                    stamps=stamps)
    start = _past_notice_over_byline(lines, weights, features, (start, end), options)
    start = _past_caption_over_dateline(lines, weights, features, (start, end), options)
    wall = next((i for i in range(start - 1, -1, -1) if features[i].hard_wall), None)
    if wall is not None:
        before_score, (before_start, before_end) = _densest_run(weights, 0, wall)
        sentence_lines = _sentence_lines(lines, weights, features, before_start, before_end)
        if (
            before_score >= options.text_min_story_words
            and before_score >= score * options.text_after_story_discount
            and sentence_lines >= options.text_min_story_lines
        ):
            return before_start, _cut_at_wall(
                weights, features, before_start, before_end, options, stamps=stamps
            )
        post = _short_post(lines, weights, features, wall, options, after_score=score,
                           stamps=stamps)
        if post is not None:
            return post
    return start, end


def _past_repeated_head(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The region's start, past the lines that open it when the page printed them twice:
    the first copy of a block that the region shows again further down (a toolbar's notice
    over a tab bar, "Article | Comments", then the same notice over the story). Past its
    first hard wall, when every line before the wall that weighs for the region is shown
    again after it: what the wall ends is the copy, not a story. Else past the lines
    that weigh for the region and are shown again in it, from its first on (a standfirst
    that the first paragraph repeats, a caption printed over a gallery and under it), when
    a line that does not weigh stands between them and their second copy, and they weigh
    less than ``options.text_max_copy_share`` of what the region holds besides them: a
    story printed twice whole, or with little after it, stays as it is, and so does a
    paragraph said twice in a row."""
    start, end = region
    last_seen: dict[str, int] = {}
    for i in range(start, end):
        if weights[i] > 0:
            last_seen[lines[i][TEXT]] = i
    wall = next((i for i in range(start, end) if features[i].hard_wall), None)
    if wall is not None:
        head = [i for i in range(start, wall) if weights[i] > 0]
        if head and all(last_seen[lines[i][TEXT]] > wall for i in head):
            return wall + 1
    copy, again = start, end
    copied: dict[str, float] = {}
    for i in range(start, end):
        if weights[i] <= 0:
            continue
        text = lines[i][TEXT]
        if last_seen[text] == i:
            break
        copy, again = i + 1, min(again, last_seen[text])
        copied[text] = weights[i]
    if not copied or all(weights[k] > 0 for k in range(copy, again)):
        return start
    new = sum(weights[i] for i in range(copy, end)
              if weights[i] > 0 and lines[i][TEXT] not in copied)
    return copy if sum(copied.values()) < new * options.text_max_copy_share else start


def _past_blurb_over_head(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The region's start, past a blurb that opens it over the story's head (a blog's
    "about me" in its sidebar, a site's tagline): ``_MAX_BLURB_LINES`` lines that weigh
    for the region at most, then a head (a short line that dates the story, with a
    headline's shape right over it or under it, as ``_headed_run`` reads it), and under
    it what weighs many times more (``options.text_max_copy_share``). A story's head
    stands over the story. Else ``start``."""
    start, end = region
    length_low, seen = options.text_length_low, 0
    for date in range(start, end):
        if weights[date] > 0:
            seen += 1
            if seen > _MAX_BLURB_LINES:
                return start
            continue
        if not seen:
            continue
        text = lines[date][TEXT]
        if (features[date].chars >= length_low or DIGIT.search(text) is None
                or not is_date_line(text, options)):
            continue
        heads = [i for i in (date - 1, date + 1) if start < i < end and weights[i] <= 0
                 and looks_like_headline(lines[i][TEXT], features[i], options)]
        if not heads:
            continue
        top = max(date, *heads)
        before = sum(weight for weight in weights[start:top] if weight > 0)
        after = sum(weight for weight in weights[top:end] if weight > 0)
        if before < options.text_max_copy_share * after:
            return top + 1
        return start
    return start


def _past_notice_over_byline(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The region's start, past a notice that opens it over the story's head, a headline
    with its byline or date line under it: an affiliate disclosure ("We may earn a
    commission …"), a cookie banner, a browser warning, a call to follow the site.

    At most ``_MAX_BLURB_LINES`` lines weigh for the region over the headline (a line of
    its own with a headline's shape, ``looks_like_headline``); a head's line
    (``_is_head_meta``) stands within ``options.text_date_under_start`` lines under it,
    with one line at most that weighs between them (a standfirst); and what weighs from
    the first line that weighs under the head's line on is many times more
    (``options.text_max_copy_share``): the region starts there, and the head is read over
    it. Not when a head's line stands right over the region: it opens under a head of its
    own, and a second head under it is the next item's of a list. Else ``start``."""
    start, end = region
    reach = options.text_date_under_start
    if any(_is_head_meta(lines[i][TEXT], features[i], options)
           for i in range(max(0, start - reach), start)):
        return start
    seen = 0
    for head in range(start, end):
        if (seen and lines[head][BLOCK_SIZE] == 1
                and looks_like_headline(lines[head][TEXT], features[head], options)):
            between = 0
            for meta in range(head + 1, min(end, head + 1 + reach)):
                if _is_head_meta(lines[meta][TEXT], features[meta], options):
                    first = next((k for k in range(meta + 1, end) if weights[k] > 0), end)
                    before = sum(weight for weight in weights[start:head] if weight > 0)
                    after = sum(weight for weight in weights[first:end] if weight > 0)
                    return first if before < options.text_max_copy_share * after else start
                between += weights[meta] > 0
                if between > 1 or features[meta].soft_wall or features[meta].hard_wall:
                    break
        feat = features[head]
        if feat.soft_wall or feat.hard_wall:
            return start
        if weights[head] > 0:
            seen += 1
            # A notice says something in sentences; a headline, a tagline or a trail of
            # links over the head's line is the head's own, or the site's.
            if seen > _MAX_BLURB_LINES or not feat.ends_sentence or looks_like_headline(
                    lines[head][TEXT], feat, options):
                return start
    return start


def _past_caption_over_dateline(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The region's start, past the one line that weighs over the story's dateline
    paragraph ("KABUL, Afghanistan — A roadside bomb killed …"): a wire story's text opens
    with its dateline, so the line over it that opens with none is a photo's caption
    ("Relatives inspect one of the victims …", the picture over the story) or the headline
    (which the head reads over the region). Only with at most the head's byline or date
    line between them (``_is_head_meta``; a line of links there, "• Discuss this story …",
    would be read as the title), and when what weighs from the dateline on is many times
    more (``options.text_max_copy_share``). Else ``start``."""
    start, end = region
    first = next((i for i in range(start, end) if weights[i] > 0), end)
    second = next((i for i in range(first + 1, end) if weights[i] > 0), end)
    if second == end:
        return start
    # (The sums and the head's lines first: reading a dateline is the dearest test.)
    before = sum(weight for weight in weights[start:second] if weight > 0)
    after = sum(weight for weight in weights[second:end] if weight > 0)
    if before >= options.text_max_copy_share * after or not all(
            _is_head_meta(lines[i][TEXT], features[i], options) for i in range(first + 1, second)):
        return start
    if (match_dateline(lines[second][TEXT], options) is None
            or match_dateline(lines[first][TEXT], options) is not None):
        return start
    return second


def _is_head_meta(text: str, feat: LineFeatures, options: ParseOptions) -> bool:
    """True for a line of a story's head under its headline: a byline that opens with its
    lead-in ("By Jane Doe", or "By" alone over the names), or a short line that dates the
    story."""
    if feat.chars >= options.text_length_low:
        return False
    return (opens_with_lead(text) and is_byline_line(text, options)) or is_lone_lead(text) or (
        DIGIT.search(text) is not None and is_date_line(text, options))


def _cut_at_notice(
    lines: Sequence[Line], weights: Sequence[float], start: int, end: int,
    options: ParseOptions,
) -> int:
    """The end of the region: the page's copyright notice after a story's worth of words
    ("Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved"), or ``end``."""
    words, min_words = 0.0, options.text_min_story_words
    i = start
    while i < end and words < min_words:
        weight = weights[i]
        if weight > 0:
            words += weight
        i += 1
    # Every line from ``i`` on may be the notice. Most regions have none: the lines are
    # read a chunk at a time, joined, and a chunk without the notice's sign or word is
    # passed over whole (a line end parts those as it parts lines).
    for chunk in range(i, end, _NOTICE_CHUNK_LINES):
        stop = min(chunk + _NOTICE_CHUNK_LINES, end)
        if not may_be_notice("\n".join([lines[j][TEXT] for j in range(chunk, stop)])):
            continue
        for j in range(chunk, stop):
            text = lines[j][TEXT]
            if may_be_notice(text) and is_notice(text):
                return j
    return end


# ``_cut_at_notice`` reads this many lines at a time (a cost, not a threshold).
_NOTICE_CHUNK_LINES = 256


def _closing_paragraphs(
    weights: Sequence[float], region: tuple[int, int], options: ParseOptions,
) -> Iterator[int]:
    """The region's closing lines that weigh for it, from the last back, that a box about
    the author may open: while what weighs from one on stays within
    ``options.text_max_bio_share`` of what weighs before it, those before which a story's
    worth of words (``options.text_min_story_words``) weighs."""
    start, end = region
    share, min_words = options.text_max_bio_share, options.text_min_story_words
    total = sum(weight for weight in weights[start:end] if weight > 0)
    after = 0.0
    for i in range(end - 1, start, -1):
        weight = weights[i]
        if weight <= 0:
            continue
        after += weight
        if after > share * (total - after):
            return
        if total - after >= min_words:
            yield i


def _cut_at_bio(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The end of the region, before a box about the author (or the site) that closes it:
    a paragraph that opens with a name, under a short line that gives the name
    (capitalised words, no figure: "Karina Cohen", "About Evan Gough", "Written by
    Cassidy Horton"), or under that line and a line of the author's role ("Contributing
    Writer"). Or a paragraph that calls by the first name alone the person whose full
    name the line gives (``_calls_by_first_name``). It ends the region when what weighs
    for the region from there on is under ``options.text_max_bio_share`` of what weighs
    before it, and that holds a story's worth of words. A story's own subheading over a
    paragraph about it ("Drones" / "Drones are …") has more of the story after it; the
    last one, less often so. Else ``end``."""
    start, end = region
    for i in _closing_paragraphs(weights, region, options):
        for name in (i - 1, i - 2):
            if name <= start or weights[name] > 0 or not _short_label(features[name]):
                break
            names = _names(lines[name][TEXT])
            if names and (_opens_with_name(lines[i][TEXT], names) or _calls_by_first_name(
                    lines, weights, (start, name), lines[i][TEXT], names)):
                return name
    return end


def _cut_at_author_bio(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The end of the region, before a paragraph about the story's author that closes it
    with no name line over it: a paragraph that opens with a name of two capitalised words
    or more ("Jen Goode is a …", "About the author: Chris Radich is …") whose last two a
    short line above the story gives (a byline: "Guest post by Jen Goode of Projects for
    Preschoolers"), and that no paragraph of the story before it names. A story about
    someone names them in its paragraphs; its author is named over it and under it. It
    ends the region as ``_cut_at_bio`` does: what weighs from there on under
    ``options.text_max_bio_share`` of what weighs before it, which holds a story's worth
    of words. Else ``end``."""
    start, end = region
    cut = end
    above: set[tuple[str, str]] | None = None  # the pairs of names over the story
    for i in _closing_paragraphs(weights, region, options):
        name = _opening_name(lines[i][TEXT])
        if name is None:
            continue
        if above is None:
            first = next(k for k in range(start, end) if weights[k] > 0)
            above = {pair for k in range(max(0, start - options.text_byline_reach), first)
                     if 0 < features[k].n_words <= options.text_max_byline_words
                     for pair in _name_pairs(lines[k][TEXT])}
        if name not in above:
            continue
        named = re.compile(rf"\b{re.escape(name[1])}\b")
        if not any(weights[k] > 0 and named.search(lines[k][TEXT]) for k in range(start, i)):
            cut = i
    return _with_labels_over(cut, region, weights)


def _with_labels_over(cut: int, region: tuple[int, int], weights: Sequence[float]) -> int:
    """``cut``, moved up over the lines that weigh nothing right over it: the labels over
    an author's box ("Author: Diana Adams", "About the author", "Tweet") go with it. The
    region's end when nothing is cut."""
    start, end = region
    if cut == end:
        return end
    while cut > start and weights[cut - 1] <= 0:
        cut -= 1
    return cut


# The verb that follows the name opening a paragraph about a person ("Jane Doe is a
# staff writer …", "Jane Doe (@jane) has been …", "Jane Doe, a chef in Paris, spends …"),
# past a handle in brackets or a role set off by commas.
_ABOUT_PERSON_VERB = re.compile(
    r"\s?(?:\([^()]{1,40}\)\s?)?(?:,[^,]{3,100},\s?)?"
    r"(?:(?:is|was|has been)\s+(?:a|an|the|[A-Z]\w*)\b"
    r"|spends|serves|writes|covers|lives|works|teaches|holds)\b")
# A person spoken of in the third person.
_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
# Titles before a name, which are no part of it to look for.
_HONORIFICS = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof"))


def _about_person(text: str) -> list[str] | None:
    """The name that ``text`` opens with, after a label ("About the author:"), when the
    paragraph tells of that person: one to three capitalised words, none a function word
    (initials between: "John L. Esposito"), then a verb of a bio (``_ABOUT_PERSON_VERB``:
    "Christina is a staff writer …", "Jon Bloom (@jon) is President of …"), and a pronoun
    of the third person in the paragraph ("… She's also written …"): a person, not a
    thing ("Norovirus is …"). Else None."""
    head = text[:2 * _NAME_REACH]
    colon = head.find(":")
    offset = colon + 1 if 0 <= colon < _MAX_LABEL_CHARS else 0
    name: list[str] = []
    end = offset
    for word in _WORD.finditer(head, offset):
        between = head[end:word.start()]
        # (Nothing but spaces before the name; spaces or an initial's dot within it.)
        if between.strip() if not name else not (between.isspace() or between == ". "):
            break
        if not word[0][0].isupper() or word[0].lower() in STOPWORDS:
            break
        name.append(word[0])
        end = word.end()
        if len(name) >= _MAX_NAME_WORDS:
            return None
    if not name:
        return None
    if _ABOUT_PERSON_VERB.match(head, end) is None or _THIRD_PERSON.search(text) is None:
        return None
    return [word for word in name if word not in _HONORIFICS and len(word) > 1]


def _cut_at_unnamed_bio(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The end of the region, before a paragraph about a person that closes it, whom
    neither the story's paragraphs nor a headline over them name (``_about_person``:
    "Christina is a staff writer covering Apple … She's also written for …", "Jon Bloom
    (@jon) is President of …"): the author's box, or the site's, with no name line over
    it. A story that tells of someone at its end named them before. It ends the region as
    ``_cut_at_bio`` does: what weighs from there on under ``options.text_max_bio_share``
    of what weighs before it, which holds a story's worth of words. Else ``end``."""
    start, end = region
    cut = end
    for i in _closing_paragraphs(weights, region, options):
        names = _about_person(lines[i][TEXT])
        if not names:
            continue
        named = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        if any(weights[k] > 0 and named.search(lines[k][TEXT]) for k in range(start, i)):
            continue
        # (A headline says more than a name: a line of the name alone is a byline's.)
        if not any(features[k].n_words > _MAX_NAME_WORDS and named.search(lines[k][TEXT])
                   and looks_like_headline(lines[k][TEXT], features[k], options)
                   for k in range(max(0, start - options.text_byline_reach), start)):
            cut = i
    return _with_labels_over(cut, region, weights)


# A label over the list of the story's sources: the scholarly apparatus's names in the
# languages the project reads ("References", "Sources:", "Works Cited", "Quellen",
# "Références", "Fuentes", "Źródła", "Источники"). Not "Source" or "Notes" alone: a
# picture's credit, a recipe's tips.
_SOURCES_LABEL = re.compile(
    r"^\W*(?:references|sources|article sources|citations|footnotes|endnotes|bibliography"
    r"|works cited|quellen|quellenangaben|literatur|einzelnachweise|références|bibliographie"
    r"|referencias|fuentes|bibliografía|riferimenti|fonti|bibliografia|referências|fontes"
    r"|bronnen|referenties|źródła|przypisy|источники|литература)\s*:?\s*$",
    re.IGNORECASE)


def _cut_at_sources(
    lines: Sequence[Line], weights: Sequence[float], region: tuple[int, int],
    options: ParseOptions,
) -> int:
    """The end of the region, at a label over the list of the story's sources that stands
    in its tail (``_SOURCES_LABEL``: "References", "Article Sources:", "Citations"): the
    list is no part of the story, and what follows it is the page's. Only when what weighs
    for the region from there on is under ``options.text_max_after_sources_share`` of what
    weighs before it, and that holds a story's worth of words
    (``options.text_min_story_words``). Else ``end``."""
    return _first_closing_line(
        lines, weights, region, options,
        lambda text: len(text) <= _MAX_LABEL_CHARS and _SOURCES_LABEL.match(text) is not None)


# A newspaper's note that the story ran in print, which closes the story ("A version of
# this article appeared in print on …", "… appeared October 29, 2012, on page B3 in the
# U.S. edition of …", "This article also appeared in the May/June 2024 issue of …"): the
# English papers' and magazines' form, the story named as such.
_PRINT_NOTE = re.compile(
    r"\b(?:this|the)\s+(?:article|story|column|piece|review|essay|report)\b.{0,80}?"
    r"\b(?:appeared|appears|ran|runs|was\s+published)\b.{0,80}?"
    r"\b(?:in\s+print|edition|issue)\b", re.IGNORECASE)


def _cut_at_print_note(
    lines: Sequence[Line], weights: Sequence[float], region: tuple[int, int],
    options: ParseOptions,
) -> int:
    """The end of the region, at the note in its tail that the story ran in print
    (``_PRINT_NOTE``): a line about the story, not of it, which closes it; what follows is
    the page's (its links, the author's box, comments). Only when what weighs
    for the region from there on is under ``options.text_max_after_sources_share`` of what
    weighs before it, and that holds a story's worth of words
    (``options.text_min_story_words``). Else ``end``."""
    return _first_closing_line(lines, weights, region, options,
                               lambda text: _PRINT_NOTE.search(text) is not None)


def _first_closing_line(
    lines: Sequence[Line], weights: Sequence[float], region: tuple[int, int],
    options: ParseOptions, closes: Callable[[str], bool],
) -> int:
    """The first line of the region that ``closes`` the story, in its tail: what weighs
    for the region from there on is under ``options.text_max_after_sources_share`` of what
    weighs before it, and that holds a story's worth of words
    (``options.text_min_story_words``). Else the region's end."""
    start, end = region
    total = sum(weight for weight in weights[start:end] if weight > 0)
    before = 0.0
    for i in range(start, end):
        if (before >= options.text_min_story_words
                and total - before <= options.text_max_after_sources_share * before
                and closes(lines[i][TEXT])):
            return i
        if weights[i] > 0:
            before += weights[i]
    return end


def _cut_at_post_foot(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The end of the region, at the line in its tail that stamps the post: a short line
    that ends no sentence and dates it (``frame.is_post_foot``: "Posted by Jane at 6:35
    AM", "Published on November 1st, 2012 - 4 Comments", a date line), when what weighs
    for the region from there on is under ``options.text_max_after_foot_share`` of what
    weighs before it, and that holds a story's worth of words
    (``options.text_min_story_words``); or a line of the post's labels ("Tags: …",
    "Posted in …", ``_closes_post``), when what weighs from there on is under
    ``options.text_max_after_labels_share`` of what weighs before it; or a byline that
    signs the post (``_signs_post``), under ``options.text_max_after_signature_share``; or
    a soft wall ("Related Posts", "Share this:", "More Stories", ``_walls_off_post``) with
    none of those under it, under ``options.text_max_after_soft_wall_share``. A blog
    stamps a post at its foot, and what follows it is the page's: the foot's links, the
    next posts' dates and titles, the author's box, a disclaimer; some line of furniture
    stands under it (prose alone under a date is the story going on: an update). Of such
    lines the one nearest the story's end is taken. Not a date that is
    one of a list of dated items: an item's (a bullet, a number, a quote's attribution
    dash), one of a block of more than ``_MAX_FOOT_BLOCK_LINES`` lines (tour dates,
    references), nor when such dated lines stand inside the story too, past its head's
    ``options.text_date_under_start`` lines (a calendar of events, a timeline). Else
    ``end``."""
    start, end = region
    share, min_words = options.text_max_after_foot_share, options.text_min_story_words
    labels_share = options.text_max_after_labels_share
    signature_share = options.text_max_after_signature_share
    soft_wall_share = options.text_max_after_soft_wall_share
    total = sum(weight for weight in weights[start:end] if weight > 0)
    after = 0.0
    feet: list[int] = []  # the stamps, labels and signatures in the tail, from the last up
    labels: set[int] = set()  # (the feet that are no date)
    widest_share = max(share, labels_share, signature_share, soft_wall_share)
    # A line this long that is no soft wall is no stamp, labels or signature either (each
    # test's first): passed over without a call, as most of a story's last paragraphs are.
    long_chars = max(options.text_chrome_phrase_max_chars, options.text_length_low)
    for i in range(end - 1, start, -1):
        weight = weights[i]
        if weight > 0:
            after += weight
            if after > widest_share * (total - after):
                break
        before = total - after
        if before < min_words:
            break
        if features[i].chars >= long_chars and not features[i].soft_wall:
            continue
        if after <= share * before and _stamps_post(lines[i], features[i], options):
            feet.append(i)
        elif (after <= labels_share * before
              and _closes_post(lines[i], features[i], options)) or (
                after <= signature_share * before
                and _signs_post(lines, features, i, end, options)) or (
                # (Not over the post's own foot: a list the post ends with, "More posts
                # about Japan" over its last paragraph and its labels.)
                not feet and after <= soft_wall_share * before
                and _walls_off_post(features[i])):
            feet.append(i)
            labels.add(i)
    if not feet:
        return end
    for i in reversed(feet):  # the nearest the story's end first
        if opens_as_item(lines[i][TEXT]) or lines[i][BLOCK_SIZE] > _MAX_FOOT_BLOCK_LINES:
            continue
        if i not in labels and any(
                _stamps_post(lines[k], features[k], options)
                for k in range(start + options.text_date_under_start, i)):
            return end  # dated items all through the story
        if not any(features[k].n_words and weights[k] <= 0 for k in range(i + 1, end)):
            return end  # prose alone under it: the story goes on past a date (an update's)
        return i
    return end


def _closes_post(line: Line, feat: LineFeatures, options: ParseOptions) -> bool:
    """True for a short line (``options.text_chrome_phrase_max_chars``) of the post's
    labels ("Tags: archives, photography", "Posted in history, photos", "Filed under:
    Events"): a blog closes a post with them, over its share buttons and the page's lines
    (the related posts, an advertiser's lines, a blurb about the site)."""
    return feat.chars < options.text_chrome_phrase_max_chars and is_labels_line(line[TEXT])


def _signs_post(
    lines: Sequence[Line], features: Sequence[LineFeatures], i: int, end: int,
    options: ParseOptions,
) -> bool:
    """True for line ``i``, a byline that signs the post at its foot: a short line
    (``options.text_length_low``) without a figure that opens with a byline's lead-in and
    names its author ("Posted by Jane Doe", "Written by Jane Doe", "Author: Jane Doe",
    "By Jane Doe"), with no short date line within ``options.text_date_under_start``
    lines under it before ``end``: a byline over its date heads the next story of a page
    of several."""
    text, length_low = lines[i][TEXT], options.text_length_low
    # (A byline with a date or a time stamps the post: ``_stamps_post`` reads it.)
    if features[i].chars >= length_low or DIGIT.search(text) is not None or not (
            opens_with_lead(text) and is_byline_line(text, options)):
        return False
    return not any(
        features[k].chars < length_low and DIGIT.search(lines[k][TEXT]) is not None
        and is_date_line(lines[k][TEXT], options)
        for k in range(i + 1, min(end, i + 1 + options.text_date_under_start)))


def _walls_off_post(feat: LineFeatures) -> bool:
    """True for a soft wall ("Related Posts", "Share this:", "More Stories", "You may also
    like"): in the region's tail, with little weighing under it, it heads the page's lines
    (other stories' titles and blurbs, a share bar), which read as short paragraphs as
    often as in runs of lines (``_cut_at_form_change`` ends the region at it only where
    they stand in runs)."""
    return feat.soft_wall


def _stamps_post(line: Line, feat: LineFeatures, options: ParseOptions) -> bool:
    """True for a short line (``options.text_chrome_phrase_max_chars``) that ends no
    sentence and dates a post (``frame.is_post_foot``)."""
    return (not feat.ends_sentence and feat.chars < options.text_chrome_phrase_max_chars
            and is_post_foot(line[TEXT], feat, options))


def _cut_at_repeated_tail(
    lines: Sequence[Line], weights: Sequence[float], region: tuple[int, int],
    options: ParseOptions,
) -> int:
    """The end of the region, before the lines that close it and that the page prints
    again outside it: a site's blurb, a call to subscribe or a disclaimer that the footer
    or the sidebar shows too. A story's paragraphs are printed once. Of the region's last
    ``_MAX_REPEATED_TAIL`` lines that weigh for it, those printed again go from the end
    back, while each weighs less than two stories' worth of words
    (``options.text_min_story_words``: a paragraph a reader's comment quotes is longer),
    and a story's worth stays before them. Not when all of them are printed again (the
    story shown twice: a print copy, a hidden one), nor a line the region itself shows
    twice. Else ``end``."""
    start, end = region
    last = end - 1
    while last > start and weights[last] <= 0:
        last -= 1
    closing: set[str] = set()
    first = k = last
    while k > start and len(closing) < _MAX_REPEATED_TAIL:
        if weights[k] > 0:
            closing.add(lines[k][TEXT])
            first = k
        k -= 1
    # (One look at each line outside the region: a set's test, no pattern.)
    outside = {lines[i][TEXT] for i in itertools.chain(range(start), range(end, len(lines)))
               if lines[i][TEXT] in closing}
    if not outside:
        return end
    seen: set[str] = set()
    for i in range(start, end):
        text = lines[i][TEXT]
        if text in outside:
            if text in seen:
                outside.discard(text)
            seen.add(text)
    cut, longest = end, 2 * options.text_min_story_words
    for i in range(last, start, -1):
        if weights[i] <= 0:
            continue
        if lines[i][TEXT] not in outside or weights[i] >= longest:
            break
        if i == first:
            return end
        cut = i
    if cut == end:
        return end
    before = sum(weight for weight in weights[start:cut] if weight > 0)
    return cut if before >= options.text_min_story_words else end


def _name_pairs(text: str) -> list[tuple[str, str]]:
    """The last two words of each run of capitalised words that ``text`` shows apart
    (space between them only, no capitalised word right after): the names a byline gives
    ("Guest post by Jen Goode of …", "By Shelby Loos, DVM"); not two words inside a
    headline's run of capitals ("The Best Oral Hygiene Products")."""
    pairs: list[tuple[str, str]] = []
    words = list(_WORD.finditer(text))
    for k in range(1, len(words)):
        first, second = words[k - 1], words[k]
        if not (first[0][0].isupper() and second[0][0].isupper()
                and text[first.end():second.start()].isspace()):
            continue
        if k + 1 < len(words):
            after = words[k + 1]
            if after[0][0].isupper() and text[second.end():after.start()].isspace():
                continue
        pairs.append((first[0], second[0]))
    return pairs

def _opening_name(text: str) -> tuple[str, str] | None:
    """The last two words of the name a paragraph opens with, after a label ("About the
    author: Chris Radich is …"): its first two capitalised words or more (up to
    ``_MAX_NAME_WORDS``), none a function word, followed by a word in lower case ("Jen
    Goode is"); else None."""
    head = text[:_NAME_REACH]
    colon = head.find(":")
    words = _WORD.findall(head[colon + 1:] if 0 <= colon < _MAX_LABEL_CHARS else head)
    name: list[str] = []
    for word in words[:_MAX_NAME_WORDS + 1]:
        if not word[0].isupper():
            return (name[-2], name[-1]) if len(name) >= 2 and word[0].islower() else None
        if word.lower() in STOPWORDS:
            return None
        name.append(word)
    return None

def _short_label(feat: LineFeatures) -> bool:
    """True for a line of a few words that ends no sentence: a name, a role."""
    return 0 < feat.n_words <= _MAX_NAME_WORDS and not feat.ends_sentence


def _opens_with_name(text: str, names: list[str]) -> bool:
    """True when ``text`` opens with the first of ``names`` ("Stefan is the founder …")
    or with the last two ("Cassidy Horton is …" under "Written by Cassidy Horton"). Not
    when it says the name again in lower case ("Extension cords are …" under "Extension
    Cords"): a subheading's subject, which a name is not."""
    opening = _WORD.findall(text[:_NAME_REACH])[:2]
    if not opening:
        return False
    if len(names) >= 2 and opening == names[-2:]:
        return True
    if opening[0] != names[0]:
        return False
    return not (len(names) >= 2 and len(opening) == 2 and opening[1] != names[1]
                and opening[1].lower() == names[1].lower())


def _calls_by_first_name(
    lines: Sequence[Line], weights: Sequence[float], story: tuple[int, int], text: str,
    names: list[str],
) -> bool:
    """True when the line at the end of ``story`` gives a full name and nothing else (two
    or three capitalised words, ``names``: "Paul Frew"), ``text`` says its first word
    alone in its opening, with no second name after it ("With over a decade in tech,
    Paul is …", "I'm Philip, a certified trainer …"), and no line that weighs in
    ``story`` (the region over the name line) says the first name or the last: a box
    about the author, whom the story never names. A subheading's words said again with
    the next one in lower case ("Extension Cords" / "Extension cords are …") are no first
    name; a place or a thing over the story's last section ("Downtown Houston") is named
    in the story before it."""
    if not 2 <= len(names) <= 3 or len(_WORD.findall(lines[story[1]][TEXT])) != len(names):
        return False
    first, second = names[0], names[1].lower()
    words = _WORD.findall(text[:_NAME_REACH])
    if not any(word == first and (k + 1 == len(words) or words[k + 1].lower() != second)
               for k, word in enumerate(words)):
        return False
    named = re.compile(rf"\b(?:{re.escape(first)}|{re.escape(names[-1])})\b")
    return not any(weights[k] > 0 and named.search(lines[k][TEXT]) for k in range(*story))


def _names(text: str) -> list[str] | None:
    """The capitalised words, in order, of a line that names (a person, a company) and
    says nothing else: no figure, no colon, and no lower-case word but a function word
    ("About Evan Gough", "Written by Cassidy Horton"); else None."""
    if text.endswith(":") or any(ch.isdigit() for ch in text):
        return None
    names: list[str] = []
    for word in _WORD.findall(text):
        if word[0].isupper():
            if word.lower() not in STOPWORDS:
                names.append(word)
        elif word not in STOPWORDS:
            return None
    return names


def _short_post(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    wall: int, options: ParseOptions, *, after_score: float, stamps: Collection[int],
) -> tuple[int, int] | None:
    """The short post before a comments heading (the hard wall ``wall``) when the denser
    run after the heading, weighing ``after_score``, is no story (a reader's comment, a
    blurb), else None. Counted whole, the words of a post's sentences (``_prose_words``)
    win over that run: a post of one paragraph between its headline and its share bar
    weighs little for the region, a lone line boxed in like a teaser's summary.

    The post is the run right under its head, a headline over its date or byline line (or
    under it, see ``_headed_run``), when its words reach ``options.text_min_headed_post_words``
    and ``options.text_headed_post_share`` of ``after_score``: the head vouches for it. Else
    the densest run before the heading, when its sentences hold a story's worth of words
    and ``options.text_short_post_share`` of ``after_score``."""
    headed = _headed_run(lines, weights, features, wall, options, stamps=stamps)
    if headed is not None:
        words = _prose_words(weights, features, headed, options)
        if (words >= options.text_min_headed_post_words
                and words >= after_score * options.text_headed_post_share):
            return headed
    _, run = _densest_run(weights, 0, wall)
    if not _sentence_lines(lines, weights, features, *run):
        return None
    words = _prose_words(weights, features, run, options)
    if (words >= options.text_min_story_words
            and words >= after_score * options.text_short_post_share):
        return run[0], _cut_at_wall(weights, features, *run, options, stamps=stamps)
    return None


def _headed_over_weak(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions, *, stamps: Collection[int],
) -> tuple[int, int]:
    """The run under the page's head (``_headed_run``) in place of ``region`` when the
    region is weak evidence of a story: a short post under its headline and date line wins
    over a long line of boilerplate further down, a sidebar's paragraph, or a region that
    starts past the post's first paragraph.

    The region is weak when its prose (``_prose_words``) is under
    ``options.text_weak_region_words``. The headed run (up to the first hard wall from the
    region's start) must start above the region; when it reaches into the region, what it
    adds above must weigh no less than nothing (not a share bar or a menu). Its prose must
    reach ``options.text_min_headed_post_words`` and outweigh the region's by
    ``options.text_headed_over_weak_share``: a head that vouches for a few more words than
    the region holds is a sidebar's as often as the story's."""
    start = region[0]
    here = _prose_words(weights, features, region, options)
    if here >= options.text_weak_region_words:
        return region
    wall = next((i for i in range(start, len(lines)) if features[i].hard_wall), len(lines))
    headed = _headed_run(lines, weights, features, wall, options, stamps=stamps)
    if headed is None or headed[0] >= start:
        return region
    if headed[1] > start and sum(weights[headed[0]:start]) < 0:
        return region
    words = _prose_words(weights, features, headed, options)
    if (words >= options.text_min_headed_post_words
            and words >= here * options.text_headed_over_weak_share):
        return headed
    return region


def _headed_run(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    wall: int, options: ParseOptions, *, stamps: Collection[int],
) -> tuple[int, int] | None:
    """The run of lines under the first head before line ``wall``: a short line that dates
    the story, with a line right over it or right under it that has a headline's shape
    ("Free Online Cryptography Course" / "November 13, 2012", "Riding the Wave" / "by Dick
    Stroud on 5 November, 2012"). The run opens with the first line that weighs for the
    region within ``options.text_max_opening_lines`` lines under the head, and goes on
    as far as it gains weight, up to a hard wall or a comment's stamp."""
    reach, length_low = options.text_max_opening_lines, options.text_length_low
    for date in range(wall):
        text = lines[date][TEXT]
        # (Every date line has a figure: the test in C spares the date patterns most lines.)
        if (features[date].chars >= length_low or DIGIT.search(text) is None
                or not is_date_line(text, options)):
            continue
        heads = [i for i in (date - 1, date + 1) if 0 <= i < wall
                 and looks_like_headline(lines[i][TEXT], features[i], options)]
        if not heads:
            continue
        top = max(date, *heads)
        first = next((i for i in range(top + 1, min(wall, top + 1 + reach)) if weights[i] > 0),
                     None)
        if first is None:
            continue
        total, best, end = 0.0, 0.0, first
        for i in range(first, wall):
            if features[i].hard_wall or i in stamps:
                break
            total += weights[i]
            if total > best:
                best, end = total, i + 1
        return first, end
    return None


def _prose_words(
    weights: Sequence[float], features: Sequence[LineFeatures], run: tuple[int, int],
    options: ParseOptions,
) -> int:
    """The words of the lines of ``run`` that weigh for the region and read as prose: of
    prose length (``options.text_length_low``) or ending a sentence, with function words
    (``options.text_stopwords_low``) and no furniture words ("Categories: News, Video …")."""
    length_low, stopwords_low = options.text_length_low, options.text_stopwords_low
    return sum(feat.n_words for i in range(*run) if weights[i] > 0 and (
        (feat := features[i]).chars >= length_low or feat.ends_sentence)
        and feat.stop_density >= stopwords_low and not feat.chrome_phrase)


def _across_embeds(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions, *, stamps: Collection[int],
) -> tuple[int, int]:
    """The region grown across the embeds inside the story (a gallery's, a player's or a
    share bar's lines, a contents list) on either side: on past one after which the story
    resumes (``_story_resumed``), and back before one that opens it, above which the story
    had begun (``_story_begun``)."""
    start, end = region
    end = _story_resumed(lines, weights, features, end, options, stamps=stamps)
    start = _story_begun(lines, weights, features, start, options, stamps=stamps)
    return start, end


def _story_resumed(
    lines: Sequence[Line],
    weights: Sequence[float],
    features: Sequence[LineFeatures],
    end: int,
    options: ParseOptions,
    *,
    stamps: Collection[int] = frozenset(),
) -> int:
    """The region's end, past an embed inside the story (a gallery's or a share bar's
    lines, a "Read more" among them) after which the story resumes: a few furniture lines
    (``options.text_max_embed_lines``) and no comments, then paragraphs that stand alone
    (``options.text_min_resumed_paragraphs``) and together weigh a story's worth of words."""
    n = len(weights)
    max_embed, min_resumed = options.text_max_embed_lines, options.text_min_resumed_paragraphs
    while end < n:
        resume = end
        while resume < n and weights[resume] <= 0:
            if features[resume].hard_wall or resume in stamps:
                return end
            resume += 1
        if resume == end or resume >= n or resume - end > max_embed:
            return end
        stop = resume
        while stop < n and weights[stop] > 0 and lines[stop][BLOCK_SIZE] == 1:
            stop += 1
        if stop - resume < min_resumed or (
                sum(weights[resume:stop]) < options.text_min_story_words):
            return end
        end = stop
    return end


def _story_begun(
    lines: Sequence[Line],
    weights: Sequence[float],
    features: Sequence[LineFeatures],
    start: int,
    options: ParseOptions,
    *,
    stamps: Collection[int] = frozenset(),
) -> int:
    """The region's start, before an embed that opens the story (a gallery, a table of
    contents, a share bar, a list its first paragraphs lead into) above which the story had
    begun: a few furniture lines (``options.text_max_embed_lines``), no hard wall
    (``_closes_story_above``) or comment stamp among them, and over them paragraphs that
    stand alone and together weigh a story's worth of words. The mirror of
    ``_story_resumed``; a story's first paragraphs have no list of other stories'
    paragraphs to be told from, so one paragraph may be enough. Right over the region, a
    box set into the story weighs its paragraphs by their words (``_over_box_words``)."""
    max_embed = options.text_max_embed_lines
    first_step = True
    while start > 0:
        last = start - 1  # the last line of the story above the embed
        while last >= 0 and weights[last] <= 0:
            if _closes_story_above(features[last]) or last in stamps:
                return start
            last -= 1
        if last < 0 or last == start - 1 or start - 1 - last > max_embed:
            return start
        first = last
        while first > 0 and weights[first - 1] > 0 and lines[first - 1][BLOCK_SIZE] == 1:
            first -= 1
        weighed = (_over_box_words(lines, weights, features, (first, last + 1), start=start,
                                   options=options)
                   if first_step else sum(weights[first:last + 1]))
        if lines[last][BLOCK_SIZE] != 1 or weighed < options.text_min_story_words:
            return start
        start, first_step = first, False
    return start


def _over_box_words(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    paragraphs: tuple[int, int], *, start: int, options: ParseOptions,
) -> float:
    """What the ``paragraphs`` over the embed that opens the region at ``start`` weigh for
    ``_story_begun``: their words in prose (``_prose_words``) when a soft wall heads the
    embed or stands in it ("Related", "Share this page"), else their weights. A story's
    first paragraph, set between its head's short lines and a box of other stories the page
    put into the story, is boxed in as a teaser's summary is, and weighs as little; a
    teaser over the story has no such box under it, but the story's headline: not when a
    line with a headline's shape stands right over the region (the story's head opens
    there, and what is over it is not the story). (Only right over the region: the box
    vouches for the paragraphs over it, not for those further up.)"""
    first, stop = paragraphs
    weighed = sum(weights[first:stop])
    if any(features[i].soft_wall for i in range(stop, start)) and not looks_like_headline(
            lines[start - 1][TEXT], features[start - 1], options):
        return max(weighed, _prose_words(weights, features, paragraphs, options))
    return weighed


def _closes_story_above(feat: LineFeatures) -> bool:
    """True for a line that the story does not reach back across from under an embed
    (``_story_begun``): a hard wall ("Comments"). Not a soft wall ("Share this:", "Other
    Posts You May Enjoy"): it heads a share bar or a box of links set between the story's
    paragraphs as often as the page's lines after the story, and the story reaches back
    over it as ``_story_resumed`` goes on past it. (The paragraphs above must still stand
    alone and weigh a story's worth of words, the embed be a few lines.)"""
    return feat.hard_wall


def _sentence_lines(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    start: int, end: int,
) -> int:
    """How many lines of [start, end) weigh for the region and end a sentence, or end with
    the colon of a sentence that announces a list ("The new model will have:")."""
    return sum(1 for i in range(start, end) if weights[i] > 0 and (
        features[i].ends_sentence or lines[i][TEXT].endswith(LIST_INTRO_END)))


def _cut_at_wall(
    weights: Sequence[float],
    features: Sequence[LineFeatures],
    start: int,
    end: int,
    options: ParseOptions,
    *,
    stamps: Collection[int] = frozenset(),
) -> int:
    """The end of the region: the first hard wall or comment stamp after a story's worth of
    words, or ``end``."""
    words = 0.0
    for i in range(start, end):
        if (features[i].hard_wall or i in stamps) and words >= options.text_min_story_words:
            return i
        words += max(weights[i], 0.0)
    return end


def _skip_leading_runs(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    region: tuple[int, int], options: ParseOptions,
) -> int:
    """The region's start, past content in runs of lines (a list of other stories) that
    opens it when paragraphs set off by blank lines carry most of what follows; but not
    past a line of the run that weighs a story's worth of words on its own (the first
    paragraph glued under a date and a share button): teasers are shorter; nor past the
    sentences right over the story's first paragraph (``_summary_over``)."""
    start, end = region
    run_lines = options.text_run_lines
    first_alone = next(
        (i for i in range(start, end) if weights[i] > 0 and lines[i][BLOCK_SIZE] < run_lines),
        None,
    )
    if first_alone is None or first_alone == start:
        return start
    runs_before = sum(weights[i] for i in range(start, first_alone) if weights[i] > 0)
    after = [weights[i] for i in range(first_alone, end) if weights[i] > 0]
    alone_after = sum(
        weights[i] for i in range(first_alone, end)
        if weights[i] > 0 and lines[i][BLOCK_SIZE] < run_lines
    )
    if alone_after > runs_before and alone_after >= options.text_form_share * sum(after):
        long_run = next((i for i in range(start, first_alone)
                         if weights[i] >= options.text_min_story_words), None)
        if long_run is not None:
            return long_run
        last_run = max(i for i in range(start, first_alone) if weights[i] > 0)
        if last_run + 1 < first_alone:
            return last_run + 1
        return _summary_over(lines, weights, features, (start, first_alone), options)
    return start


def _summary_over(
    lines: Sequence[Line], weights: Sequence[float], features: Sequence[LineFeatures],
    span: tuple[int, int], options: ParseOptions,
) -> int:
    """The first line of the run of ``_MIN_SUMMARY_LINES`` sentences or more (each of prose
    length) right over the story's first paragraph, the end of ``span``, down to its
    start: the story's key points ("Moving companies focus on the household goods and
    their logistics."), or the paragraphs a gallery's buttons glued over the story. Else
    that paragraph. A list of other stories names them in headlines, which end no
    sentence, or in excerpts cut short ("… may soon.."); a picture's credit is
    furniture."""
    start, first = span
    length_low = options.text_length_low
    top = first
    for i in range(first - 1, start - 1, -1):
        feat = features[i]
        if weights[i] <= 0 or not (
                feat.ends_sentence and feat.chars >= length_low and not feat.headline_case
                and not feat.chrome_phrase and not lines[i][TEXT].endswith(_CUT_SHORT)):
            break
        top = i
    # (One sentence alone over the story is a picture's caption or a disclaimer as often.)
    return top if first - top >= _MIN_SUMMARY_LINES else first


def _cut_at_form_change(
    lines: Sequence[Line],
    weights: Sequence[float],
    features: Sequence[LineFeatures],
    region: tuple[int, int],
    options: ParseOptions,
) -> int:
    """The first soft wall after which the region's content sits in runs of lines while
    before it the content stood alone as paragraphs; or the region's end."""
    start, end = region
    walls = [i for i in range(start, end) if features[i].soft_wall]
    if not walls:
        return end
    alone_before = run_before = 0.0
    position = start
    run_lines, form_share = options.text_run_lines, options.text_form_share
    for wall in walls:
        for i in range(position, wall):
            if weights[i] > 0:
                if lines[i][BLOCK_SIZE] >= run_lines:
                    run_before += weights[i]
                else:
                    alone_before += weights[i]
        position = wall
        before = alone_before + run_before
        if before < options.text_min_story_words or alone_before < form_share * before:
            continue
        after = [i for i in range(wall, end) if weights[i] > 0]
        total_after = sum(weights[i] for i in after)
        in_runs = sum(weights[i] for i in after if lines[i][BLOCK_SIZE] >= run_lines)
        if total_after and in_runs >= form_share * total_after:
            return wall
    return end


def _densest_run(weights: Sequence[float], start: int, stop: int) -> tuple[float, tuple[int, int]]:
    """Kadane's maximum-sum run of ``weights[start:stop]``: (its sum, its [start, end))."""
    best_sum, best = 0.0, (start, start)
    run_sum, run_start = 0.0, start
    for i in range(start, stop):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += weights[i]
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best_sum, best


def fallback_region(
    lines: Sequence[Line], features: Sequence[LineFeatures], options: ParseOptions
) -> list[int]:
    """The lines of the densest run of any text that is not page furniture.

    For dumps where no line reads as prose on its own. Lines weigh their words less a
    few, so that runs of one- and two-word menu items stay out. A tiny page whose every
    line stands alone as a paragraph is all story but its furniture. Otherwise there is
    no story: the empty list.
    """
    notes = form_notes(lines, features, options)
    chrome = [feat.chrome_phrase or feat.soft_wall or feat.hard_wall or i in notes
              for i, feat in enumerate(features)]
    # Whole numbers, added up as floats by the run search (exactly so): most are small
    # ints, which Python shares, where a float a line would cost 24 bytes each.
    weights = [
        -options.text_wall_penalty
        if is_chrome
        else feat.n_words - options.text_min_sentence_words + 1
        for feat, is_chrome in zip(features, chrome, strict=True)
    ]
    score, (start, end) = _densest_run(weights, 0, len(weights))
    if score > 0:
        return [i for i in range(start, end) if not chrome[i]]
    if len(lines) <= options.text_tiny_page_lines and not all(chrome) and all(
        line[BLOCK_SIZE] == 1 for line in lines
    ):
        # (A furniture word in one line, the page's title "Replace javascript: links" over
        # its three words, leaves the rest the story.)
        return [i for i in range(len(lines)) if not chrome[i]]
    return []
