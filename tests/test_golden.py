"""The golden pages: every ../shared/golden/*.expected.json must parse exactly.

Checks every field the way ../shared/eval/check_golden.py does: title and dateline
fields (text white-space squashed), the paragraphs exactly and in order, the body as
the paragraphs joined by blank lines, and no chrome line in any paragraph or as title.
"""

from __future__ import annotations

import json
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
