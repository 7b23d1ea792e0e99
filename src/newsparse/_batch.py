"""parse_many: parse a stream of pages on several worker processes, results in input order.

The input is consumed lazily and only a bounded window of pages is in flight at once, so
an endless generator of pages can be parsed in constant memory.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeAlias

from newsparse._api import parse
from newsparse._errors import InputTypeError, NewsparseError
from newsparse._model import Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

#: The raw content of one page: its bytes in any encoding, or its decoded text.
PageData: TypeAlias = bytes | str
#: One item of :func:`parse_many`'s input: the page alone, or a ``(data, url)`` pair.
PageInput: TypeAlias = PageData | tuple[PageData, str | None]
#: One item of :func:`parse_many`'s output: the input's position and its Article or error.
PageResult: TypeAlias = tuple[int, Article | NewsparseError]

# A page ready to parse, or the error that makes it unparseable before it is parsed.
_Checked: TypeAlias = tuple[PageData, str | None] | NewsparseError
_Chunk: TypeAlias = list[tuple[int, _Checked]]
# A chunk with the future of its parseable pages' results (None when it has none).
_Submitted: TypeAlias = tuple[_Chunk, Future[list[Article | NewsparseError]] | None]

# Pages sent to a worker in one message: enough to amortise the inter-process round trip
# (well under a millisecond) against parses of a few milliseconds, few enough that the
# workers finish together at the end of the input.
_PAGES_PER_CHUNK = 4
# Chunks queued per worker: one being parsed and one waiting, so that no worker idles
# while the parent collects results; this also bounds the pages held in memory.
_CHUNKS_PER_JOB = 2


def parse_many(
    pages: Iterable[PageInput],
    *,
    jobs: int | None = None,
    options: ParseOptions | None = None,
) -> Iterator[PageResult]:
    """Parse many pages on worker processes; yield ``(index, result)`` in input order.

    ``pages`` is any iterable, a generator included, of raw pages as :func:`parse` takes
    them (``bytes`` in any encoding, or ``str``), each either alone or as a
    ``(data, url)`` pair where ``url`` (a ``str`` or ``None``) is the address the page
    was fetched from. It is read lazily: at most a few pages per worker are in flight,
    so memory stays bounded however long the input is.

    Each result is the page's :class:`Article`, or the :class:`NewsparseError` that
    :func:`parse` raised for it (no article text, an input over a limit, an item of a
    type ``parse_many`` does not take): one bad page does not stop the batch, and the
    error is yielded, not raised, with its traceback dropped. ``index`` is the item's
    position in ``pages``, counted from 0. Any other exception is a bug and propagates,
    after the results of the pages before it; so does a worker process that dies.

    ``jobs`` is the number of worker processes; ``None`` means one per usable CPU
    core. ``jobs=1`` parses in the calling process, with no pool. ``options`` apply to
    every page. Raises :class:`InputTypeError` at once for ``pages`` that is a single
    page (``str`` or ``bytes``), an ``options`` that is not a :class:`ParseOptions` or a
    ``jobs`` that is not an int, and ``ValueError`` for a ``jobs`` below 1.

    Stopping the iteration early (``break``, or closing the generator) cancels the
    pages not yet started and waits for the few in progress.

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
    workers = _worker_count(jobs)
    if workers == 1:
        return _parse_in_process(pages, options)
    return _parse_in_pool(pages, options, workers)


def _worker_count(jobs: int | None) -> int:
    if jobs is None:
        return _usable_cores()
    if not isinstance(jobs, int) or isinstance(jobs, bool):
        raise InputTypeError(f"jobs must be an int or None, not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    return jobs


def _usable_cores() -> int:
    # The cores this process may run on, which under taskset or a container quota can be
    # fewer than the machine has.
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _parse_in_process(pages: Iterable[PageInput], options: ParseOptions) -> Iterator[PageResult]:
    for index, item in enumerate(pages):
        checked = _check(item)
        if isinstance(checked, NewsparseError):
            yield index, checked
        else:
            yield index, _parse_one(checked, options)


def _parse_in_pool(
    pages: Iterable[PageInput], options: ParseOptions, workers: int
) -> Iterator[PageResult]:
    # Runs at the first next(), so a parse_many() never iterated starts no processes.
    max_in_flight = workers * _CHUNKS_PER_JOB
    window: collections.deque[_Submitted] = collections.deque()
    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        for chunk in _checked_chunks(pages):
            window.append(_submit(executor, chunk, options))
            if len(window) >= max_in_flight:
                yield from _collect(*window.popleft())
        while window:
            yield from _collect(*window.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _checked_chunks(pages: Iterable[PageInput]) -> Iterator[_Chunk]:
    checked = ((index, _check(item)) for index, item in enumerate(pages))
    while chunk := list(islice(checked, _PAGES_PER_CHUNK)):
        yield chunk


def _submit(executor: ProcessPoolExecutor, chunk: _Chunk, options: ParseOptions) -> _Submitted:
    parseable = [page for _, page in chunk if not isinstance(page, NewsparseError)]
    if not parseable:
        return chunk, None
    return chunk, executor.submit(_parse_chunk, parseable, options)


def _collect(
    chunk: _Chunk, future: Future[list[Article | NewsparseError]] | None
) -> Iterator[PageResult]:
    parsed = iter(future.result() if future is not None else ())
    for index, page in chunk:
        yield index, page if isinstance(page, NewsparseError) else next(parsed)


def _parse_chunk(
    pages: list[tuple[PageData, str | None]], options: ParseOptions
) -> list[Article | NewsparseError]:
    # Runs in a worker process; what it returns is pickled back to the parent.
    return [_parse_one(page, options) for page in pages]


def _parse_one(
    page: tuple[PageData, str | None], options: ParseOptions
) -> Article | NewsparseError:
    data, url = page
    try:
        return parse(data, url=url, options=options)
    except NewsparseError as exc:
        # The traceback would keep the failed page's frames, and its text, alive for as
        # long as the caller keeps the error; a pickled error has none either.
        return exc.with_traceback(None)


def _check(item: object) -> _Checked:
    """Split an input item into (data, url), or say why parse_many does not take it."""
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
    return data, url
