"""Title text both pipelines share: what a headline keeps of a title glued to other parts."""

from __future__ import annotations

import re

# Spaced bars ("Headline | Section | Site"), single or double; the first space follows a
# non-space so that a run of white space is not tried from each of its positions.
_BAR = re.compile(r"(?<!\s)\s+\|\|?\s+")
_WORD = re.compile(r"\w+")


def longest_bar_part(title: str | None) -> str | None:
    """The part of ``title`` with the most words when spaced bars part it ("Headline |
    Section | Site", "Site | Headline", "Headline | January 15, 2008"): a bar glues
    labels, names and dates to a headline, and almost never stands inside one."""
    if not title or "|" not in title:
        return title
    parts = [part for part in _BAR.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    return max(parts, key=lambda part: len(_WORD.findall(part))).strip()
