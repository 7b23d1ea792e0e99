#!/usr/bin/env python3
"""Accuracy tables: the project's scorer, run on a corpus for newsparse and its rivals.

    .venv/bin/python benchmarks/accuracy.py [CORPUS] [--extractor NAME ...] [--json OUT]

CORPUS defaults to ../shared/corpus/dev beside the repository. The scorer is
../shared/eval/score.py, imported by path, so every extractor is measured the same way.
Prints one markdown table per variant (HTML pages, then text dumps for newsparse alone,
as no other library reads text dumps).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
from pathlib import Path
from typing import Any

from benchlib import REPO_ROOT, load_scorer

PACKAGES = {"newsparse": "newsparse", "trafilatura": "trafilatura",
            "readability": "readability-lxml", "lxml-text": "lxml"}
COLUMNS = ("shingle_f1", "shingle_p", "shingle_r", "title_exact", "date_exact",
           "byline_exact", "ms_median", "failures")


def version(name: str) -> str:
    try:
        return importlib.metadata.version(PACKAGES.get(name, name))
    except importlib.metadata.PackageNotFoundError:
        return "?"


def table(rows: list[dict[str, Any]]) -> str:
    head = "| extractor | version | " + " | ".join(COLUMNS) + " |"
    rule = "| --- | --- | " + " | ".join("---:" for _ in COLUMNS) + " |"
    body = [
        f"| {r['extractor']} | {version(r['extractor'])} | "
        + " | ".join("—" if r.get(c) is None else str(r[c]) for c in COLUMNS) + " |"
        for r in rows
    ]
    return "\n".join([head, rule, *body])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=REPO_ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--extractor", nargs="+",
                        default=["newsparse", "trafilatura", "readability", "lxml-text"])
    parser.add_argument("--json", type=Path, help="also write every result as JSON here")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    results: dict[str, list[dict[str, Any]]] = {"html": [], "text": []}
    for name in args.extractor:
        results["html"].append(scorer.score(args.corpus, "html", name, None))
    results["text"].append(scorer.score(args.corpus, "text", "newsparse", None))
    print("### HTML pages\n")
    print(table(results["html"]))
    print("\n### Text dumps\n")
    print(table(results["text"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
