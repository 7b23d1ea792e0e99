"""Text dumps, stage 5b (continued): bylines read beside the head's date, where no line
says it is a byline: a name on the line over or under the date line, one word under the
headline over its date ("Gabo" / "Jan 23"), names beside the date on one line ("Dec 17,
2025 · Jane Doe"), a handle or a site credited on a dated line ("by whova | Apr 21,
2025"). ``_text/byline.py`` asks them in its order of readers."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsparse._dateline.words import is_weekday, month_of
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import (
    BAR,
    GLUED_LEAD,
    LEAD,
    NOT_NAME_WORDS,
    PARTICLES,
    TEAM_CREDIT,
)
from newsparse._reading.bylines import bare_names, is_job_title, is_lone_lead, opens_with_date
from newsparse._reading.dates import DIGIT, UPDATED
from newsparse._reading.textstats import STOPWORDS
from newsparse._text.dates import date_follows, is_date_line, is_published_label
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line
from newsparse._text.name_lines import (
    WORD,
    all_names,
    has_date,
    is_stamp_word,
    is_update_label,
    lead_part,
    listed,
    proper_names,
)

_BY_WORD = re.compile(r"\bby\b", re.IGNORECASE)
# A month glued to the word before it ("EditorialNovember 22, 2018"): a label, not a name.
_GLUED_MONTH = re.compile(
    r"[a-z](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$")
# What may cling to a word's ends beside a stamp ("EcoFlow- 2025/4/29").
_WORD_EDGE = " -–—,;:|•·()"


def beside_date(
    lines: Sequence[Line], features: Sequence[LineFeatures], date_index: int | None,
    head: tuple[int | None, Sequence[int]], options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The byline on the line right over or right under the head's date line (line
    ``date_index``), past a date's label ("Published") or a glyph, in the story's header
    (under the headline, over the story; ``head`` holds the headline's index and the
    story's), when no byline reader found one: "Posted Dec 19, 2025" / "Jane Doe",
    "Published" / "3 January, 2025" / "Jane Doe", "March 3, 2021" / "By Ask the Doctors",
    "Oct 10, 2025" / "The Upwork Team". The line over the date is tried first; it must
    stand in a block of its own or in the date line's, not under another line of names
    (one of a list), and name people, a desk or a team (see :func:`_name_beside_date`)."""
    title_index, story = head
    top = -1 if title_index is None else title_index
    if date_index is None or not top < date_index < story[0]:
        return None, ()
    headline = set() if title_index is None else {
        w.casefold() for w in WORD.findall(lines[title_index][TEXT])} - STOPWORDS
    for step in (-1, 1):
        j = date_index + step
        while top < j < story[0] and _is_date_furniture(lines[j][TEXT]):
            j += step
        if not top < j < story[0] or listed(lines, j, options) or (
                lines[j][BLOCK_SIZE] > 1 and lines[j][BLOCK] != lines[date_index][BLOCK]):
            # (The last of a menu's block over the date is no byline: "Recruiting Top
            # Talent" / "April 16, 2019".)
            continue
        credit = _name_beside_date(lines[j][TEXT], features[j], headline, options)
        if credit is not None and (_names_a_credit(credit, lines, story, options)
                                   or signs_with_date(credit, lines, j, date_index, story,
                                                      options=options)):
            return j, (LEAD.sub("", credit, count=1).strip(),)
    return None, ()


def signs_with_date(credit: str, lines: Sequence[Line], i: int, date_index: int,
                    story: Sequence[int], *, options: ParseOptions) -> bool:
    """True when one word on line ``i``, right over the head's date line (line
    ``date_index``, past a label or a glyph), signs the post with the name of the site,
    its owner or its newsletter, which the page's notice of rights names ("Wyndo" / "Dec
    04, 2025" / "∙ Paid", past a standfirst; "© 2026 Wyndo · Privacy" at the foot). A
    section's or a button's word stands there as often ("Film", "Tweet"), which the
    notice does not name; and the word must read as a credit (see
    :func:`one_word_credit`). Not one over a date that another date follows: a list's
    heading ("Updates" / "2021-08-09 …")."""
    after = date_index + 1
    if (" " in credit or i >= date_index
            or (after < len(lines) and opens_with_date(lines[after][TEXT]))
            or not one_word_credit(credit, lines, story)):
        return False
    named = re.compile(rf"(?<!\w){re.escape(credit)}(?!\w)")
    return any(_RIGHTS_NOTICE.search(text) and named.search(text)
               for text, *_rest in lines if len(text) <= options.text_max_meta_chars)


# The notice of rights at a page's foot ("© 2026 Wyndo", "2025 Supermove, All right
# reserved.", "Copyright 2019 …").
_RIGHTS_NOTICE = re.compile(r"©|\(c\)|\bcopyright\b|\brights?\s+reserved\b", re.IGNORECASE)


def _is_date_furniture(text: str) -> bool:
    """A glyph or a date's label ("Published", "Updated") beside a date line."""
    return (not any(map(str.isalnum, text)) or is_published_label(text)
            or UPDATED.fullmatch(text.strip(" :")) is not None)


def _name_beside_date(text: str, feat: LineFeatures, headline: set[str],
                      options: ParseOptions) -> str | None:
    """The credit a short line beside the head's date line may give: the line, or what
    follows its "By" (kept as "By …" to tell it apart); None for a line with a figure, a
    colon, a comma (a place after an agency: "Reuters, Washington,") or a final stop,
    furniture, more words than a name or a credit has, or a word
    of the headline (``headline``)."""
    text = text.strip()
    if (not text or len(text) > min(options.text_max_bare_name_chars,
                                    options.meta_max_byline_chars) or DIGIT.search(text)
            or feat.chrome_phrase or feat.soft_wall or feat.hard_wall
            or ":" in text or "," in text or text.endswith((".", "!", "?"))):
        return None
    lead = LEAD.match(text)
    credit = text[lead.end():].strip() if lead is not None else text
    words = credit.split()
    if (not words or len(words) > min(options.text_max_credit_words, options.meta_max_name_words)
            or len(credit) > options.meta_max_name_chars
            or any(w.casefold() in headline for w in words)):
        return None
    return text if lead is not None else credit


def _names_a_credit(credit: str, lines: Sequence[Line], story: Sequence[int],
                    options: ParseOptions) -> bool:
    """True when ``credit`` (from :func:`_name_beside_date`) names the story's author: after
    "By", a handle ("by ibby") or a few words opening and ending with a capital ("By Ask
    the Doctors"); else a team's or a desk's credit ("Podium Staff"), or two or three
    proper names ("Jane Doe", "Staff Clinician") that are no role, and have no function
    word nor label's word ("Sports News Editor", "Pin It", "Categories England"). One word
    alone is as likely a label ("Editorial"), a button ("Tweet") or a subheading."""
    lead = LEAD.match(credit)
    if lead is not None:
        words = credit[lead.end():].split()
        if len(words) == 1:
            return _is_name_word(words[0], lines, story)
        return words[0][:1].isupper() and words[-1][:1].isupper()
    words = credit.split()
    if len(words) == 1:
        return False
    if TEAM_CREDIT.fullmatch(credit):
        return True
    return (not is_job_title(credit, options)
            and not any(w.casefold() in STOPWORDS for w in words)
            and all_names((credit,)) and proper_names((credit,), lines, story))


def one_word_credit(word: str, lines: Sequence[Line], story: Sequence[int]) -> bool:
    """True when one word beside the head's date, with nothing else but the date's own
    words, credits the story: a first name, a handle, a site ("Susan December 9, 2024 0
    Comments", "EcoFlow- 2025/4/29"), as blogs and shops sign their posts. It must open
    with a capital, not be all capitals (a time zone, a label: "GMT", "DATE") nor glued to
    a month ("EditorialNovember"), and be no label, stopword, date's word or word the
    story writes in lower case (see :func:`_is_name_word`): a section's name beside the
    date ("Health") is one the story uses."""
    return (word[:1].isupper() and not word.isupper() and not word.endswith(".")
            and _GLUED_MONTH.search(word) is None and _is_name_word(word, lines, story))


def _is_name_word(word: str, lines: Sequence[Line], story: Sequence[int]) -> bool:
    """True when one word may be a name, a handle or a desk ("Newsdesk", "ibby"): no
    stopword, label, particle, weekday, month or stamp's word, and none the story writes
    in lower case."""
    folded = word.casefold()
    if (not _HANDLE.fullmatch(word) or folded in STOPWORDS or folded in NOT_NAME_WORDS
            or folded in PARTICLES or is_weekday(word) or month_of(word) is not None
            or is_stamp_word(word) or is_published_label(word)):
        return False
    return not any(w == folded for i in story for w in WORD.findall(lines[i][TEXT])
                   if w[0].islower())


# One word that may be a person's first name, a handle or a site's name ("Gabo",
# "inikosoftseo", "ServiceTitan"): letters first, then letters, figures, "_", "." or "-".
_HANDLE = re.compile(r"[^\W\d_][\w.\-]*")


def dated_handle(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    candidates: Sequence[int],
    title_index: int | None,
    *,
    story: Sequence[int],
    options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The line right under the headline, and its one name, when it is one word (a first
    name, a handle, a site or a desk: "Gabo", "inikosoftseo", "Staff") and a date line
    follows it ("Jan 23"): a blog's post header, where the author signs with one word. Not
    a word the headline holds or the story writes in lower case ("Share", "Blog"), nor a
    label or a stopword, nor a date's own word ("Monday", "Updated"), nor the heading of a
    list of dates."""
    i = -1 if title_index is None else title_index + 1
    if i not in candidates or i + 1 >= len(lines) or features[i].n_words != 1:
        return None, ()
    feat, text = features[i], lines[i][TEXT].strip()
    word = text.casefold()
    if (feat.chrome_phrase or feat.soft_wall or feat.hard_wall
            or len(text) > options.text_max_bare_name_chars or not _HANDLE.fullmatch(text)
            or word in STOPWORDS or word in NOT_NAME_WORDS or word in PARTICLES
            or is_weekday(text) or month_of(text) is not None
            or is_update_label(text, options) or is_published_label(text)
            or is_date_line(text, options) or not date_follows(lines, i, options)
            # The heading of a list of dates ("Schedule" / "September 10 …" / …).
            or (i + 2 < len(lines) and opens_with_date(lines[i + 2][TEXT]))):
        return None, ()
    headline = {w.casefold() for w in WORD.findall(lines[i - 1][TEXT])}
    common = (w for j in story for w in WORD.findall(lines[j][TEXT]) if w[0].islower())
    if word in headline or any(w == word for w in common):
        return None, ()
    return i, (text,)


# Where a head line's stamp parts meet: bars and bullets ("Dec 26, 2025 • Jane Doe"),
# and a year glued to the name after it ("Dec 17, 2025Jane Doe").
_STAMP_PARTS = re.compile(
    r"(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[-–—/]\s+|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)"
    r"|(?<=[a-z])(?=[A-Z]{2})")  # (a run of spaces is tried from its start only: linear)


def header(candidates: Sequence[int], title_index: int | None, story: Sequence[int],
           features: Sequence[LineFeatures], options: ParseOptions) -> list[int]:
    """The candidates above the story that stand in the headline's header: the line right
    above it (a kicker's stamp) and its first ``options.text_byline_header_lines`` lines
    under it. Where the story opens with the headline, its header is the story's lines
    under the headline, up to its first paragraph (:func:`header_end`)."""
    if title_index is None:
        return [i for i in candidates if i < story[0]]
    end = header_end(title_index, story, features, options)
    return [i for i in candidates if i < end
            and title_index - 1 <= i <= title_index + options.text_byline_header_lines]


def header_end(title_index: int, story: Sequence[int], features: Sequence[LineFeatures],
               options: ParseOptions) -> int:
    """Where the headline's header ends: at the story's first line, or, when the story
    region opens with the headline itself ("Headline" / "Dec. 19, 2025 · Jane Doe" /
    "Rust has been …"), at the first paragraph under the headline (a line that ends a
    sentence, ``options.text_length_low`` characters or more)."""
    if title_index < story[0]:
        return story[0]
    end = min(len(features), title_index + 1 + options.text_byline_header_lines)
    for j in range(title_index + 1, end):
        if features[j].ends_sentence and features[j].chars >= options.text_length_low:
            return j
    return end


def dated_names(
    lines: Sequence[Line], candidates: Sequence[int], story: Sequence[int],
    options: ParseOptions, *, headline: Collection[str] = (),
) -> tuple[int | None, tuple[str, ...]]:
    """The first short candidate line that gives the story's date and, beside it, people's
    names with no "By": "October 8, 2024 · Jane Doe", "Dec 17, 2025Jane Doe", "Jane
    Doe•Updated on Jul 4, 2024 •28 min read", "12 Comments | Jane Doe | Last Updated: March
    11, 2019". The stamp's words (figures, months, labels, reading times) part the line;
    a run of words left between them must be a person's names throughout, not common words
    of the story (a section's label: "Mental Health"; see :func:`proper_names`) nor a
    label's ("View Rate: 106"); a "By" glued to them goes ("ByJane Doe"). A line with a
    "by" is a byline the byline reader did not take ("by White on Rice Couple on …"): its
    words are not the names. A line of one word beside the date's own words gives that
    word (see :func:`one_word_credit`), when the headline (its words ``headline``) does
    not hold it."""
    for i in candidates:
        text = lines[i][TEXT]
        if (len(text) > options.text_max_meta_chars or _BY_WORD.search(text)
                or not has_date(text, options)):
            continue
        runs: list[list[str]] = []
        for part in _STAMP_PARTS.split(text):
            run: list[str] = []
            for word in [*part.split(), ""]:
                if word and not is_stamp_word(word):
                    run.append(word)
                    continue
                # A label's run ("View Rate: 106") is no name.
                labelled = word.startswith(":") or (run and run[-1].endswith(":"))
                names = (bare_names(GLUED_LEAD.sub("", " ".join(run)), options)
                         if len(run) >= 2 and not labelled else ())
                if all_names(names) and proper_names(names, lines, story):
                    return i, names
                if run:
                    runs.append(run)
                run = []
        # One word and the date's, nothing else, at either end of the line (not amid the
        # stamp: "02:42 AM Doha Time"; not a table's cell: "August 9, 2012\tBiology").
        # A word before a colon is a label ("Expires: 18 June 2015").
        if (len(runs) == 1 and len(runs[0]) == 1 and "\t" not in text
                and not runs[0][0].endswith(":")):
            word = runs[0][0].strip(_WORD_EDGE)
            stripped = text.strip(_WORD_EDGE)
            if ((stripped.startswith(word) or stripped.endswith(word))
                    and word.lower() not in headline and one_word_credit(word, lines, story)):
                return i, (word,)
    return None, ()


def dated_credit(
    lines: Sequence[Line], candidates: Sequence[int], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The first candidate line that credits the story to a name the byline reader does
    not take as a person's: a site, a desk, a team or a handle, with the story's date on
    the same line ("by whova | Apr 21, 2025", "Posted on July 1, 2024 by infuy", "March
    15, 2022 · 3 min read · By ASU Online"; "Posted by infuy on July 1, 2024", the date cut
    off); or a team's or a desk's credit under a "By" a dump broke off it ("By" / "The
    Investopedia Team"; a newsletter's name there, "By" / "The Water Coolest", is no
    credit). The dated credit is a handle or a few capitalised
    words (``options.text_max_credit_words``) up to a bar or the line's end, not a
    sentence ("by the council press office"); without a date to say it is the story's
    credit, a "By" line is as likely a menu's facet ("By Region")."""
    max_chars = options.text_max_meta_chars
    for i in candidates:
        text = lines[i][TEXT]
        if len(text) > max_chars:
            continue
        if i > 0 and is_lone_lead(lines[i - 1][TEXT]):
            if TEAM_CREDIT.fullmatch(text):
                return i, (text,)
            continue
        if not DIGIT.search(text) or not has_date(text, options):
            continue
        part = lead_part(text, options)
        lead = LEAD.match(part) if part is not None else None
        if part is None or lead is None:
            continue
        credit = BAR.split(part[lead.end():], maxsplit=1)[0]
        # "by infuy on July 1, 2024": the date after the credit is no part of it.
        ons = list(_ON_DATE.finditer(credit))  # the last "on" stands right before the date
        on_date = ons[-1] if ons else None
        if on_date is not None and has_date(credit[on_date.end():], options):
            credit = credit[:on_date.start()]
        credit = credit.strip(" ,;:|")
        if _is_credit(credit, options):
            return i, (credit,)
    return None, ()


# " on " (and its like in the languages read) before the date that follows a credit.
# (A run of spaces is tried from its start only: linear.)
_ON_DATE = re.compile(r"(?<!\s)\s+(?:on|le|am|el|em|il|op)\s++(?=\S)", re.IGNORECASE)


def _is_credit(credit: str, options: ParseOptions) -> bool:
    """A handle ("whova", "ShawnHymel") or a few capitalised words ("ASU Online", "The
    Investopedia Team"), with no figure: a name, not a sentence or a stamp."""
    words = credit.split()
    if not words or len(words) > options.text_max_credit_words or DIGIT.search(credit):
        return False
    if len(words) == 1:
        return words[0].casefold() not in STOPWORDS
    return all(word[:1].isupper() for word in words)
