"""What bench_speed.py measures with: the extractors, the corpus, memory and machine facts."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.metadata
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SCORER = REPO_ROOT.parent / "shared" / "eval" / "score.py"

#: One extraction: raw page (bytes, or str for a text dump) and its URL in, anything out.
Extract = Callable[[bytes | str, str | None], object]


# --- the extractors: each factory imports its library and returns the call to time -----
# The imports are local so that a missing optional competitor is skipped, not fatal.


def _newsparse() -> Extract:
    import newsparse  # noqa: PLC0415 - imported when benchmarked, see above

    def extract(raw: bytes | str, url: str | None) -> object:
        return newsparse.parse(raw, url=url)

    return extract


def _trafilatura() -> Extract:
    import trafilatura  # noqa: PLC0415 - optional competitor

    def extract(raw: bytes | str, url: str | None) -> object:
        # The same call as ../shared/eval/score.py makes.
        return trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False
        )

    return extract


def _readability() -> Extract:
    from readability import Document  # type: ignore[import-untyped]  # noqa: PLC0415

    def extract(raw: bytes | str, url: str | None) -> object:
        document = Document(raw, url=url)
        return document.summary(html_partial=True), document.short_title()

    return extract


def _lxml_floor() -> Extract:
    import lxml.html  # noqa: PLC0415 - imported when benchmarked, like the others

    def extract(raw: bytes | str, url: str | None) -> object:
        # Parse, then visit every text node in C: no extractor in Python can do less.
        for _text in lxml.html.fromstring(raw).itertext():
            pass
        return None

    return extract


def load_scorer() -> Any:
    """The project's scorer, ../shared/eval/score.py, imported by path."""
    spec = importlib.util.spec_from_file_location("newsparse_bench_score", SCORER)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {SCORER}")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def _lxml_blocks() -> Extract:
    # The scorer's "lxml-text" extractor: parse, then a Python walk joining the text of
    # every block. Issue 6's baseline table quotes it as the floor (5.3 ms on its machine).
    lxml_text: Extract = load_scorer()._lxml_text
    return lxml_text


#: Name -> factory, in the order the report lists them.
EXTRACTORS: dict[str, Callable[[], Extract]] = {
    "newsparse": _newsparse,
    "trafilatura": _trafilatura,
    "readability": _readability,
    "lxml-floor": _lxml_floor,
    "lxml-blocks": _lxml_blocks,
}
_MODULES = {"newsparse": "newsparse", "trafilatura": "trafilatura", "readability": "readability",
            "lxml-floor": "lxml", "lxml-blocks": "lxml"}
_PACKAGES = {"trafilatura": "trafilatura", "readability": "readability-lxml"}


def unavailable_reason(name: str) -> str | None:
    """Why ``name`` cannot run here, or None; decided without importing it."""
    if name == "lxml-blocks" and not SCORER.is_file():
        return f"{SCORER} is absent"
    if importlib.util.find_spec(_MODULES[name]) is None:
        package = _PACKAGES.get(name, _MODULES[name])
        return f"not installed (pip install -e '.[bench]' installs {package})"
    return None


# --- the corpus ------------------------------------------------------------------------


@dataclass(frozen=True)
class PageRef:
    """One page file and the URL it was fetched from, when the corpus says."""

    id: str
    path: Path
    url: str | None

    def read_bytes(self) -> bytes:
        """The file's bytes, un-gzipped when it is stored gzipped (the wide corpus)."""
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.path.suffix == ".gz" else data

    def read_text(self) -> str:
        return self.read_bytes().decode("utf-8")


@dataclass(frozen=True)
class Corpus:
    """The HTML pages and the text dumps to time."""

    html: list[PageRef] = field(default_factory=list)
    text: list[PageRef] = field(default_factory=list)

    @property
    def html_bytes(self) -> int:
        """Total size of the HTML pages."""
        return sum(len(ref.read_bytes()) for ref in self.html)


def load_corpus(folder: Path, limit: int | None, text_dir: str = "text") -> Corpus:
    """Read a corpus (pages/, text/ or another dump folder, truth.jsonl; files may be
    gzipped) or a plain folder of pages."""
    urls: dict[str, str | None] = {}
    truth = folder / "truth.jsonl"
    if truth.is_file():
        # Line by line: the gold bodies would swell the memory-measuring children.
        with truth.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                row = json.loads(line)
                urls[row["id"]] = row.get("url")
    if (folder / "pages").is_dir():
        html = sorted([*(folder / "pages").glob("*.html"),
                       *(folder / "pages").glob("*.html.gz")])
        text = sorted([*(folder / text_dir).glob("*.txt"), *(folder / text_dir).glob("*.txt.gz")])
    else:
        html = sorted([*folder.glob("*.html"), *folder.glob("*.htm")])
        text = sorted(folder.glob("*.txt"))

    def refs(paths: list[Path]) -> list[PageRef]:
        return [PageRef(ident, p, urls.get(ident)) for p in paths[:limit]
                for ident in (p.name.split(".")[0],)]

    return Corpus(html=refs(html), text=refs(text))


# --- memory ----------------------------------------------------------------------------


def _status_kb(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def rss_mb() -> float | None:
    """This process's resident memory now, in MB, where /proc tells it."""
    kb = _status_kb("VmRSS")
    return None if kb is None else round(kb * 1024 / 1e6, 1)


def peak_rss_mb() -> tuple[float, str]:
    """This process's peak resident memory in MB, and how it was read.

    VmHWM first: it belongs to this process's own address space. ru_maxrss survives
    fork and exec on Linux, so a child started by a big parent would report at least
    the parent's size.
    """
    kb = _status_kb("VmHWM")
    if kb is not None:
        return round(kb * 1024 / 1e6, 1), "VmHWM"
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return round(maxrss * scale / 1e6, 1), "ru_maxrss"


# --- the machine -----------------------------------------------------------------------


def machine_info(names: list[str]) -> dict[str, str]:
    """What the figures were measured on, for the report's header."""
    import lxml.etree  # noqa: PLC0415 - kept out of the memory children's import cost

    info = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _cpu_model(),
        "cores": f"{len(_usable_cpus())} usable of {os.cpu_count()}",
        "memory": _memory_total(),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "lxml": f"{lxml.etree.__version__} (libxml2 "
        + ".".join(map(str, lxml.etree.LIBXML_VERSION)) + ")",
        "newsparse": f"{_version('newsparse')} (git {_git_commit()})",
    }
    for name in names:
        if name in _PACKAGES:
            info[name] = _version(_PACKAGES[name])
    return info


def _usable_cpus() -> set[int]:
    if hasattr(os, "sched_getaffinity"):
        return os.sched_getaffinity(0)
    return set(range(os.cpu_count() or 1))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _git_commit() -> str:
    try:
        head = subprocess.run(["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO_ROOT), "status", "--porcelain", "--",
                                "src"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted changes in src/" if dirty.strip() else "")

