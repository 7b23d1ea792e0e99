"""Text dumps, stage 4: the story's paragraphs inside the chosen region, with their kinds.

Inside the region, lines labelled good after smoothing are kept, and so are paragraphs
of one short sentence that smoothing lost next to a caption. A line that ends with a
colon keeps the list that follows it ("Tour dates:" and the dates), even past the
region's end. A run of lines between two of the story's paragraphs that reads as a list
of phrases, not of links, is the story's too. Kinds: table rows hold tabs; list items sit
in runs of lines and start with a bullet or follow a colon; a short line without final
punctuation that leads into more story is a heading. Lines closing the story that ask the
reader to subscribe, follow, comment or share are furniture, and so are a shop's buttons
inside it ("Buy on Amazon", "Check price").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsparse._model import ParagraphKind
from newsparse._options import ParseOptions
from newsparse._reading.calls import CALL_TO_ACTION
from newsparse._reading.lead import is_furniture
from newsparse._text.classify import Label
from newsparse._text.dates import is_date_line
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line, hint_of, link_share_of

# A list bullet or an item number opening a line.
_BULLET = re.compile(r"^(?:[-–—•·▪◦●*+>]\s|\d{1,3}[.)]\s)")
# A list item's bullet (not its number: a ranking's cell opens with one, "1. San Jose").
_LIST_BULLET = re.compile(r"^\s*[-–—•·▪◦●*+]\s")
LIST_INTRO_END = (":", "：")
# A lead-in that names other stories, whose list is theirs and not the story's ("Related
# content from NBCNews.com:", "More world stories from NBC News:", "See also:", "If you
# enjoyed this article, you may also like:"): the web's words for its links to other
# stories, which the HTML reader drops as such.
_OTHER_STORIES_LEAD = re.compile(
    r"^\W*(?:related|more|other|popular|recommended|similar|further|latest)\b.{0,40}?"
    r"\b(?:news|stories|articles|posts|content|videos|headlines|reads|reading|links|coverage)"
    r"\b[^:]{0,30}:\s*$"
    r"|^\W*(?:see\s+also|also\s+(?:read|see)|read\s+(?:more|also|next))\b.{0,40}:\s*$"
    r"|^.{0,60}\byou(?:['’]ll|\s+may|\s+might|\s+will|\s+would)?\s+(?:also\s+)?"
    r"(?:like|enjoy|love)\b[^:]{0,20}:\s*$",
    re.IGNORECASE,
)
# What prose may open with besides a letter or a figure: a quote or a bracket (not a
# button's "+" or a footnote's "*").
_OPENERS = frozenset("\"'“‘«„(¿¡")
# The number opening an item's heading in a story told in numbered items ("7. Gardencup",
# "#6. Microsoft Azure Stack", "2) Find your purpose").
_ITEM_NUMBER = re.compile(r"^#?(\d{1,3})[.):]\s+(?=\S)")
# The ends of a line cut short: a teaser's summary, "… may soon..".
_CUT_ENDS = ("..", "…")
# A picture's credit ending a caption that the HTML reader's furniture test does not read:
# "… on the High Line. Photograph by Jane Doe.", "… | Photo by Jane Doe", "Foto von Max
# Muster", "(Jane Doe / Associated Press)", "(UPI/Jane Doe/LANDOV)": a picture word and its
# "by" in the languages the project reads, or a news or picture agency closing a bracket.
_CREDIT_END = re.compile(
    r"(?:^|[.!?)]\s+|\s[-–—|/]\s*)(?:photo(?:graph)?s?|images?|pictures?|illustrations?|"
    r"fotos?|fotografías?|fotografie|bild(?:er)?|immagini|immagine|imagen(?:es)?|zdjęci[ea])"
    r"\s+(?:by|courtesy(?:\s+of)?|von|par|de|di|door|por|przez|autorstwa)\s[^.!?]{2,60}\.?$"
    r"|\((?:[^()]{0,40}[/,]\s*)?(?:getty(?:\s+images)?|reuters|afp|ap|epa|dpa|anp|ansa|efe"
    r"|associated\s+press|the\s+canadian\s+press|landov|istock(?:photo)?|shutterstock)\s*\)$",
    re.IGNORECASE,
)
# How far from a line's end a credit the pattern reads can begin.
_CREDIT_TAIL = 110


def opens_as_item(text: str) -> bool:
    """True when ``text`` opens with a list's bullet or an item's number ("- ", "• ",
    "10) "), or the dash of a quote's attribution ("— Jane Doe (@jane) …")."""
    return _BULLET.match(text) is not None


def story_paragraphs(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    smoothed: Sequence[Label],
    region: tuple[int, int],
    *,
    code_blocks: set[int],
    options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """The indexes and kinds of the lines that make the story, in order.

    Lines of ``code_blocks`` inside the region, once the story has begun, are kept as
    preformatted text.
    """
    start, end = region
    kept: list[tuple[int, ParagraphKind]] = []
    i = start
    # One line past the region too: a list's lead-in often ends the densest run.
    while i <= end and i < len(lines):
        if _is_chrome(features[i]):
            i += 1
            continue
        follows_story = bool(kept) and kept[-1][0] >= i - 2
        if lines[i][TEXT].endswith(LIST_INTRO_END) and (
            smoothed[i] is Label.GOOD or follows_story
        ):
            items = list_after(lines, features, i, options)
            if items:
                kept.append((i, ParagraphKind.PARAGRAPH))
                # (Code stays code, the dump's marks or its lines saying so: "Then:" over
                # a shell session.)
                kept.extend((j, ParagraphKind.PREFORMATTED
                             if hint_of(lines[j]) is ParagraphKind.PREFORMATTED
                             or lines[j][BLOCK] in code_blocks
                             else ParagraphKind.LIST_ITEM) for j in items)
                i = items[-1] + 1
                end = max(end, i)
                continue
        if i < end and lines[i][BLOCK] in code_blocks and (kept or smoothed[i] is Label.GOOD):
            kept.append((i, ParagraphKind.PREFORMATTED))
        elif i < end and (
            smoothed[i] is Label.GOOD or _short_sentence(lines[i], features[i], options)
        ):
            kept.append((i, _kind(lines, features, smoothed, i, end=end, options=options)))
        i += 1
    kept = _with_inner_prose(lines, features, _with_inner_runs(lines, features, kept, options),
                             options)
    kept = _with_numbered_headings(lines, features, _with_inner_headings(lines, features, kept,
                                                                         options), options)
    kept = _without_shop_buttons(lines, features, kept, options)
    kept = _without_closing_calls(lines, _without_furniture(lines, kept, options), options)
    return _with_tail_tables(lines, features, kept, end, options)


def _with_tail_tables(
    lines: Sequence[Line], features: Sequence[LineFeatures],
    kept: list[tuple[int, ParagraphKind]], end: int, options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` with the tables that close the story: a table within
    ``options.text_list_intro_reach`` lines under the region's ``end``, when the story's
    last line stands within that reach over it, and the tables after it, each under a
    short heading or two ("Bottom Large Cities", "5K to 10K Plan"). A table of figures
    weighs nothing for the region, so a story that ends with one (a scoreboard, a
    ranking, a training plan) lost it; ``_inner_tables`` takes in only those between
    the story's paragraphs. A table is a block of rows (``_table_rows``), at least
    ``options.text_min_tail_table_rows`` rows in all; the lines over a table are short and
    no sentence, no wall and no furniture. (A page's layout table of links, a share
    bar's or a site map's, is no table here: its rows are links.)"""
    reach = options.text_list_intro_reach
    if not kept or kept[-1][0] < end - reach:
        return kept
    tables: list[tuple[int, ParagraphKind]] = []
    i, rows = end, 0
    while i < len(lines):
        first = next((k for k in range(i, min(len(lines), i + reach + 1))
                      if _table_rows(lines, k, options)), None)
        if first is None or not all(_heads_table(lines[k], features[k], options)
                                     for k in range(i, first)):
            break
        size = _table_rows(lines, first, options)
        tables += [(k, ParagraphKind.HEADING) for k in range(i, first) if features[k].n_words]
        tables += [(k, ParagraphKind.TABLE_ROW) for k in range(first, first + size)]
        rows += size
        i = first + size
    if rows < options.text_min_tail_table_rows:
        return kept
    return kept + [(k, kind) for k, kind in tables if k > kept[-1][0]]


def _table_rows(lines: Sequence[Line], i: int, options: ParseOptions) -> int:
    """The rows of the table that opens at line ``i``: a block of two lines or more, each
    a row of cells (a tab between them) that is no line of links and has no cell opening
    with a bullet (two columns of a page's layout set side by side, a list of links in
    one of them); else 0."""
    size = lines[i][BLOCK_SIZE]
    if lines[i][BLOCK] != i or size < 2:
        return 0
    for k in range(i, i + size):
        text = lines[k][TEXT]
        if ("\t" not in text or link_share_of(lines[k]) > options.text_max_link_share
                or any(_LIST_BULLET.match(cell) for cell in text.split("\t"))):
            return 0
    return size


def _heads_table(line: Line, feat: LineFeatures, options: ParseOptions) -> bool:
    """True for a line that may stand over a table of the story's: short, no sentence,
    no wall, no furniture and no cells (a row alone is a layout's)."""
    return (feat.chars < options.text_length_low and not feat.ends_sentence
            and "\t" not in line[TEXT]
            and not (feat.hard_wall or feat.soft_wall or feat.chrome_phrase))


# A shop's or a site's button as a dump prints it, on a line of its own: the web's usual
# words for buying, booking and prices, and for the way to a review, a website, a trial
# ("Buy on Amazon", "Shop Nike", "Check price", "$129 at Amazon", "Read full review",
# "Learn more").
_SHOP_BUTTON = re.compile(
    r"^shop\s+(?!and\b|or\b)"
    r"|^(?:buy|order)\s+(?:(?:it|one|this|yours)\s+)?(?:now|online|today|here|on|at|from)\b"
    r"|^book\s+(?:now|a\s+demo|(?:a\s+)?free\s+demo|today|online|your\s+stay)\b"
    r"|^(?:check|compare|get|see|view)\s+(?:the\s+|latest\s+|current\s+|best\s+)*"
    r"(?:prices?|deals?|rates?|availability)\b"
    r"|^(?:check|see)\s+(?:it\s+)?(?:at|on)\s|^check\s+(?:amazon|their\s+rates)\b"
    r"|^track\s+prices?\b"
    r"|^[$£€]\s?\d[\d,.]*\s+(?:at|from|on)\s|^starting\s+at\s+[$£€]\s?\d|^where\s+to\s+buy\W*$"
    r"|^(?:read|jump\s+to|see|watch)\s+(?:the\s+|our\s+|full\s+|entire\s+)*reviews?\b"
    r"|^read\s+(?:our|the)\s+(?:full|complete|in-depth)\s+(?:\S+\s+){0,5}reviews?\W*$"
    r"|^visit\s+(?:the\s+)?(?:website|site|store|shop)\b"
    r"|^learn\s+more\W*$"
    r"|^get\s+(?:a\s+|an\s+|your\s+)?(?:free\s+)?(?:quotes?|demo|estimate)\b"
    r"|^try\s+(?:\S+\s+){0,3}(?:for\s+)?free\W*$|^watch\s+(?:the\s+|a\s+)?demo\b"
    r"|^start\s+(?:a\s+|your\s+|my\s+)?(?:free\s+)?(?:trial|course)\b"
    r"|^download\s+now\b"
    r"|^view\s+(?:the\s+)?(?:larger|full|entire)\s+(?:image|gallery|photo)",
    re.IGNORECASE,
)


def _without_shop_buttons(
    lines: Sequence[Line], features: Sequence[LineFeatures],
    kept: list[tuple[int, ParagraphKind]], options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` without the buttons inside the story that the dump printed as lines of
    their own (``_SHOP_BUTTON``: "Buy on Amazon", "Check price", "Read the review", "Book
    now", "Learn more"), up to ``options.text_max_shop_button_words`` words, which the
    HTML reader drops as the buttons they are. Not a lead-in ("See it at these stores:")
    nor a sentence ("Order wedding favors for your guests."): a button ends in no full
    stop, but for a word or two ("Learn more.")."""
    max_words = options.text_max_shop_button_words
    drop = {i for i, kind in kept
            if features[i].n_words <= max_words and kind is not ParagraphKind.PREFORMATTED
            and not (text := lines[i][TEXT]).endswith(LIST_INTRO_END)
            and not (text.endswith(".") and features[i].n_words > 2)
            and _SHOP_BUTTON.search(text) is not None}
    if not drop:
        return kept
    return [item for item in kept if item[0] not in drop]


def framed_paragraphs(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    smoothed: Sequence[Label],
    frame: tuple[int, int],
    *,
    options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """The indexes and kinds of the lines of a post that its frame vouches for
    (``_text/frame.post_frame``): every line between its head and its foot but walls and
    short lines of furniture. The post's short lines ("Learn." / "Compare." / "Find.", a
    poem's lines, a sentence a wrap broke) read as no prose, but the frame says they are
    the post's; a long line that names a furniture word is a sentence ("… Artwork and
    photos © Jane Doe"). Captions' credits and calls that close the post go, as from any
    story."""
    start, end = frame
    length_low = options.text_length_low
    kept = [(i, _kind(lines, features, smoothed, i, end=end, options=options))
            for i in range(start, end)
            if not ((feat := features[i]).soft_wall or feat.hard_wall
                    or (feat.chrome_phrase and feat.chars < length_low))]
    return _without_closing_calls(lines, _without_furniture(lines, kept, options), options)


def _without_furniture(
    lines: Sequence[Line], kept: list[tuple[int, ParagraphKind]], options: ParseOptions
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` without the pictures' captions that end in their credit ("… the plaque
    removal test. Credit: Reviewed", "Credit: Amazon", "… (AP Photo/Jane Doe)"), that the
    HTML reader drops too (``is_furniture``), and, past the story's first line, those that
    end in a credit of another shape (``_CREDIT_END``): a caption over the story, left out,
    would be read as its headline. A dump's bare URLs and markup stay: a story's references
    and the code it shows."""
    drop = [k for k, (i, kind) in enumerate(kept)
            if kind is not ParagraphKind.PREFORMATTED
            and not lines[i][TEXT].startswith(("<", "http"))
            and (is_furniture(lines[i][TEXT], options)
                 or (k > 0 and _ends_in_credit(lines[i][TEXT], options)))]
    if not drop:
        return kept
    gone = set(drop)
    return [item for k, item in enumerate(kept) if k not in gone]


def _ends_in_credit(text: str, options: ParseOptions) -> bool:
    """True when the line ``text`` (a caption's length at most) ends in a picture's credit
    that ``_CREDIT_END`` reads; the cheap tests first (this runs on every kept line)."""
    if len(text) > options.html_max_furniture_chars:
        return False
    start = max(0, len(text) - _CREDIT_TAIL)
    if text[-1] != ")":
        # The "by" branch's picture words, as pieces that its usual spellings hold
        # ("Photo", "foto", "Image", "immagine", "Bild"), looked for at C speed first.
        tail = text[start:]
        if not ("oto" in tail or "mag" in tail or "ictur" in tail or "llustr" in tail
                or "ild" in tail or "zdję" in tail):
            return False
    return _CREDIT_END.search(text, start) is not None


def _with_inner_prose(
    lines: Sequence[Line], features: Sequence[LineFeatures],
    kept: list[tuple[int, ParagraphKind]], options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` with the lines between two kept lines that the labels lost to a neighbour
    (a caption, a button): a block of one line, of ``options.text_min_prose_words`` words
    or more with some function words (``options.text_min_prose_stopwords``), that ends
    without a full stop ("Despite high rates, home prices are showing signs of growth",
    "Identify one area to focus on first:"). In headline case, such a line is a heading
    when a paragraph of the story follows it; elsewhere, a link to another story."""
    if len(kept) < 2:
        return kept
    have = {i for i, _ in kept}
    min_words, min_density = options.text_min_prose_words, options.text_min_prose_stopwords
    extra: list[tuple[int, ParagraphKind]] = []
    for i in range(kept[0][0] + 1, kept[-1][0]):
        feat = features[i]
        if (i in have or lines[i][BLOCK_SIZE] != 1 or feat.n_words < min_words
                or feat.stop_density < min_density or _is_chrome(feat)
                or (not lines[i][TEXT][0].isalnum() and lines[i][TEXT][0] not in _OPENERS)
                or link_share_of(lines[i]) > options.text_max_link_share):
            continue
        if not feat.headline_case:
            extra.append((i, ParagraphKind.PARAGRAPH))
        elif i + 1 in have and features[i + 1].chars >= options.text_length_low:
            extra.append((i, ParagraphKind.HEADING))
    return sorted(kept + extra) if extra else kept


def _with_inner_headings(
    lines: Sequence[Line], features: Sequence[LineFeatures],
    kept: list[tuple[int, ParagraphKind]], options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` with the short lines set between a kept line and a kept paragraph of the
    story (``options.text_length_low`` characters or more) that end no sentence: the
    story's subheadings ("Methodology", "Pros", "Getting Around Japan"), that the labels
    lose for their few words. A block of one line, no furniture phrase or wall, opened by a
    letter, a figure or a quote, mostly not link text unless the dump marks it a heading
    (``_marked_subheading``)."""
    low = options.text_length_low
    extra: list[tuple[int, ParagraphKind]] = []
    # The lines between two kept lines one apart: one pass over the kept lines alone.
    for (above, _), (below, _) in pairwise(kept):
        if below - above != 2:
            continue
        i = above + 1
        feat, text = features[i], lines[i][TEXT]
        if (feat.ends_sentence or feat.chars >= low or lines[i][BLOCK_SIZE] != 1
                or features[below].chars < low or "\t" in text or _is_chrome(feat)
                or (not text[0].isalnum() and text[0] not in _OPENERS)
                or (link_share_of(lines[i]) > options.text_max_link_share
                    and not _marked_subheading(lines[i]))
                or is_date_line(text, options)):
            continue
        extra.append((i, ParagraphKind.PARAGRAPH if text.endswith(LIST_INTRO_END)
                      else ParagraphKind.HEADING))
    return sorted(kept + extra) if extra else kept


def _marked_subheading(line: Line) -> bool:
    """The dump marks ``line`` as a heading (Markdown's ``##``), so that its links do not
    make it furniture: a subheading of the story that links to a page of its own (a
    guide's steps, a roundup's items under ``## [Name](/item)``) is a heading element,
    where a linked line between two paragraphs is a link to another story as a rule."""
    return hint_of(line) is ParagraphKind.HEADING


def _with_numbered_headings(
    lines: Sequence[Line], features: Sequence[LineFeatures],
    kept: list[tuple[int, ParagraphKind]], options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` with the headings of a story told in numbered items ("1. Sony Corporation",
    "2. Lyfe Marketing" …, or counted down), between its first kept line and its last:
    ``options.text_min_numbered_sections`` short lines set apart or more (under
    ``options.text_length_low`` characters, ending no sentence), each opening with the
    number after the one before it (or before), with a kept line of the story between each
    and the next. The labels lose them for their few words and their names."""
    if len(kept) < 2:
        return kept
    have = {i for i, _ in kept}
    low, min_items = options.text_length_low, options.text_min_numbered_sections
    extra: list[int] = []
    run: list[int] = []  # the headings of the run of items so far
    step = last = 0  # the count's step (+1, -1, 0 not known yet) and its last number
    for i in range(kept[0][0] + 1, kept[-1][0]):
        text = lines[i][TEXT]
        if not (text[0].isdigit() or text[0] == "#") or lines[i][BLOCK_SIZE] != 1:
            continue
        feat = features[i]
        match = _ITEM_NUMBER.match(text)
        if match is None or feat.chars >= low or feat.ends_sentence or _is_chrome(feat):
            continue
        number = int(match.group(1))
        if (run and number - last in (1, -1) and step in (0, number - last)
                and any(k in have for k in range(run[-1] + 1, i))):
            step = number - last
            run.append(i)
        else:
            if len(run) >= min_items:
                extra += run
            run, step = [i], 0
        last = number
    if len(run) >= min_items:
        extra += run
    extra = [i for i in extra if i not in have]
    if not extra:
        return kept
    return sorted(kept + [(i, ParagraphKind.HEADING) for i in extra])


def _without_closing_calls(
    lines: Sequence[Line], kept: list[tuple[int, ParagraphKind]], options: ParseOptions
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` without the lines closing it that ask the reader to subscribe, follow the
    site, comment or share ("If you enjoyed this post, please subscribe to the RSS feed",
    "You can follow any responses to this entry through the RSS 2.0 feed"), up to
    ``options.text_max_call_chars`` long: the blog's furniture, even when it reads as a
    sentence of the story. Two lines stay at least."""
    end = len(kept)
    while end > 2:
        text = lines[kept[end - 1][0]][TEXT]
        if len(text) > options.text_max_call_chars or CALL_TO_ACTION.search(text) is None:
            break
        end -= 1
    return kept[:end] if end < len(kept) else kept


def _with_inner_runs(
    lines: Sequence[Line], features: Sequence[LineFeatures],
    kept: list[tuple[int, ParagraphKind]], options: ParseOptions,
) -> list[tuple[int, ParagraphKind]]:
    """``kept`` with the items of the lists inside the story (see ``inner_list``): the
    runs of lines between two kept lines that no rule above kept."""
    if len(kept) < 2:
        return kept
    have = {i for i, _ in kept}
    extra: list[tuple[int, ParagraphKind]] = []
    i, last = kept[0][0] + 1, kept[-1][0]
    while i < last:
        if i in have or lines[i][BLOCK_SIZE] < 2:
            i += 1
            continue
        j = i
        while j < last and lines[j][BLOCK] == lines[i][BLOCK] and j not in have:
            j += 1
        if (inner_list(lines, features, range(i, j), options) if j - i >= options.text_run_lines
                else j - i == 2 and _inner_pair(lines, features, i, options)):
            extra += [(k, _item_kind(lines[k])) for k in range(i, j)]
        i = j
    return sorted(kept + extra) if extra else kept


def _inner_pair(
    lines: Sequence[Line], features: Sequence[LineFeatures], i: int, options: ParseOptions
) -> bool:
    """True when the block of two lines at ``i`` reads as a short list of the story's
    ("Pricing is generally higher than other van lines", "Require a deposit at booking"):
    a list by ``inner_list``'s measure with two lines, each of two words or more, shown
    nowhere else on the page (a button and its small print, a disclaimer, repeat)."""
    if features[i].n_words < 2 or features[i + 1].n_words < 2:
        return False
    if not inner_list(lines, features, range(i, i + 2), options, min_lines=2):
        return False
    first = lines[i][TEXT]
    return sum(1 for line in lines if line[TEXT] == first) == 1


def _item_kind(line: Line) -> ParagraphKind:
    """The kind of a line of a list inside the story: what the dump says, else a table
    row or a list item."""
    hint = hint_of(line)
    if hint is not None:
        return hint
    return ParagraphKind.TABLE_ROW if "\t" in line[TEXT] else ParagraphKind.LIST_ITEM


def inner_list(
    lines: Sequence[Line], features: Sequence[LineFeatures], run: range, options: ParseOptions,
    min_lines: int | None = None,
) -> bool:
    """True when the ``run`` of lines (of one block, story on both sides of it) reads as a
    list the story holds ("Driving in stop-and-go traffic", "1 egg, lightly beaten"), not
    furniture set inside it: ``options.text_run_lines`` lines or more, of
    ``options.text_min_list_item_words`` words each on average; none repeated (a gallery's
    captions, shown twice), cut short ("…", teasers) or furniture ("Share on Facebook"),
    and at most half in headline case (other stories' headlines). A share bar's items are
    one or two words."""
    if len(run) < (options.text_run_lines if min_lines is None else min_lines):
        return False
    texts = [lines[k][TEXT] for k in run]
    if len(set(texts)) < len(texts):
        return False
    if sum(features[k].n_words for k in run) < options.text_min_list_item_words * len(run):
        return False
    if 2 * sum(features[k].headline_case for k in run) > len(run):
        return False
    return not any(_is_chrome(features[k]) or text.endswith(_CUT_ENDS)
                   for k, text in zip(run, texts, strict=True))


def _short_sentence(line: Line, feat: LineFeatures, options: ParseOptions) -> bool:
    """A paragraph of one short sentence, which smoothing may have lost to a caption."""
    return (
        line[BLOCK_SIZE] == 1
        and link_share_of(line) <= options.text_max_link_share
        and feat.ends_sentence
        and feat.sentence_ends >= 1
        and feat.n_words >= options.text_min_sentence_words
        and feat.stop_density >= options.text_stopwords_low
    )


def _is_chrome(feat: LineFeatures) -> bool:
    return feat.chrome_phrase or feat.soft_wall or feat.hard_wall


def list_after(
    lines: Sequence[Line], features: Sequence[LineFeatures], intro: int, options: ParseOptions
) -> list[int]:
    """The lines of the list that the line at ``intro`` announces: the next run of lines, or
    the items the dump marks as such (Markdown's "* ") or that open with one bullet ("• "),
    each item a block of its own, or short items set apart under a sentence
    (``_items_set_apart``). None under a lead-in that names other stories
    (``_OTHER_STORIES_LEAD``: "Related content from …:", "See also:"): their links."""
    first = intro + 1
    if first >= len(lines) or _OTHER_STORIES_LEAD.match(lines[intro][TEXT]) is not None:
        return []
    marked = hint_of(lines[first]) is ParagraphKind.LIST_ITEM
    # Items a block each, that their bullets tell ("• Bernards Township Schools").
    bullet = _bullet(lines[first][TEXT]) if lines[first][BLOCK_SIZE] == 1 else None
    if lines[first][BLOCK] == lines[intro][BLOCK]:
        block = lines[intro][BLOCK]
    elif lines[first][BLOCK_SIZE] > 1 or marked or bullet:
        block = lines[first][BLOCK]
    else:
        return _items_set_apart(lines, features, intro, options)
    items: list[int] = []
    j = first
    while j < len(lines) and (
            lines[j][BLOCK] == block or (marked and hint_of(lines[j]) is ParagraphKind.LIST_ITEM)
            or (bullet and lines[j][BLOCK_SIZE] == 1 and _bullet(lines[j][TEXT]) == bullet)):
        if _is_chrome(features[j]):
            break
        if len(items) == options.text_max_list_items:
            return []  # a run this long is a link farm, not the list a sentence announces
        items.append(j)
        j += 1
    return items


def _items_set_apart(
    lines: Sequence[Line], features: Sequence[LineFeatures], intro: int, options: ParseOptions
) -> list[int]:
    """The items of a list that the sentence at ``intro`` announces, each a block of its
    own with no bullet to tell them (a page's list items set apart by their margins: "The
    library consists of three primary components:" / "Captures the request" / "Measures
    its duration" / …): the short lines (under ``options.text_length_low`` characters) set
    apart right under it, two at least, up to a longer line, a line without a word or one
    that leads into a list of its own. The lead-in reads as a sentence: of
    ``options.text_min_list_lead_words`` words or more ("Other posts you'll love:", "More
    to read:" head lists of links), its words after the first mostly in lower case (a
    label in title case, "Other Posts:", "On the Net:", heads a list of links)."""
    lead = features[intro]
    later = lines[intro][TEXT].split()[1:]
    if (lead.headline_case or len(later) + 1 < options.text_min_list_lead_words
            or _is_chrome(lead) or 2 * sum(word[:1].isupper() for word in later) >= len(later)):
        return []
    items: list[int] = []
    j = intro + 1
    while (j < len(lines) and lines[j][BLOCK_SIZE] == 1 and features[j].n_words
           and features[j].chars < options.text_length_low and not _is_chrome(features[j])
           and not lines[j][TEXT].endswith(LIST_INTRO_END)):
        if len(items) == options.text_max_list_items:
            return []  # a run this long is a link farm, not the list a sentence announces
        items.append(j)
        j += 1
    return items if len(items) >= 2 else []


def _bullet(text: str) -> str | None:
    """The bullet that opens ``text`` ("•", "-", "1." counts as "1"), or None."""
    if _BULLET.match(text) is None:
        return None
    return "1" if text[0].isdigit() else text[0]


def _kind(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    smoothed: Sequence[Label],
    i: int,
    *,
    end: int,
    options: ParseOptions,
) -> ParagraphKind:
    """The kind of the story line at ``i``; ``end`` is the region's end."""
    line, feat = lines[i], features[i]
    hint = hint_of(line)
    if hint is not None:
        return hint  # the dump's own syntax says it (a Markdown heading, item, quote)
    if "\t" in line[TEXT]:
        return ParagraphKind.TABLE_ROW
    if line[BLOCK_SIZE] != 1 and _BULLET.match(line[TEXT]):
        return ParagraphKind.LIST_ITEM
    if (
        feat.chars < options.text_length_low
        and not feat.ends_sentence
        and not line[TEXT].endswith(LIST_INTRO_END)
        and i + 1 < end
        and smoothed[i + 1] is Label.GOOD
        and features[i + 1].chars >= options.text_length_low
    ):
        return ParagraphKind.HEADING
    return ParagraphKind.PARAGRAPH
