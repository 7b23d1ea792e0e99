"""Bylines of Chinese and Japanese pages: the credit fields of a story's head.

A dump glues them together ("来源：网易科学人作者：责任编辑：肖春芳"); the author's field is
the byline, and the editor in charge's when no author is named.
"""

from __future__ import annotations

import re
from typing import Final

# The credit fields of a Chinese or Japanese page's head, glued together by a dump
# ("来源：网易科学人作者：责任编辑：肖春芳"): the label, then a colon, a bar or a space. The
# author's fields first; the editor in charge ("责任编辑"), whom portals credit where an
# English page has its byline, when no author is named. Other labels end a value.
_FIELD: Final = re.compile(
    r"(作者|记者|記者|撰稿|撰文|执笔|筆者|责任编辑|責任編輯|编辑|編輯|来源|來源|出品|摄影|攝影"
    r"|图片|圖片|发稿时间|发布时间|时间|時間)(?:\s*[:：︱|丨]\s*|\s+)"
)
_AUTHOR_LABELS: Final = frozenset("作者 记者 記者 撰稿 撰文 执笔 筆者".split())
_EDITOR_LABELS: Final = frozenset("责任编辑 責任編輯 编辑 編輯".split())
# A name in Han characters: two to four, or a foreign name with its middle dot.
_NAME: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[·•][\u4e00-\u9fff]{1,8})*")


def cjk_credit(text: str, max_chars: int) -> tuple[str, ...]:
    """The name a Chinese or Japanese credit line gives: ``"作者：春春"`` gives ``("春春",)``,
    ``"来源：网易科学人作者：责任编辑：肖春芳"`` (no author named) ``("肖春芳",)``."""
    if text.isascii() or len(text) > max_chars or _FIELD.search(text) is None:
        return ()
    found: dict[str, str] = {}
    pieces = _FIELD.split(text)
    # split() gives [before, label, value, label, value, …].
    for label, value in zip(pieces[1::2], pieces[2::2], strict=True):
        name = _NAME.match(value)
        # The name is the whole value ("肖春芳]" ends at the bracket), not a phrase's start.
        if name and not _continues_in_han(value, name.end()):
            found.setdefault(label, name.group(0))
    for labels in (_AUTHOR_LABELS, _EDITOR_LABELS):
        names = [name for label, name in found.items() if label in labels]
        if names:
            return (names[0],)
    return ()


def _continues_in_han(text: str, end: int) -> bool:
    return end < len(text) and "\u4e00" <= text[end] <= "\u9fff"
