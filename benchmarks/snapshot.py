"""Snapshot every article newsparse gives on the corpora, and compare two snapshots.

A refactoring must not change any article: take a snapshot before, one after, and compare.

    python benchmarks/snapshot.py write before.jsonl.gz            # dev + wide, html + text
    python benchmarks/snapshot.py write after.jsonl.gz --dumps text text-md
    python benchmarks/snapshot.py compare before.jsonl.gz after.jsonl.gz

Each line holds one input (corpus, format, page id) and its ``Article.to_dict()``, or the
error's type and message. ``compare`` prints the count of inputs that differ, and the first
few differences field by field. The pages are read the way ``../shared/eval/score.py``
reads them: HTML as bytes (gunzipped where stored gzipped), dumps decoded as UTF-8.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPORA = REPO_ROOT.parent / "shared" / "corpus"


def _read(path: Path) -> bytes | None:
    if path.exists():
        return path.read_bytes()
    packed = path.with_name(path.name + ".gz")
    return gzip.decompress(packed.read_bytes()) if packed.exists() else None


def inputs(
    corpora: list[str], dumps: list[str]
) -> Iterator[tuple[str, str, str, bytes | str, str | None]]:
    """(corpus, format, id, raw, url) for every page and every dump kind asked for."""
    for corpus in corpora:
        root = CORPORA / corpus
        lines = (root / "truth.jsonl").read_text().splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        for row in sorted(rows, key=lambda r: r["id"]):
            page = _read(root / "pages" / f"{row['id']}.html")
            if page is not None:
                yield corpus, "html", row["id"], page, row.get("url")
            for kind in dumps:
                dump = _read(root / kind / f"{row['id']}.txt")
                if dump is not None:
                    yield corpus, kind, row["id"], dump.decode("utf-8"), row.get("url")


def outcome(raw: bytes | str, url: str | None) -> dict[str, Any]:
    import newsparse  # noqa: PLC0415 - the version under test, from the current environment

    try:
        return {"article": newsparse.parse(raw, url=url).to_dict()}
    except Exception as exc:
        return {"error": type(exc).__name__, "message": str(exc)}


def write(path: Path, corpora: list[str], dumps: list[str]) -> int:
    count = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for corpus, kind, page_id, raw, url in inputs(corpora, dumps):
            record = {"key": f"{corpus}/{kind}/{page_id}", **outcome(raw, url)}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} inputs written to {path}")
    return 0


def _load(path: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return {record.pop("key"): record for record in map(json.loads, lines)}


def compare(before_path: Path, after_path: Path, show: int) -> int:
    before, after = _load(before_path), _load(after_path)
    shared = sorted(before.keys() & after.keys())
    differ = [key for key in shared if before[key] != after[key]]
    only = sorted(before.keys() ^ after.keys())
    print(f"{len(shared)} inputs in both; {len(differ)} differ; {len(only)} in only one")
    for key in differ[:show]:
        old, new = before[key], after[key]
        old_fields = old.get("article") or old
        new_fields = new.get("article") or new
        for field in sorted(old_fields.keys() | new_fields.keys()):
            if old_fields.get(field) != new_fields.get(field):
                print(f"  {key} {field}:")
                print(f"    before {str(old_fields.get(field))[:120]!r}")
                print(f"    after  {str(new_fields.get(field))[:120]!r}")
    return 1 if differ or only else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)
    writing = sub.add_parser("write", help="parse every input and write the snapshot")
    writing.add_argument("out", type=Path)
    writing.add_argument("--corpora", nargs="+", default=["dev", "wide"])
    writing.add_argument("--dumps", nargs="*", default=["text"],
                         help="dump folders to read besides pages/ (text, text-wrapped, text-md)")
    comparing = sub.add_parser("compare", help="count the inputs whose outcome differs")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=10)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.corpora, args.dumps)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
