"""Dumps from renderers the corpora do not hold: how newsparse's text path fares on them.

The corpora carry one renderer's dumps (``text/``, wrapped and html2text Markdown in
wide). Scrapers use many others. This script renders every page of dev and wide with
other tools and writes the dumps as extra renderings of a copy of each corpus, so that
``../shared/eval/score.py`` scores them like the corpus's own:

    python benchmarks/renderers.py --out /tmp/renders               # all renderers
    python benchmarks/renderers.py --out /tmp/renders --renderers inscriptis --score

The renderers (all in the ``bench`` extra):

- ``inscriptis``: layout-aware; indents lists, pads table columns into aligned cells;
- ``html-text``: browser-like text (Scrapy's ``html_text``, with layout guessing);
- ``markdownify``: another page-to-Markdown tool (ATX headings, ``*`` bullets,
  ``[text](url)`` links, ``|`` tables);
- ``html2text-wrapped``: html2text's defaults, Markdown hard-wrapped at 78 columns;
- ``resiliparse``: crawl text (Resiliparse's ``extract_plain_text`` over the whole page,
  bullets for list items, no main-content pruning).

Each page is decoded as the corpora's dumps were (BOM, else UTF-8, else the declared
charset, else detection). A renderer that fails on a page writes an empty dump, which
the scorer counts as a failure of newsparse: the table says how many were empty.
With ``--score`` the script runs the scorer on each rendering and prints its line.

Some renderers lose a page's story without failing: html2text hands back nothing for some
pages and only a part of the page (its head, its scripts' text) for others. No parser finds
a story its dump does not hold, so such pages bound what the text path can score on that
renderer. ``--coverage`` tells them apart: for each rendering already written under
``--out`` it counts the dumps that hold under ``--min-coverage`` of the gold body's words
(lower-cased ``\\w+`` tokens, as the scorer counts them, repeats included), empty ones
among them, and lists their ids with ``--list``:

    python benchmarks/renderers.py --out /tmp/renders --coverage --corpora wide
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsparse._input.decode import decode_bytes

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPORA = REPO_ROOT.parent / "shared" / "corpus"
SCORER = REPO_ROOT.parent / "shared" / "eval" / "score.py"


def _inscriptis(html: str) -> str:
    import inscriptis  # noqa: PLC0415 - optional: the renderers extra

    return str(inscriptis.get_text(html))


def _html_text(html: str) -> str:
    import html_text  # noqa: PLC0415

    return str(html_text.extract_text(html, guess_layout=True))


def _markdownify(html: str) -> str:
    import markdownify  # noqa: PLC0415

    return str(markdownify.markdownify(html, heading_style="ATX"))


def _html2text_wrapped(html: str) -> str:
    import html2text  # noqa: PLC0415

    maker = html2text.HTML2Text()  # body_width 78: hard-wrapped Markdown
    return str(maker.handle(html))


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text  # noqa: PLC0415

    return str(extract_plain_text(html, main_content=False, preserve_formatting=True,
                                  list_bullets=True, links=False, alt_texts=False))


RENDERERS: dict[str, Callable[[str], str]] = {
    "inscriptis": _inscriptis,
    "html-text": _html_text,
    "markdownify": _markdownify,
    "html2text-wrapped": _html2text_wrapped,
    "resiliparse": _resiliparse,
}


def _page_bytes(pages: Path, page_id: str) -> bytes:
    plain = pages / f"{page_id}.html"
    if plain.exists():
        return plain.read_bytes()
    return gzip.decompress((pages / f"{page_id}.html.gz").read_bytes())


def render_corpus(corpus: str, out: Path, names: list[str]) -> dict[str, int]:
    """Write ``out/corpus/text-NAME/ID.txt`` for each renderer; return empty dumps per name."""
    source = CORPORA / corpus
    target = out / corpus
    target.mkdir(parents=True, exist_ok=True)
    for linked in ("truth.jsonl", "pages"):
        link = target / linked
        if not link.exists():
            os.symlink(source / linked, link)
    rows = [json.loads(line) for line in (source / "truth.jsonl").read_text().splitlines()
            if line.strip()]
    empty = dict.fromkeys(names, 0)
    for name in names:
        (target / f"text-{name}").mkdir(exist_ok=True)
    for row in rows:
        html = decode_bytes(_page_bytes(source / "pages", row["id"]))
        for name in names:
            try:
                text = RENDERERS[name](html)
            except Exception:  # a renderer's bug: the page's dump is empty
                text = ""
            empty[name] += not text.strip()
            (target / f"text-{name}" / f"{row['id']}.txt").write_text(text, encoding="utf-8")
    return empty


_WORD = re.compile(r"\w+")


def body_coverage(dump: str, body: str) -> float:
    """Share of the gold ``body``'s words (lower-cased ``\\w+`` tokens, counted with their
    repeats) that ``dump`` holds: 1.0 when the renderer kept the whole story, whatever else
    it kept."""
    wanted = Counter(_WORD.findall(body.lower()))
    total = sum(wanted.values())
    if not total:
        return 1.0
    held = Counter(_WORD.findall(dump.lower()))
    return sum(min(n, held[word]) for word, n in wanted.items()) / total


def lost_stories(renderings: Path, name: str, min_coverage: float) -> tuple[int, list[str]]:
    """How many pages ``renderings/text-NAME`` holds a dump of, and the ids of those whose
    dump holds under ``min_coverage`` of the gold body's words (empty dumps included)."""
    rows = [json.loads(line) for line in (renderings / "truth.jsonl").read_text().splitlines()
            if line.strip()]
    folder = renderings / f"text-{name}"
    pages, lost = 0, []
    for row in rows:
        path = folder / f"{row['id']}.txt"
        if not path.exists() or not (row.get("body") or "").strip():
            continue
        pages += 1
        if body_coverage(path.read_text(encoding="utf-8"), row["body"]) < min_coverage:
            lost.append(row["id"])
    return pages, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the renderings")
    parser.add_argument("--renderers", nargs="+", choices=sorted(RENDERERS),
                        default=list(RENDERERS))
    parser.add_argument("--corpora", nargs="+", default=["dev", "wide"])
    parser.add_argument("--score", action="store_true", help="run the scorer on each")
    parser.add_argument("--every", type=int, default=1, help="score every Nth page")
    parser.add_argument("--coverage", action="store_true",
                        help="render nothing: count the dumps under --out that lost the story")
    parser.add_argument("--min-coverage", type=float, default=0.9,
                        help="share of the gold body's words a dump must hold (0.9)")
    parser.add_argument("--list", action="store_true", help="with --coverage, list their ids")
    args = parser.parse_args(argv)
    if args.coverage:
        for corpus in args.corpora:
            for name in args.renderers:
                pages, lost = lost_stories(args.out / corpus, name, args.min_coverage)
                print(f"{corpus} {name}: {len(lost)} of {pages} dumps hold under "
                      f"{args.min_coverage:.0%} of the story's words", flush=True)
                if args.list and lost:
                    print("  " + " ".join(lost), flush=True)
        return 0
    for corpus in args.corpora:
        empty = render_corpus(corpus, args.out, args.renderers)
        print(f"{corpus}: empty dumps {empty}", flush=True)
        if not args.score:
            continue
        for name in args.renderers:
            command = [sys.executable, str(SCORER), str(args.out / corpus), "--variant", "text",
                       "--text-dir", f"text-{name}", "--every", str(args.every)]
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            print(f"{corpus} {name}: {result.stdout.strip()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
