"""The golden pages: every ../shared/golden/*.expected.json must parse exactly.

Checks every field the way ../shared/eval/check_golden.py does: title and dateline
fields (text white-space squashed), the paragraphs exactly and in order, the body as
the paragraphs joined by blank lines, and no chrome line in any paragraph or as title.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

import newsparse
from conftest import SHARED_DIR, requires_shared

GOLDEN_DIR = SHARED_DIR / "golden"
CASES = sorted(GOLDEN_DIR.glob("*.expected.json")) if GOLDEN_DIR.is_dir() else []

pytestmark = requires_shared


def _squash(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _load(case: Path) -> tuple[dict[str, Any], newsparse.Article]:
    expected = json.loads(case.read_text(encoding="utf-8"))
    raw = (case.parent / expected["input"]).read_bytes()
    return expected, newsparse.parse(raw)


def test_there_are_golden_pages() -> None:
    assert CASES, f"no *.expected.json under {GOLDEN_DIR}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_title(case: Path) -> None:
    expected, article = _load(case)
    assert _squash(article.title) == _squash(expected["title"])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_dateline(case: Path) -> None:
    expected, article = _load(case)
    want = expected.get("dateline")
    if want is None:
        assert article.dateline is None
        return
    assert article.dateline is not None
    for field, value in want.items():
        have = getattr(article.dateline, field)
        if field == "text":
            have = _squash(have)
        assert have == value, field


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_paragraphs_and_body(case: Path) -> None:
    expected, article = _load(case)
    assert [_squash(p.text) for p in article.paragraphs] == [
        _squash(p) for p in expected["paragraphs"]
    ]
    assert _squash(article.body) == _squash("\n\n".join(expected["paragraphs"]))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_chrome_is_dropped(case: Path) -> None:
    expected, article = _load(case)
    paragraphs = [_squash(p.text) or "" for p in article.paragraphs]
    for line in expected.get("chrome", []):
        chrome = _squash(line) or ""
        assert not any(chrome in p for p in paragraphs), line
        assert chrome != _squash(article.title), line


TEXT_CASES = [
    c for c in CASES if json.loads(c.read_text(encoding="utf-8"))["input"].endswith(".txt")
]


def _wrapped(text: str, width: int) -> str:
    """``text`` hard-wrapped as lynx or "save as text" write it: every line longer than
    ``width`` broken at the last space that fits."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > width:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_golden_text_wrapped_at_72_columns(case: Path) -> None:
    expected, _ = _load(case)
    raw = (case.parent / expected["input"]).read_text(encoding="utf-8")
    wrapped = _wrapped(raw, 72)
    assert wrapped != raw
    article = newsparse.parse_text(wrapped)
    assert _squash(article.title) == _squash(expected["title"])
    assert [_squash(p.text) for p in article.paragraphs] == [
        _squash(p) for p in expected["paragraphs"]
    ]
    want = expected.get("dateline")
    if want is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        for field, value in want.items():
            have = getattr(article.dateline, field)
            assert (_squash(have) if field == "text" else have) == value, field
