"""Helpers for the text-dump tests: story prose and page chrome as dump lines."""

from __future__ import annotations

import itertools
import re
import textwrap

from hypothesis import strategies as st

#: Story prose: plenty of function words, sentence punctuation, paragraphs of 200+ chars.
SENTENCES = (
    "The council said on Monday that it would not raise the tax this year.",
    "Officials told reporters that the money for the bridge would come from the sale of "
    "the old depot instead.",
    "Residents who spoke at the meeting were divided, and some of them said they had not "
    "been told about the plan at all.",
    "The mayor, who has been in office since 2015, is expected to present a revised budget "
    "to the board in March.",
    "It was not clear whether the state would agree to the changes, which have been "
    "debated for more than a year.",
    "According to the report, the number of people using the old bridge has fallen by a "
    "third since it was closed to trucks.",
)

MENU_ITEMS = ("Home", "World", "Business", "Oil and Gas", "Email Us", "Sport", "Opinion",
              "Markets", "Video", "Podcasts", "Contact", "Weather", "Tech", "Culture")
TAGLINES = ("IranExpert: All the News Updated 24 Hours a Day", "Updated 24 hours a day",
            "The Daily Planet | Metropolis News Since 1938")
FOOTER_LINES = ("© 2019 Daily Planet LLC. All Rights Reserved.", "Privacy Policy",
                "Terms of Use", "Sign up for our newsletter", "Advertise With Us")
TEASERS = ("Stocks slide as investors weigh new tariffs", "Five things to know this week",
           "The best new podcasts of the month", "Why the river keeps flooding")


@st.composite
def story_paragraphs(draw: st.DrawFn) -> list[str]:
    """Three to seven paragraphs of two to four sentences each."""
    count = draw(st.integers(min_value=3, max_value=7))
    out = []
    for _ in range(count):
        chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4,
                               unique=True))
        out.append(" ".join(chosen))
    return out


@st.composite
def chrome_block(draw: st.DrawFn) -> list[str]:
    """One chunk of page furniture, as the lines of one block."""
    kind = draw(st.sampled_from(["menu", "tagline", "footer", "teasers"]))
    if kind == "menu":
        return draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=3, max_size=12))
    if kind == "tagline":
        return [draw(st.sampled_from(TAGLINES))]
    if kind == "footer":
        return draw(st.lists(st.sampled_from(FOOTER_LINES), min_size=1, max_size=5))
    return draw(st.lists(st.sampled_from(TEASERS), min_size=2, max_size=4))


def render(blocks: list[list[str]]) -> str:
    """A dump: the lines of each block on consecutive lines, blank lines between blocks."""
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


# --- One page, four renderers --------------------------------------------------------------
# A generated page is a list of parts, each (kind, lines): "menu" (links in a list),
# "title" (the headline), "story" (one paragraph), "footer" (furniture lines), "teasers"
# (links to other stories). The renderers below write it the way four kinds of tools do.

TITLES = ("Council drops the tax rise after a long night of talks",
          "Bridge money to come from the old depot sale, officials say",
          "Residents divided over the river plan")

Page = list[tuple[str, list[str]]]


@st.composite
def pages(draw: st.DrawFn) -> Page:
    """A news page: menus and furniture, a headline, the story, furniture after it."""
    before = draw(st.lists(chrome_block(), min_size=1, max_size=3))
    after = draw(st.lists(chrome_block(), min_size=1, max_size=3))
    page: Page = [(_part_kind(block), block) for block in before]
    page.append(("title", [draw(st.sampled_from(TITLES))]))
    story = draw(story_paragraphs())
    if draw(st.booleans()):
        # A paragraph opened by its own number ("1. …", a listicle's first point) over
        # one that is not: a layout renderer sets both at one indentation, and the
        # number is the text's, not a list's.
        story[0] = f"1. {story[0]}"
    page.extend(("story", [p]) for p in story)
    page.extend((_part_kind(block), block) for block in after)
    return page


def _part_kind(block: list[str]) -> str:
    if all(line in MENU_ITEMS for line in block):
        return "menu"
    if all(line in TEASERS for line in block):
        return "teasers"
    return "footer"


def story_of(page: Page) -> list[str]:
    """The paragraphs of the page's story."""
    return [lines[0] for kind, lines in page if kind == "story"]


def title_of(page: Page) -> str:
    return next(lines[0] for kind, lines in page if kind == "title")


def render_blocks(page: Page) -> str:
    """One block per line, a blank line between blocks (a browser's "save as text")."""
    return render([lines for _, lines in page])


def render_wrapped(page: Page, width: int) -> str:
    """The one-block-per-line dump hard-wrapped at ``width`` (lynx, w3m, ``fold -s``)."""
    return hard_wrap(render_blocks(page), width)


def hard_wrap(dump: str, width: int) -> str:
    """``dump`` with every line longer than ``width`` broken at the last space that fits."""
    out: list[str] = []
    for line in dump.split("\n"):
        if len(line) > width:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


def _slug(text: str) -> str:
    return "/" + "-".join(re.findall(r"\w+", text.lower()))


def wrap_like_html2text(dump: str, width: int) -> str:
    """``dump`` (Markdown) hard-wrapped as html2text wraps it: paragraphs broken at spaces
    and after hyphens (inside link targets too); list items and piped lines left whole."""
    out: list[str] = []
    for line in dump.split("\n"):
        stripped = line.lstrip()
        if len(line) <= width or stripped[:2] in ("* ", "- ", "+ ") or "|" in line:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=True))
    return "\n".join(out)


def _markdown_prose(text: str, *, long_links: bool = False) -> str:
    """A paragraph as html2text writes it: a few words linked or emphasised, Markdown's
    own characters escaped. With ``long_links``, a link's text is three words and its
    target a long path of hyphenated words, as news sites write them."""
    # An item number that opens a paragraph is escaped, as html2text and markdownify do
    # ("1\\. The council …"): it is the text's, not a list's.
    text = re.sub(r"^(\d+)\. ", r"\1\\. ", text)
    words = text.split(" ")
    out = []
    linked_until = -1
    for i, word in enumerate(words):
        core = word.rstrip(".,")
        tail = word[len(core):]
        if i <= linked_until:
            continue
        if long_links and i % 11 == 4 and i + 2 < len(words) and all(
            w.isalpha() for w in words[i:i + 3]
        ):
            label = " ".join(words[i:i + 3])
            out.append(f"[{label}](https://news.example/2024/05{_slug(text)[:70]}.html)")
            linked_until = i + 2
        elif i % 11 == 4 and core.isalpha():
            out.append(f"[{core}]({_slug(core)}){tail}")
        elif i % 13 == 7 and core.isalpha():
            out.append(f"_{core}_{tail}")
        elif i % 17 == 9 and core.isalpha():
            out.append(f"**{core}**{tail}")
        else:
            out.append(word)
    return " ".join(out)


def render_markdown(page: Page, *, long_links: bool = False) -> str:
    """The page as a page-to-Markdown tool (html2text) writes it (``long_links``: see
    ``_markdown_prose``)."""
    parts: list[str] = []
    for kind, lines in page:
        if kind == "menu":
            parts.append("\n".join(f"  * [{item}]({_slug(item)})" for item in lines))
        elif kind == "teasers":
            parts.append("\n".join(f"  * [{t}]({_slug(t)})" for t in lines))
        elif kind == "title":
            parts.append(f"# {lines[0]}")
        elif kind == "story":
            parts.append(_markdown_prose(lines[0], long_links=long_links))
        else:
            parts.append("  \n".join(lines))
    parts.append("![](/pixel.gif)")
    return "\n\n".join(parts) + "\n"


# The space between two sentences of the story ("… this year. Officials …").
_SENTENCE_GAP = re.compile(r"(?<=[.!?]) (?=[A-Z])")


def render_layout(page: Page, width: int = 78, *, typewriter: bool = False) -> str:
    """The page as a layout-aware renderer draws it: blocks set in from the margin, list
    items bulleted, prose wrapped inside its indentation, blank lines padding blocks.
    ``typewriter``: the story is a plain-text document in a ``<pre>`` (an RFC, a mail),
    two spaces between its sentences, a paragraph a line. (Not wrapped: a wrap that set
    two spaces after a sentence's end breaks lines the unwrapper, which counts one, takes
    for ended.)"""
    parts: list[str] = []
    for kind, lines in page:
        if kind in ("menu", "teasers"):
            parts.append("\n".join(f"    * {item}" for item in lines))
        elif kind == "title":
            parts.append(lines[0].center(width).rstrip())
        elif kind == "story":
            prose = _SENTENCE_GAP.sub("  ", lines[0]) if typewriter else lines[0]
            parts.append(textwrap.fill(prose, 1 << 16 if typewriter else width,
                                       initial_indent="   ",
                                       subsequent_indent="   ", break_long_words=False,
                                       break_on_hyphens=False))
        else:
            parts.append("\n".join("  " + line for line in lines))
    return "\n\n\n".join(parts) + "\n\n"


def render_flattened(page: Page) -> str:
    """The page as inscriptis or html-text write a layout cell that holds a table: the
    headline and the story on one line, joined by single spaces, the rest as a layout
    renderer draws it."""
    first_story = next(i for i, (kind, _) in enumerate(page) if kind == "title")
    story = " ".join(lines[0] for kind, lines in page if kind in ("title", "story"))
    parts = [lines for kind, lines in page[:first_story]]
    parts.append([story])
    parts += [lines for kind, lines in page[first_story:] if kind not in ("title", "story")]
    return "\n\n".join("\n".join("  " + line for line in lines) for lines in parts) + "\n"


def render_columns(page: Page) -> str:
    """The page as a layout renderer (inscriptis, w3m) draws a table-laid page: the menus
    above the headline become a left column drawn beside the headline and the story, row
    by row, and the rest is drawn full width above and below that table."""
    first_story = next(i for i, (kind, _) in enumerate(page) if kind == "title")
    menu = [item for kind, lines in page[:first_story] if kind == "menu" for item in lines]
    above = [lines for kind, lines in page[:first_story] if kind != "menu"]
    right: list[str] = []
    for kind, lines in page[first_story:]:
        if kind in ("title", "story"):
            right += [lines[0], ""]
    below = [lines for kind, lines in page[first_story:] if kind not in ("title", "story")]
    width = max((len(item) for item in menu), default=0) + 4
    rows = [f"  {left:<{width}}{text}".rstrip()
            for left, text in itertools.zip_longest(menu, right, fillvalue="")]
    parts = ["\n".join("  " + line for line in lines) for lines in above]
    parts.append("\n".join(rows))
    parts += ["\n".join("  " + line for line in lines) for lines in below]
    return "\n\n".join(parts) + "\n"


#: Rows of buttons that a page sets over its headline in a table: cells a tab apart.
BUTTON_ROWS = ("E-mail this to a friend\tPrintable version", "Email\tPrint\tText Size",
               "Share\tTweet\tComments (12)")


def with_button_row(page: Page, row: str) -> Page:
    """``page`` with a row of buttons (a table's row) as a block of its own right over
    the headline."""
    at = next(i for i, (kind, _) in enumerate(page) if kind == "title")
    return [*page[:at], ("footer", [row]), *page[at:]]


def render_tight(page: Page, row: str) -> str:
    """``with_button_row(page, row)`` as resiliparse draws it: list items set in with a
    bullet, and no blank line between the table's row (its empty cells tabs) and the
    blocks over and under it (the headline right under it)."""
    parts: list[str] = []
    for kind, lines in page:
        if kind in ("menu", "teasers"):
            parts.append("\n".join(f"  \u2022 {item}" for item in lines))
        elif kind == "title":
            # (Glued to the block over it too.)
            cells = row.replace("\t", "\t\t")
            parts[-1] += f"\n\t\t{cells}\n{lines[0]}"
        else:
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def render_glued_menus(page: Page) -> str:
    """The page as resiliparse writes it: list items set in with a bullet, and no blank
    line between a list and the block under it."""
    parts: list[str] = []
    glued = False  # the part before is a list
    for kind, lines in page:
        if kind in ("menu", "teasers"):
            text = "\n".join(f"  \u2022 {item}" for item in lines)
        else:
            text = "\n".join(lines)
        if glued:
            parts[-1] += "\n" + text
        else:
            parts.append(text)
        glued = kind in ("menu", "teasers")
    return "\n\n".join(parts) + "\n"


def render_run_on(page: Page) -> str:
    """The page as html-text writes a table-laid page: the lines of every block above
    the story (menus, taglines, the headline and its date line) one after another with
    no blank line between them, where a browser sets each apart."""
    first_story = next(i for i, (kind, _) in enumerate(page) if kind == "story")
    head = [line for _, lines in page[:first_story] for line in lines]
    return render([head, *(lines for _, lines in page[first_story:])])


def render_glued_paragraphs(page: Page) -> str:
    """The page as html-text writes a story whose paragraphs a page parts with
    ``<br><br>``: one line end between them, however many ``<br>``s (the story's
    paragraphs one run of lines, with no blank line between). A paragraph that opens
    with its own number ("1. …") stays apart: under it, a line is its list item's."""
    parts: list[list[str]] = []
    glued = False  # the part before is a paragraph of the story, with no number
    for kind, lines in page:
        if kind == "story" and glued:
            parts[-1] = [*parts[-1], *lines]
        else:
            parts.append(list(lines))
        glued = kind == "story" and not lines[0][:1].isdecimal()
    return render(parts)
