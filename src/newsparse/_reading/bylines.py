"""Bylines: person names out of one byline string, and the byline among a page's top lines.

A byline comes in many forms (``By X``, ``By X and Y``, ``By X, Staff Writer``,
``X | Reuters``, ``Par X``, ``Von X``, ``Por X``) and pages put plenty of things that are not
names where a byline goes: dates, "Updated …", "Email the author", site names, URLs, "Hours
Ago", desks ("Staff Reports"), wires. :func:`parse_byline` keeps only what reads as person
names; :func:`names_from_metadata` does the same for a value a page declares as its author.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence, Set

from newsparse._dateline.words import is_weekday
from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._reading.byline_cjk import cjk_credit
from newsparse._reading.byline_words import (
    AGE,
    AGENCIES,
    AGENCY_TAIL,
    AUTHOR_LINK_LABEL,
    BAR,
    BRACKET,
    COMMENT_HEADER,
    DATE_FIRST,
    DOMAIN,
    EMPTY_BRACKETS,
    GLUED_BAR,
    GLUED_DATE,
    GLUED_DATE_MARK,
    GLUED_HANDLE,
    GLUED_LEAD,
    GLUED_MONTH,
    GLUED_WORD,
    HANDLE,
    INVERTED_NAME,
    JOB_NOUNS,
    JOB_RANKS,
    LEAD,
    LEADING_MARKS,
    LIST_BREAK,
    MAYBE_LEAD_BYLINE,
    NAME_DATE_TAIL,
    NAME_PUNCTUATION,
    NAME_SPLIT,
    NOT_A_BYLINE,
    NOT_NAME_WORDS,
    OTHER_CREDIT,
    OTHER_ROLE,
    PARTICLES,
    PICTURE_CREDIT,
    ROLE_WORDS,
    SECTION_WORD,
    SPACED_DASH,
    STAMP_TAIL,
    TEAM_CREDIT,
    TITLE_JOINERS,
    TRAILING_DATE,
    TRIM,
    URL,
)
from newsparse._reading.dates import DIGIT
from newsparse._reading.keys import site_key

# (How many lines are looked at, the longest name in a script without case, acronym,
# credit, role line, button and line of bare names, and the site's name after the names:
# ParseOptions, ``meta_byline_*``.)
# Words that open what a byline line says after the names ("Published: …", "Updated …").
# ("In Budget Travel": the section the post is filed in.)
_STAMP_WORDS = frozenset(("published", "updated", "posted", "modified", "reviewed", "last",
                          "in", "on"))


def parse_byline(text: str, options: ParseOptions = DEFAULT_OPTIONS) -> tuple[str, ...]:
    """Return the person names in one byline string; an empty tuple when it is not a byline.

    ``"By Jane Doe and John Roe"`` gives ``("Jane Doe", "John Roe")``; ``"Jane Doe, Staff
    Writer"`` gives ``("Jane Doe",)``; ``"Jane Doe | Reuters"`` gives ``("Jane Doe",)``.
    Dates, "Updated …", "Email the author", URLs and other non-names give ``()``.

    Added in 0.1.
    """
    return byline_names(text, options)


def find_byline(lines: Sequence[str], options: ParseOptions) -> tuple[str, ...]:
    """Return the authors of the first line among ``lines`` that is a byline.

    Only lines that say they are a byline count (``By X``, ``Par X``, ``Author: X``, or names
    followed by ``| Agency``): a bare line of capitalised words is as likely a menu item.
    Looks at the first ``options.meta_byline_find_lines`` lines at most.

    Added in 0.1.
    """
    for line in lines[:options.meta_byline_find_lines]:
        names = (_short_line_byline(line, options) if len(line) <= _MEMO_MAX_CHARS
                 else _line_byline(line, options))
        if names:
            return names
    return ()


def _line_byline(line: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of ``line`` when it is a byline (see :func:`find_byline`), else ()."""
    if ("|" in line or "/" in line) and PICTURE_CREDIT.search(line):
        return ()
    return ((byline_names(_unglued(line), options, require_lead=True)
             if MAYBE_LEAD_BYLINE.search(line) else ())
            or cjk_credit(line, options.meta_byline_cjk_credit_chars))


# A text dump's head asks about the same short lines again and again (as a headline's,
# as a byline's, beside a candidate): their answers are remembered, a line's names
# depending on its text and the options alone. (A cost, not a threshold: longer lines,
# seldom bylines, are not kept.)
_MEMO_MAX_CHARS = 200
_short_line_byline = functools.lru_cache(maxsize=1024)(_line_byline)


# Other dots and bullets a byline's parts are set apart with, read as "•".
_BULLETS = str.maketrans(dict.fromkeys("●⋅∙‧◦▪", "•"))


def _unglued(line: str) -> str:
    """A byline line with its bullets read alike ("●", "⋅": "•"), and what a dump glued
    together set apart: a date glued to the name ("by
    Lucas Nolan22 Dec 2016"); and, on a line that opens with "By", a role ("By Meg
    JamesStaff Writer") or a separator ("Текст: Jane Doe·24 сентября 2018"). A spaced dash
    there sets off a description, as a comma does ("By Jane Doe - Staff Writer")."""
    line = line.translate(_BULLETS)  # "by Jane Doe ● May 3, 2025 ● 6 min read"
    line = GLUED_LEAD.sub(r"\1 ", line)  # "ByNina Pineda"
    # Most lines have no digit: a glued date is looked for only in those that do.
    if DIGIT.search(line):
        line = GLUED_DATE.sub(" ", line)
        # "Faith Katunga•Oct 20, 2025", "by Jacob Trussell—10 min read": a separator
        # glued to the date or the reading time after the names.
        line = GLUED_DATE_MARK.sub(" | ", line)
    if LEAD.match(line):
        line = GLUED_WORD.sub(_role_apart, GLUED_MONTH.sub(" ", line))
        line = SPACED_DASH.sub(", ", GLUED_BAR.sub(r" \1 ", line))
        line = STAMP_TAIL.sub("", line)  # "By Bhaval Patel Last Updated: December 6, 2024"
    return line


def _role_apart(match: re.Match[str]) -> str:
    """", Staff Writer" where a role, an outlet in capitals or the word that opens what
    follows ("Published:", "In Budget Travel") is glued to the name."""
    word = match.group(0)
    folded = word.casefold()
    return (", " + word if word[1].isupper() or folded in ROLE_WORDS
            or folded in _STAMP_WORDS else word)


def bare_names(text: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of a line that holds nothing but person names, without "By": ``"Jane
    Doe"``, ``"Jane Doe and John Roe"``, ``"Tom Roe, AP Auto Writer"``.

    Every name must have two words or more, and none of them may be a word that makes a
    title, a label or a menu item ("The GiveWell Blog", "Newer Article"); a line with a
    digit, a date word or another credit is more than a list of names ("Jane Doe Florida
    Today"). Even so, such a line is as likely a kicker or a place ("Middle East"): a caller
    needs more evidence, such as a date line beside it.
    """
    if (not has_name_line_shape(text, options) or TRAILING_DATE.search(text)
            or OTHER_CREDIT.search(text)):
        return ()
    # A role or an outlet a dump glued to the names is set apart, as on a "By" line ("Jane
    # DoeSenior Editor", "Jane DoeFOXBusiness").
    names = byline_names(GLUED_WORD.sub(_role_apart, text), options)
    for name in names:
        name_words = name.split()
        if len(name_words) < 2 or any(map(is_not_name_word, name_words)):
            return ()
    return names


def is_not_name_word(word: str) -> bool:
    """True when a word of a line of capitalised words makes it a title, a label or a menu
    item ("The", "Newer", "Search"; see ``NOT_NAME_WORDS``). An initial is a name's, not
    the article it spells ("Jeffrey A. Slotnick", "Mary I. Smith")."""
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return False
    return word.strip(TRIM + ".").casefold() in NOT_NAME_WORDS


def has_name_line_shape(text: str, options: ParseOptions) -> bool:
    """A cheap first test for :func:`bare_names`: two words or more (at most
    ``options.meta_byline_bare_line_words``) and no digit, and a first name that fills the
    first two words ("Jane Doe …", "Michiel de Jong …")."""
    if not text[:1].isupper() or DIGIT.search(text):
        return False
    line_words = text.split(None, 2)
    if len(line_words) < 2:
        return False
    first = line_words[0].strip(TRIM).casefold()
    second = line_words[1].strip(TRIM).casefold()
    if (first in NOT_NAME_WORDS or second in NOT_NAME_WORDS
            or not (line_words[1][:1].isupper() or second in PARTICLES)):
        return False
    return len(text.split()) <= options.meta_byline_bare_line_words


def opens_with_lead(text: str) -> bool:
    """True when ``text`` opens with "By" or another byline lead-in."""
    return bool(LEAD.match(text.lstrip()))


def is_lone_lead(text: str) -> bool:
    """True when ``text`` is "By" or another byline lead-in and nothing else."""
    match = LEAD.match(text.strip())
    return match is not None and match.end() == len(text.strip())


def opens_with_date(text: str) -> bool:
    """True when ``text`` opens with a full date, a time or an age, as a byline's date
    does after the names: "Nov 13, 2019 4:26 pm", "1:39 PM ET", "on Mar 17", "1 day ago"."""
    return bool(NAME_DATE_TAIL.match(" " + " ".join(text.split())))


def is_role_line(text: str, options: ParseOptions) -> bool:
    """"Games Editor", "Staff Writer": a short line that describes an author."""
    return (len(text.split()) <= options.meta_byline_role_line_words and not DIGIT.search(text)
            and _is_role(text))


def is_job_title(text: str, options: ParseOptions) -> bool:
    """"Tech Writer", "Marketing Operations Analyst": a short line (two words to
    ``options.meta_byline_role_line_words``, no digit) that ends with the noun of a job,
    as the line under an author's name in a header says what they do."""
    line_words = text.split()
    # (One word alone, "Author", is the label of the line after it.)
    if not 1 < len(line_words) <= options.meta_byline_role_line_words or DIGIT.search(text):
        return False
    last = line_words[-1].strip(TRIM + ".").casefold()
    return last in JOB_NOUNS or (last.endswith("s") and last[:-1] in JOB_NOUNS)


def is_byline_furniture(text: str, options: ParseOptions) -> bool:
    """"Follow", "Email", "Subscribe": a button beside a byline, in a word or two."""
    return (len(text.split()) <= options.meta_byline_button_words
            and bool(NOT_A_BYLINE.search(text)))


def author_link_name(text: str) -> tuple[str, bool]:
    """The text of a link to the author's page without the label before the name
    ("More About Jane Doe", "All posts by Jane Doe", "Alle Beiträge von Jane Doe"), and
    whether it had one (then a single word is a name, as after "By")."""
    text = " ".join(text.split())
    name = AUTHOR_LINK_LABEL.sub("", text, count=1)
    return name, name != text


def display_byline(authors: Iterable[str]) -> str | None:
    """The display form of a list of authors: the names joined with ``", "``."""
    names = [name for name in authors if name]
    return ", ".join(names) if names else None


# Post-nominal letters: degrees and certifications printed after a name ("MS, RD",
# "DVM", "CEPF®", "M.D.", "Ph.D."); capitals of two to six letters, or a known mixed form.
_CREDENTIAL = r"(?:[A-Z]{2,6}|Ph\.?\s?D\.?|M\.D\.|D\.O\.|MSc|BSc|MEd|EdD|PsyD|PharmD|DrPH)[®™]?"
# The degrees among the role words (which end a list of names): credentials all the same.
_DEGREES = frozenset("m.d. ma mba md mph msc ph.d. phd rn".split())
_CREDENTIAL_PIECE = re.compile(rf"(?<!\s)(?:,\s*|\s+){_CREDENTIAL}")
_CREDENTIALS = re.compile(rf"(?:(?<!\s)(?:,\s*|\s+){_CREDENTIAL})+")
# What may follow a name's credentials: the end, a separator or a sentence's full stop
# ("By Jane Doe, DVM. Reviewed by …"), not a word running on.
_AFTER_CREDENTIALS = re.compile(r"[,;|•·(]|\.(?:\s|$)|(?<!\s)(?:\s*$|\s+[-–—|•·(])")


def with_credentials(name: str, texts: Iterable[str], site_keys: Set[str] = frozenset()
                     ) -> str:
    """``name`` with the post-nominal letters a shown byline prints after it ("Dylan
    Bailey, MS, RD, FAND" for "Dylan Bailey"): they are part of how the page names its
    author, where a job title ("Jane Doe, Staff Writer") only describes them. A wire or the
    site's name after the name ("Jane Doe, AP") is no credential, nor are capitals that
    run on into a phrase ("Jane Doe, CEO of Acme")."""
    for text in texts:
        start = text.find(name)
        while start >= 0:
            if start == 0 or not text[start - 1].isalnum():
                run = _credentials_after(text, start + len(name))
                if run and _are_credentials("".join(run), site_keys):
                    return name + "".join(
                        (", " if piece.lstrip().startswith(",") else " ") + piece.strip(" ,")
                        for piece in run)
            start = text.find(name, start + 1)
    return name


def _credentials_after(text: str, end: int) -> list[str]:
    """The longest run of credentials from ``end`` that a separator or the end of
    ``text`` follows ("Jane Doe, MD, RN Smith": ", MD"), as its pieces; [] for none."""
    match = _CREDENTIALS.match(text, end)
    if not match:
        return []
    pieces = _CREDENTIAL_PIECE.findall(match.group(0))
    while pieces:
        if _AFTER_CREDENTIALS.match(text, end + len("".join(pieces))):
            return pieces
        pieces.pop()
    return []


def _are_credentials(run: str, site_keys: Set[str]) -> bool:
    """True when the capitals after a name are degrees or certifications, not a wire, the
    site, a job ("CEO"), or, set without a comma, a word in capitals ("SHARE"): without
    one only a degree's own form will do ("Jane Doe RN", "Jane Doe M.D.")."""
    letters = [part for part in re.split(r"[,\s]+", run) if part]
    first = letters[0]
    if not run.lstrip().startswith(",") and not (
            first.casefold() in _DEGREES or "." in first or first.endswith(("®", "™"))):
        return False
    return not any(part.casefold() in AGENCIES or site_key(part) in site_keys
                   or (_is_role(part) and part.casefold() not in _DEGREES)
                   for part in letters)


# "Roy, Aniruddha", "Kaufman, Jeff T.": a one-word surname, a comma, then given names or
# initials.
_SURNAME_COMMA_GIVEN = re.compile(
    r"^[^\W\d_][\w'’-]*,\s[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}$"
)


def names_from_metadata(
    value: str,
    options: ParseOptions,
    site_keys: Set[str] = frozenset(),
    *,
    one_name: bool = False,
) -> tuple[str, ...]:
    """The person names in an author value the page declares (``<meta name=author>``, …).

    Metadata isolates the names, so single names ("Sleyca") are kept, and a name written
    surname first is turned round ("Jong, Michiel de" → "Michiel de Jong"), so that a
    display string of several names stays readable; roles, affiliations, desks, wires,
    handles and URLs still go.

    ``one_name``: the value names one person (the page repeats the tag once per author),
    so a comma in it parts the surname from the given names ("Roy, Aniruddha").
    """
    text = " ".join(URL.sub(" ", value).split())
    if INVERTED_NAME.match(text) or (one_name and _SURNAME_COMMA_GIVEN.match(text)):
        surname, given = text.split(", ", 1)
        return (f"{given} {surname}",)
    return byline_names(value, options, declared=True, site_keys=site_keys)


def byline_names(
    text: str,
    options: ParseOptions,
    *,
    require_lead: bool = False,
    declared: bool = False,
    site_keys: Set[str] = frozenset(),
) -> tuple[str, ...]:
    """Person names in ``text``; see :func:`parse_byline`. ``options`` bound the text's
    length and each name's.

    ``require_lead``: only a line that says it is a byline ("By …", "X | Agency") counts.
    ``declared``: the text is an author value from metadata (single words may be names).
    ``site_keys``: :func:`site_key` forms of the site's names, which are affiliations.
    """
    # (Other bullets read as "•", as in a dump's line: "By Jane Doe ⋅ Review Editor".)
    text = DATE_FIRST.sub("", LEADING_MARKS.sub("", " ".join(text.translate(_BULLETS).split())))
    if not text or len(text) > options.meta_max_byline_chars or COMMENT_HEADER.search(text):
        return ()
    has_lead = bool(LEAD.match(text)) and len(LEAD.sub("", text).strip(TRIM)) > 0
    text = HANDLE.sub(" ", GLUED_HANDLE.sub(" ", URL.sub(" ", text)))
    text = LEAD.sub("", " ".join(text.split()))
    if has_lead:
        # "By Jane Doe - Daily Planet": a spaced dash sets off a description, as a comma does.
        text = _without_sections(SPACED_DASH.sub(", ", text))
    agency = AGENCY_TAIL.search(text)
    # Names followed by a date or a time make a byline line even without "By"; that is no
    # licence for a single word ("Politics – March 3", "Sides, Sourdough · December 9,
    # 2021", "Listen · 3:51"), a bar before the date or not.
    dated = False
    if agency:
        credit = agency.group(1)
        text = text[: agency.start()]
        if text.strip(TRIM) and _is_credit(credit, site_keys, options.meta_byline_credit_words):
            if _is_stamp(credit):
                dated = True
            else:
                has_lead = True
    text = _before_site_name(text, site_keys, options)
    for tail in (OTHER_CREDIT, TRAILING_DATE):
        cut = tail.search(text)
        if cut:
            dated = tail is TRAILING_DATE and bool(NAME_DATE_TAIL.match(text[cut.start():]))
            text = text[: cut.start()]
    text = _balance(text)
    if (not text or (require_lead and not has_lead and not dated)
            or NOT_A_BYLINE.search(text)
            or _only_date_label(text)):
        return ()
    parts = _split_names(text, keep_brackets=declared)
    names, whole = _names_of(parts, has_lead=has_lead, declared=declared, site_keys=site_keys,
                             options=options)
    if not names and (has_lead or declared or dated) and len(parts) == 1 and TEAM_CREDIT.fullmatch(
            parts[0][1]):
        # "By the Lavazza Team", "Globe Staff / December 31, 2007": a desk that signs the
        # story is its byline (a desk after a person's name only describes it: "Jane Doe,
        # Sports Desk").
        return (parts[0][1],)
    if require_lead and not has_lead and not whole:
        # Only the date says it is a byline: then the whole line before it must be names
        # ("Greenwich Winter Antiques, Art and Jewelry Show is December 6-8" is not).
        return ()
    return names


# The web's words for the label of a stamp's date ("Last Modified", "Originally Posted",
# "Date Published"), and their like in the other languages we read ("Publié le", "Mis à
# jour le", "Pubblicato il"; "le" and "il" may stand in a name, so a run of these words
# alone, not one of them, says no one is named); with the weekday names of those
# languages (``is_weekday``), the words of what stands before a date when that is no name.
_DATE_LABEL_WORDS = _STAMP_WORDS | frozenset((
    "originally", "first", "date", "created", "edited", "released", "revised",
    "veröffentlicht", "aktualisiert", "erschienen", "geändert", "am", "um",
    "publié", "publiée", "écrit", "modifié", "modifiée", "actualisé", "actualisée", "mis", "mise",
    "à", "jour", "le",
    "publicado", "publicada", "actualizado", "actualizada", "atualizado", "atualizada", "el",
    "em",
    "pubblicato", "pubblicata", "aggiornato", "aggiornata", "il",
    "gepubliceerd", "bijgewerkt", "op",
    "opublikowano", "zaktualizowano",
))


def _only_date_label(text: str) -> bool:
    """True when every word of ``text`` is a date's label or a weekday ("Last Modified",
    "Tuesday"): what stands before a date then names no one."""
    words = [word.strip(TRIM + ".:").casefold() for word in text.split()]
    return all(not word or word in _DATE_LABEL_WORDS or is_weekday(word) for word in words)


def _names_of(
    parts: list[tuple[str, str]], *, has_lead: bool, declared: bool, site_keys: Set[str],
    options: ParseOptions,
) -> tuple[tuple[str, ...], bool]:
    """The names among the parts of a byline, up to the first that describes them; and
    whether every part was a name (or a wire)."""
    names: list[str] = []
    acronym_chars = options.meta_byline_acronym_chars
    described = False
    for separator, shown in parts:
        if shown.casefold() in AGENCIES:
            continue
        part = _without_degrees(_undoubled(shown))
        # "Rasmus Barslund Founder", "Jane Doe Senior Author": a job set after the name
        # without a comma describes it, as after one; what follows it is more of the job
        # ("… Executive Editor and Master Gardener") unless it is a name with a job too.
        # (Not in a value the page declares, which holds the name alone: "Luxury Travel
        # Expert" signs a blog.)
        name_only = (part if declared or separator == ","
                     else _name_before_job(part, options))
        if described and name_only == part:
            return tuple(names), False
        described, part = name_only != part, name_only
        if names and separator not in ",;" and TEAM_CREDIT.fullmatch(part):
            # "Jane Doe, John Roe and the Data Team": a desk listed among the authors.
            names.append(part)
            continue
        if _is_role(part) or (names and (_is_affiliation(part, site_keys)
                                         or _is_acronym(part, acronym_chars))):
            # "Jane Doe, Senior Writer, Washington Bureau": the rest describes the name.
            return tuple(names), False
        if names and separator in ",;" and (
                " " not in part or part.split()[0].casefold() in NOT_NAME_WORDS
                or _is_job(part)):
            # "Victor Tangermann, Futurism": one word after a comma is the outlet;
            # "Jane Doe, In Budget Travel", "…, The Daily Planet": a section, a title;
            # "Jane Doe, Software Engineer": a job.
            return tuple(names), False
        if not _looks_like_name(part, single_word_ok=has_lead or declared, declared=declared,
                                options=options):
            # After a comma, a non-name is more description ("Jane Doe, Cleveland");
            # after "and" or "&", the line was never a list of names ("Mac & i").
            if names and separator in ",;":
                return tuple(names), False
            return (), False
        name = _recase(_without_full_stop(part))
        if name not in names:
            names.append(name)
    return tuple(names), True


# Abbreviations a name keeps its stop after ("John Smith Jr.", "Acme Inc.").
_KEPT_STOPS = frozenset("jr sr esq inc co ltd bros st".split())


def _without_full_stop(part: str) -> str:
    """A name without the full stop of the sentence it ends ("Post written by Jane Doe."
    gives "Jane Doe"); an initial ("Jane A."), an abbreviation ("Jr.", "Inc.") or a
    degree's dots ("Ph.D.") keep theirs."""
    if not part.endswith(".") or part.endswith(".."):
        return part
    last = part.rsplit(None, 1)[-1][:-1]
    if len(last) < 2 or not last.isalpha() or last.casefold() in _KEPT_STOPS:
        return part
    return part[:-1]


def _without_sections(text: str) -> str:
    """A byline's names without the section or the place each is given in ("Jane Doe In
    Travel", "Jane Doe in Los Angeles and John Roe in New York", a dump's "Jane Doe In"
    whose section link was lost): "in" and the capitalised words after it, up to the next
    name or a bar (to the end after a comma: "in Blogging, Early Retirement"). Lower-case
    words there make a phrase, not a place ("Curtains in my Tree"), and a button's word
    before "in" is no name's end ("View In Digital Edition")."""
    kept: list[str] = []
    position = 0
    for match in SECTION_WORD.finditer(text):
        if match.start() < position:
            continue
        brk = LIST_BREAK.search(text, match.end())
        end = (len(text[:brk.start()].rstrip()) if brk and brk.group(0) != ","
               else len(text))
        before = text[position:match.start()].split()
        if not before or before[-1].casefold() in NOT_NAME_WORDS or not all(
                word[:1].isupper() for word in text[match.end():end].split()):
            continue
        kept.append(text[position:match.start()])
        position = end
    return "".join(kept) + text[position:] if kept else text


def _undoubled(part: str) -> str:
    """A name a page shows twice in a row, as one ("Colin Gray Colin Gray", glued by a
    dump "Jane DoeJane Doe": a name in a link and again in a tooltip or a second
    layout). Only a name of two words or more doubles so: "Bora Bora" stays."""
    half = len(part) // 2
    first, second = part[:half], part[len(part) - half:]
    if " " in first and first == second and part[half:len(part) - half] in ("", " "):
        return first
    return part


def _without_degrees(part: str) -> str:
    """A full name without the degrees set after it with no comma ("Jane Doe PhD", "Jane
    Doe MD RN"): the name stands, its credentials are the display's (see
    :func:`with_credentials`)."""
    words = part.split()
    end = len(words)
    while end > 2 and words[end - 1].casefold() in _DEGREES and _is_degree(
            words[end - 1], end - 1, words):
        end -= 1
    return part if end == len(words) else " ".join(words[:end])


def _before_site_name(text: str, site_keys: Set[str], options: ParseOptions) -> str:
    """The text before the site's own name where it follows the names without a bar
    ("Kevin Johnson and Kevin McCoy USA TODAY"): cut here, before the date cut below would
    read its "Today" as a date and leave "USA" for a surname. A name has two words or
    more: a single word before the site's name is part of one name with it ("The
    Investopedia Team", a desk that signs for the site), never a name of its own
    (``options.meta_min_full_name_words``; the site's name has at most
    ``options.meta_byline_site_name_words``)."""
    if not site_keys:
        return text
    max_words = options.meta_byline_site_name_words
    words = text.split()
    for start in range(options.meta_min_full_name_words, len(words)):
        for end in range(start + 1, min(start + max_words, len(words)) + 1):
            if site_key(" ".join(words[start:end])) in site_keys:
                return " ".join(words[:start])
    return text


def _is_stamp(tail: str) -> bool:
    """True when what follows a bar after the names (a credit, see :func:`_is_credit`) is
    a date or an age ("Jane Doe | May 3, 2025", "Jane Doe • 8h"), not a wire, a desk, a
    role or the site: a stamp, which says the line is a byline but names no one."""
    first = BAR.split(tail, maxsplit=1)[0].strip(TRIM)
    return bool(AGE.search(first)) or bool(TRAILING_DATE.match(" " + first))


def _is_credit(tail: str, site_keys: Set[str], max_words: int) -> bool:
    """True when what follows a bar after a name is a credit: a wire, a desk or role, the
    site, a date or an age ("Jane Doe | Reuters", "Jane Doe • 8h"), not the next item of a
    menu ("Vorige | Nächste", "Registro / Acceso") or a caption's credit."""
    first = BAR.split(tail, maxsplit=1)[0].strip(TRIM)
    if not first or len(first.split()) > max_words:
        return False  # "Maharashtra | Sonia Gandhi gives nod to …: Reports": a headline
    return (
        first.casefold() in AGENCIES or _is_role(first) or _is_affiliation(first, site_keys)
        or bool(AGE.search(first)) or bool(TRAILING_DATE.match(" " + first)))


def _balance(text: str) -> str:
    """Trim separators, and brackets left unpaired once a URL or a handle is gone."""
    text = EMPTY_BRACKETS.sub(" ", text)
    text = " ".join(text.split()).strip(TRIM)
    while text.endswith((")", "]")) and _depth(text) < 0:
        text = text[:-1].rstrip(TRIM)
    while text.startswith(("(", "[")) and _depth(text) > 0:
        text = text[1:].lstrip(TRIM)
    return text


def _depth(text: str) -> int:
    return text.count("(") + text.count("[") - text.count(")") - text.count("]")


def _split_names(text: str, *, keep_brackets: bool) -> list[tuple[str, str]]:
    """``(separator before it, part)`` for each part of a list of names."""
    # "Martin Untersinger (avec Damien Leloup et Morgane Tual)": such brackets hold names;
    # others a nickname or a handle, which a declared name keeps as written.
    def bracket(match: re.Match[str]) -> str:
        if NAME_SPLIT.match(match.group(1)):
            return ", " + match.group(1)
        if _is_other_role(match.group(0)):
            return match.group(0)  # kept to drop its name below
        return match.group(0) if keep_brackets else " "

    pieces = NAME_SPLIT.split(BRACKET.sub(bracket, text))
    found: list[tuple[str, str]] = []
    separator = ""
    for index, piece in enumerate(pieces):
        if index % 2:
            separator = piece.strip() or separator
            continue
        part = " ".join(piece.split()).strip(TRIM).lstrip(".")
        if part and not any(_is_other_role(m.group(0)) for m in BRACKET.finditer(part)):
            found.append((separator, part))
    return found


def _is_other_role(bracket: str) -> bool:
    """"(photography)", "(graphics)": the name before it is credited for no writing."""
    return bool(OTHER_ROLE.fullmatch(bracket[1:-1].strip()))


def _is_role(part: str) -> bool:
    words = [word.strip(TRIM) for word in part.replace("-", " ").split()]
    return any(word.casefold() in ROLE_WORDS and (
        word.casefold() not in _DEGREES or _is_degree(word, index, words))
        for index, word in enumerate(words))


def _is_degree(word: str, index: int, words: list[str]) -> bool:
    """True when a degree's letters in a part of a byline are the degree: written as one
    ("MD", "Ph.D.", not the given name "Md" or the surname "Ma"), and set after a comma
    (the part is only degrees) or after a full name ("Jane Doe MD"), not inside one ("Md
    Aynal Haque", "Rui Ma")."""
    if word[:1].isupper() and word[1:].islower() and word.isalpha():
        return False
    return index >= 2 or all(other.casefold() in _DEGREES for other in words)


def _is_job(part: str) -> bool:
    """"Software Engineer", "Senior QA Consultant": words that end with the noun of a job
    (see :func:`is_job_title`), set after a name to say what the person does."""
    words = part.split()
    return len(words) >= 2 and words[-1].strip(TRIM + ".").casefold() in JOB_NOUNS


def _name_before_job(part: str, options: ParseOptions) -> str:
    """The name before the job title that follows it without a comma ("Jane Doe Senior
    Editor", "Jane Doe Head of Marketing", "Anna Schmidt Redakteurin"): the title opens
    with the noun of a job or a word that ranks one ("Senior", "Former", "Chief"), after a
    full name (``options.meta_min_full_name_words`` capitalised words or more, particles
    among them); its words are capitalised but for the small words that join a title
    ("of", "and", "&"). ``part`` as it is when nothing so follows it."""
    words = part.split()
    # The name is a first name and a surname, particles between ("Michiel de Jong"): a
    # third capitalised word before the job may as well be the job's ("Games Writer").
    index = 0
    for _ in range(options.meta_min_full_name_words):
        while index < len(words) and words[index].casefold() in PARTICLES:
            index += 1
        index += 1
    if index >= len(words) or not (
            words[index].strip(TRIM + ".").casefold() in JOB_NOUNS
            or words[index].strip(TRIM + ".").casefold() in JOB_RANKS):
        return part
    name, title = words[:index], words[index:]
    if not all(word[:1].isupper() or word.casefold() in PARTICLES for word in name) or any(
            map(is_not_name_word, name)):
        return part
    if not all(word[:1].isupper() or word.casefold() in TITLE_JOINERS
               or word.casefold() in JOB_NOUNS for word in title):  # "Rédactrice en chef"
        return part
    return " ".join(name)


def _is_affiliation(part: str, site_keys: Set[str]) -> bool:
    """"Cleveland.com", "CNN Business", "Business Insider" beside a name: the publication."""
    if DOMAIN.search(part):
        return True
    if not site_keys:
        return False
    return site_key(part) in site_keys or any(site_key(w) in site_keys for w in part.split())


def _is_acronym(part: str, max_chars: int) -> bool:
    """"CNN", "AP", "MS", "RDN": letters after a name that are not a second name."""
    return " " not in part and part.isupper() and len(part) <= max_chars


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _looks_like_name(
    part: str, *, single_word_ok: bool, declared: bool, options: ParseOptions
) -> bool:
    max_chars, max_words = options.meta_max_name_chars, options.meta_max_name_words
    if len(part) > max_chars or not all(
            ch.isalpha() or ch in NAME_PUNCTUATION or unicodedata.combining(ch) for ch in part):
        return False
    words = part.split()
    if not words or len(words) > max_words or not _has_letters(part):
        return False
    if not any(ch.isupper() or ch.islower() for ch in part):
        # Scripts without letter case (CJK, Arabic, …): a short run of letters will do.
        return len(part) <= options.meta_byline_uncased_name_chars
    # Declared names may hold lower-case words ("Organization for Transformative Works");
    # a line of text must look like a name throughout.
    for word in words[:1] if declared else words:
        if word[0].islower() and word.casefold() not in PARTICLES:
            return False
    if len(words) >= 2:
        return True
    # One word: a name only when the line or the metadata says so ("By Sleyca"); an acronym
    # ("PTI") or a brand written in camel case ("AppleInsider") is an organisation.
    word = words[0]
    # ("Home | News | Forum": a menu's first item, however a bar after it reads.)
    return (single_word_ok and not _is_acronym(word, options.meta_byline_acronym_chars)
            and not any(ch.isupper() for ch in word[2:])
            and word.strip(".").casefold() not in NOT_NAME_WORDS)


def _recase(name: str) -> str:
    """Title-case names written in capitals ("JEFFREY GETTLEMAN"); leave the rest alone."""
    cased = [ch for ch in name if ch.isupper() or ch.islower()]
    if len(cased) > 3 and not any(ch.islower() for ch in cased):
        return " ".join(w.lower() if w.casefold() in PARTICLES else w[:1] + w[1:].lower()
                        for w in name.split())
    return name
