"""Metadata accuracy floors on the dev corpus (the mozilla-readability pages with gold).

The metadata stage alone is scored (no article region), with the official scorer's
normalisation, so that body-extraction changes do not move these figures. Several gold
titles and bylines are Readability's own output and keep site names or junk (see the
corpus README); the floors sit below what a correct reading can reach for that reason.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from types import ModuleType
from typing import Any

import pytest

from conftest import SHARED_DIR, requires_shared
from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._input.decode import decode_bytes
from newsparse._options import DEFAULT_OPTIONS

pytestmark = requires_shared

CORPUS = SHARED_DIR / "corpus" / "dev"
# Raise these as accuracy improves; never lower them. The title floor was re-set once
# (issue 13): the title is the headline the page shows above the story, and where a
# Readability gold keeps the <title>'s wording against the shown headline ("… | Author",
# "… [Site]", a rewritten SEO title), the headline wins.
FLOORS = {"title": 0.77, "byline": 0.78, "date": 0.97}


def _scorer() -> ModuleType:
    path = SHARED_DIR / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("newsparse_eval_score_meta", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def shares() -> dict[str, float]:
    scorer = _scorer()
    hits: dict[str, list[bool]] = {"title": [], "byline": [], "date": []}
    for line in (CORPUS / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row: dict[str, Any] = json.loads(line)
        if not row["id"].startswith("moz-"):
            continue
        raw = (CORPUS / "pages" / f"{row['id']}.html").read_bytes()
        root = build_tree(decode_bytes(raw), DEFAULT_OPTIONS)
        facts = read_page_facts(root, url=row["url"], article_root=None, body_text="",
                            options=DEFAULT_OPTIONS)
        published = facts.published
        date = published.isoformat()[:10] if isinstance(published, dt.date) else None
        if row["title"] is not None:
            hits["title"].append(scorer.norm(facts.title) == scorer.norm(row["title"]))
        if row["byline"] is not None:
            hits["byline"].append(
                scorer.norm_byline(facts.byline) == scorer.norm_byline(row["byline"]))
        if row["date"] is not None:
            hits["date"].append(date == row["date"])
    return {field: sum(found) / len(found) for field, found in hits.items() if found}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_metadata_accuracy_is_not_below_its_floor(shares: dict[str, float], field: str) -> None:
    assert shares[field] >= FLOORS[field], f"{field}: {shares[field]:.3f} < {FLOORS[field]}"
