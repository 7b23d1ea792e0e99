"""Chinese and Japanese agency datelines, read character by character.

These scripts write no spaces, so the word tokens of ``tokens`` run the dateline into the
story; the two house styles are read here straight from the text instead:

* Xinhua and the Chinese papers: agency, place, date, then 电: ``新华社北京3月5日电``,
  ``中新社上海１２月１６日电`` (full-width digits too), ``新华社北京电`` (no date);
* Kyodo and Jiji: place and agency in lenticular brackets: ``【東京共同】``, ``【ワシントン時事】``.

Each reader looks at a bounded number of characters, so the cost does not grow with the lead.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse._dateline.words import CJK_AGENCIES, JA_AGENCIES

# A place name in these datelines is a few characters: 北京, 乌鲁木齐, ワシントン,
# ブエノスアイレス (at most ``ParseOptions.dateline_max_cjk_place_chars``).
_DIGITS = "0123456789０１２３４５６７８９"
_FILED = "电電"
_JA_AGENCIES = tuple(sorted(JA_AGENCIES, key=len, reverse=True))


class CjkDateline(NamedTuple):
    """A dateline read from characters: where it stops in the text and its fields."""

    stop: int
    place: str | None
    source: str
    day: int | None = None
    month: int | None = None
    year: int | None = None


def _is_cjk_letter(ch: str) -> bool:
    """A Han, kana or prolonged-sound character: what a place name here is made of."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF
        or 0x3041 <= code <= 0x30FF  # hiragana, katakana, the ー mark
        or 0x31F0 <= code <= 0x31FF
    )


def _number(text: str, i: int, limit: int) -> tuple[int | None, int]:
    """The number written in ASCII or full-width digits at ``i``, and the index past it."""
    j = i
    while j < limit and j - i < 4 and text[j] in _DIGITS:
        j += 1
    if j == i:
        return None, i
    return int(text[i:j]), j


def _date(
    text: str, i: int, limit: int
) -> tuple[int | None, int | None, int | None, int]:
    """``[2019年]6月14日`` at ``i``: (year, month, day, end), or Nones and ``i``."""
    year, j = _number(text, i, limit)
    if year is not None and j < limit and text[j] == "年" and year >= 1900:
        month, k = _number(text, j + 1, limit)
    else:
        year, (month, k) = None, (year, j)
    if month is None or not 1 <= month <= 12 or k >= limit or text[k] != "月":
        return None, None, None, i
    day, m = _number(text, k + 1, limit)
    if day is None or not 1 <= day <= 31 or m >= limit or text[m] != "日":
        return None, None, None, i
    return year, month, day, m + 1


def xinhua(text: str, start: int, max_place: int) -> CjkDateline | None:
    """``新华社北京3月5日电``: a Chinese agency, the place, the date, then 电."""
    agency = next((a for a in CJK_AGENCIES if text.startswith(a, start)), None)
    if agency is None:
        return None
    limit = min(len(text), start + len(agency) + max_place + 16)
    i = start + len(agency)
    place_end = i
    while place_end < limit and place_end - i < max_place and _is_cjk_letter(text[place_end]):
        if text[place_end] in _FILED and place_end > i:
            break
        place_end += 1
    year, month, day, end = _date(text, place_end, limit)
    filed = end < limit and text[end] in _FILED
    if month is None and not filed:
        return None  # "新华社记者…": the agency in a sentence, not a dateline
    if place_end == i and not (month is not None and filed):
        return None
    stop = end + 1 if filed else end
    # The web desks may give no place: "中新网3月5日电".
    return CjkDateline(stop, text[i:place_end] or None, agency, day, month, year)


def kyodo(text: str, start: int, max_place: int) -> CjkDateline | None:
    """``【東京共同】``: the place and a Japanese agency in lenticular brackets."""
    if not text.startswith("【", start):
        return None
    close = text.find("】", start + 1, start + 2 + max_place + 6)
    if close < 0:
        return None
    inner = text[start + 1 : close]
    for agency in _JA_AGENCIES:
        if inner.endswith(agency) and len(inner) > len(agency):
            place = inner[: -len(agency)].rstrip("=＝ 　")
            if place and all(_is_cjk_letter(ch) for ch in place):
                return CjkDateline(close + 1, place, agency)
    return None
