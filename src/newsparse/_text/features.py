"""Text dumps: the cheap features of one line that the classifier reads.

Besides length, stop-word density and sentence punctuation, a line can be a *wall*: a
section heading that comes after a story ("Related", "Tags", "Comments"). Soft walls
may have story on both sides; hard walls open reader comments or link lists that never
lead back into the story.
"""

from __future__ import annotations

import functools
import itertools
import re
import string
from collections.abc import Callable, Sequence

import attrs

from newsparse._model import ParagraphKind
from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._reading.textstats import STOPWORDS, is_cjk_heavy, sentence_ends, words
from newsparse._text.lines import BLOCK, BLOCK_SIZE, MARKS, TEXT, Line, hint_of

# Words and word pairs that only page furniture says. Looked for in short lines only, so
# a story that quotes one of them in a sentence is not hurt.
_FURNITURE_WORDS = frozenset((
    "copyright", "cookie", "cookies", "subscribe", "newsletter", "newsletters",
    "advertisement", "javascript", "login", "logout", "unsubscribe", "taboola", "outbrain",
    # The web's words for a post's link to itself and for the ad industry's opt-out mark,
    # on blogs and news sites of every platform: "Posted at 08:18 AM | Permalink", "Go to
    # permalink", "Advertise | AdChoices" (626 lines of the dev and wide plain dumps, 2 a
    # truth's).
    "permalink", "adchoices",
))
_FURNITURE_PAIRS = frozenset(
    tuple(pair.split()) for pair in (
        "rights reserved", "privacy policy", "sign up", "sign in", "log in",
        "follow us", "share this", "share on", "read more", "click here", "skip to",
        "related stories", "related articles", "related posts", "all rights",
        "sponsored links", "promoted links", "sponsored content", "recommended for",
    )
)
# The first word of every pair: a line with none of them has no pair (most lines), and is
# told so without a tuple made for each pair of its words.
_PAIR_FIRSTS = frozenset(pair[0] for pair in _FURNITURE_PAIRS)
_CHROME_MARKS = ("©", "ⓒ", "(c) 2", "(C) 2")
# Picture credits that end or make up a caption: "(Image: Getty)", "Photo: AP",
# "(credit: NASA/Jude Guidry)".
_CAPTION = re.compile(
    r"\((?:image|photo|picture|foto|bild)s?\b[^)]*\)\s*$|\((?:credit|courtesy)\b[^)]*\)\s*$|"
    r"\b(?:image|photo|picture)\s+(?:credit|courtesy)|\b(?:photo|image|picture|foto|bild)s?\s*:|"
    r"\bgetty\s+images\b|\(ap\s+photo\b",
    re.IGNORECASE,
)
# The words, whole, of which every branch of the caption pattern holds one (looked for
# among the line's words: a case-blind search costs five times as much, and a search of
# the lower-cased line for them twice as much).
_CAPTION_TOKENS = frozenset((
    "image", "images", "photo", "photos", "picture", "pictures", "foto", "fotos", "bild",
    "bilds", "credit", "courtesy", "getty",
))
# The only characters beyond ASCII that a case-blind pattern takes for ASCII letters (İ, ı,
# long s, the Kelvin sign): a line without them has a caption word of the pattern's only
# where its lower-cased form shows one.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# Every word a chrome phrase test looks for among a line's words (see _has_chrome_phrase).
_CHROME_TOKENS = _CAPTION_TOKENS | _FURNITURE_WORDS | _PAIR_FIRSTS
# A link to another story announced by a lead-in: "Related: …", "SEE MORE: …".
_LINK_PREFIX = re.compile(
    r"^(?:related|see\s+more|more|also\s+(?:on|read|see)|read\s+(?:more|also|next)|"
    r"watch|listen|recommended|trending)\b[^:]{0,20}:\s*\S",
    re.IGNORECASE,
)
# A blog's bar of links to the posts before and after a post, over it or under it:
# "« Patina vs. shine | Blog Home | Superman, Batman and worldviews »", "« Vorige |
# Nächste »", and the like bars of a gallery or a section ("28 Photos | View Gallery »"):
# a bar ("|") with a guillemet that points at a link at its start or at its end. Of the
# 149 such lines in the dev and wide plain dumps, 148 are no story's. (Looked for in short
# lines only, as every chrome phrase is: html2text glues a post under its bar on one line.)
_POST_BAR = re.compile(r"^\W*[«‹][^|]*\||\|[^|]*[»›]\W*$")
# A post's labels on one line: "Tags: archives, photography", "Posted in history, photos",
# "Filed under: Events", "Tagged as: fall, craft" (with a colon where a story's sentence
# could open so: "Category 5 storms …").
_LABELS_LINE = re.compile(
    r"^(?:(?:tags?|categor(?:y|ies)|topics?|labels?)\s*:|tagged\s+(?:as|with|in)\b|"
    r"posted\s+in\b|filed\s+(?:under|in)\b)\s*:?\s*\S",
    re.IGNORECASE,
)
# The first letters of _LABELS_LINE's lead-ins that need no colon ("tagged", "posted",
# "filed"; no other character matches them case-blind): a line that opens with none of
# them and has no colon matches neither that pattern nor _LINK_PREFIX.
_LABEL_FIRSTS = frozenset("tTpPfF")

_SOFT_WALL = re.compile(
    r"^\W*(?:(?:view|show|see|read|all)\s+)?(?:"
    r"related(?:\s+(?:\w+|&)){0,3}|recommended(?:\s+\w+){0,2}|"
    r"more\s+(?:from|in|on|about|stories|news|articles|great|like this)(?:\s+\S+){0,4}|"
    # Lists of other stories: "People who read this also read", "Explore more".
    r"(?:people|readers)\s+who\s+(?:read|viewed|liked)\s+this(?:\s+\S+){0,3}|"
    r"explore\s+more(?:\s+\S+){0,3}|"
    r"also\s+read|read\s+(?:next|also)|up\s+next|next\s+up(?:\s+\S+){0,4}|"
    r"what\s+to\s+read\s+next|trending(?:\s+now)?|top\s+stories|"
    r"most\s+(?:popular|read|viewed|shared|emailed|commented)(?:\s+\w+){0,2}|popular\s+now|"
    r"you\s+(?:may|might|will)\s+(?:also\s+)?(?:like|enjoy|be interested in)|"
    r"about\s+the\s+authors?|"
    r"tags?|topics?|filed\s+under|share(?:\s+this)?(?:\s+\w+)?|sharing\s+is\s+caring|"
    r"artigos\s+relacionados|leia\s+(?:tamb[ée]m|mais)|veja\s+tamb[ée]m|"
    r"voc[êe]\s+(?:tamb[ée]m\s+)?pode\s+gostar|mais\s+lidas?|"
    r"noticias\s+relacionadas|(?:tambi[ée]n\s+)?te\s+puede\s+(?:interesar|gustar)|"
    r"lo\s+m[áa]s\s+le[íi]do|m[áa]s\s+noticias|"
    r"[àa]\s+lire\s+(?:aussi|[ée]galement)|sur\s+le\s+m[êe]me\s+sujet|"
    r"vous\s+aimerez\s+aussi|les\s+plus\s+lus|"
    r"weitere\s+beitr[äa]ge(?:\s+\w+){0,2}|mehr\s+zum\s+thema|meistgelesen|"
    r"das\s+k[öo]nnte\s+sie\s+auch\s+interessieren|"
    r"potrebbe\s+interessarti|leggi\s+anche|pi[ùu]\s+lett[ie]|"
    r"материалы\s+по\s+теме|читайте\s+также|関連記事"
    r")\W*$",
    re.IGNORECASE,
)
# Headings of lists of other stories: "Other news", "More tennis news...", "Also in the
# news". Not with a colon, which announces a list the story may hold ("More games news:").
_OTHER_STORIES = re.compile(
    r"^\W*(?:other|more|also\s+in\s+the)\s+(?:[\w'’-]+\s+)?"
    r"(?:news|stories|articles|posts|videos|headlines)(?:\s+\S+){0,3}\W*$",
    re.IGNORECASE,
)
# A post's links to its neighbours, which close it ("Previous Post", "Next article", "Article
# précédent"), in the languages the project reads: alone on a line, or over the neighbour's
# title ("Next post: …"). A hard wall: no story goes on past them.
_POST_NAVIGATION = re.compile(
    r"^\W*(?:"
    r"(?:previous|next|older|newer)\s+(?:post|article|entry|story)|"
    r"(?:vorheriger|n[äa]chster)\s+(?:beitrag|artikel)|"
    r"(?:article|billet)\s+(?:pr[ée]c[ée]dent|suivant)|"
    r"(?:entrada|art[íi]culo|nota)\s+(?:anterior|siguiente)|"
    r"(?:articolo|post)\s+(?:precedente|successivo)|"
    r"(?:artigo|post)\s+(?:anterior|seguinte)|pr[óo]ximo\s+(?:artigo|post)|"
    r"(?:vorig|volgend)e?\s+(?:bericht|artikel)|"
    r"(?:poprzedni|nast[ęe]pny)\s+(?:wpis|artyku[łl])"
    r")(?:\W*$|\s*:)",
    re.IGNORECASE,
)
# Section headings that open reader comments, after which no story goes on. A story ends
# at the first one once it has begun.
_HARD_WALL = re.compile(
    r"^\W*(?:\d+\s*)?(?:(?:view|show|see|read|load|hide|top rated|all|reader)\s+)?(?:"
    r"comments?|responses?|replies|reactions|leave\s+a\s+(?:reply|comment)|"
    r"post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+(?:discussion|conversation)|"
    r"discussion|conversation|"
    r"comments\s+are\s+(?:now\s+)?closed(?:\s+(?:for|on)\s+this\s+(?:story|article|post|entry))?|"
    r"comentarios|commentaires|kommentare|комментарии|"
    # "Discussion about this post", "Comments on this article", "Kommentare zu diesem Artikel".
    r"(?:discussion|comments?|conversation|responses?|reactions|thoughts)\s+(?:about|on|to)\s+"
    r"this\s+(?:post|article|story|entry)|"
    r"(?:kommentare|diskussion)\s+zu\s+diesem\s+(?:artikel|beitrag)|"
    r"commentaires\s+sur\s+cet\s+article|"
    r"comentarios\s+(?:sobre|a)\s+(?:este|esta)\s+(?:art[íi]culo|nota|entrada)|"
    r"commenti\s+(?:a|su)\s+quest[oa]\s+(?:articolo|post)|"
    r"coment[áa]rios\s+(?:sobre|a)\s+(?:este|esta)\s+(?:artigo|mat[ée]ria|post)|"
    r"reacties\s+op\s+dit\s+(?:artikel|bericht)|"
    r"komentarze\s+do\s+(?:tego\s+)?(?:artyku[łl]u|wpisu)"
    r")\W*(?:\d+\W*)?$"
    # "There are 13 comments", "34 responses to “Title”", "12 thoughts on “Title”".
    r"|^(?:there\s+(?:are|is)\s+)?\d+\s+(?:comments?|responses?|replies|thoughts)\b",
    re.IGNORECASE,
)


def _lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its case-blindness, for ASCII text lower-cased: it finds what
    ``pattern`` finds in the text (the pattern's letters are lower case, and no ASCII
    letter folds to another than its own pair), at half the cost of a case-blind match."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_LOWER_SOFT_WALL = _lower_twin(_SOFT_WALL)
_LOWER_HARD_WALL = _lower_twin(_HARD_WALL)
_LOWER_OTHER_STORIES = _lower_twin(_OTHER_STORIES)
_LOWER_POST_NAVIGATION = _lower_twin(_POST_NAVIGATION)
# The words a match of each wall pattern opens with (its first run of word characters,
# lower-cased; ``tests/test_text_classify.py`` derives them from the patterns): an ASCII
# line whose first word is none of them matches none of the patterns, told by a set's
# lookup where each pattern tries its fifty branches. (ASCII lines only: case-blind, "ſ"
# is an "s", and a line's first word beyond ASCII is not always the pattern's.)
_SOFT_WALL_FIRSTS = frozenset((
    "a", "about", "all", "also", "artigos", "das", "explore", "filed", "leggi", "leia",
    "les", "lo", "mais", "mas", "mehr", "meistgelesen", "more", "most", "next", "noticias",
    "people", "piu", "popular", "potrebbe", "read", "readers", "recommended", "related",
    "see", "share", "sharing", "show", "sur", "tag", "tags", "tambien", "te", "top",
    "topic", "topics", "trending", "up", "veja", "view", "voce", "vous", "weitere", "what",
    "you",
    # _OTHER_STORIES's.
    "other",
))
# (A count of comments opens _HARD_WALL's lines too, alone or glued to the heading:
# "12 Comments", "12Comments"; and a heading may have its count glued after it:
# "Comments12". The first word is read without figures at its end, and a word opening
# with a figure is let through.)
_HARD_WALL_FIRSTS = frozenset((
    "add", "all", "comentarios", "comment", "commentaires", "commenti", "comments",
    "conversation", "discussion", "diskussion", "hide", "join", "komentarze", "kommentare",
    "leave", "load", "post", "reacties", "reactions", "read", "reader", "replies",
    "response", "responses", "see", "show", "there", "thoughts", "top", "view",
    # _POST_NAVIGATION's.
    "article", "articolo", "articulo", "artigo", "billet", "entrada", "nachster",
    "nastepny", "newer", "next", "nota", "older", "poprzedni", "previous", "proximo",
    "volgend", "volgende", "vorheriger", "vorig", "vorige",
))
# A count of the comments over them, which names the story it answers whatever its length:
# "22 Responses to “Continuous improvement: An Abbreviated List (And Yours?)”", quoted, or
# bare without a full stop ("14 comments to Taking the Counter to the Next Level"): a
# sentence that opens with a count ends like one ("12 replies to the survey came in.").
_COUNT_HEADING = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\s+"
    r"(?:[\"“‘«„]|(?!.*[.!?]$))",
    re.IGNORECASE,
)
# The head of a reader comment: "name says:", "name on 3 May 2019 at 4:47 pm said:".
_COMMENT_HEAD = re.compile(
    r"^\S+(?:\s+\S+){0,3}\s+(?:says|said|wrote|writes)\s*:$|"
    r"^(?>.*?\d:\d\d\b).*\b(?:says|said|wrote)\s*:$",
    re.IGNORECASE,
)
# The stamp over a reader comment: "Jane · March 10, 2017 at 12:20 AM".
# (Anchored at the first separator: trying every one scanned the line once per separator.)
_COMMENT_STAMP = re.compile(
    r"^(?>.*?\S\s+[·|•]\s+).*\b\d{1,2}:\d\d\s*(?:am|pm)\b", re.IGNORECASE
)
_TERMINAL = frozenset(".!?…。！？؟।\"'”’»)")
# An ellipsis closing a line cuts it short: a teaser's excerpt ("… the question we asked
# for t… Read More..."), a headline cut to fit ("Council Drops Tax Rise, Bridge Sale
# Delayed..."), a comment's head ("On July 9, 2012 at 4:09 pm, Jane said..."). What it
# closes is no sentence, though its dots are a sentence's marks.
_CUT_SHORT_ENDS = ("…", "...")
# Source code, as pages show it in <pre>: lines that end with a brace, an opening bracket
# or a semicolon, or open with a comment or a brace. Menu items and prose never do.
_CODE_ENDS = frozenset("{};[")
_CODE_STARTS = ("//", "/*", "{", "}")
# Characters of code, formulas and drawn tables, which menu items do not have. (Not the
# ASCII bar: link lists part their items with it, "Stars | Wings | Photos".)
# (Searched as a class of characters: a set's isdisjoint walks the line a character
# object at a time.)
_SYMBOLS = re.compile("[" + re.escape("(){}[];=<>│─┼/\\_$%@") + "]")
# (A run of lines is code when a share of its lines has such characters; the limits of
# the measures are in ParseOptions, ``text_*``.)
# Lines up to this long have their features remembered (longer ones rarely repeat): a
# cost, not a threshold, so not an option.
_MEMO_MAX_CHARS = 200
# How many distinct sets of features of such lines are kept to be shared (a cost too).
_ALIKE_MAX = 4096
#: A line's features as a tuple, in LineFeatures' order.
_Values = tuple[int, int, float, int, bool, bool, bool, bool, bool, bool, bool]


# A count in brackets closing a line: an archive's or a category's entry ("News (1752)",
# "October (18)"), no sentence's end.
_COUNT_END = re.compile(r"\(\d[\d,.]*\)$")


@attrs.frozen
class LineFeatures:
    """What the classifier knows about one line."""

    #: Length in characters (CJK characters count three: they carry more).
    chars: int
    #: Word tokens (for CJK text, characters / 2).
    n_words: int
    #: Share of the tokens that are common function words.
    stop_density: float
    #: How many sentence endings the line has.
    sentence_ends: int
    #: The line ends with sentence punctuation or a closing quote (not an ellipsis).
    ends_sentence: bool
    #: A short line with a phrase that only page furniture says (©, "privacy policy" …).
    chrome_phrase: bool
    #: A section heading that usually follows a story (related, tags, share …).
    soft_wall: bool
    #: A heading that opens reader comments, or a comment's own head.
    hard_wall: bool
    #: The line reads as source code (ends with a brace, bracket or semicolon …).
    code: bool
    #: The line has characters of code, formulas or text tables (brackets, =, │ …).
    symbolic: bool
    #: Most longer words are capitalised, as in a headline ("Here's Where Landers Will Land").
    headline_case: bool

    @staticmethod
    def of(text: str, options: ParseOptions = DEFAULT_OPTIONS) -> LineFeatures:
        """Measure ``text``, one squashed non-blank line (see :func:`line_measure`)."""
        return line_measure(options)(text)


@functools.lru_cache(maxsize=8)
def line_measure(options: ParseOptions) -> Callable[[str], LineFeatures]:
    """The function that measures a line under ``options``: made once per set of options
    (a parse asks for it once, then calls it once a line), with the limits in local names.

    Menus, share bars and footers repeat their short lines within a page and across a
    site's pages; a line's features depend on its text (and the options) alone, and are
    immutable: the short lines' features are remembered.
    """
    cjk_char_weight, cjk_word_chars = options.text_cjk_char_weight, options.text_cjk_word_chars
    wall_max_chars = options.text_wall_max_chars
    chrome_phrase_max_chars = options.text_chrome_phrase_max_chars
    headline_max_chars = options.text_headline_max_chars
    headline_word_chars = options.text_headline_word_chars
    headline_min_words = options.text_headline_min_words
    headline_share = options.text_headline_share
    is_stopword = STOPWORDS.__contains__

    def headline_case(text: str) -> bool:
        # The long words' first letters.
        firsts = [w[0] for w in text.split() if len(w) >= headline_word_chars and w[0].isalpha()]
        if len(firsts) < headline_min_words:
            return False
        return sum(map(str.isupper, firsts)) >= headline_share * len(firsts)

    def measured(text: str) -> _Values:
        # (Run once a distinct line: its length and last character are taken once.)
        tokens = words(text)
        length = len(text)
        is_ascii = text.isascii()
        if not is_ascii and is_cjk_heavy(text):
            chars = length * cjk_char_weight
            n_words = length // cjk_word_chars
            # Stop words are not counted for CJK; sentence punctuation carries the weight.
            density = 0.4
        else:
            chars = length
            n_words = len(tokens)
            # stopword_density(tokens), inline.
            density = sum(map(is_stopword, tokens)) / n_words if tokens else 0.0
        last = text[-1:]
        if length <= wall_max_chars:
            soft_wall, hard_wall = _short_line_walls(text, tokens, is_ascii=is_ascii)
        else:
            soft_wall = False
            hard_wall = (text[:1].isdigit() and length < chrome_phrase_max_chars
                         and _COUNT_HEADING.match(text) is not None)
        # LineFeatures' fields, in their order.
        return (
            chars,
            n_words,
            density,
            # (An ASCII line without ".", "!" or "?" has no sentence end: most short ones.)
            0 if is_ascii and "." not in text and "!" not in text and "?" not in text
            else sentence_ends(text),
            last in _TERMINAL and not text.endswith(_CUT_SHORT_ENDS)
            and not is_more_arrow(text) and not (
                last == ")" and _COUNT_END.search(text) is not None),
            length < chrome_phrase_max_chars and _has_chrome_phrase(text, tokens),
            soft_wall,
            hard_wall,
            last in _CODE_ENDS or text.startswith(_CODE_STARTS),
            _SYMBOLS.search(text) is not None,
            # Each long word of a headline holds a word token at least: a line of fewer
            # tokens than ``text_headline_min_words`` is in no headline's case.
            length <= headline_max_chars and len(tokens) >= headline_min_words
            and headline_case(text),
        )

    def measure(text: str) -> LineFeatures:
        return LineFeatures(*measured(text))

    # Distinct short lines ("Menu item 1", "Menu item 2" …) mostly measure alike: they
    # share one record of their features (a dump of a million of them holds a million
    # lines' features at once, 136 bytes each with the float in it).
    alike: dict[_Values, LineFeatures] = {}

    def measure_alike(text: str) -> LineFeatures:
        values = measured(text)
        features = alike.get(values)
        if features is None:
            features = LineFeatures(*values)
            if len(alike) < _ALIKE_MAX:
                alike[values] = features
        return features

    measure_short = functools.lru_cache(maxsize=8192)(measure_alike)

    def of(text: str) -> LineFeatures:
        return measure_short(text) if len(text) <= _MEMO_MAX_CHARS else measure(text)

    return of


def is_more_arrow(text: str) -> bool:
    """True when the line ends with a "»" that opens nothing: the arrow of a link to more
    ("Videos More »", "It's a Girl for Bachelorette Jen Schefft »"), not the close of a
    quote that "«" opened."""
    return text[-1] == "»" and "«" not in text


def is_labels_line(text: str) -> bool:
    """True for a post's labels on one line ("Tags: archives, photography", "Posted in
    history, photos", "Filed under: Events", "Tagged as: fall, craft"), which close a
    post. (The pattern needs a colon, or the label's lead-in word first: looked for at C
    speed before it is tried.)"""
    return ((":" in text or text[:1] in _LABEL_FIRSTS)
            and _LABELS_LINE.match(text) is not None)


def _has_chrome_phrase(text: str, tokens: list[str]) -> bool:
    # (_CHROME_MARKS, the two beyond ASCII looked for only where they can be.)
    if "(" in text and ("(c) 2" in text or "(C) 2" in text):
        return True
    # Every branch of the caption pattern holds one of _CAPTION_TOKENS, whole; a line
    # without them is no caption (the pattern's case-blind matching can differ only by
    # the characters that fold to ASCII letters, looked for one by one: no generator).
    folds = False
    if not text.isascii():
        # (A bar of links to the posts around, _POST_BAR, has guillemets beyond ASCII too.)
        if "©" in text or "ⓒ" in text or ("|" in text and _POST_BAR.search(text) is not None):
            return True
        folds = ("\u0130" in text or "\u0131" in text or "\u017f" in text
                 or "\u212a" in text)
    # (Both patterns need a colon, or the label's lead-in word first: looked for at C
    # speed before the patterns are tried; _LINK_PREFIX's colon is not optional.)
    if ((_LINK_PREFIX.match(text) or _LABELS_LINE.match(text)) if ":" in text
            else text[:1] in _LABEL_FIRSTS and _LABELS_LINE.match(text)):
        return True
    if _CHROME_TOKENS.isdisjoint(tokens):
        # None of the words the tests below look for (most lines): one pass over the
        # tokens, not three.
        return folds and _CAPTION.search(text) is not None
    if (folds or not _CAPTION_TOKENS.isdisjoint(tokens)) and _CAPTION.search(text):
        return True
    return not _FURNITURE_WORDS.isdisjoint(tokens) or (
        not _PAIR_FIRSTS.isdisjoint(tokens)
        and not _FURNITURE_PAIRS.isdisjoint(itertools.pairwise(tokens)))


def chrome_beyond_furniture_words(text: str) -> bool:
    """The chrome phrase test (see ``LineFeatures.chrome_phrase``) but for the lone
    furniture words: a mark, a caption's credit, a link's lead-in or a furniture pair
    ("sign up", "read more"). A headline may be about cookies or a newsletter."""
    return (any(mark in text for mark in _CHROME_MARKS) or bool(_CAPTION.search(text))
            or bool(_LINK_PREFIX.match(text))
            or not _FURNITURE_PAIRS.isdisjoint(itertools.pairwise(words(text))))


def _short_line_walls(text: str, tokens: list[str], *, is_ascii: bool) -> tuple[bool, bool]:
    """Whether a short line (``text``, its ``words``) is a soft wall, and a hard one."""
    if not is_ascii:
        return (_SOFT_WALL.match(text) is not None or (
            text[-1:] != ":" and _OTHER_STORIES.match(text) is not None), _is_hard_wall(text))
    # An ASCII line: the walls' patterns are tried only where its first word opens one
    # (see _SOFT_WALL_FIRSTS), on the line lower-cased for their twins.
    first = tokens[0] if tokens else ""
    return (first in _SOFT_WALL_FIRSTS and (
        _LOWER_SOFT_WALL.match(text.lower()) is not None
        or (text[-1:] != ":" and _LOWER_OTHER_STORIES.match(text.lower()) is not None)),
        _is_ascii_hard_wall(text, first))


def _is_hard_wall(text: str) -> bool:
    """A short line beyond ASCII is a hard wall (see ``LineFeatures.hard_wall``)."""
    return (_HARD_WALL.match(text) is not None or _POST_NAVIGATION.match(text) is not None
            or is_comment_head(text))


def _is_ascii_hard_wall(text: str, first: str) -> bool:
    """A short ASCII line whose first word is ``first`` (lower-cased; "" for none) is a
    hard wall: its walls' patterns tried only where that word opens one (see
    _HARD_WALL_FIRSTS), on the line lower-cased for their twins (see ``_lower_twin``)."""
    if (first[:1].isdigit() or first.rstrip(string.digits) in _HARD_WALL_FIRSTS) and (
            _LOWER_HARD_WALL.match(text.lower()) is not None
            or _LOWER_POST_NAVIGATION.match(text.lower()) is not None):
        return True
    # (is_comment_head's first test, inline: most lines have no colon.)
    return ":" in text and is_comment_head(text)


def is_comment_head(text: str) -> bool:
    """A reader comment's own head: "Jane · March 10, 2017 at 12:20 AM", "Jane said:"."""
    # Both patterns need a colon; the stamp a separator too (looked for at C speed first).
    if ":" not in text:
        return False
    if ("·" in text or "|" in text or "•" in text) and _COMMENT_STAMP.search(text) is not None:
        return True
    # Comment heads end with a colon; skip the search otherwise.
    return text[-1:] == ":" and _COMMENT_HEAD.search(text) is not None


# A lead-in to a quote that a comment's head may look like: "Hibu said:", "As Joel
# writes:". No figure in it: a comment's head with its time ("Jane on May 3 at 4:47 pm
# said:") is no lead-in; nor "says:", the present tense of comment systems.
_QUOTE_LEAD_IN = re.compile(r"^\D*\b(?:said|wrote|writes)\s*:$", re.IGNORECASE)


def with_quote_lead_ins(
    lines: Sequence[Line], features: list[LineFeatures], options: ParseOptions
) -> list[LineFeatures]:
    """``features`` with the wall taken off the story's lead-ins to quotes that read as
    comments' heads ("Hibu said:" under a paragraph, over the company's statement): no
    figure in them, right under a line of prose. A comment's head comes under a count of
    comments, a form, a reply button or its stamp; a thread's later heads may come right
    under the comment before, but the first one has already ended the story. (The list
    itself when nothing changes; a copy otherwise.)"""
    length_low = options.text_length_low
    lead_ins = [i for i, feat in enumerate(features) if i and feat.hard_wall
                and lines[i][TEXT][-1:] == ":" and _QUOTE_LEAD_IN.match(lines[i][TEXT])
                and features[i - 1].ends_sentence and features[i - 1].chars >= length_low
                and not features[i - 1].hard_wall]
    if not lead_ins:
        return features
    unwalled = list(features)
    for i in lead_ins:
        unwalled[i] = attrs.evolve(features[i], hard_wall=False)
    return unwalled


def code_blocks(
    lines: Sequence[Line], features: Sequence[LineFeatures], options: ParseOptions
) -> set[int]:
    """The blocks (runs of lines) that read as code: shown source, formulas, text tables.

    A block is code when one of its lines is unmistakably code or the dump marks it so
    (Markdown's fences), or when it has two lines or more and at least
    ``options.text_code_block_share`` of them carry code characters.
    """
    share = options.text_code_block_share
    symbolic: dict[int, int] = {}
    blocks: set[int] = set()
    preformatted = ParagraphKind.PREFORMATTED
    for line, feat in zip(lines, features, strict=True):
        if feat.code or (line[MARKS] is not None and hint_of(line) is preformatted):
            blocks.add(line[BLOCK])
        if feat.symbolic:
            symbolic[line[BLOCK]] = symbolic.get(line[BLOCK], 0) + 1
    for i, line in enumerate(lines):
        if (
            line[BLOCK] == i  # the block's first line
            and line[BLOCK_SIZE] > 1
            and symbolic.get(line[BLOCK], 0) >= share * line[BLOCK_SIZE]
        ):
            blocks.add(line[BLOCK])
    return blocks
