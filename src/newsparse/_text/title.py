"""Text dumps, stage 5a: which line above the story is its headline.

A dump has no markup to say which line is the headline. The title is a headline-looking
line (a few words, no final period; not a menu item, byline, date, caption, breadcrumb or
label) that stands alone like a heading element, whose words the story repeats, near the
story. Pages set the byline and the date under the headline, so a candidate over such a
line is likelier; the one over the best candidate is the headline when the best is its
standfirst; and when a video player or a gallery pushes the headline out of reach, it is
still found over its "By" line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from newsparse._model import ParagraphKind
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import LEAD
from newsparse._reading.bylines import bare_names, find_byline, is_lone_lead, opens_with_lead
from newsparse._reading.dates import UPDATED
from newsparse._reading.textstats import STOPWORDS, is_cjk_heavy, stem_set, stems, words
from newsparse._text.dates import date_follows, written_date
from newsparse._text.features import LineFeatures, chrome_beyond_furniture_words
from newsparse._text.lines import (
    BLOCK,
    BLOCK_SIZE,
    MARKS,
    TEXT,
    Line,
    hint_of,
    link_share_of,
    links_home_of,
    top_heading_of,
)

# Title score: word overlap with the story counts most, then nearness to the story (the
# weights are in ParseOptions, ``text_title_*``).
# A breadcrumb trail ("News > 2015 > Apple", "Blog / Topics / Marketing") is navigation,
# whatever its words.
_TRAIL_STEP = re.compile(r"\s(?:[>»›/]|::)(?:\s|$)")
# A caption ends with its picture's credit, photographer and agency: "… Austria. Jane Doe /
# Reuters file", "(Manu Fernandez/AP)": two capitalised words or more, a slash, and up to
# four words. Read in two parts, from the last slash: one pattern searched for the whole
# would rescan every run of capitalised words from each of its words (quadratic).
_CREDIT_AGENCY = re.compile(r"/ ?[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,3}\)?$")
# The photographer's last two words, read backwards from the slash: the last word whole
# (from where a word starts, to a capital), the one before from a capital on.
_CREDIT_NAME_REVERSED = re.compile(r"(?<![\w.'’-])[\w.'’-]*+(?<=[A-Z]) [\w.'’-]*[A-Z]")
# A gallery's label counts its pictures: "Gallery: Xbox One X | 14 Photos", "(12 images)".
_GALLERY = re.compile(r"\b\d+\s+(?:photos|images|pictures|fotos|bilder)\b\W*$", re.IGNORECASE)
# A link that leads back up the site ("« Back to Football Home", "Go to Google News",
# "Zurück zur Übersicht", "Retour aux actualités", "Volver a Deportes"): a few words, a
# place's name after "to" ("Back to school: the new rules" is a headline).
_NAVIGATION = re.compile(
    r"^\W*+(?:(?:back|go|return)\s++to|zurück\s++zu[mr]?|retour\s++(?:à|aux?)"
    r"|(?:volver|regresar|voltar)\s++(?:a|à|al|para)|torna(?:re)?\s++a\w*|terug\s++naar"
    r"|(?:powrót|wróć)\s++do)\s++(?:\S++\s++){0,2}\S++$",
    re.IGNORECASE)
# An arrow that points on, past the line: a button's ("Show more ▼", "Book now >", "Read
# the review →"), or a step of a section's trail ("News > Sport"; a spaced slash is as
# often a headline's, "Jane Doe / Reuters", and counts only in a trail of two steps).
_ONWARD = re.compile(r"(?:\s[>›]|[▼▾↓→➔➜])\s*$|\S\s[>›]\s\S")
# Link texts a dump glued into one word ("del.icio.usDiggRedditYahooMyWeb"): three humps
# from a small letter to a capital inside one word; a name has one or two ("iPhone",
# "McDonald's", "MacBookPro"). Possessive runs: linear on any input.
_GLUED_LINKS = re.compile(r"[a-z][A-Z][a-z]++[A-Z][a-z]++[A-Z]")
# A sentence's full stop set inside the closing quotation marks (or bracket) that end the
# line: '… a smashing good time with "Burnout Paradise."', '… said it was “over.”'.
_QUOTED_STOP = re.compile(r"(?<!\.\.)\.[\"”’'»)]+$")
# A headline ends with a word that says something; a credit label ends with a preposition
# or an article ("Supported by", "Powered by", "Brought to you by the").
_LABEL_ENDS = frozenset(("by", "the", "a", "an", "of", "von", "par", "por", "da", "di"))


class StoryWords:
    """The words (by their stems) that the story repeats, and its short lines by how they
    open (to tell a copy of a line from a repetition)."""

    def __init__(self, texts: Sequence[str], options: ParseOptions) -> None:
        self._texts = texts
        max_chars = options.text_max_title_chars
        self._copy_chars = copy_chars = options.text_title_min_copy_chars
        self._stems = _stem_set(texts)
        self._short: dict[str, list[int]] = {}
        for n, text in enumerate(texts):
            if copy_chars <= len(text) <= max_chars:
                self._short.setdefault(text[:copy_chars].casefold(), []).append(n)

    def has_prose(self, options: ParseOptions) -> bool:
        """True when a line of the story is a paragraph's length (``text_length_low``): a
        headline heads a story, not a list of short lines ("Test Case 1" / "Test Case 2")."""
        return any(len(text) >= options.text_length_low for text in self._texts)

    def overlap(self, text: str) -> float | None:
        """Share of the content words of ``text`` that the story repeats, not counting a
        copy of ``text``, with one word more counted as not repeated: two words of two are
        weaker evidence than eight of nine (a label's words are easily found). None when
        ``text`` has no content words."""
        content = [w for w in stems(text) if w not in STOPWORDS]
        if not content:
            return None
        story_stems = self._stems
        copies = {n for n in self._short.get(text[:self._copy_chars].casefold(), ())
                  if _is_copy(self._texts[n], text)}
        if copies:
            # Rare: the story without its copies of the line.
            kept = [t for n, t in enumerate(self._texts) if n not in copies]
            story_stems = _stem_set(kept)
        return sum(1 for w in content if w in story_stems) / (len(content) + 1)


def _stem_set(texts: Iterable[str]) -> set[str]:
    """The stems of the words of ``texts`` (no word spans a line), a text at a time: the
    list of every word of a whole story at once (and the story joined into one string)
    cost 70 bytes a word, 14 times a long dump of paragraphs."""
    return stem_set(texts)


def _is_copy(line: str, text: str) -> bool:
    """True when ``line`` is ``text``, whole or cut short ("Best Deals: Books, Lamps...")."""
    return text.casefold().startswith(line.rstrip(".…").rstrip().casefold())


def title_line(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    window: Sequence[int],
    *,
    first: int,
    story: StoryWords,
    used: Collection[int],
    is_meta: Callable[[int], bool],
    is_date: Callable[[int], bool],
    options: ParseOptions,
    opening: Sequence[int] = (),
    far: Sequence[int] = (),
    named: Sequence[int] = (),
) -> int | None:
    """The index of the headline among ``window`` (the lines above the story),
    ``opening`` (the short lines that open it) and ``named`` (the story's first lines,
    where a breadcrumb trail right over one names it: a notice or a caption may open the
    region over the headline), or None.

    ``is_meta`` says whether a line is a byline or a date line, ``is_date`` whether it
    is a date line (both asked only about the lines around candidates). ``far`` are the
    lines above ``window``, nearest last, where a headline over its "By" line is looked for
    when no candidate in the window stands over a byline or date line.
    """
    if (list(window) == [0] and first == 1 and 0 not in used and lines[0][BLOCK_SIZE] == 1
            and looks_like_headline(lines[0][TEXT], features[0], options)):
        # The page opens with a heading over its story and nothing else: its title,
        # whatever its words.
        return 0
    scores: dict[int, float] = {}
    overlaps: dict[int, float] = {}
    trailed: set[int] = set()  # the candidates a breadcrumb trail over them ends with
    min_overlap = options.text_title_min_overlap
    min_overlap_over_meta = options.text_title_min_overlap_over_meta
    max_head_block = options.text_title_max_head_block_lines
    alone_bonus, distance_cost = options.text_title_alone_bonus, options.text_title_distance_cost
    word_bonus, word_bonus_cap = options.text_title_word_bonus, options.text_title_word_bonus_cap
    top_heading_bonus = options.text_title_top_heading_bonus
    trail_bonus, trail_reach = options.text_title_trail_bonus, options.text_title_trail_reach
    glued_trail_words = options.text_title_glued_trail_words
    named = [i for i in named if i not in opening and lines[i][BLOCK_SIZE] == 1
             and features[i].n_words >= options.text_title_min_headline_words
             and _ends_trail_over(lines, i, trail_reach, glued_trail_words)]
    for i in [*window, *opening, *named]:
        # A headline is a heading element, which a dump sets off with blank lines (or an
        # old page glues over its byline or date line).
        # (A heading that links to the site's front page is its name over its logo.)
        # A row of links is a menu's or a header's.
        if i in used or links_home_of(lines[i]) or _link_row(lines[i], options) or not (
                looks_like_headline(lines[i][TEXT], features[i], options)) or not (
                lines[i][BLOCK_SIZE] == 1
                or _over_meta_line(lines, i, is_meta, max_head_block, options)
                or _lone_head_in_long_block(lines, features, i, first=first,
                                            is_meta=is_meta, max_block=max_head_block,
                                            options=options)
                or _edge_of_block_over_story(lines, features, i, first, options)
                or _under_lone_date_in_block(lines, features, i, first=first, story=story,
                                             is_date=is_date, options=options)
                or _headline_amid_labels(lines, features, i, first=first, story=story,
                                         options=options)):
            continue
        overlap = story.overlap(lines[i][TEXT])
        if overlap is None or overlap < (min_overlap_over_meta if is_meta(i + 1)
                                         else min_overlap):
            continue
        overlaps[i] = overlap
        score = overlap + alone_bonus * (lines[i][BLOCK_SIZE] == 1)
        score -= distance_cost * abs(first - i)
        # A headline says something: a few words are a label or a section name.
        score += word_bonus * min(features[i].n_words, word_bonus_cap)
        score += top_heading_bonus * top_heading_of(lines[i])
        if _ends_trail_over(lines, i, trail_reach, glued_trail_words):
            score += trail_bonus
            trailed.add(i)
        scores[i] = score
    min_words = options.text_title_min_headline_words
    placed = [i for i in scores if features[i].n_words >= min_words]
    bonuses = _meta_bonuses(placed, is_meta, is_date, options)
    over_meta, under_meta = options.text_title_over_meta_bonus, options.text_title_under_meta_bonus
    for i, bonus in bonuses.items():
        scores[i] += bonus
    # Nothing above the story reads strongly as its headline (no candidate by a byline or
    # date line, none scoring ``text_title_opening_max_rival``): the story's region may
    # open with its headline.
    weak_above = not any(j in bonuses or score >= options.text_title_opening_max_rival
                         for j, score in scores.items() if j not in opening)
    for i in opening:
        # A short line opening the story is as often its first subheading: it is the
        # headline only over a byline or date line, or first of all right under a date,
        # or set apart over the story when nothing above is a headline.
        if i in scores and bonuses.get(i) != over_meta and not (
                i == first and bonuses.get(i) == under_meta) and not (
                i == first and weak_above and lines[i][BLOCK_SIZE] == 1
                and features[i].n_words >= min_words and story.has_prose(options)):
            del scores[i]
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or bonuses.get(best) != over_meta:
        # A video player or a gallery may stand between the headline and the story.
        found = _far_headline(lines, features, far, story, options)
        if found is not None:
            return found
    if best is None or scores[best] <= 0.0:
        return None
    shown = _shown_under_page_title(lines, scores, options) if best == 0 else None
    return shown if shown is not None else _best_headline(
        lines, features, scores, overlaps=overlaps, bonuses=bonuses, trailed=trailed,
        is_date=is_date, options=options)


def _shown_under_page_title(lines: Sequence[Line], scores: dict[int, float],
                            options: ParseOptions) -> int | None:
    """The headline the page shows under the dump's first line, when that line scores
    best as the title: it is the page's ``<title>``, which some renderers write first
    ("IT Sneak: Bills Bills Bills... and a Gareth", "Top 10 Appliance Manufacturers in the
    U.S.A. - IndustrySelect®"), and the page shows its headline again over the story. The
    longest candidate the first line holds whole ("Bills Bills Bills... and a Gareth"),
    else the runner-up when it shares most of its content words with the first line
    (``text_title_page_title_share``, by their stems: "Top 10 U.S. Manufacturers of
    Household Appliances"); a candidate of fewer than ``text_title_min_headline_words``
    words (or, for the runner-up, content words) is a site's or a section's label ("CTV
    Toronto", "About Hacker Monthly"), and one that holds the first line whole adds a
    kicker to it ("Introduction: How to …"). Else None."""
    page_title = lines[0][TEXT].casefold()
    said = [i for i, score in scores.items()
            if i and score > 0.0
            and len(lines[i][TEXT].split()) >= options.text_title_min_headline_words]
    held = [i for i in said if lines[i][TEXT].casefold() in page_title]
    if held:
        # (Not the title's opening part, a blog's name in "Blog: Post": where the
        # headline opens the title, :func:`newsparse._text.head._headline_under_page_title`
        # takes it.)
        shown = max(held, key=lambda i: len(lines[i][TEXT]))
        return None if page_title.startswith(lines[shown][TEXT].casefold()) else shown
    runner_up = max(said, key=scores.__getitem__, default=None)
    if runner_up is None or max(scores[i] for i in scores if i) > scores[runner_up]:
        return None
    text = lines[runner_up][TEXT]
    content = {w for w in stems(text) if w not in STOPWORDS}
    if len(content) < options.text_title_min_headline_words or page_title in text.casefold():
        return None
    shared = content & set(stems(lines[0][TEXT]))
    return (runner_up if len(shared) >= options.text_title_page_title_share * len(content)
            else None)


def _link_row(line: Line, options: ParseOptions) -> bool:
    """``line`` is mostly link text (``text_max_link_share``), in a dump that shows its
    links, and no heading: a menu's or a header's row of links ("Sponsor me Github", the
    links beside a site's name that a wrap set on a line of their own), not a headline. A
    headline that links to its story is a heading element, which the dump marks."""
    return (link_share_of(line) > options.text_max_link_share
            and hint_of(line) is not ParagraphKind.HEADING)


def _best_headline(
    lines: Sequence[Line], features: Sequence[LineFeatures], scores: dict[int, float], *,
    overlaps: dict[int, float], bonuses: dict[int, float], trailed: Collection[int],
    is_date: Callable[[int], bool], options: ParseOptions,
) -> int | None:
    """The best scoring candidate (above zero) that says as much as a headline does, or
    the headline over it when it is a standfirst; a longer candidate that is no standfirst
    of a headline gives way to the next."""
    max_words = options.text_title_max_headline_words
    for i in sorted(scores, key=scores.__getitem__, reverse=True):
        if scores[i] <= 0.0:
            break
        # A candidate a breadcrumb trail ends with is the page's own name: no standfirst.
        upper = None if i in trailed else _headline_over_standfirst(
            lines, features, i, overlaps=overlaps, bonuses=bonuses, is_date=is_date,
            options=options)
        if upper is not None:
            return upper
        if _says_as_much_as_headline(lines[i][TEXT], features[i], max_words):
            return i
    return None


def _says_as_much_as_headline(text: str, feat: LineFeatures, max_words: int) -> bool:
    """True when a candidate says no more than a headline does: at most ``max_words``
    words, or more in a headline's capitals ("To Find the 5 Best French Presses, I Put 17
    of the Top Models to the Test…"). A longer line in a sentence's case is a standfirst,
    a teaser or a notice, which may stand under the headline (and lead to it) but is not
    it. (CJK text has no case: its length says nothing here.)"""
    return feat.n_words <= max_words or feat.headline_case or is_cjk_heavy(text)


def _headline_over_standfirst(
    lines: Sequence[Line], features: Sequence[LineFeatures], best: int, *,
    overlaps: dict[int, float], bonuses: dict[int, float], is_date: Callable[[int], bool],
    options: ParseOptions,
) -> int | None:
    """The headline over ``best`` when ``best`` is its standfirst, else None.

    A headline and its standfirst stand one over the other, and the standfirst, a
    sentence that sums the story up, repeats more of its words: when a byline or date
    line does not tell them apart, the upper one is the headline if it says as much as
    a headline does (``text_deck_min_overlap``, or near what the standfirst says:
    ``text_deck_min_overlap_ratio``; and is not a trail that ends with the lower one, nor
    an update's stamp). A count or a stamp may stand between them ("New, 15 comments",
    "5 min read"), not a button.
    """
    upper = best - 1
    if (upper not in overlaps and upper >= 0 and any(map(str.isdigit, lines[upper][TEXT]))
            and not is_date(upper)):
        upper = best - 2
    if (bonuses.get(upper, 0.0) >= bonuses.get(best, 0.0) and upper in overlaps
            and not top_heading_of(lines[best])
            and overlaps[upper] >= min(options.text_deck_min_overlap,
                                       options.text_deck_min_overlap_ratio * overlaps[best])
            and features[upper].n_words >= options.text_deck_min_title_words
            and not UPDATED.match(lines[upper][TEXT])
            and lines[best][TEXT].casefold() not in lines[upper][TEXT].casefold()):
        return upper
    return None


def _edge_of_block_over_story(lines: Sequence[Line], features: Sequence[LineFeatures], i: int,
                           first: int, options: ParseOptions) -> bool:
    """True when line ``i`` opens or ends a short block (``options.
    text_max_labelled_head_lines``) right over the story's first paragraph: a headline
    under its section's label or its date ("Science" / "Pandas learn to survive in the
    wild"), or over its dateline ("LONDON, Reuters:"), the story straight under it; not a
    line amid others ("Sections" / "Headline" / "Weather" is a menu).
    (When the story opens with a line shaped as a headline, that is the likelier one.)"""
    line = lines[i]
    return (line[BLOCK] + line[BLOCK_SIZE] == first
            and i - line[BLOCK] in (0, line[BLOCK_SIZE] - 1)
            and line[BLOCK_SIZE] <= options.text_max_labelled_head_lines
            and not looks_like_headline(lines[first][TEXT], features[first], options))


def _under_lone_date_in_block(
    lines: Sequence[Line], features: Sequence[LineFeatures], i: int, *, first: int,
    story: StoryWords, is_date: Callable[[int], bool], options: ParseOptions,
) -> bool:
    """True when line ``i`` stands at most ``text_title_meta_reach_above`` lines under the
    only date line of its block (of at most ``text_title_max_head_block_lines``), within
    the headline's header over the story (``text_byline_header_lines``): a page's head
    glued into one block, its date over the headline and the byline or the lead under it
    ("Article published January 2, 2008" / Headline / "ASSOCIATED PRESS" / lead; "Last
    Updated: …" / "E-mail this to a friend" / Headline / lead). Not when the date is a "By"
    line's (the byline stands under the headline), nor when a line right over the date
    reads as the headline (its words in the story, ``text_title_min_overlap``): the line
    under is its standfirst; nor when the line under reads as one: a teaser, a button or a
    standfirst ("See more photos" / "Shopping for a …?"), or the headline set apart under
    a contact's line. A list of teasers sets a date by each of its headlines."""
    start, size = lines[i][BLOCK], lines[i][BLOCK_SIZE]
    if (i == start or size > options.text_title_max_head_block_lines
            or not 0 < first - i <= options.text_byline_header_lines):
        return False
    dates = [j for j in range(start, start + size) if is_date(j)]
    if len(dates) != 1 or not 0 < i - dates[0] <= options.text_title_meta_reach_above:
        return False
    date = dates[0]
    return (not opens_with_lead(lines[date][TEXT])
            and not (date > start and _reads_as_headline(lines, features, date - 1, story,
                                                         options))
            and not (i + 1 < len(lines) and _reads_as_headline(lines, features, i + 1, story,
                                                               options)))


def _headline_amid_labels(
    lines: Sequence[Line], features: Sequence[LineFeatures], i: int, *, first: int,
    story: StoryWords, options: ParseOptions,
) -> bool:
    """True when line ``i`` stands amid a block of three lines or more (and at most
    ``text_title_max_head_block_lines``) within the headline's header over the story
    (``text_byline_header_lines``), and says more words than every other line of it, none
    of which reads as a headline (:func:`_reads_as_headline`): a headline a dump glued
    among its labels and buttons ("World News" / headline / "Print article" / "Refer to a
    friend"; "Home page" / headline / "Herald and News"), as inscriptis, html-text and
    resiliparse write a page's head. A line that opens or ends its block is as often a
    menu's row or a teaser's; one under a label ("Author:") is its value."""
    start, size = lines[i][BLOCK], lines[i][BLOCK_SIZE]
    if (not 3 <= size <= options.text_title_max_head_block_lines
            or i in (start, start + size - 1) or lines[i - 1][TEXT].endswith(":")
            or not 0 < first - i <= options.text_byline_header_lines):
        return False
    words = features[i].n_words
    return not any(features[j].n_words >= words
                   or _reads_as_headline(lines, features, j, story, options)
                   for j in range(start, start + size) if j != i)


def _reads_as_headline(lines: Sequence[Line], features: Sequence[LineFeatures], i: int,
                       story: StoryWords, options: ParseOptions) -> bool:
    """True when line ``i`` has a headline's shape and the story repeats its words
    (``text_title_min_overlap``)."""
    if not looks_like_headline(lines[i][TEXT], features[i], options):
        return False
    overlap = story.overlap(lines[i][TEXT])
    return overlap is not None and overlap >= options.text_title_min_overlap


def _ends_trail_over(lines: Sequence[Line], i: int, reach: int, max_words: int) -> bool:
    """True when a breadcrumb trail within ``reach`` lines over line ``i`` ends with it: the
    last step of a trail names the page it leads to ("Home" / "News" / "Headline", or
    "Blog / Headline", over "Headline"). The last line of a list of several lines counts,
    or the last step of a trail on one line, or a trail glued to the headline's words
    (:func:`_glued_trail_over`)."""
    headline = lines[i][TEXT]
    key = headline.casefold()
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        line = lines[j]
        if line[BLOCK_SIZE] > 1 and j - line[BLOCK] == line[BLOCK_SIZE] - 1 \
                and line[TEXT].casefold() == key:
            return True
        steps = _TRAIL_STEP.split(line[TEXT])
        if len(steps) > 1 and steps[-1].strip().casefold() == key:
            return True
        if _glued_trail_over(line[TEXT], headline, max_words):
            return True
    return False


def _glued_trail_over(text: str, headline: str, max_words: int) -> bool:
    """True when ``text`` is a breadcrumb trail a dump glued into one line with the page
    it ends on, ``headline``: the trail's steps glued to it without a space
    ("HomeCybersecurity Best Practices"), or at most ``max_words`` words of steps before
    a longer headline ("Home Gear Reviews Best Minimalist Home Gym Setup on a Budget";
    "Why Trust The Spruce Eats" and "raised kitchen garden" end with a name or a tag)."""
    if len(text) <= len(headline):
        return False
    steps, page = text[:-len(headline)], text[-len(headline):]
    if page.casefold() != headline.casefold():
        return False
    if not steps[-1].isspace():
        return steps[-1].islower() and page[0].isupper()
    return len(steps.split()) <= max_words < len(page.split())


def _over_meta_line(lines: Sequence[Line], i: int, is_meta: Callable[[int], bool],
                    max_block: int, options: ParseOptions) -> bool:
    """True when the line's own block (of at most ``max_block`` lines) goes on with a
    byline or date line right under it: an old page's table cell that sets "Headline / By
    Jane Doe" or "Headline / 12/01/08" with no blank line between (the line over the
    headline being no byline or date). A longer block is a list of teasers, each over its
    date."""
    line = lines[i]
    if line[BLOCK_SIZE] > max_block or is_meta(i):
        return False
    position = i - line[BLOCK]  # in its block
    if position == line[BLOCK_SIZE] - 1:
        # The headline ends a short block ("More World news / Headline"), set apart below,
        # with its byline or date right under it, or its date right over it.
        return line[BLOCK_SIZE] <= options.text_max_labelled_head_lines and (
            is_meta(i + 1) or (position > 0 and is_meta(i - 1)))
    if is_meta(i + 1):
        return position == 0 or not is_meta(i - 1)
    # "Headline / Josh Pringle / Wednesday, January 16, 2008": a name or an agency the
    # byline reader does not take may stand between, in a block the headline opens.
    return (position + 2 < line[BLOCK_SIZE] and is_meta(i + 2)
            and len(lines[i + 1][TEXT]) <= options.text_max_credit_line_chars
            and (position == 0 or _first_head_of_block(lines, i, is_meta)))


def _first_head_of_block(lines: Sequence[Line], i: int, is_meta: Callable[[int], bool]) -> bool:
    """True when no byline or date line stands over line ``i`` in its block (a list of
    teasers sets each headline under the one before and its date) and the line right over
    it is no label ("Author:", whose value the line is): a tool row may open the block
    over the headline ("Print Email" / Headline / "The Associated Press" / date)."""
    start = lines[i][BLOCK]
    return (not lines[i - 1][TEXT].endswith(":")
            and not any(is_meta(j) for j in range(start, i)))


def _lone_head_in_long_block(lines: Sequence[Line], features: Sequence[LineFeatures], i: int,
                             *, first: int, is_meta: Callable[[int], bool], max_block: int,
                             options: ParseOptions) -> bool:
    """True when line ``i``, in a block longer than ``max_block`` lines and within the
    headline's header (``text_byline_header_lines``) over the story's first line, stands
    right over a byline or date line (or over a short credit over one) and no other
    headline-shaped line within ``max_block`` lines of it in its block does so: a headline
    glued under a menu and over its date ("Crosswords" / "TV Listings" / "Headline" /
    "Fri, January 18, 2008" / the story), as html-text and resiliparse write a page, no
    blank line where a browser sets a margin. A list of teasers sets headline after
    headline over its date; a name or a credit over a date is the byline."""
    line = lines[i]
    if (line[BLOCK_SIZE] <= max_block or not 0 < first - i <= options.text_byline_header_lines
            or is_meta(i) or opens_with_lead(line[TEXT]) or _names_a_person(line[TEXT], options)):
        return False
    start, end = line[BLOCK], line[BLOCK] + line[BLOCK_SIZE]
    if i + 1 >= end:
        return False
    under = lines[i + 1][TEXT]
    credit = (not is_meta(i + 1) and i + 2 < end and is_meta(i + 2)
              and len(under) <= options.text_max_credit_line_chars
              and (opens_with_lead(under) or _names_a_person(under, options)))
    if not (is_meta(i + 1) or credit):
        return False
    return not any(
        j not in (i, i + 1 if credit else i) and is_meta(j + 1) and not is_meta(j)
        and looks_like_headline(lines[j][TEXT], features[j], options)
        for j in range(max(start, i - max_block), min(end - 1, i + max_block + 1)))


def _names_a_person(text: str, options: ParseOptions) -> bool:
    """True when ``text`` is a person's name or a few of them (two or three words each,
    "Jane Doe", "Luke Van Leuveren"): a byline's shape, not a headline in capitals."""
    names = bare_names(text, options)
    return bool(names) and all(len(name.split()) <= 3 for name in names)


def _far_headline(
    lines: Sequence[Line], features: Sequence[LineFeatures], far: Sequence[int],
    story: StoryWords, options: ParseOptions,
) -> int | None:
    """The headline right over the line in ``far`` that says it is a byline ("By Jane
    Doe"), or is a line of names over a date line ("Jane Doe" / "11.03.17"), its words
    well repeated by the story; None when several such lines stand under headlines (a
    list of teasers, each over its author)."""
    found: list[int] = []
    reach = options.text_far_title_reach
    for j in far:
        text = lines[j][TEXT]
        if len(text) > options.text_max_meta_chars or not _is_far_byline(lines, j, options):
            continue
        over = [i for i in range(j - 1, max(-1, j - 1 - reach), -1)
                if lines[i][BLOCK_SIZE] == 1 and not _link_row(lines[i], options)
                and looks_like_headline(lines[i][TEXT], features[i], options)]
        if over:
            if found:
                return None
            found = over
    # Over the byline stand the headline and maybe its standfirst, or a kicker and the
    # headline: the story repeats the headline's words best.
    best, best_overlap = None, options.text_far_title_min_overlap
    for i in found:
        overlap = story.overlap(lines[i][TEXT])
        if overlap is not None and overlap >= best_overlap:
            best, best_overlap = i, overlap
    return best


def _is_far_byline(lines: Sequence[Line], j: int, options: ParseOptions) -> bool:
    text = lines[j][TEXT]
    if opens_with_lead(text):
        return bool(find_byline([text], options))
    # Most lines have no date line under them: ask that first.
    return date_follows(lines, j, options) and bool(bare_names(text, options))


def headline_over_far_byline(
    lines: Sequence[Line], features: Sequence[LineFeatures], story: Sequence[int],
    options: ParseOptions, *, byline: int | None, title: int | None,
) -> int | None:
    """The headline right over the story's "By" line (line ``byline``, or the lone "By"
    over it) when that line stands far above the story (past the
    ``options.text_head_lines`` searched for its head) and the title line found (line
    ``title``) stands under it, else ``title``. A guide or a list of picks sets its
    headline, its "By" line and its date on top, then a contents list, a table or a
    disclaimer, and the densest run is one of its sections: the line read as its title
    near that run is the section's heading. The headline is the headline-shaped line, set
    apart, whose words the story repeats best (``options.text_title_min_overlap`` or more)
    among the ``options.text_title_meta_reach`` lines over the "By" line (past a
    standfirst, a picture and its credit); the "By" line must be the only one above the
    story (several are a list of teasers, each over its author)."""
    if byline is None or not story or byline >= story[0] - options.text_head_lines:
        return title
    top = byline - (byline > 0 and is_lone_lead(lines[byline - 1][TEXT]))
    if (title is not None and title < top) or not opens_with_lead(lines[top][TEXT]):
        return title
    max_chars = options.text_max_byline_line_chars
    for k in range(story[0]):
        if (k != top and len(lines[k][TEXT]) <= max_chars and opens_with_lead(lines[k][TEXT])
                and find_byline([lines[k][TEXT]], options)):
            return title
    words = StoryWords([lines[i][TEXT] for i in story], options)
    best, best_overlap = title, options.text_title_min_overlap
    for i in range(top - 1, max(-1, top - 1 - options.text_title_meta_reach), -1):
        if lines[i][BLOCK_SIZE] != 1 or not looks_like_headline(lines[i][TEXT], features[i],
                                                                  options):
            continue
        overlap = words.overlap(lines[i][TEXT])
        if overlap is not None and overlap >= best_overlap:
            best, best_overlap = i, overlap
    return best


def _meta_bonuses(
    candidates: Sequence[int], is_meta: Callable[[int], bool], is_date: Callable[[int], bool],
    options: ParseOptions,
) -> dict[int, float]:
    """Pages set the byline and the date under the headline: the candidates at most
    ``options.text_title_meta_reach`` lines over such a line sit where the headline does
    (with its standfirst and picture caption, which the score tells apart). A blog sets its
    date line over the headline, so the first candidate just under a date line takes a
    smaller bonus."""
    reach_below, reach_above = options.text_title_meta_reach, options.text_title_meta_reach_above
    over_meta, under_meta = options.text_title_over_meta_bonus, options.text_title_under_meta_bonus
    bonuses: dict[int, float] = {}
    for i in candidates:
        if any(is_meta(j) for j in range(i + 1, i + 1 + reach_below)):
            bonuses[i] = over_meta
    for n, i in enumerate(candidates):
        after = candidates[n - 1] + 1 if n else 0
        if i not in bonuses and any(
                is_date(j) for j in range(max(after, i - reach_above), i)):
            bonuses[i] = under_meta
    return bonuses


def looks_like_headline(text: str, feat: LineFeatures, options: ParseOptions) -> bool:
    """True when ``text`` has a headline's shape: a few words, no final period, not page
    furniture, a byline or a date."""
    if feat.soft_wall or feat.hard_wall or (feat.chrome_phrase and (
            feat.n_words < options.text_title_min_furniture_headline_words
            or chrome_beyond_furniture_words(text))):
        # A furniture word ("newsletter", "cookies") in a line that says as much as a
        # headline is its subject.
        return False
    if (len(text) > options.text_max_title_chars or feat.n_words > options.text_max_title_words
            or feat.n_words < options.text_min_title_words):
        return False
    if not any(map(str.isalpha, text)) or _QUOTED_STOP.search(text):
        # Figures alone ("8.3", "12 | 45") are a score or a count; a line that ends its
        # sentence inside its quotation marks ("... with \"Burnout Paradise.\"") a sentence.
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("...") and not (
            text.endswith(".")
            and (text.rsplit(None, 1)[-1].count(".") >= options.text_abbreviation_dots
                 or _headline_with_stop(text, feat))):
        # A sentence, but for an abbreviation at the end ("… Underneath N.Y.C.") or a
        # headline in headline capitals that ends with a stop.
        return False
    if ("\t" in text or _is_trail_or_label(text, options) or find_byline([text], options)
            or is_credit_line(text, options)):
        return False
    return not (len(text) <= options.text_max_meta_chars
                and written_date(text, options) is not None)


def _headline_with_stop(text: str, feat: LineFeatures) -> bool:
    """True when ``text``, ending with its only full stop, is in headline capitals ("Ad
    Age Misses the Point.", "Things to Know Before Travelling to Japan for the First
    Time."): some blogs and guides end a headline so, where a sentence (a standfirst, a
    caption, a teaser's blurb) is written in a sentence's case."""
    return feat.headline_case and text.count(".") == 1


def is_credit_line(text: str, options: ParseOptions) -> bool:
    """True when ``text`` is a short line that credits the story ("By JASON DOE Associated
    Press Writer", "BY HERALD REPORTER", "By Associated Press"): a byline lead-in, then a
    few words (``options.text_max_credit_words``) opening with a capital, and no colon or
    final stop (a headline, "By the numbers: …"). The byline reader takes it or not (an
    agency, a desk, a name in capitals with a role glued on); either way it is no
    headline, and it vouches for the headline over it."""
    match = LEAD.match(text)
    if match is None or ":" in text[match.end():] or text.endswith((".", "?", "!")):
        return False
    rest = text[match.end():].split()
    return (0 < len(rest) <= options.text_max_credit_words and rest[0][:1].isupper())


def ends_with_photo_credit(text: str) -> bool:
    """True when ``text`` ends with a picture's credit ("Jane Doe / Reuters file")."""
    slash = text.rfind("/")
    if slash < 0 or not _CREDIT_AGENCY.match(text, slash):
        return False
    name = text[:slash - 1] if text[:slash].endswith(" ") else text[:slash]
    return _CREDIT_NAME_REVERSED.match(name[::-1]) is not None


def _is_navigation_link(text: str) -> bool:
    """A link that leads away from the story: back up the site ("« Back to Sport",
    ``_NAVIGATION``), or a blog's to the post before or after ("« Show me the money",
    "Next post »", "« Older | Main | Newer »"): a guillemet that points out of the line,
    with none to close it (a quotation in guillemets, « Non », closes), or both ends
    pointing out around a bar; or on, past the line (``_ONWARD``): an arrow that ends it
    ("Show Full Details ▼", "Book your consultation now >", "Read the review →"), or one
    step of a section's trail ("LATEST NEWS > Sport")."""
    if _NAVIGATION.match(text) or _ONWARD.search(text):
        return True
    opens, closes = text.startswith("«"), text.endswith("»")
    return ((opens and "»" not in text) or (closes and "«" not in text)
            or (opens and closes and "|" in text))


def _is_trail_or_label(text: str, options: ParseOptions) -> bool:
    """A breadcrumb trail, a web address, link texts glued together, a picture credit, a
    gallery's label, a link back up the site or to another post, or a label that ends
    with a preposition or an article."""
    if (len(_TRAIL_STEP.findall(text)) >= options.text_min_trail_steps
            or ends_with_photo_credit(text)):
        return True
    if _GALLERY.search(text) or _is_navigation_link(text):
        return True
    if "://" in text or text.startswith("www.") or _GLUED_LINKS.search(text):
        return True
    tokens = words(text)
    return bool(tokens) and tokens[-1] in _LABEL_ENDS and text[-1].isalnum()


def top_heading_title(
    lines: Sequence[Line], features: Sequence[LineFeatures], story: Sequence[int],
    options: ParseOptions, *, used: Collection[int] = (), otherwise: int | None = None,
) -> int | None:
    """The index of the dump's only top-level heading (Markdown's one ``#``, the page's
    ``<h1>``) when it is the story's headline (and not in ``used``), else ``otherwise``.

    A page has one ``<h1>`` as a rule, and it is the headline: wherever it stands above
    the story (a menu, a gallery or a share bar may come between), or among the first
    ``options.text_top_heading_story_lines`` lines of the story, after a caption or a
    notice that opened the densest run. It must be shaped as a headline (or, as the
    markup declares it, only sized as one: :func:`declared_headline`), and above the
    story not be a link (a site's name over its logo, in the ``<h1>`` of some sites)."""
    heading = _top_heading(lines, features, story, options)
    return otherwise if heading is None or heading in used else heading


def declared_headline(text: str, feat: LineFeatures, options: ParseOptions) -> bool:
    """True when the dump's one top-level heading (the page's ``<h1>``, which the markup
    declares the headline) has a headline's size, where its words do not read as one: a
    final stop ("Apple updates MacPros and Xserves, doubles performance."), a furniture
    word or a "by" ("… Security Independently Validated by SRLabs"), a date ("Metasploit
    Wrap-Up 12/19/2025"). It still says more than a word (a section's label: "Football",
    "News") and is no wall, table row, trail or label (see :func:`looks_like_headline`)."""
    return (not (feat.soft_wall or feat.hard_wall) and "\t" not in text
            and len(text) <= options.text_max_title_chars
            and options.text_min_title_words <= feat.n_words <= options.text_max_title_words
            and any(map(str.isalpha, text)) and not _is_trail_or_label(text, options))


def _top_heading(
    lines: Sequence[Line], features: Sequence[LineFeatures], story: Sequence[int],
    options: ParseOptions,
) -> int | None:
    reach = options.text_top_heading_story_lines
    if not story:
        return None
    # (It stands before the story's line ``reach + 1``: a dump of a million short lines
    # is not read to its end for it.)
    end = story[reach + 1] if len(story) > reach + 1 else len(lines)
    heading = next((i for i in range(end) if lines[i][MARKS] is not None
                    and top_heading_of(lines[i])), None)
    if heading is None or not (
            looks_like_headline(lines[heading][TEXT], features[heading], options)
            or declared_headline(lines[heading][TEXT], features[heading], options)):
        return None
    if heading < story[0] and link_share_of(lines[heading]) > options.text_max_link_share:
        # Above the story, a heading that links away is the site's name over its logo,
        # linking home; the headline above its story seldom links.
        return None
    before = sum(1 for i in story[:reach + 1] if i < heading)
    return heading if before <= reach else None
