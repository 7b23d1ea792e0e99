"""Datelines: find and parse the dateline that opens a story lead. (Stub: golden form only.)"""

from __future__ import annotations

import re

from ._model import Dateline

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split()
)}
_HEADER = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\s+([A-Z][\w.]+)\s*$")


def parse_dateline(text: str) -> Dateline | None:
    """Return the dateline at the start of ``text``, or None. Added in 0.1."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    m = _HEADER.match(first)
    if m and m.group(2).lower() in _MONTHS:
        return Dateline(text=first, day=int(m.group(1)), month=_MONTHS[m.group(2).lower()],
                        source=m.group(3))
    return None
