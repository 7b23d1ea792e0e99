"""The ``newsparse`` command: parse pages from files, folders, archives or stdin.

    newsparse page.html                       # one pretty JSON object
    newsparse saved/ -o articles.jsonl        # a folder: one JSON line per page, every core
    newsparse 'crawl/*.warc.gz' --resume -o articles.jsonl
    curl -s URL | newsparse --url URL --format text

Every JSONL line carries its ``source`` (the file, or the WARC record id) and is either an
article or an error record ``{"source", "error", "type"}``, in input order. A page that
fails also gives one line on stderr (``newsparse: SOURCE: message``) and the run goes on.
Exit status: 0 when every page parsed, 1 when any failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from newsparse import __version__
from newsparse._batch import check_timeout, run_jobs, usable_cores
from newsparse._cli_options import option_fields, options_from_args, show_value
from newsparse._cli_output import (
    Progress,
    Writer,
    article_json,
    open_output,
    report,
    shows_progress,
)
from newsparse._jobs import Job
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

_STDIN = "-"
_STDIN_LABEL = "<stdin>"
_FORMATS = ("json", "jsonl", "text")
_GLOB_CHARS = frozenset("*?[")
_USAGE_HINT = """\
newsparse: no input given, and stdin is a terminal.
Give pages, folders, globs or web archives, or pipe a page in:
    newsparse page.html
    newsparse saved-pages/ --recursive -o articles.jsonl
    newsparse 'crawl/*.warc.gz' -o articles.jsonl
    curl -s https://example.com/story | newsparse --url https://example.com/story -
Run `newsparse --help` for every option."""


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse raw news pages (HTML or plain-text dumps) into clean articles.",
        epilog="Exit status: 0 when every page parsed, 1 when any failed, 2 on a usage error.",
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT",
        help="a page (raw bytes in any encoding), a folder of pages, a glob, a web archive "
             "(.warc, .warc.gz, .arc, .arc.gz: needs newsparse[warc]) or '-' for stdin",
    )
    parser.add_argument(
        "-r", "--recursive", action="store_true",
        help="read folders' subfolders too, and let ** in a glob span folders",
    )
    parser.add_argument(
        "-j", "--jobs", type=int, metavar="N",
        help="worker processes (default: one per CPU core)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of stdout",
    )
    parser.add_argument(
        "--resume", action="store_true",
        help="skip the sources already in --output and append the rest to it",
    )
    parser.add_argument(
        "--format", choices=_FORMATS,
        help="jsonl: one line per page (the default for several pages); json: one pretty "
             "object (the default for one page), an array for several; text: title, "
             "dateline, byline, date, then the body",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar and no error lines on stderr",
    )
    parser.add_argument(
        "-O", "--option", action="append", default=[], metavar="NAME=VALUE",
        help="set a ParseOptions field, e.g. --option max_input_bytes=1000000 "
             "(see --list-options)",
    )
    parser.add_argument(
        "--list-options", action="store_true", help="list the --option names and defaults",
    )
    parser.add_argument(
        "--timeout", type=float, metavar="SECONDS",
        help="give up on a page still parsing after this long (it gets an error record)",
    )
    parser.add_argument("--url", help="the address the page was fetched from (one page only)")
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
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_options:
        for name, value in option_fields(DEFAULT_OPTIONS).items():
            print(f"{name}={show_value(value)}")
        return 0
    options = options_from_args(args, parser)
    try:
        timeout = check_timeout(args.timeout)
    except ValueError as exc:
        parser.error(str(exc))
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs must be at least 1, not {args.jobs}")
    if args.resume and not args.output:
        parser.error("--resume needs --output: the file to skip sources from and append to")
    if not args.inputs and sys.stdin.isatty():
        print(_USAGE_HINT, file=sys.stderr)
        return 2
    inputs: list[str] = args.inputs or [_STDIN]
    single = _one_page(inputs)
    if args.url is not None and not single:
        parser.error("--url names the address of one page; give one page with it")
    fmt = args.format or ("json" if single else "jsonl")
    seen = _sources_in(args.output) if args.resume else set()
    workers = 1 if single else (args.jobs or usable_cores())

    out = open_output(args.output, append=args.resume)
    progress = Progress(sys.stderr) if shows_progress(args, out) else None
    try:
        failed = _run(
            args, inputs=inputs, options=options, workers=workers, timeout=timeout, fmt=fmt,
            seen=seen, out=out, progress=progress, several=not single,
        )
    except BrokenPipeError:
        # The reader went away (``newsparse ... | head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        if progress is not None:
            progress.finish()
        print("newsparse: interrupted; rerun with --resume to go on", file=sys.stderr)
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def _run(
    args: argparse.Namespace,
    *,
    inputs: list[str],
    options: ParseOptions,
    workers: int,
    timeout: float | None,
    fmt: str,
    seen: set[str],
    out: TextIO,
    progress: Progress | None,
    several: bool,
) -> bool:
    labels: collections.deque[str] = collections.deque()

    def jobs() -> Iterator[Job | Exception]:
        for label, job in _sources(inputs, args):
            if label in seen:
                continue
            labels.append(label)
            yield job

    writer = Writer(out, fmt, several=several)
    failed = False
    render = article_json if fmt == "jsonl" else None
    for _index, outcome in run_jobs(
        jobs(), options=options, workers=workers, timeout=timeout, render=render
    ):
        label = labels.popleft()
        if isinstance(outcome, Exception):
            failed = True
            if not args.quiet:
                if progress is not None:
                    progress.clear()
                report(label, outcome)
            writer.error(label, outcome)
        else:
            writer.write(label, outcome)
        if progress is not None:
            progress.update(error=isinstance(outcome, Exception))
    writer.close()
    out.flush()
    if progress is not None:
        progress.finish()
    return failed


# --- inputs -----------------------------------------------------------------------------


def _one_page(inputs: list[str]) -> bool:
    """True when the inputs are one page: stdin, or one file that is no archive."""
    if len(inputs) != 1:
        return False
    name = inputs[0]
    if name == _STDIN:
        return True
    if os.path.isdir(name) or _is_archive(name):
        return False
    return os.path.exists(name) or not (_GLOB_CHARS & set(name))


def _is_archive(name: str) -> bool:
    # The archive suffixes, without importing the reader (it needs the warc extra).
    return name.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def _sources(inputs: list[str], args: argparse.Namespace) -> Iterator[tuple[str, Job | Exception]]:
    """Each page of the inputs, as (source label, job or the error that stands for it)."""
    for name in inputs:
        if name == _STDIN:
            yield _STDIN_LABEL, _page_job(None, sys.stdin.buffer.read(), args)
        elif os.path.isdir(name):
            for path in _files_in(name, recursive=args.recursive):
                yield from _file_sources(path, args)
        elif not os.path.exists(name) and _GLOB_CHARS & set(name):
            matches = sorted(p for p in glob.glob(name, recursive=args.recursive)
                             if os.path.isfile(p))
            if not matches:
                yield name, FileNotFoundError(f"no file matches {name}")
            for path in matches:
                yield from _file_sources(path, args)
        else:
            yield from _file_sources(name, args)


def _files_in(folder: str, *, recursive: bool) -> Iterator[str]:
    # Sorted, hidden files and folders left out, so that runs are repeatable.
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith(".")) if recursive else []
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _file_sources(path: str, args: argparse.Namespace) -> Iterator[tuple[str, Job | Exception]]:
    if not _is_archive(path):
        yield path, _page_job(path, None, args)
        return
    try:
        from newsparse._warc import archive_job, read_pages  # noqa: PLC0415 - an extra

        for page in read_pages(path):
            yield page.record_id, archive_job(page)
    except (ImportError, OSError) as exc:
        # One unreadable archive is one error record, and the run goes on.
        yield path, exc


def _page_job(path: str | None, data: bytes | None, args: argparse.Namespace) -> Job:
    return Job(data, path=path, url=args.url, encoding=args.encoding, explain=True)


def _sources_in(output: str) -> set[str]:
    """The sources already written to ``output``; a last line cut short is dropped."""
    try:
        with open(output, "rb+") as handle:
            data = handle.read()
            complete = data.rfind(b"\n") + 1
            if complete < len(data):
                handle.truncate(complete)  # a run stopped mid-line: that page runs again
    except FileNotFoundError:
        return set()
    seen: set[str] = set()
    for line in data[:complete].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("source"), str):
            seen.add(record["source"])
    return seen
