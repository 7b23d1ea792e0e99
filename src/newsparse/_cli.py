"""The ``newsparse`` command: parse pages from files or stdin and print the Articles.

    newsparse page.html                 # one pretty JSON object
    newsparse a.html b.txt              # a JSON array, one object per page parsed
    newsparse --format jsonl pages/*    # one JSON line per page parsed
    curl -s URL | newsparse --url URL --format text

A page that fails gives one line on stderr (``newsparse: FILE: message``) and the run
goes on. Exit status: 0 when every page parsed, 1 when any failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from newsparse import __version__
from newsparse._api import parse
from newsparse._errors import NewsparseError
from newsparse._model import Article
from newsparse._options import ParseOptions

_STDIN = "-"
_FORMATS = ("json", "jsonl", "text")


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse raw news pages (HTML or plain-text dumps) into clean articles.",
        epilog="Exit status: 0 when every page parsed, 1 when any failed, 2 on a usage error.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE",
        help="pages to parse, as raw bytes in any encoding; '-' or none reads stdin",
    )
    parser.add_argument(
        "--format", choices=_FORMATS, default="json",
        help="json: one pretty object per page (an array for several FILEs); "
             "jsonl: one line per page; text: title, dateline, byline, date, then the body "
             "(default: json)",
    )
    parser.add_argument("--url", help="the address the pages were fetched from")
    parser.add_argument(
        "--encoding", metavar="CHARSET",
        help="the charset from the HTTP Content-Type header, if known",
    )
    parser.add_argument(
        "--strip-dateline", action="store_true",
        help="remove the dateline from the start of the first paragraph",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Added in 0.1.
    """
    args = build_parser().parse_args(argv)
    options = ParseOptions(strip_dateline=args.strip_dateline)
    files: list[str] = args.files or [_STDIN]
    out = _utf8_stdout()
    writer = _Writer(out, args.format, several=len(files) > 1)
    failed = False
    try:
        for name in files:
            label = "<stdin>" if name == _STDIN else name
            try:
                article = parse(_read(name), url=args.url, options=options, encoding=args.encoding)
            except (NewsparseError, OSError) as exc:
                _report(label, exc)
                failed = True
                continue
            writer.write(label, article)
        writer.close()
        out.flush()
    except BrokenPipeError:
        # The reader went away (``newsparse ... | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 1 if failed else 0


def _read(name: str) -> bytes:
    # Bytes, never text: charset detection needs the raw page.
    if name == _STDIN:
        return sys.stdin.buffer.read()
    with open(name, "rb") as handle:
        return handle.read()


def _report(label: str, exc: Exception) -> None:
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    message = " ".join(message.split()) or type(exc).__name__
    print(f"newsparse: {label}: {message}", file=sys.stderr, flush=True)


def _utf8_stdout() -> TextIO:
    # JSON is UTF-8 by definition, and an article may hold any character: never fail on a
    # narrow console encoding.
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() not in (
        "utf-8", "utf8",
    ):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


class _Writer:
    """Writes articles in one output format, streaming, one page at a time."""

    def __init__(self, out: TextIO, fmt: str, *, several: bool) -> None:
        self._out = out
        self._format = fmt
        self._several = several
        self._count = 0

    def write(self, label: str, article: Article) -> None:
        if self._format == "jsonl":
            self._out.write(article.to_json() + "\n")
        elif self._format == "text":
            if self._several:
                self._out.write(("\n" if self._count else "") + f"==> {label} <==\n")
            self._out.write(_as_text(article) + "\n")
        elif self._several:
            pretty = article.to_json(indent=2).replace("\n", "\n  ")
            self._out.write(("[\n  " if not self._count else ",\n  ") + pretty)
        else:
            self._out.write(article.to_json(indent=2) + "\n")
        self._out.flush()
        self._count += 1

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
