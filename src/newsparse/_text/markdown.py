"""Text dumps, stage 0b: read a Markdown dump (html2text, markdownify, a page-to-LLM tool).

Every line is turned back into the text a browser shows, with what its syntax says kept
aside: ``#`` headings, list items, quotes, code and table rows become hints of the
paragraph's kind; links become their text, and the share of a line that was link text is
kept as its link density; pictures, emphasis markers and escapes go. No Markdown syntax is
left in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse._model import ParagraphKind
from newsparse._options import ParseOptions

# Lines and marks that say "Markdown" (how many a dump needs to be read as Markdown is
# ``ParseOptions.text_markdown_min_marks``): one ``](`` or a heading can be an accident in
# prose; several of them cannot.
# A link's target may run past the line's end, where a tool hard-wrapped the dump.
_MD_LINK = re.compile(r"\]\((?:[^()\s]|\\.)*(?:\)|$)|\]\[\d+\]", re.MULTILINE)
_MD_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_ITEM_LINE = re.compile(r"^[ \t]*[*+-][ \t]+\S", re.MULTILINE)
# A pipe table's separator row: a cell of dashes spaced from its pipes ("| --- |", whole
# or inline in a table a tool flattened into a line, "| | --- | | Text |"), or a line of
# two such cells that opens with dashes ("---|---"): Markdown's own, as a link or a
# heading is (markdownify writes a layout table's page without a link at times). A box
# a plain dump draws has no spaces in its borders ("|-----|", "+-----+").
_MD_TABLE_SEPARATOR = re.compile(
    r"\|[ \t]+:?-{3,}:?[ \t]+\||^[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}", re.MULTILINE)

# A picture: ``![alt](src "title")``; the source may hold escaped or balanced brackets.
# (The source is read lazily, up to the first place where its end can follow: only before
# a ">", a space or a ")". A run of other characters is taken whole, possessively, not a
# character at a time with the end tried after each one: the same matches, at a third of
# the cost, on the lines of a Markdown dump, most of which hold a link.)
_URL = r"(?:[^()\\\s>]++|\\.|[^\S\n]|>|\((?:\\.|[^()\\\n])*+\))*?"
_TITLE = r'(?:\s+(?:"[^"]*"|\'[^\']*\'))?'
# A link's or a picture's label. Each of its characters reads one way only (an escape, a
# plain character, or a bracketed part), and only a "]" ends it: taken possessively, it
# matches what a pattern that may backtrack matches.
_LABEL = r"(?:[^\[\]\\]++|\\.)*+"
_IMAGE = re.compile(r"!\[" + _LABEL + r"\]\(\s*<?" + _URL + r">?" + _TITLE + r"\s*\)")
_IMAGE_REF = re.compile(r"!\[" + _LABEL + r"\]\[[^\]]*\]")
# A link: ``[text](url "title")``, ``[text][ref]`` and ``<http://…>``.
_LINK = re.compile(
    r"\[((?:[^\[\]\\]++|\\.|\[" + _LABEL + r"\])*+)\]"
    r"(?:\(\s*<?" + _URL + r">?" + _TITLE + r"\s*\)|\[[^\]]*\])"
)
# A link whose text runs over lines: its opening bracket ends one line ("[", "[Label") and
# its end opens another ("](http://…)").
_CLOSING_LINK = re.compile(r"^([^\[\]]*+)\]\(\s*<?" + _URL + r">?" + _TITLE + r"\s*\)")
# A link whose target runs past the end of the line: "[text](http://…".
_CUT_LINK = re.compile(r"\[(" + _LABEL + r")\]\([^()\s]*+$")
# A link to a site's front page: its target is "/" or a host with no path.
_HOME_LINK = re.compile(r"\]\(\s*<?(?:https?://[^/\s()<>]+)?/?>?(?:\s+\"[^\"]*\")?\s*\)")
_LABEL_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")
# A link's opening bracket (not a picture's, not an escaped one).
_OPEN_BRACKET = re.compile(r"(?<![\\!])\[")
_LINK_MARKS = re.compile("([\x01\x02])")
_OPEN_IMAGE = re.compile(r"!\[(?![^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
# A reference definition: ``[1]: http://…``, dropped whole.
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
# Emphasis. Underscores (html2text's emphasis), double stars (its strong emphasis) and
# double tildes are markers wherever they touch a word, and so is any longer run ("****"):
# the span's partner may be on another line ("_Para one" … "para two_"), glued to a word
# ("our**little things**", "**[](…)**Carey's", "_****_The"), or after a space ("**Hulk **").
# A lone underscore with space on both sides is a literal ("fill in _ here"), and so is one
# inside a word (snake_case). Runs are matched whole, from their first character; an
# underscore inside a word is not matched at all (URLs and names have many).
_MARKER = re.compile(
    r"\*\*(?<![\\*]\*\*)\**+|~~(?<![\\~]~~)~*+|_(?<![\\_]_)(?:(?<![^\W_]_)_*+|_*+(?![^\W_]))"
)
# A single star is a marker only in a pair that opens after a space or a bracket and closes
# before one ("*i*"): html2text writes a page's own stars as they are ("2*3*4", "Price*").
# A span is at most a few hundred characters: an opener without its closer must not scan
# the line.
_STAR_EMPHASIS = re.compile(r"(?<![\w\\*])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*\\])\*(?![\w*])")
# A star alone between two words, a space on each side: html2text (unless told to keep
# Unicode) writes a middle dot so, the separator of a head's stamp ("Dec. 19, 2025 * Jane
# Doe", "0 * by Jane Doe * Updated on …", "July 16, 2025 * 6 minute read"). It opens and
# closes no emphasis, and a list's bullet opens its line. Before a figure it is the
# page's own ("5 * 3", "Price * 2").
_SPACED_STAR = re.compile(r"(?<=[^\s*\\]) \*(?= [^\s*\d])")
# html2text puts a space between a closing marker and the punctuation after it
# ("_Coffee_ , 5th ed."); the marker gone, the space goes too.
# An underscore with a space after it that opens a span its partner closes, glued to the
# span's last word and to no word after it ("the _ ‘Toddlers’_ show"); the span is at most
# a few hundred characters, and holds no other underscore.
_SPACED_OPENER = re.compile(r"(?<![^\s(\[])_ (?=[^_\n]{0,300}?[^\s_]_(?![^\W_]))")
# What stands between an emphasis marker and the word inside a link it touches: the link's
# mark (see ``inline``) and the label's own markers ("[**Name**](/n)**on").
_PAST_LINK_END = "\x02*_~"
_PAST_LINK_START = "\x01*_~"
_SPACE_BEFORE_PUNCT = re.compile(r"\x00 (?=[,.;:!?)\]])|\x00")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
# html2text writes some apostrophes (the page's "&rsquo;") with a space before them:
# "You ’ll", "That ’s". A contraction's apostrophe follows its word.
_SPACED_APOSTROPHE = re.compile(r"(?<=\w) ’(?=(?:s|m|t|d|ll|re|ve)\b)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~\"'/])")

# Block syntax, at the start of a line, however far in: html2text sets the blocks inside a
# list item in from the margin.
_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^(\s*)(?:[*+-]|\d{1,3}[.)])\s+")
# A heading's marks alone on their line: html2text wraps a heading whose first word (a
# link, a picture) does not fit after them, and its text goes on on the next line.
_LONE_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s*$")
_EMPTY_BULLET = re.compile(r"^\s*(?:[*+-]|\d{1,3}[.)])\s*$")
_QUOTE = re.compile(r"^\s*>\s?")
# A definition list's definition, as markdownify and pandoc write it: ":   text". The
# spaces (two or more, or a tab) are the mark's: a colon and one space opening a line is a
# sentence's, which html2text's wrap set there ("… clientWidth" / ": innerWidth …").
_DEFINITION = re.compile(r":(?:[ ]{2,}|\t)[ \t]*(?=\S)")
# A fence's info string is a word (a language's name) or nothing: "~~~~__" is an emptied
# strikethrough and emphasis, not a fence.
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*(?:[^\W\d_][\w+#.-]*)?\s*$")
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_TABLE_SEPARATOR = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)+[ \t]*\|?[ \t]*$"
)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# A list inside a table's cell, written on the cell's line (markdownify): a bullet opens
# the cell, and the same bullet, spaced, opens each next item.
_CELL_LIST = re.compile(r"([*+-])[ \t]+(?=\S)")
_CELL_BULLETS = {bullet: re.compile(r"[ \t]+" + re.escape(bullet) + r"[ \t]+(?=\S)")
                 for bullet in "*+-"}
# A table flattened into a line holds its separator row inline: "| | --- | | Text |";
# its cells part at the pipes, and a cell's paragraphs at runs of spaces.
_FLAT_SEPARATOR = re.compile(r"\|[ \t]*:?-{3,}:?[ \t]*\|")
_FLAT_CELL_BREAK = re.compile(r"(?<!\\)\||[ \t]{2,}")
_FLAT_SEPARATOR_CELL = re.compile(r":?-{3,}:?")
# html2text's separator row under a table of one column.
_ONE_COLUMN_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$")
# A run of two spaces or more between two characters of a cell: where a line of the
# cell ended (markdownify joins a cell's paragraphs and line breaks so).
_GAP_IN_CELL = re.compile(r"[^\s|][ \t]{2,}[^\s|]")
# A link's target, and the text of a link or picture with no bracket inside it.
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_INNER_LABEL = re.compile(r"\[[^\[\]]*\]")
# (A heading is a line or two long; a longer line over "---" is a one-column table's row:
# ``ParseOptions.text_markdown_max_setext_chars``.)
# Indented code: four spaces (or a tab) in from the text around it (Markdown's rule).
_CODE_INDENT = 4


@attrs.frozen
class MarkdownLine:
    """One line of a Markdown dump, read."""

    #: The text a browser would show (not yet squashed); empty for a line that shows none.
    text: str
    #: The kind of block the line's syntax opens, when it says one.
    hint: ParagraphKind | None
    #: Characters of the text that were link text.
    link_chars: int
    #: The line ends a block of its own (a heading, a table row, a rule): nothing joins it.
    #: (A hard break, two spaces or a backslash at the end, ends a line as a plain dump's
    #: line end does: whether the next one goes on with it is the unwrapper's to judge.)
    closed: bool = False
    #: A heading's level (1 for ``#``), 0 for other lines and for a heading that links to
    #: the site's front page (its name over its logo).
    level: int = 0
    #: The line starts a block of its own that its hint does not say (a definition).
    opens: bool = False
    #: A heading that links to the site's front page: the site's name over its logo, no
    #: heading of the story and no headline.
    links_home: bool = False


def looks_like_markdown(text: str, options: ParseOptions) -> bool:
    """True when ``text`` carries Markdown's marks often enough to be read as Markdown."""
    if ("](" not in text and "\n#" not in text and "][" not in text and text[:1] != "#"
            and "---" not in text):
        return False
    if _opens_with_heading(text, options.text_markdown_opening_lines):
        return True
    marks = 0
    min_marks = options.text_markdown_min_marks
    for pattern in (_MD_LINK, _MD_HEADING_LINE, _MD_TABLE_SEPARATOR, _MD_ITEM_LINE):
        for _ in pattern.finditer(text):
            marks += 1
            if marks >= min_marks:
                # Items alone make a plain list; a link, a heading or a table's separator
                # row must be among them.
                return any(own.search(text) is not None
                           for own in (_MD_LINK, _MD_HEADING_LINE, _MD_TABLE_SEPARATOR))
    return False


def _opens_with_heading(text: str, lines: int) -> bool:
    """True when one of the first ``lines`` non-blank lines of ``text`` is a ``#``
    heading: the dump of a short page that shows few other marks (html2text opens with the
    page's headline). (Read a line at a time: a dump may have a million lines.)"""
    start, seen, size = 0, 0, len(text)
    while seen < lines and start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        line = text[start:end]
        start = end + 1
        if line.strip():
            seen += 1
            if _MD_HEADING_LINE.match(line) is not None:
                return True
    return False


def _fence(raw: str) -> re.Match[str] | None:
    """The fence that ``raw`` opens or closes, also after a list item's bullets (a
    ``<pre>`` inside an ``<li>``, as markdownify writes it: "* ```"). (Callers ask only
    about a line with three backticks or tildes in it: most lines have none.)"""
    fence = _FENCE.match(raw)
    if fence is None:
        bullet = _BULLET.match(raw)
        if bullet is not None:
            while bullet is not None:
                raw = raw[bullet.end():]
                bullet = _BULLET.match(raw)
            fence = _FENCE.match(raw)
    return fence


# Where a line html2text glued a table's cell into is cut: after a sentence's end (a stop
# after two word characters, not inside "U.S." or after an initial, maybe closed by a
# quote, a bracket or an emphasis mark; an ellipsis) before a capital, which a quote, a
# link's bracket or an emphasis mark may open; at a gap of two spaces or more.
_GLUED_BREAK = re.compile(
    r"(?:(?<=\w\w[.!?])|(?<=\w\w[.!?][\"”’)_*])|(?<=\.\.\.)|(?<=…))\s+"
    r"(?=[\"“‘(\[_*]*[A-Z])"
    r"|(?<=\S) {2,}(?=\S)")
# What opens a line that is no paragraph of text: an indent (code, a nested item), a table's
# pipe, a heading's or a quote's mark.
_NOT_GLUED_OPENERS = (" ", "\t", "|", "#", ">")


def unglued_cells(
    raw_lines: Sequence[str], min_chars: int, flat_cell_chars: int
) -> list[str] | None:
    """The dump's lines with each line of text of ``min_chars`` characters or more (as it
    shows, its links' targets left out) read a sentence a block; None when there is none.

    html2text writes a table's cell on one line, whatever the cell holds: the paragraphs of
    a layout table's cell (a page's whole column) come out joined by single spaces, the
    story's paragraphs with its stamp ("Posted on …", "9 Comments"), its pictures and the
    comments under it. No paragraph a browser shows is that long. Read whole, such a line
    weighs as one paragraph alone (a teaser's summary), or as one that outweighs the page;
    read a sentence a block, its pieces weigh and are kept as the lines of a plain dump
    are. Code (fenced or set in), table rows, headings, quotes and the rows that
    ``_flat_layout_row`` takes apart stay as they are."""
    out: list[str] | None = None
    fence = False
    for k, raw in enumerate(raw_lines):
        if ("```" in raw or "~~~" in raw) and _fence(raw) is not None:
            fence = not fence
        cut: list[str] = []
        if (not fence and len(raw) >= min_chars and not raw.startswith(_NOT_GLUED_OPENERS)
                and len(_LINK_TARGET.sub("]", raw)) >= min_chars
                and not _flat_layout_row(raw_lines, k, flat_cell_chars)):
            # (A stop inside a link's text or a picture's alt text cuts nothing.)
            cut = [piece.strip() for piece in _outside_links(raw.strip(), _GLUED_BREAK)
                   if piece.strip()]
        if len(cut) < 2:
            if out is not None:
                out.append(raw)
            continue
        if out is None:
            out = list(raw_lines[:k])
        for piece in cut:
            out += ["", piece]
        out.append("")
    return out


def unflattened_tables(
    text: str, raw_lines: Sequence[str], flat_cell_chars: int
) -> list[str] | None:
    """The dump's lines with every table that a tool flattened into one line taken
    apart, a cell or a paragraph of a cell a line, blank lines between them; None when
    no line holds one.

    markdownify writes a table inside a table's cell (a layout table's) on one line: the
    inner table's rows, separator row included ("| --- |"), and the cell's paragraphs
    joined by spaces, two or more where a line ended. A browser shows each cell, and each
    paragraph in it, as a block of its own. A layout table of one row writes the whole
    page's column (menus, the story, the sidebar) as that row's one cell: a row with a
    cell of ``flat_cell_chars`` or more holding such a run of spaces is taken apart too
    (a data table's cell is short, or one paragraph)."""
    if "---" not in text:
        return None  # (the common case: one scan of the text; a table has a separator)
    out: list[str] | None = None
    fence = False
    for i, raw in enumerate(raw_lines):
        if ("```" in raw or "~~~" in raw) and _fence(raw) is not None:
            fence = not fence
        if not fence and (
            ("---" in raw and _FLAT_SEPARATOR.search(raw) is not None
             and _TABLE_SEPARATOR.match(raw) is None)
            or _holds_flat_cell(raw, flat_cell_chars)
        ):
            if out is None:
                out = list(raw_lines[:i])
            # (A pipe or a gap inside a link's or a picture's brackets parts nothing: a
            # link's title may hold a pipe, "[Home](/ \"Site | Tagline\")".)
            for cell in _outside_links(raw, _FLAT_CELL_BREAK):
                piece = cell.strip()
                # (The inner separator row's cells show nothing.)
                if piece and _FLAT_SEPARATOR_CELL.fullmatch(piece) is None:
                    out += [piece, ""]
        elif not fence and _flat_layout_row(raw_lines, i, flat_cell_chars):
            if out is None:
                out = list(raw_lines[:i])
            # (A gap inside a link's text or a picture's alt text parts nothing.)
            for cell in _outside_links(raw, _FLAT_CELL_BREAK):
                if cell.strip():
                    out += [cell.strip(), ""]
        elif out is not None:
            out.append(raw)
    return out


def _flat_layout_row(raw_lines: Sequence[str], i: int, flat_cell_chars: int) -> bool:
    """``raw_lines[i]`` is a layout table's row as html2text writes it, right over the
    table's separator row (``---|---``, or ``---`` under a table of one column), with a
    cell of ``flat_cell_chars`` or more that holds a run of two spaces or more outside
    its links: the cell's paragraphs, joined on one line. (markdownify's rows, which open
    with a pipe, are :func:`_holds_flat_cell`'s.)"""
    raw = raw_lines[i]
    if (len(raw) < flat_cell_chars or i + 1 >= len(raw_lines)
            or raw.lstrip().startswith("|")
            or (_ONE_COLUMN_SEPARATOR.match(raw_lines[i + 1]) is None
                and _TABLE_SEPARATOR.match(raw_lines[i + 1]) is None)):
        return False
    for cell in _outside_links(raw, _CELL_SPLIT):
        shown = _LINK_TARGET.sub("]", cell)
        if (len(shown) >= flat_cell_chars
                and _GAP_IN_CELL.search(_INNER_LABEL.sub("[]", shown)) is not None):
            return True
    return False


def _outside_links(raw: str, breaks: re.Pattern[str]) -> list[str]:
    """``raw`` cut at the matches of ``breaks`` that fall outside a link's or a
    picture's brackets and parentheses."""
    pieces: list[str] = []
    depth = start = at = 0
    for match in breaks.finditer(raw):
        between = raw[at:match.start()]
        depth = max(0, depth + between.count("[") + between.count("(")
                    - between.count("]") - between.count(")"))
        at = match.end()
        if not depth:
            pieces.append(raw[start:match.start()])
            start = at
    pieces.append(raw[start:])
    return pieces


def _holds_flat_cell(raw: str, flat_cell_chars: int) -> bool:
    """``raw`` is a table row with a cell of ``flat_cell_chars`` or more that holds a run
    of two spaces or more (a layout cell's paragraphs, joined)."""
    if len(raw) < flat_cell_chars or not raw.lstrip().startswith("|"):
        return False
    for cell in _CELL_SPLIT.split(raw):
        if len(cell) < flat_cell_chars:
            continue
        # Measured as it shows, without its links' targets; a gap inside a link's text or
        # a picture's alt text (a caption's own line break) parts nothing.
        shown = _LINK_TARGET.sub("]", cell)
        if (len(shown) >= flat_cell_chars
                and _GAP_IN_CELL.search(_INNER_LABEL.sub("[]", shown)) is not None):
            return True
    return False


# What opens or closes a link's parts, and an escaped character (which does neither).
_LINK_SYNTAX = re.compile(r"\\.|\]\(|[\[\]()]")


def join_wrapped_links(
    raw_lines: Sequence[str], max_lines: int
) -> list[tuple[str, int, int]] | None:
    """The dump's lines with those a hard wrap broke inside a link read as one: each as
    ``(text, first, last)``, the indexes of the first and last raw line it is made of.
    None when no link runs over a line end (the lines stay as they are).

    html2text wraps at 78 columns wherever a space or a hyphen falls: inside a link's
    text, and at the hyphens of its target (``(/mac-`` / ``and-i/…)``), so that no line
    reads as Markdown alone. A line that ends inside a link is joined to the next, as
    long as that link closes within ``max_lines`` lines; a bracket that no line closes in
    reach, a blank line or a fence stops it, and the lines from that link on stay apart."""
    joined: list[tuple[str, int, int]] | None = None
    fence = False
    i = 0
    count = len(raw_lines)
    while i < count:
        raw = raw_lines[i]
        if ("```" in raw or "~~~" in raw) and _fence(raw) is not None:
            fence = not fence
        open_parts = ([] if fence or ("[" not in raw and "](" not in raw)
                      else _open_parts(raw, [])[0])
        if not open_parts:
            if joined is not None:
                joined.append((raw, i, i))
            i += 1
            continue
        # The text up to the last line end where no link was open, and that line.
        settled, settled_end = raw, i
        text, end, opened_at = raw, i, i
        while open_parts and end + 1 < count and end + 1 - opened_at < max_lines:
            following = raw_lines[end + 1]
            if not following.strip() or (
                    ("```" in following or "~~~" in following) and _fence(following) is not None):
                break
            end += 1
            piece = following.strip()
            # A target breaks at a hyphen (no space lost) or before its title.
            glue = "" if open_parts[-1] != "[" and text.endswith("-") else " "
            text = text.rstrip() + glue + piece
            open_parts, closed = _open_parts(piece, open_parts)
            if closed:
                # Every link open before this line closed on it: the lines so far are
                # one, whatever a link opened after that does.
                settled, settled_end, opened_at = text, end, end
        if settled_end > i:
            if joined is None:
                joined = [(line, k, k) for k, line in enumerate(raw_lines[:i])]
            joined.append((settled, i, settled_end))
            i = settled_end + 1
            continue
        if joined is not None:
            joined.append((raw, i, i))
        i += 1
    return joined


def _closes_earlier_label(open_parts: list[str]) -> bool:
    """True when a label's end (``](``) that closes no label open on the lines read
    (``open_parts`` empty) closes one opened before them: before a blank line, or one
    html2text dropped (``DApp](https://…``). Its target follows, and a wrap may break
    it over lines as any other."""
    return not open_parts


def _open_parts(line: str, open_parts: list[str]) -> tuple[list[str], bool]:
    """The parts of links still open after ``line``, given those open before it (``[``
    for a label, ``(`` for a target and for each bracket inside one), and whether those
    open before it all closed on it."""
    closed = not open_parts
    for match in _LINK_SYNTAX.finditer(line):
        mark = match.group()
        top = open_parts[-1] if open_parts else ""
        if mark == "[":
            if top != "(":
                open_parts.append("[")
        elif mark == "](":
            if top == "[":
                open_parts[-1] = "("
            elif top == "(" or _closes_earlier_label(open_parts):
                open_parts.append("(")
        elif mark == "]":
            if top == "[":
                open_parts.pop()
                closed = closed or not open_parts
        elif mark == "(":
            if top == "(":
                open_parts.append("(")
        elif mark == ")" and top == "(":
            open_parts.pop()
            closed = closed or not open_parts
    return open_parts, closed


def read_markdown(raw_lines: Sequence[str], options: ParseOptions) -> list[MarkdownLine]:
    """The lines of a Markdown dump, read one by one (the same number of lines)."""
    out: list[MarkdownLine] = []
    fence: str | None = None
    in_list = False
    previous_blank = True
    heading_marks: str | None = None  # a heading's marks the line before left alone
    for index, line_as_written in enumerate(raw_lines):
        raw = line_as_written
        if heading_marks is not None:
            raw = f"{heading_marks} {raw.lstrip()}"
            heading_marks = None
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
                out.append(MarkdownLine("", None, 0))
            else:
                out.append(MarkdownLine(raw.rstrip(), ParagraphKind.PREFORMATTED, 0, closed=True))
            continue
        stripped = raw.strip()
        if not stripped:
            out.append(MarkdownLine("", None, 0))
            previous_blank = True
            continue
        if stripped[0] == "#" and _LONE_HEADING_MARKS.match(raw) is not None:
            # (An empty heading, nothing after it, shows nothing.)
            if index + 1 < len(raw_lines) and raw_lines[index + 1].strip():
                heading_marks = stripped
            out.append(MarkdownLine("", None, 0))
            continue
        fence_match = _fence(raw) if "```" in raw or "~~~" in raw else None
        if fence_match is not None:
            fence = fence_match.group(1)[0] * 3
            out.append(MarkdownLine("", None, 0))
            continue
        indent = len(raw) - len(raw.lstrip())
        if (
            indent >= _CODE_INDENT
            and not in_list
            and (
                (out and out[-1].hint is ParagraphKind.PREFORMATTED)
                # A block set in that opens with a link is text a tool indented (a
                # comment's stamp, its "Reply" link), not code: code shows no links.
                or (previous_blank and _LINK.search(raw) is None
                    and not runs_into_text(raw_lines, index))
            )
            and _BULLET.match(raw) is None
        ):
            out.append(MarkdownLine(raw[_CODE_INDENT:].rstrip(), ParagraphKind.PREFORMATTED, 0,
                                    closed=True))
            previous_blank = False
            continue
        previous_blank = False
        line, in_list = _read_line(raw, raw_lines, index, in_list, indent)
        out.append(line)
    _setext_headings(raw_lines, out, options.text_markdown_max_setext_chars)
    return out


def runs_into_text(raw_lines: Sequence[str], index: int) -> bool:
    """The run of lines set in from the margin that opens at ``index`` goes straight on
    into a line at the margin, no blank line between: text a tool set in (a definition's
    text under its term, a teaser's blurb under its link), not code, which html2text and
    markdownify close with a blank line as they open it. html2text's wrap writes a blank
    line after every line it wraps, the term's too, so that the text under it read as
    code in a block of its own (see ``renderers._gaps_over_set_in_text``). (A line set in
    by less, a list's next item, says nothing: the run is the item's own paragraph.)"""
    for j in range(index + 1, len(raw_lines)):
        line = raw_lines[j]
        if not line.startswith(("    ", "\t")):
            return bool(line.strip()) and not line[0].isspace()
    return False


def _read_line(
    raw: str, raw_lines: Sequence[str], index: int, in_list: bool, indent: int
) -> tuple[MarkdownLine, bool]:
    """One line outside code: its block syntax, then its inline syntax."""
    if _RULE.match(raw) or _TABLE_SEPARATOR.match(raw) or _REF_DEFINITION.match(raw):
        return MarkdownLine("", None, 0), in_list
    heading = _HEADING.match(raw)
    # (A table whose first cell is "#", a column of ranks: html2text writes its header
    # row "# | Company | Founded", which is no heading; it is read as a row below.)
    if heading is not None and ("|" not in raw or not _in_table(raw_lines, index)):
        # Not closed: a wrapped heading goes on on the next line, which has no mark.
        return _heading_line(heading), False
    hint: ParagraphKind | None = None
    body = raw
    quote = _QUOTE.match(body)
    if quote is not None:
        hint = ParagraphKind.QUOTE
        while quote is not None:
            body = body[quote.end():]
            quote = _QUOTE.match(body)
    if _EMPTY_BULLET.match(body):
        return MarkdownLine("", None, 0), True
    opens = False
    bullet = _BULLET.match(body)
    if bullet is not None:
        hint = ParagraphKind.LIST_ITEM
        in_list = True
        while bullet is not None:  # "  *     * Log In": an item of a nested list
            body = body[bullet.end():]
            bullet = _BULLET.match(body)
    elif indent == 0 and hint is None:
        definition = _DEFINITION.match(body)
        # A definition (markdownify's <dd>, ":   text") is a block of its own, whose
        # further paragraphs are set in under it as a list item's are.
        opens = in_list = definition is not None
        body = body if definition is None else body[definition.end():]
    heading = _HEADING.match(body) if body is not raw else None
    if heading is not None:  # "  * ## Section": a heading inside a list item
        return _heading_line(heading), in_list
    if "|" in body and _in_table(raw_lines, index):
        return _table_row(body), in_list
    text, links = inline(body)
    if "|" in text:
        # A row of a table whose separator html2text wrote out of reach (rows a cell's
        # line breaks set apart): the edge cells were pictures or empty, the pipes that
        # closed them show nothing. (A pipe between words, a menu's "Home | News", stays.)
        shown = text.strip()
        if shown[:1] == "|" or shown[-1:] == "|":
            text = shown.strip("| \t")
    return MarkdownLine(text, hint, links, opens=opens), in_list


def _heading_line(heading: re.Match[str]) -> MarkdownLine:
    """The line of a ``#`` heading (``_HEADING``'s match)."""
    text, links = inline(heading.group(2))
    if _links_home(heading.group(2), text, links):
        # The site's name over its logo, linking home: no headline.
        return MarkdownLine(text, ParagraphKind.HEADING, links, links_home=True)
    return MarkdownLine(text, ParagraphKind.HEADING, links, level=len(heading.group(1)))


def _links_home(raw: str, text: str, link_chars: int) -> bool:
    """True when the heading ``raw`` (shown as ``text``) is mostly a link to the site's
    front page ("[Joy the Baker](http://joythebaker.com)", "[![](/logo.png)](/)"): the
    site's name over its logo, in an ``<h1>`` of its own on many blogs. A headline that
    links links to its own story."""
    return _HOME_LINK.search(raw) is not None and link_chars >= len(text.strip()) / 2


def _table_row(body: str) -> MarkdownLine:
    """A row of a pipe table: its cells' text joined by tabs. A list a cell holds, which
    markdownify writes on the cell's one line ("* [v](/a) * [t](/b) Notes"), shows its
    items without their bullets, each apart as a cell is."""
    cells = [inline(piece.strip())
             for cell in _CELL_SPLIT.split(body.strip().strip("|"))
             for piece in _cell_items(cell.strip())]
    text = "\t".join(cell for cell, _ in cells if cell)
    links = sum(chars for _, chars in cells)
    return MarkdownLine(text, ParagraphKind.TABLE_ROW, links, closed=True)


def _cell_items(cell: str) -> list[str]:
    """The items of a list the table's ``cell`` holds on its line, when it opens with a
    bullet ("* [v](/a) * [t](/b)"): parted at the same bullet between two words, outside
    a link's brackets; else the cell whole. A cell that opens with no bullet keeps its
    stars and dashes ("2010 - 2012", "Price * 2")."""
    opener = _CELL_LIST.match(cell)
    if opener is None:
        return [cell]
    bullets = _CELL_BULLETS[opener.group(1)]
    return [item for item in _outside_links(cell[opener.end():], bullets) if item.strip()]


def separates_header(raw: str, header: str) -> bool:
    """``raw`` is a pipe table's separator row (``---|---``, ``| --- | --- |``) with as many
    cells as the row ``header`` over it."""
    return (_TABLE_SEPARATOR.match(raw) is not None
            and _cell_count(raw) == _cell_count(header))


def _cell_count(raw: str) -> int:
    """The cells of the pipe table's row ``raw``, edge pipes or none."""
    return len(_CELL_SPLIT.split(raw.strip().strip("|")))


def _in_table(raw_lines: Sequence[str], index: int) -> bool:
    """True when the line at ``index`` is a row of a pipe table: a separator row
    (``---|---``) heads the run of piped lines it belongs to."""
    i = index
    while i >= 0 and raw_lines[i].strip() and "|" in raw_lines[i]:
        if _TABLE_SEPARATOR.match(raw_lines[i]):
            return True
        i -= 1
    nxt = index + 1
    return nxt < len(raw_lines) and _TABLE_SEPARATOR.match(raw_lines[nxt]) is not None


def _setext_headings(raw_lines: Sequence[str], out: list[MarkdownLine], max_chars: int) -> None:
    """A line underlined with ``===`` or ``---`` is a heading; the underline shows nothing.
    (A line over ``---`` longer than ``max_chars`` is the one row of a one-column table, as
    html2text writes it.)"""
    for i in range(1, len(out)):
        line = out[i - 1]
        if (
            _SETEXT.match(raw_lines[i])
            and line.text
            and len(line.text) <= max_chars
            and line.hint is None
            and raw_lines[i - 1].strip()
        ):
            out[i - 1] = MarkdownLine(line.text, ParagraphKind.HEADING, line.link_chars,
                                      closed=True)
            out[i] = MarkdownLine("", None, 0)


def inline(text: str) -> tuple[str, int]:
    """``text`` without its inline Markdown, and how many of its characters were links."""
    if "!" in text and "[" in text:
        text = _IMAGE.sub("", text)
        text = _IMAGE_REF.sub("", text)
    if "](" in text:
        text = _CLOSING_LINK.sub(lambda m: "\x01" + m.group(1) + "\x02", text, count=1)
    if "[" in text:
        text = _LINK.sub(_link_text, text)
        if "](" in text:
            # A link inside a link's label ("[[Name](/a)](/a)", as html2text writes an
            # anchor in an anchor): its label holds the inner link, read in turn.
            text = _LINK.sub(_link_text, text)
        if "[" in text:
            text = _without_open_bracket(text)
        if "](" in text:
            text = _CUT_LINK.sub(lambda m: "\x01" + m.group(1) + "\x02", text)
        if "![" in text:
            # A picture whose alt text goes on on the next line; a "!" before a bracket
            # that closes is the page's own ("stronger![8]").
            text = _OPEN_IMAGE.sub("", text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: "\x01" + m.group(1) + "\x02", text)
    text = _plain(text)
    if " ’" in text:
        text = _SPACED_APOSTROPHE.sub("’", text)
    if "\x01" not in text:
        return text, 0
    return _count_links(text)


def _link_text(match: re.Match[str]) -> str:
    """A link's label, between the marks that count it as link text (a space before it
    where it is glued to the word before: see ``_glued_to_word``)."""
    label = match.group(1)
    if label[:1] == "#":
        # A heading inside a link ("[#### Title](/story)", markdownify's <a><h4>): its
        # marks show nothing, and no Markdown syntax may reach a paragraph's text.
        label = _LABEL_HEADING.sub("", label, count=1)
    if _glued_to_word(match.string, match.start()):
        return " \x01" + label + "\x02"
    return "\x01" + label + "\x02"


def _glued_to_word(text: str, start: int) -> bool:
    """True when the link at ``start`` is glued to the word before it, strong emphasis or
    not ("our[Strength 101](/s)", "of**[**Refugia**](/r)"): html2text drops the space
    between a word and the link after it (wide text-md: 123 such links where the page
    shows a space, 9 where it shows none). (Put after the ``**``, the space leaves the
    marker between a word and a space, where it goes.)"""
    if start == 0:
        return False
    before = text[start - 1]
    if before in "*_":
        return start > 2 and text[start - 2] == before and text[start - 3].isalnum()
    return before.isalnum()


def _without_open_bracket(text: str) -> str:
    """``text`` without the opening brackets after its last closing one: links whose
    label goes on on the next line (a literal bracket is escaped in Markdown)."""
    cut = text.rfind("]") + 1
    tail = text[cut:]
    if "[" not in tail:
        return text
    first, *labels = _OPEN_BRACKET.split(tail)
    # A heading's marks that open such a label show nothing, as in a label closed on its
    # line ("[### Title" / "" / "![](pic)](/story)", markdownify's <a><h3>…</h3><img></a>).
    return text[:cut] + first + "".join(_LABEL_HEADING.sub("", label, count=1)
                                        for label in labels)


def _count_links(text: str) -> tuple[str, int]:
    """``text`` without the marks put around link labels, and the labels' length."""
    link_chars = 0
    pieces: list[str] = []
    depth = 0
    for piece in _LINK_MARKS.split(text):
        if piece == "\x01":
            depth += 1
        elif piece == "\x02":
            depth = max(0, depth - 1)
        else:
            if depth:
                link_chars += len(piece.strip())
            pieces.append(piece)
    return "".join(pieces), link_chars


def _plain(text: str) -> str:
    """``text`` without emphasis markers (those whose partner is on another line too),
    code spans and escapes; a star alone between words is the middle dot it stood for
    (``_SPACED_STAR``)."""
    if "`" in text:
        text = _CODE_SPAN.sub(r"\2", text)
    if "*" in text or "_" in text or "~" in text:
        if "*" in text:
            text = _STAR_EMPHASIS.sub("\\1\x00", text)
            if " * " in text:
                text = _SPACED_STAR.sub(" ·", text)
        if "_ " in text:
            text = _spaced_opener(text)
        text = _MARKER.sub(_marker, text)
        text = _SPACE_BEFORE_PUNCT.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text


def _spaced_opener(text: str) -> str:
    """``text`` without the underscores that open a span with a space after them, whose
    partner closes it glued to its last word ("the _ ‘Toddlers’_ show", as html2text
    writes an emphasis that opens with a space)."""
    return _SPACED_OPENER.sub("", text)


def _beside_marker(text: str, start: int, end: int) -> tuple[str, str]:
    """The characters on each side of the marker at [``start``, ``end``) of ``text``, past
    the marks of a link it touches and the link's own markers: html2text strips the space
    after the marker that opens an emphasis (``</a><strong> on`` is written ``)**on``),
    so that a marker glued to a link's end and a word stands where the page had a space
    ("[**57% of their time**](/s)**on administrative tasks**"), as a marker glued
    between two letters does."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before == "\x02":
        at = start - 1
        while at > 0 and text[at] in _PAST_LINK_END:
            at -= 1
        before = text[at]
    if after == "\x01":
        at = end
        while at < len(text) - 1 and text[at] in _PAST_LINK_START:
            at += 1
        after = text[at]
    return before, after


def _marker(match: re.Match[str]) -> str:
    """An emphasis marker goes (leaving a mark that a space before punctuation may follow);
    a literal underscore stays."""
    text, start, end = match.string, match.start(), match.end()
    before, after = _beside_marker(text, start, end)
    if (
        before.isspace()
        and after.isspace()
        and len(match.group()) == 1
        # At either end of the line a lone underscore opens or closes a span whose text
        # html2text left the spaces of ("_ A caption. _"); a literal one has words on
        # both sides ("fill in _ here").
        and text[:start].strip()
        and text[end:].strip()
    ):
        return match.group()
    if before.isalnum() and after.isalnum() and len(match.group()) < 4:
        # Inside a word, a star stands where html2text dropped the space that opened the
        # emphasis ("our **little things**" written "our**little things**"). Four or more
        # close one span and open the next, glued as the page glued them
        # ("**A****ttainable**").
        return " "
    return "\x00"
