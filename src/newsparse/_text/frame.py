"""Text dumps: a blog post's frame, which vouches for a post too short to weigh.

A blog prints each post in the same frame: its head (a date line, a headline), the post,
then a foot that stamps it ("Posted by Jane at 6:35 AM", "Posted at 11:01 AM | Permalink",
"11/09/2012 in Crafts, Fall Crafts …"), a few of the foot's links (trackbacks, share
buttons, labels) and the comments' heading. A post of a few short lines weighs less for
the region than a sidebar's blurb or a list of other posts; the frame says where it is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsparse._options import ParseOptions
from newsparse._reading.bylines import opens_with_date
from newsparse._reading.dates import DIGIT
from newsparse._text.dates import is_date_line
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK_SIZE, TEXT, Line
from newsparse._text.title import looks_like_headline

# A time of day, as a post's stamp gives it ("at 6:35 AM", "@ 2:23 PM", "10:26am"); not a
# player's running time ("[ 51:03 ]").
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


def post_frame(
    lines: Sequence[Line], features: Sequence[LineFeatures], options: ParseOptions, *,
    stamps: Collection[int],
) -> tuple[int, int] | None:
    """The [start, end) lines of the post between its head and its foot, over the page's
    first comments heading that has a foot over it; or None.

    The foot is the line that stamps the post (``_is_post_foot``) within
    ``options.text_post_foot_reach`` lines over a hard wall set apart that is no comment's
    stamp (the first such wall of the page that has one; a tab bar's "Article | Comments"
    is none); the head is the nearest line over the foot, within
    ``options.text_framed_post_lines`` lines, that dates the post (a short date line) or
    names it (a line set apart with a headline's shape that ends no sentence). The post
    between them must say ``options.text_min_framed_post_words`` words, with function words
    among them (``options.text_stopwords_low`` of them all): a post, not a gallery's
    captions or a list of links. A wall between head and foot breaks the frame."""
    foot = next((foot for wall, feat in enumerate(features)
                 if feat.hard_wall and lines[wall][BLOCK_SIZE] == 1 and wall not in stamps
                 and (foot := _foot_over(lines, features, wall, options, stamps=stamps))
                 is not None), None)
    if foot is None:
        return None
    start = None
    for i in range(foot - 1, max(-1, foot - 1 - options.text_framed_post_lines), -1):
        feat = features[i]
        if feat.hard_wall or feat.soft_wall or i in stamps:
            return None
        if _is_post_head(lines[i], feat, options):
            start = i + 1
            break
    if start is None or start >= foot:
        return None
    words = sum(features[i].n_words for i in range(start, foot))
    function_words = sum(features[i].n_words * features[i].stop_density
                         for i in range(start, foot))
    if (words < options.text_min_framed_post_words
            or function_words < options.text_stopwords_low * words):
        return None
    return start, foot


def _foot_over(
    lines: Sequence[Line], features: Sequence[LineFeatures], wall: int, options: ParseOptions,
    *, stamps: Collection[int],
) -> int | None:
    """The post's foot within ``options.text_post_foot_reach`` lines over the hard wall at
    ``wall``, past the foot's links; None when a comment's stamp or a wall comes first."""
    for i in range(wall - 1, max(-1, wall - 1 - options.text_post_foot_reach), -1):
        if i in stamps or features[i].hard_wall:
            return None
        if is_post_foot(lines[i][TEXT], features[i], options):
            return i
    return None


def is_post_foot(text: str, feat: LineFeatures, options: ParseOptions) -> bool:
    """True for a line that stamps a post: it opens with a date or a time, or is a date
    line, or a short line (``options.text_chrome_phrase_max_chars``) holds a time of day
    ("Posted by Jane at 6:35 AM")."""
    if DIGIT.search(text) is None:
        return False
    return bool(opens_with_date(text) or is_date_line(text, options) or (
        feat.chars < options.text_chrome_phrase_max_chars and _CLOCK.search(text)))


def _is_post_head(line: Line, feat: LineFeatures, options: ParseOptions) -> bool:
    """True for a line of a post's head that ends no sentence: a short date line, or a
    line set apart with a headline's shape. (A post's own short lines may look like
    either: "Will be very cool to see how this turns out :-)", a caption's "Jane on stage
    at the festival, Sept 16, 2012.")"""
    text = line[TEXT]
    if feat.ends_sentence:
        return False
    if feat.chars < options.text_length_low and DIGIT.search(text) is not None and (
            is_date_line(text, options)):
        return True
    return line[BLOCK_SIZE] == 1 and looks_like_headline(text, feat, options)
