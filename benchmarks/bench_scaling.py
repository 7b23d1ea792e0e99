#!/usr/bin/env python3
"""Scaling benchmark: newsparse's parse time per MB for synthetic pages of growing size.

Builds news pages of about 10 kB, 100 kB, 1 MB and 10 MB by repeating realistic article
paragraphs between chrome blocks (menus, share bars, related links, ads, comments, a
footer) in constant proportions, plus the plain-text dump of each, and times
``newsparse.parse`` on them. Time that grows linearly with the input shows as a flat
"ms per MB" column; the smallest page carries the fixed cost of a call and reads higher.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 10000 100000 ...] [--json OUT]

bench_speed.py runs the same measurement as one of its sections.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The page sizes issue 5 asks for, in bytes (1 MB = 10**6 bytes).
DEFAULT_SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
#: Bytes of page parsed per size before its median is taken: small pages run many times.
BYTES_PER_SIZE = 3_000_000
#: Fewest timed runs of any size, the largest included...
MIN_RUNS = 5
#: ...unless the runs of one size have taken this long: a superlinear parse of 10 MB must
#: not hold the benchmark for minutes. The "runs" column shows how many were made.
SECONDS_PER_SIZE = 15.0
#: Largest spread of ms per MB, from 100 kB up, still read as linear: a shared machine's
#: noise alone can move one size's figure by half.
LINEAR_SPREAD = 2.0

_SUBJECTS = (
    "The city council", "Officials at the ministry", "A spokesperson for the company",
    "Residents of the northern district", "The regional governor", "Analysts at the central bank",
    "Union leaders", "The prosecutor’s office", "Doctors at the university hospital",
)
_VERBS = (
    "said on Tuesday that", "warned that", "announced that", "confirmed in a statement that",
    "told reporters that", "argued that", "conceded late on Friday that",
)
_CLAUSES = (
    "the budget for schools would rise by 4 percent next year",
    "repairs to the old bridge would take at least eighteen months",
    "talks with the neighbouring province had stalled again",
    "the new rail line was expected to open before the winter",
    "prices for heating oil had climbed for a third month in a row",
    "the inquiry would publish its findings in the spring",
    "no decision had yet been made about the future of the stadium",
    "the café owners’ association had asked for lower rents in the old town",
)
_TAILS = (
    "", " according to people familiar with the matter", " despite protests outside the building",
    " in a vote of 31 to 12", ", a move that surprised many observers",
)
_SECTIONS = ("Home", "World", "Politics", "Business", "Technology", "Sport", "Culture", "Opinion")
_HEADLINES = (
    "Ten things to know before the vote", "Storm closes coastal roads",
    "Markets slip on rate fears",
    "Inside the race for the mayor’s office", "Local team wins the cup after extra time",
)


def _sentence(rng: random.Random) -> str:
    clause = f"{rng.choice(_CLAUSES)}{rng.choice(_TAILS)}"
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {clause}."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def _links(
    rng: random.Random, items: Sequence[str], css: str, heading: str = ""
) -> tuple[str, str]:
    """A list of links as (html, text-dump lines)."""
    lis = "".join(
        f'<li><a href="/{css}/{rng.randint(1, 99999)}">{html.escape(item)}</a></li>'
        for item in items
    )
    head = f"<h3>{heading}</h3>" if heading else ""
    return f'<div class="{css}">{head}<ul>{lis}</ul></div>', "\n".join(
        ([heading] if heading else []) + list(items)
    )


def _chrome(rng: random.Random, turn: int) -> tuple[str, str]:
    """One of the chrome blocks a news page scatters through its article, in rotation."""
    kind = turn % 4
    if kind == 0:
        return _links(rng, ["Share on Facebook", "Share on X", "Email this story"], "share")
    if kind == 1:
        picks = rng.sample(_HEADLINES, 3)
        return _links(rng, picks, "related", "Related stories")
    if kind == 2:
        return '<div class="ad"><span>Advertisement</span></div>', "Advertisement"
    return (
        '<div class="newsletter"><p>Sign up for our morning briefing.</p>'
        "<form><input type=email><button>Subscribe</button></form></div>",
        "Sign up for our morning briefing.\nSubscribe",
    )


def build_page(target_bytes: int, *, seed: int = 1) -> tuple[bytes, str]:
    """A synthetic news page of about ``target_bytes`` bytes as (HTML bytes, text dump)."""
    rng = random.Random(seed)
    title = "Council approves the budget after a long night of talks"
    nav_html, nav_text = _links(rng, _SECTIONS, "menu")
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} | The Example Gazette</title>"
        f'<meta property="og:title" content="{title}"><meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        "<style>body { font-family: serif } .ad { height: 250px }</style>"
        "<script>window.dataLayer = window.dataLayer || [];</script></head><body>"
        '<div class="cookie-banner">We use cookies to improve your experience. '
        f"<button>Accept</button></div><header>{nav_html}</header><main><article>"
        f'<h1>{title}</h1><p class="byline">By Jane Doe</p>'
        '<time datetime="2024-03-05">March 5, 2024</time>'
    )
    comments = "".join(
        f'<div class="comment"><span class="user">reader{n}</span><p>Great piece, thanks.</p></div>'
        for n in range(3)
    )
    footer_html, footer_text = _links(rng, ["About us", "Contact", "Privacy", "Terms"], "footer")
    tail = (
        f'</article></main><section class="comments"><h3>Comments</h3>{comments}</section>'
        f"<footer>{footer_html}<p>© 2024 The Example Gazette. All rights reserved.</p></footer>"
        "</body></html>"
    )
    text_lines = [nav_text, "We use cookies to improve your experience.", "Accept", title,
                  "By Jane Doe", "March 5, 2024"]
    parts = [head]
    size = len(head.encode()) + len(tail.encode())
    paragraphs = 0
    while size < target_bytes:
        # A chrome block after every sixth paragraph keeps the mix the same at every size.
        if paragraphs and paragraphs % 6 == 0:
            chrome_html, chrome_text = _chrome(rng, paragraphs // 6)
            parts.append(chrome_html)
            text_lines.append(chrome_text)
            size += len(chrome_html.encode())
        paragraph = _paragraph(rng)
        block = f"<p>{html.escape(paragraph, quote=False)}</p>"
        parts.append(block)
        text_lines.append(paragraph)
        size += len(block.encode())
        paragraphs += 1
    parts.append(tail)
    text_lines += ["Comments"] + [f"reader{n}\nGreat piece, thanks." for n in range(3)]
    text_lines += [footer_text, "© 2024 The Example Gazette. All rights reserved."]
    return "".join(parts).encode(), "\n".join(text_lines) + "\n"


def _median_ms(data: bytes | str, runs: int) -> tuple[float, int, str | None]:
    """Median ms of up to ``runs`` parses of ``data``, how many were made, and any error."""
    # Imported here: bench_speed imports this module into every memory-measuring child.
    import newsparse  # noqa: PLC0415

    times: list[float] = []
    error = None
    while len(times) < runs and sum(times) < SECONDS_PER_SIZE:
        start = time.perf_counter()
        try:
            newsparse.parse(data, url="https://news.example.com/2024/03/05/budget")
        except newsparse.NewsparseError as exc:
            error = f"{type(exc).__name__}: {exc}"[:160]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(times), error


def run_scaling(sizes: Sequence[int] = DEFAULT_SIZES) -> list[dict[str, Any]]:
    """Time newsparse on a synthetic HTML page and its text dump of each size."""
    rows: list[dict[str, Any]] = []
    small_page, small_dump = build_page(10_000, seed=2)
    # Warm-up, on a small page: imports, compiled patterns, first allocations.
    _median_ms(small_page, 3)
    _median_ms(small_dump, 3)
    for kind in ("html", "text"):
        for target in sizes:
            page, dump = build_page(target)
            data: bytes | str = page if kind == "html" else dump
            size = len(page) if kind == "html" else len(dump.encode())
            ms, runs, error = _median_ms(data, max(MIN_RUNS, BYTES_PER_SIZE // max(size, 1)))
            rows.append({
                "kind": kind, "target_bytes": target, "bytes": size, "runs": runs,
                "ms_median": round(ms, 3), "ms_per_mb": round(ms / (size / 1e6), 2),
                "mb_per_s": round((size / 1e6) / (ms / 1000), 2), "error": error,
            })
    for kind in ("html", "text"):
        same = [row for row in rows if row["kind"] == kind]
        reference = next((r for r in same if r["target_bytes"] == 100_000), same[0])
        for row in same:
            row["per_mb_vs_100kb"] = round(row["ms_per_mb"] / reference["ms_per_mb"], 2)
    return rows


def human_size(size: int) -> str:
    """10_000 -> '10 kB', 1_000_000 -> '1 MB' (decimal units)."""
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} B"


def scaling_markdown(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The scaling section of the report, as markdown lines."""
    lines = [
        "| input | size | runs | median ms/parse | ms per MB | MB/s | ms/MB ÷ 100 kB's |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        note = f" ({row['error']})" if row["error"] else ""
        lines.append(
            f"| {row['kind']} ~{human_size(row['target_bytes'])}{note} | {human_size(row['bytes'])}"
            f" | {row['runs']} | {row['ms_median']:.2f} | {row['ms_per_mb']:.1f}"
            f" | {row['mb_per_s']:.2f} | {row['per_mb_vs_100kb']:.2f}× |"
        )
    lines.append("")
    lines.append("Linear time shows as a flat ms-per-MB column (last column near 1×); the "
                 "10 kB page also pays the fixed cost of a call.")
    for kind in ("html", "text"):
        spread = [r["per_mb_vs_100kb"] for r in rows
                  if r["kind"] == kind and r["target_bytes"] >= 100_000]
        if len(spread) > 1:
            worst = max(spread) / min(spread)
            verdict = "linear within noise" if worst <= LINEAR_SPREAD else "NOT linear"
            lines.append(f"- {kind}: ms per MB from 100 kB up varies {worst:.2f}× — {verdict} "
                         f"(≤ {LINEAR_SPREAD}× counts as linear)")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scaling benchmark alone and print its table."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        help="page sizes in bytes (default: 10 kB, 100 kB, 1 MB, 10 MB)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args(argv)
    rows = run_scaling(args.sizes)
    print("\n".join(scaling_markdown(rows)))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
