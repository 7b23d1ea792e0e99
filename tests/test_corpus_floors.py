"""Accuracy floors on the dev corpus, measured by the project's official scorer.

A change must not silently lose accuracy: each run scores newsparse on every dev page,
HTML and text dumps, with ``../shared/eval/score.py`` and fails below the floors.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import SHARED_DIR, requires_shared

# Raise these as accuracy improves; never lower them.
FLOORS: dict[str, dict[str, float]] = {
    "html": {
        "shingle_f1": 0.966, "body_f1": 0.966, "title_exact": 0.89, "date_exact": 0.97,
        "byline_exact": 0.74,
    },
    "text": {
        "shingle_f1": 0.935, "body_f1": 0.935, "title_exact": 0.43, "date_exact": 0.48,
        "byline_exact": 0.58,
    },
}
# Pages on which parse() raised (a NoArticleError on a real article counts): lower these
# as the parser improves; never raise them.
MAX_FAILURES: dict[str, int] = {"html": 0, "text": 0}

CORPUS = SHARED_DIR / "corpus" / "dev"
SCORER = SHARED_DIR / "eval" / "score.py"

pytestmark = requires_shared


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_eval_score", path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_results: dict[str, dict[str, Any]] = {}


def _score(variant: str) -> dict[str, Any]:
    # One scoring run per variant, shared by that variant's checks.
    if variant not in _results:
        scorer = _load_scorer(SCORER)
        _results[variant] = scorer.score(CORPUS, variant, "newsparse", None)
    return _results[variant]


@pytest.mark.parametrize(
    ("variant", "metric"),
    [(variant, metric) for variant, floors in FLOORS.items() for metric in floors],
)
def test_accuracy_is_not_below_its_floor(variant: str, metric: str) -> None:
    result = _score(variant)
    value = result[metric]
    assert value is not None and value >= FLOORS[variant][metric], (
        f"{variant} {metric} = {value}, below the floor {FLOORS[variant][metric]}"
    )


@pytest.mark.parametrize("variant", sorted(MAX_FAILURES))
def test_failures_do_not_grow(variant: str) -> None:
    result = _score(variant)
    assert result["failures"] <= MAX_FAILURES[variant], (
        f"{variant}: parse() failed on {result['failures']} pages, "
        f"more than {MAX_FAILURES[variant]}"
    )
