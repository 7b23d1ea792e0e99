"""Parse every page in a folder and write one JSON line per page.

    python examples/batch_to_jsonl.py                         # examples/pages to stdout
    python examples/batch_to_jsonl.py saved-pages/ -o articles.jsonl

Each line is ``{"file": NAME, "article": {...}}`` with the Article's ``to_dict()``.
Pages that fail are reported on stderr with the reason, and the run goes on; the exit
status is 1 when any page failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

import newsparse

DEFAULT_FOLDER = Path(__file__).resolve().parent / "pages"
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt"}


def convert(folder: Path, out: TextIO) -> tuple[int, list[tuple[str, str]]]:
    """Write one line per parsed page; return the count parsed and the failures."""
    parsed = 0
    failures: list[tuple[str, str]] = []
    pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in PAGE_SUFFIXES)
    for page in pages:
        try:
            article = newsparse.parse(page.read_bytes())
        except (OSError, newsparse.NewsparseError) as exc:
            failures.append((page.name, str(exc)))
            continue
        record = {"file": page.name, "article": article.to_dict()}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        parsed += 1
    return parsed, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    if args.output is None:
        parsed, failures = convert(args.folder, sys.stdout)
    else:
        with args.output.open("w", encoding="utf-8") as out:
            parsed, failures = convert(args.folder, out)
    for name, reason in failures:
        print(f"failed: {name}: {reason}", file=sys.stderr)
    print(f"parsed {parsed} page(s), {len(failures)} failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
