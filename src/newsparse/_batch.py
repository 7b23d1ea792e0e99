"""parse_many: parse a stream of pages on several worker processes, results in input order.

The input is consumed lazily and only a bounded window of pages is in flight at once, so
an endless generator of pages can be parsed in constant memory. The checks of the
arguments shared with parse_warc and the command line live here; the workers' pool is in
``_pool``, one page's job in ``_jobs``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from typing import TypeAlias

from newsparse._errors import InputTypeError, NewsparseError
from newsparse._jobs import Job, Outcome, PageData, Render, parse_job
from newsparse._model import Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._pool import run_in_pool

#: One item of :func:`parse_many`'s input: the page alone, or a ``(data, url)`` pair.
PageInput: TypeAlias = PageData | tuple[PageData, str | None]
#: One item of :func:`parse_many`'s output: the input's position and its Article or error.
PageResult: TypeAlias = tuple[int, Article | NewsparseError]


def parse_many(
    pages: Iterable[PageInput],
    *,
    jobs: int | None = None,
    options: ParseOptions | None = None,
    timeout: float | None = None,
) -> Iterator[PageResult]:
    """Parse many pages on worker processes; yield ``(index, result)`` in input order.

    ``pages`` is any iterable, a generator included, of raw pages as :func:`parse` takes
    them (``bytes`` in any encoding, or ``str``), each either alone or as a
    ``(data, url)`` pair where ``url`` (a ``str`` or ``None``) is the address the page
    was fetched from. It is read lazily: at most a few pages per worker are in flight,
    so memory stays bounded however long the input is.

    Each result is the page's :class:`Article`, or the :class:`NewsparseError` for it,
    yielded, not raised, with its traceback dropped: one bad page never stops the batch.
    The error is what :func:`parse` raised (no article text, an input over a limit), an
    :class:`InputTypeError` for an item of a type ``parse_many`` does not take, or a
    :class:`PageFailedError` when parsing the page raised any other exception (a bug:
    its message names the exception) or its worker process died (a crash, the OOM
    killer), in which case a fresh worker takes over. With ``timeout`` (seconds), a page
    still parsing after that long gets a :class:`PageTimeoutError` and its worker is
    replaced. ``index`` is the item's position in ``pages``, counted from 0.

    ``jobs`` is the number of worker processes; ``None`` means one per usable CPU
    core. ``jobs=1`` parses in the calling process, with no pool, unless a ``timeout``
    is set (a page can only be stopped in a process of its own). ``options`` apply to
    every page. Raises :class:`InputTypeError` at once for ``pages`` that is a single
    page (``str`` or ``bytes``), an ``options`` that is not a :class:`ParseOptions`, a
    ``jobs`` that is not an int or a ``timeout`` that is not a number, and
    ``ValueError`` for a ``jobs`` below 1 or a ``timeout`` that is not positive.

    Workers start with the interpreter's start method (``fork``, ``spawn`` or
    ``forkserver``). Under ``spawn`` and ``forkserver`` the worker imports your main
    module, so a script that calls ``parse_many`` must do so under
    ``if __name__ == "__main__":``, as with any ``multiprocessing`` code.

    Stopping the iteration early (``break``, or closing the generator) stops the workers
    and drops the pages not yet parsed.

    Added in 0.1.
    """
    if options is None:
        options = DEFAULT_OPTIONS
    elif not isinstance(options, ParseOptions):
        raise InputTypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    if isinstance(pages, (str, bytes, bytearray, memoryview)):
        # Iterating one page would parse each of its characters or bytes as a page.
        raise InputTypeError(
            f"parse_many takes an iterable of pages, not one page ({type(pages).__name__}); "
            "use parse() for a single page"
        )
    workers = worker_count(jobs)
    limit = check_timeout(timeout)
    checked = (_check(item) for item in pages)
    return run_jobs(checked, options=options, workers=workers, timeout=limit)


def worker_count(jobs: int | None) -> int:
    """The number of worker processes for ``jobs`` (None: one per usable core)."""
    if jobs is None:
        return usable_cores()
    if not isinstance(jobs, int) or isinstance(jobs, bool):
        raise InputTypeError(f"jobs must be an int or None, not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    return jobs


def check_timeout(timeout: float | None) -> float | None:
    """``timeout`` as a float of seconds, or None; refuse what is not a positive number."""
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)) or isinstance(timeout, bool):
        raise InputTypeError(f"timeout must be a number of seconds or None, not "
                             f"{type(timeout).__name__}")
    if not timeout > 0 or math.isinf(timeout):
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")
    return float(timeout)


def usable_cores() -> int:
    """The cores this process may run on (fewer than the machine's under taskset)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run_jobs(
    jobs: Iterable[Job | Exception],
    *,
    options: ParseOptions,
    workers: int,
    timeout: float | None = None,
    render: Render | None = None,
) -> Iterator[tuple[int, Outcome]]:
    """Parse each job (an Exception item is already its own result); yield in order."""
    if workers == 1 and timeout is None:
        return _run_in_process(jobs, options, render)
    return run_in_pool(jobs, options, workers, timeout, render)


def _run_in_process(
    jobs: Iterable[Job | Exception], options: ParseOptions, render: Render | None
) -> Iterator[tuple[int, Outcome]]:
    for index, job in enumerate(jobs):
        yield index, job if isinstance(job, Exception) else parse_job(job, options, render)


def _check(item: object) -> Job | NewsparseError:
    """Turn an input item into a Job, or say why parse_many does not take it."""
    if isinstance(item, tuple):
        if len(item) != 2:
            return InputTypeError(
                f"a page given as a tuple must be a (data, url) pair, not {len(item)} items"
            )
        data, url = item
        if url is not None and not isinstance(url, str):
            return InputTypeError(f"a page's url must be a str or None, not {type(url).__name__}")
    else:
        data, url = item, None
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)  # memoryview does not pickle; both would be copied anyway
    if not isinstance(data, (bytes, str)):
        return InputTypeError(
            "parse_many takes each page as bytes or str, alone or in a (data, url) pair, "
            f"not {type(data).__name__}"
        )
    return Job(data, url=url)
