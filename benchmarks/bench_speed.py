#!/usr/bin/env python3
"""Speed benchmark: newsparse against trafilatura, readability-lxml and the bare lxml floor.

    .venv/bin/pip install -e '.[bench]'        # the competitors (optional)
    .venv/bin/python benchmarks/bench_speed.py [FOLDER] [--limit N] [--repeat K] [--json OUT]

FOLDER is a corpus (pages/*.html, text/*.txt, truth.jsonl for the pages' URLs) or a plain
folder of .html files; the default is ../shared/corpus/dev beside the repository.

What it measures (benchmarks/README.md explains how to read it):
  * HTML pages, one core, one process: page by page, every extractor in turn on the same
    page, the order rotating from page to page, so that drift of the machine's speed hits
    all alike. Median and mean ms per page, pages/s, MB/s, errors.
  * Peak RSS: each extractor alone in a fresh process over all pages.
  * Ratios of the medians: other/newsparse for competitors, newsparse/floor for floors,
    checked against issue 6's targets.
  * Text dumps (text/*.txt): newsparse's ms per page and MB/s.
  * parse_many throughput in pages/s with jobs=1 and jobs=2 (not pinned to one core).
  * Scaling: ms per MB for synthetic pages of 10 kB to 10 MB (see bench_scaling.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bench_scaling
from benchlib import (
    EXTRACTORS,
    Corpus,
    Extract,
    load_corpus,
    machine_info,
    peak_rss_mb,
    rss_mb,
    unavailable_reason,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "dev"
#: Competitors are measured against newsparse; floors bound it from below.
COMPETITORS = ("trafilatura", "readability")
FLOORS = ("lxml-floor", "lxml-blocks")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its report."""
    args = _arguments(argv)
    corpus = load_corpus(args.folder, args.limit, args.text_dir)
    if args.memory_child:
        return _memory_child(args.memory_child, corpus)
    if not corpus.html:
        sys.exit(f"no .html pages in {args.folder}")
    names = [n for n in args.extractors if n in EXTRACTORS]
    skipped = {n: r for n in names if (r := unavailable_reason(n))}
    names = [n for n in names if n not in skipped]
    machine = machine_info(sorted(names))  # before pinning, which hides the other cores
    original_cpus = _pin(args.cpu)
    report: dict[str, Any] = {
        "machine": machine, "pinned_cpu": _pinned_cpu(),
        "corpus": {"folder": str(args.folder), "html_pages": len(corpus.html),
                   "html_mb": round(corpus.html_bytes / 1e6, 2), "text_dumps": len(corpus.text)},
        "settings": {"limit": args.limit, "repeat": args.repeat, "warmup": args.warmup},
        "skipped": skipped,
    }
    # Memory first, while this process is small: a child starts from its parent's image.
    memory = {} if args.no_memory else {n: _memory_of(n, args) for n in names}
    extractors = {}
    for name in names:
        try:
            extractors[name] = EXTRACTORS[name]()
        except ImportError as exc:  # installed but broken, e.g. a missing lxml_html_clean
            report["skipped"][name] = f"cannot be imported: {exc}"
            memory.pop(name, None)
    report["html"] = _time_html(corpus, extractors, args)
    for name, figures in memory.items():
        report["html"][name].update(figures)
    report["ratios"], report["targets"] = _ratios(report["html"])
    if corpus.text and not args.no_text and "newsparse" in extractors:
        report["text"] = _time_text(corpus, args.repeat)
    if not args.no_scaling:
        report["scaling"] = bench_scaling.run_scaling(args.scaling_sizes)
    if original_cpus is not None:
        os.sched_setaffinity(0, original_cpus)
    if not args.no_batch:
        report["batch"] = _time_batch(corpus, args.repeat)
    report["machine"]["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print("\n".join(_markdown(report)))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 0


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_CORPUS,
                        help=f"corpus or folder of .html pages (default: {DEFAULT_CORPUS})")
    parser.add_argument("--limit", type=int, help="use only the first N pages (and text dumps)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time every page K times and take its median (default 1)")
    parser.add_argument("--text-dir", default="text",
                        help="the corpus folder of text dumps to time (default: text)")
    parser.add_argument("--warmup", type=int, default=5, help="warm-up pages per extractor")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--per-page", type=Path, help="write each page's ms as JSON lines here")
    parser.add_argument("--cpu", type=int, help="the core to pin to (default: the last usable)")
    parser.add_argument("--extractors", nargs="+", default=list(EXTRACTORS),
                        choices=list(EXTRACTORS), help="a subset to run (default: all)")
    parser.add_argument("--scaling-sizes", type=int, nargs="+",
                        default=list(bench_scaling.DEFAULT_SIZES), help="bytes of each page")
    for section in ("memory", "text", "batch", "scaling"):
        parser.add_argument(f"--no-{section}", action="store_true", help=f"skip the {section} run")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--repeat and --limit must be at least 1")
    return args


def _pin(cpu: int | None) -> set[int] | None:
    """Pin this process (and children it starts) to one core; return the former set."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {max(allowed) if cpu is None else cpu})
    return allowed


def _pinned_cpu() -> int | None:
    if hasattr(os, "sched_getaffinity"):
        cpus = os.sched_getaffinity(0)
        return next(iter(cpus)) if len(cpus) == 1 else None
    return None


# --- the measurements ------------------------------------------------------------------


def _time_html(corpus: Corpus, extractors: dict[str, Extract], args: argparse.Namespace,
               ) -> dict[str, dict[str, Any]]:
    pages = [(ref, ref.read_bytes()) for ref in corpus.html]
    for extract in extractors.values():
        for ref, raw in pages[: args.warmup]:
            _run(extract, raw, ref.url)
    # What the imports and warm-up left is long-lived: keep the collector off it.
    gc.collect()
    gc.freeze()
    names = list(extractors)
    samples: dict[str, list[list[float]]] = {n: [[] for _ in pages] for n in names}
    errors = dict.fromkeys(names, 0)
    for turn in range(args.repeat):
        for index, (ref, raw) in enumerate(pages):
            shift = (index + turn) % len(names)
            for name in names[shift:] + names[:shift]:
                seconds, failed = _run(extractors[name], raw, ref.url)
                samples[name][index].append(seconds)
                errors[name] += failed and turn == 0
    gc.unfreeze()
    per_page = {n: [statistics.median(s) for s in samples[n]] for n in names}
    if args.per_page:
        with args.per_page.open("w") as out:
            for index, (ref, _) in enumerate(pages):
                row = {n: round(per_page[n][index] * 1000, 3) for n in names}
                out.write(json.dumps({"id": ref.id, "ms": row}) + "\n")
    return {n: _summary(per_page[n], corpus.html_bytes, errors[n]) for n in names}


def _run(extract: Extract, raw: bytes | str, url: str | None) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        extract(raw, url)
    except Exception:  # any failure counts against the extractor, and is timed
        return time.perf_counter() - start, True
    return time.perf_counter() - start, False


def _summary(seconds: list[float], total_bytes: int, errors: int) -> dict[str, Any]:
    total = sum(seconds)
    return {
        "pages": len(seconds), "errors": errors,
        "median_ms": round(statistics.median(seconds) * 1000, 3),
        "mean_ms": round(statistics.fmean(seconds) * 1000, 3),
        "pages_per_s": round(len(seconds) / total, 1),
        "mb_per_s": round(total_bytes / 1e6 / total, 2),
    }


def _time_text(corpus: Corpus, repeat: int) -> dict[str, Any]:
    extract = EXTRACTORS["newsparse"]()
    dumps = [(ref, ref.read_text()) for ref in corpus.text]
    for ref, text in dumps[:5]:
        _run(extract, text, ref.url)
    # CPU time as well as wall time: on a loaded machine the wall clock counts the waits
    # for a core, and MB/s by CPU time is what a core of one's own would give.
    cpu_start = time.process_time()
    samples = [[_run(extract, text, ref.url) for _ in range(repeat)] for ref, text in dumps]
    cpu_seconds = time.process_time() - cpu_start
    seconds = [statistics.median(s for s, _ in runs) for runs in samples]
    errors = sum(runs[0][1] for runs in samples)
    total_bytes = sum(len(t.encode()) for _, t in dumps)
    summary = _summary(seconds, total_bytes, errors)
    summary["cpu_mb_per_s"] = round(total_bytes * repeat / 1e6 / cpu_seconds, 2)
    return summary


def _time_batch(corpus: Corpus, repeat: int) -> list[dict[str, Any]]:
    # Imported here: the memory children of the other extractors must not load it.
    from newsparse import parse_many  # noqa: PLC0415

    pages = [(ref.read_bytes(), ref.url) for ref in corpus.html]
    rows = []
    for jobs in (1, 2):
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            for _index, _result in parse_many(pages, jobs=jobs):
                pass
            runs.append(time.perf_counter() - start)
        rows.append({"jobs": jobs, "pages": len(pages),
                     "pages_per_s": round(len(pages) / statistics.median(runs), 1)})
    for row in rows:
        row["speedup"] = round(row["pages_per_s"] / rows[0]["pages_per_s"], 2)
    return rows


def _memory_of(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), str(args.folder),
               "--memory-child", name]
    if args.limit:
        command += ["--limit", str(args.limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"peak_rss_error": done.stderr.strip().splitlines()[-1:]}
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _memory_child(name: str, corpus: Corpus) -> int:
    extract = EXTRACTORS[name]()
    after_import = rss_mb()
    for ref in corpus.html:
        _run(extract, ref.read_bytes(), ref.url)
    peak, method = peak_rss_mb()
    print(json.dumps({"peak_rss_mb": peak, "import_rss_mb": after_import, "rss_method": method}))
    return 0


def _ratios(html: dict[str, dict[str, Any]]) -> tuple[dict[str, float], list[dict[str, Any]]]:
    if "newsparse" not in html:
        return {}, []
    ours = html["newsparse"]["median_ms"]
    ratios = {f"{n}/newsparse": round(html[n]["median_ms"] / ours, 2)
              for n in COMPETITORS if n in html}
    ratios |= {f"newsparse/{n}": round(ours / html[n]["median_ms"], 2) for n in FLOORS if n in html}
    targets = []
    if "trafilatura/newsparse" in ratios:
        targets.append({"target": "trafilatura/newsparse ≥ 5×",
                        "value": f"{ratios['trafilatura/newsparse']}×",
                        "met": ratios["trafilatura/newsparse"] >= 5})
    # Issue 6's baseline table measured its floor (5.3 ms) with the scorer's lxml-text walk
    # (lxml-blocks here); lxml-floor, with lxml's own C-level itertext, is a stricter one.
    for floor, label in (("lxml-blocks", "the issue's floor, the scorer's lxml-text walk"),
                         ("lxml-floor", "the strict floor, parse + C-level itertext")):
        if f"newsparse/{floor}" in ratios:
            targets.append({"target": f"newsparse/{floor} ≤ 2× ({label})",
                            "value": f"{ratios[f'newsparse/{floor}']}×",
                            "met": ratios[f"newsparse/{floor}"] <= 2})
    ours_rss = html["newsparse"].get("peak_rss_mb")
    theirs_rss = html.get("trafilatura", {}).get("peak_rss_mb")
    if ours_rss is not None and theirs_rss is not None:
        targets.append({"target": "newsparse peak RSS ≤ trafilatura's",
                        "value": f"{ours_rss} MB vs {theirs_rss} MB",
                        "met": ours_rss <= theirs_rss})
    return ratios, targets


# --- the report ------------------------------------------------------------------------


def _markdown(report: dict[str, Any]) -> list[str]:
    machine, corpus, settings = report["machine"], report["corpus"], report["settings"]
    lines = ["# newsparse speed benchmark", ""]
    lines += [f"- {key}: {value}" for key, value in machine.items()]
    lines += [
        f"- pinned to CPU: {report['pinned_cpu']}",
        f"- corpus: {corpus['folder']} — {corpus['html_pages']} HTML pages "
        f"({corpus['html_mb']} MB), {corpus['text_dumps']} text dumps",
        f"- repeat: {settings['repeat']}, warm-up: {settings['warmup']} pages per extractor",
    ]
    lines += [f"- skipped {name}: {reason}" for name, reason in report["skipped"].items()]
    lines += ["", "## HTML pages: one core, one process, interleaved", "",
              "| extractor | median ms/page | mean ms/page | pages/s | MB/s | peak RSS MB "
              "| RSS after import MB | errors |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, row in report["html"].items():
        lines.append(
            f"| {name} | {row['median_ms']:.2f} | {row['mean_ms']:.2f} | {row['pages_per_s']}"
            f" | {row['mb_per_s']} | {row.get('peak_rss_mb', '–')}"
            f" | {row.get('import_rss_mb', '–')} | {row['errors']} |"
        )
    if report["ratios"]:
        lines += ["", "Ratios of median ms/page (above 1 means the left one is slower):", ""]
        lines += [f"- {label} = {value:.2f}×" for label, value in report["ratios"].items()]
    if report["targets"]:
        lines += ["", "Issue 6 targets:", ""]
        lines += [f"- {t['target']}: {t['value']} — {'met' if t['met'] else 'NOT met'}"
                  for t in report["targets"]]
    if "text" in report:
        row = report["text"]
        lines += ["", "## Text dumps (newsparse, one core)", "",
                  "| pages | median ms/page | mean ms/page | pages/s | MB/s | MB/s by CPU time "
                  "| errors |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
                  f"| {row['pages']} | {row['median_ms']:.2f} | {row['mean_ms']:.2f}"
                  f" | {row['pages_per_s']} | {row['mb_per_s']} | {row['cpu_mb_per_s']}"
                  f" | {row['errors']} |"]
    if "scaling" in report:
        lines += ["", "## Scaling: synthetic pages (newsparse, one core)", ""]
        lines += bench_scaling.scaling_markdown(report["scaling"])
    if "batch" in report:
        lines += ["", "## parse_many throughput (all usable cores, not pinned)", "",
                  "| jobs | pages | pages/s | speed-up |", "| ---: | ---: | ---: | ---: |"]
        lines += [f"| {r['jobs']} | {r['pages']} | {r['pages_per_s']} | {r['speedup']}× |"
                  for r in report["batch"]]
    return lines


if __name__ == "__main__":
    sys.exit(main())
