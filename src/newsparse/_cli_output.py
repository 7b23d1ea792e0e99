"""The command's output: JSONL, JSON and text records, and the progress line on stderr."""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
import sys
import time
from typing import Any, TextIO

from newsparse._model import Article


def open_output(output: str | None, *, append: bool) -> TextIO:
    if output is None:
        return _utf8_stdout()
    return open(output, "a" if append else "w", encoding="utf-8", newline="\n")


def article_json(article: Article) -> str:
    # Runs in the workers: the JSON is made where the article is, and a string is cheaper
    # to send back than the Article.
    return article.to_json()


def _record_line(label: str, outcome: Article | str) -> str:
    """One JSONL line: the source first, then the article's fields."""
    text = outcome if isinstance(outcome, str) else outcome.to_json()
    return '{"source": ' + json.dumps(label, ensure_ascii=False) + ", " + text[1:]


def _error_record(label: str, exc: Exception) -> dict[str, str]:
    return {"source": label, "error": _message(exc), "type": type(exc).__name__}


def _message(exc: Exception) -> str:
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return " ".join(message.split()) or type(exc).__name__


def report(label: str, exc: Exception) -> None:
    print(f"newsparse: {label}: {_message(exc)}", file=sys.stderr, flush=True)


def _utf8_stdout() -> TextIO:
    # JSON is UTF-8 by definition, and an article may hold any character: never fail on a
    # narrow console encoding.
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() not in (
        "utf-8", "utf8",
    ):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


class Writer:
    """Writes records in one output format, streaming, one page at a time."""

    def __init__(self, out: TextIO, fmt: str, *, several: bool) -> None:
        self._out = out
        self._format = fmt
        self._several = several
        self._count = 0

    def write(self, label: str, outcome: Article | str) -> None:
        if self._format == "jsonl":
            self._out.write(_record_line(label, outcome) + "\n")
        else:
            article = outcome if isinstance(outcome, Article) else Article.from_json(outcome)
            if self._format == "text":
                if self._several:
                    self._out.write(("\n" if self._count else "") + f"==> {label} <==\n")
                self._out.write(_as_text(article) + "\n")
            else:
                self._json({"source": label, **article.to_dict()})
        self._out.flush()
        self._count += 1

    def error(self, label: str, exc: Exception) -> None:
        record = _error_record(label, exc)
        if self._format == "jsonl":
            self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self._format == "json" and self._several:
            self._json(record)
        else:
            return  # one page, or text: the stderr line is the report
        self._out.flush()
        self._count += 1

    def _json(self, record: dict[str, Any]) -> None:
        if self._several:
            pretty = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            self._out.write(("[\n  " if not self._count else ",\n  ") + pretty)
        else:
            self._out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")

    def close(self) -> None:
        if self._format == "json" and self._several:
            self._out.write("\n]\n" if self._count else "[]\n")


def _as_text(article: Article) -> str:
    published = article.published
    if published is None and article.dateline is not None:
        published = article.dateline.date
    header = [
        article.title,
        None if article.dateline is None else article.dateline.text,
        article.byline,
        None if published is None else published.isoformat(),
    ]
    lines = [line for line in header if line]
    return "\n".join([*lines, "", article.body]) if lines else article.body


# --- progress ---------------------------------------------------------------------------


def shows_progress(args: argparse.Namespace, out: TextIO) -> bool:
    """A bar on a terminal only: not with --quiet, nor when the output goes into a pipe."""
    if args.quiet or not _is_terminal(sys.stderr):
        return False
    if out is sys.stdout:
        try:
            return not stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
        except (OSError, ValueError, io.UnsupportedOperation):
            return False
    return True


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """One status line on stderr: pages done, pages/s and errors, redrawn a few times a
    second (no dependency: a bar needs no more)."""

    _REDRAW_SECONDS = 0.2

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._start = time.monotonic()
        self._drawn = 0.0
        self._pages = 0
        self._errors = 0
        self._width = 0

    def update(self, *, error: bool) -> None:
        self._pages += 1
        self._errors += error
        now = time.monotonic()
        if now - self._drawn >= self._REDRAW_SECONDS:
            self._draw(now)

    def _draw(self, now: float) -> None:
        self._drawn = now
        elapsed = max(now - self._start, 1e-9)
        text = (f"newsparse: {self._pages:,} pages, {self._pages / elapsed:,.0f} pages/s, "
                f"{self._errors:,} error{'s' if self._errors != 1 else ''}, "
                f"{int(elapsed) // 60}:{int(elapsed) % 60:02d}")
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._width = 0

    def finish(self) -> None:
        self._draw(time.monotonic())
        self._stream.write("\n")
        self._stream.flush()
