"""Text dumps: the page's copyright notice, which ends the story's region and no section
of it ("Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved")."""

from __future__ import annotations

import re

# The page's copyright notice: the word and a year ("Copyright 2012 Dow Jones & Company"),
# or the sign or the word and "all rights reserved", in the languages the project reads
# ("© 2008 The Birmingham News. All rights reserved."). Not the sign and a year alone,
# nor the reserved rights alone: pictures' credits in the story say those.
# Three patterns, not one: "(?:©|…).*?(?:rights reserved|…)" rescanned the rest of the
# line from every "©" (a line of 20,000 "© a" took minutes); the reserved rights are
# looked for once, after the first sign.
_NOTICE_YEAR = re.compile(r"\bcopyright\b\W*(?:\w+\W+)?(?:19|20)\d\d\b", re.IGNORECASE)
_NOTICE_SIGN = re.compile(r"©|\bcopyright\b|\(c\)", re.IGNORECASE)
_RIGHTS_RESERVED = re.compile(
    r"rights\s+reserved|rechte\s+vorbehalten|droits\s+r[ée]serv[ée]s|derechos\s+reservados|"
    r"diritti\s+riservati|direitos\s+reservados|rechten\s+voorbehouden|"
    r"prawa\s+zastrze[żz]one",
    re.IGNORECASE,
)


def may_be_notice(text: str) -> bool:
    """True when ``text`` holds the sign or the word, which every notice does: a test
    in C, before the case-blind patterns (ten times slower) run on the few such lines."""
    return ("©" in text or "opyright" in text or "OPYRIGHT" in text or "opyRight" in text
            or "(c)" in text or "(C)" in text)


def is_notice(text: str) -> bool:
    """True for a copyright notice: the word and a year, or the sign (or the word) and
    then the reserved rights."""
    if _NOTICE_YEAR.search(text):
        return True
    sign = _NOTICE_SIGN.search(text)
    return sign is not None and _RIGHTS_RESERVED.search(text, sign.end()) is not None
