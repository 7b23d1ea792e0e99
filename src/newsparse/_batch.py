"""parse_many: parse a stream of pages on several worker processes, results in input order.

The input is consumed lazily and only a bounded window of pages is in flight at once, so
an endless generator of pages can be parsed in constant memory.

The pool is our own rather than ``concurrent.futures``: each worker holds one page at a
time, so when a worker dies (a segfault, the OOM killer) or runs over the time limit we
know exactly which page it was on. That page alone gets an error record, a fresh worker
takes over and the batch goes on; a ``ProcessPoolExecutor`` would instead break as a whole
and lose every page in flight.
"""

from __future__ import annotations

import collections
import contextlib
import math
import multiprocessing
import multiprocessing.connection
import os
import selectors
import signal
import socket
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple, TypeAlias

from newsparse._api import parse
from newsparse._errors import (
    InputLimitError,
    InputTypeError,
    NewsparseError,
    NoArticleError,
    PageFailedError,
    PageTimeoutError,
)
from newsparse._model import Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

#: The raw content of one page: its bytes in any encoding, or its decoded text.
PageData: TypeAlias = bytes | str
#: One item of :func:`parse_many`'s input: the page alone, or a ``(data, url)`` pair.
PageInput: TypeAlias = PageData | tuple[PageData, str | None]
#: One item of :func:`parse_many`'s output: the input's position and its Article or error.
PageResult: TypeAlias = tuple[int, Article | NewsparseError]

# Results held back waiting for an earlier, slower page, per worker: bounds the memory a
# run holds however long one page takes, while keeping every worker busy.
_WINDOW_PER_JOB = 16
# A worker asked to stop gets this long to exit before it is killed.
_STOP_GRACE_SECONDS = 2.0


class Job(NamedTuple):
    """One page to parse, as the workers take it (internal: the CLI and WARC reader use it).

    Either ``data`` holds the page, or ``path`` names a file the worker reads itself (so
    that reading is spread over the workers too). ``explain`` turns an empty or binary
    input into an error that says so, instead of "no article text".
    """

    data: PageData | None
    path: str | None = None
    url: str | None = None
    encoding: str | None = None
    explain: bool = False


#: What a worker returns for one page: the Article (or its rendering), or the error.
Outcome: TypeAlias = Any
#: Turns an Article into what the caller wants back, in the worker (e.g. a JSON line),
#: so the parent does less; must be a module-level function (it is pickled by name).
Render: TypeAlias = Callable[[Article], Any]


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
    return _run_in_pool(jobs, options, workers, timeout, render)


def _run_in_process(
    jobs: Iterable[Job | Exception], options: ParseOptions, render: Render | None
) -> Iterator[tuple[int, Outcome]]:
    for index, job in enumerate(jobs):
        yield index, job if isinstance(job, Exception) else parse_job(job, options, render)


def parse_job(job: Job, options: ParseOptions, render: Render | None = None) -> Outcome:
    """Parse one job; never raise for the page's sake: any failure is returned."""
    try:
        data = job.data
        if job.path is not None:
            with open(job.path, "rb") as handle:
                data = handle.read()
        if job.explain and isinstance(data, bytes):
            data = _gunzipped(data, options.max_input_bytes)
            _explain_unreadable(data)
        article = parse(data, url=job.url, options=options, encoding=job.encoding)
        return article if render is None else render(article)
    except (NewsparseError, OSError) as exc:
        # The traceback would keep the failed page's frames, and its text, alive for as
        # long as the caller keeps the error; a pickled error has none either.
        return exc.with_traceback(None)
    except Exception as exc:  # one page's bug must not end the batch
        return PageFailedError(
            f"parsing raised {type(exc).__name__}: {exc}".rstrip(": ")
        )


def _gunzipped(data: bytes, max_bytes: int) -> bytes:
    # Saved pages are often stored gzipped (page.html.gz): read them as the page.
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        data = inflate(data, zlib.MAX_WBITS | 16, max_bytes)
    except zlib.error as exc:
        raise NoArticleError(f"the file is gzip-compressed but corrupt: {exc}") from None
    if len(data) > max_bytes:
        raise InputLimitError(
            f"the file decompresses to over max_input_bytes={max_bytes} bytes"
        )
    return data


def inflate(data: bytes, wbits: int, max_bytes: int) -> bytes:
    """``data`` decompressed by zlib with ``wbits``, stopping past ``max_bytes`` (the
    caller checks the length: a small gzip body can expand a thousandfold). Raises
    zlib.error for corrupt or cut-short data."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(data, max_bytes + 1)
    if len(out) > max_bytes:
        return out
    out += inflater.flush()
    if not inflater.eof:
        raise zlib.error("the compressed data is cut short")
    return out


# Signatures of files that are certainly no page, for a clearer reason than "no article".
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip-compressed twice"), (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"), (b"wOFF", "a web font"), (b"wOF2", "a web font"),
)


def _explain_unreadable(data: bytes) -> None:
    if not data.strip():
        raise NoArticleError("the file is empty" if not data else "the file holds only spaces")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise NoArticleError(f"the file is {what}, not a page")
    head = data[:4096]
    if _looks_utf16(head):
        return  # decode reads UTF-16, with its BOM or without
    # Text in any other encoding holds next to no control characters; binary formats are
    # full of them.
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls * 20 > len(head):
        raise NoArticleError("the file is binary, not a page")


# Control characters that text never holds (tab, newlines, form feed and escape aside).
_CONTROL_BYTES = (*range(0, 9), *range(14, 27), *range(28, 32))


def _looks_utf16(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    # ASCII markup in UTF-16 without a BOM: every other byte is a NUL.
    half = len(head) // 2
    return half >= 8 and max(head[0::2].count(0), head[1::2].count(0)) > 0.9 * half


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


# --- the pool ---------------------------------------------------------------------------


def _worker_main(
    conn: multiprocessing.connection.Connection, options: ParseOptions, render: Render | None
) -> None:
    # Runs in a worker process: say it is ready (imports done, so the time limit of its
    # first page does not count its start-up), then parse each job sent until told to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn.send(None)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        outcome = parse_job(job, options, render)
        try:
            conn.send(outcome)
        except Exception as exc:  # e.g. a result that does not pickle
            conn.send(PageFailedError(f"the result could not be sent back: {exc}"))


class _Worker:
    """One worker process and the pages sent to it, in the order it parses them: the
    first is the one it is on, since ``started``."""

    def __init__(self, context: Any, options: ParseOptions, render: Render | None) -> None:
        self.conn, child = context.Pipe(duplex=True)
        self.process: multiprocessing.process.BaseProcess = context.Process(
            target=_worker_main, args=(child, options, render), daemon=True
        )
        self.process.start()
        child.close()
        self.queued = _widen(self.conn)
        self.ready = False
        self.broken = False  # a send failed: the process is gone, its sentinel will say
        self.jobs: collections.deque[tuple[int, Job]] = collections.deque()
        self.started = 0.0

    def takes(self, job: Job) -> bool:
        """True when the worker can be sent ``job`` now without the send blocking: when it
        is idle, or when one page is in hand and ``job`` fits the connection's buffers
        (so that the worker finds its next page waiting as soon as it is done)."""
        if not self.ready or self.broken or len(self.jobs) >= _PAGES_PER_WORKER:
            return False
        return not self.jobs or _size(job) <= self.queued

    def give(self, index: int, job: Job) -> bool:
        """Send the worker a page; False when it could not be sent (the worker died)."""
        try:
            self.conn.send(job)
        except OSError:
            self.broken = True
            return False
        if not self.jobs:
            self.started = time.monotonic()
        self.jobs.append((index, job))
        return True

    def stop(self, *, wait: bool) -> None:
        if wait and not self.jobs:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(_STOP_GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


# Pages a worker holds at once: the one it parses and the next, already sent.
_PAGES_PER_WORKER = 2


def _size(job: Job) -> int:
    return 0 if job.data is None else len(job.data) * (1 if isinstance(job.data, bytes) else 4)


def _widen(conn: Any) -> int:
    """Ask for large socket buffers on the connection; return how many bytes of a page
    can wait in them without blocking the sender (0 where that is not known)."""
    try:
        sock = socket.socket(fileno=os.dup(conn.fileno()))
    except (OSError, AttributeError, ValueError):
        return 0  # Windows pipes: no page waits, each is sent to an idle worker
    with sock:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SOCKET_BUFFER)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _SOCKET_BUFFER)
            # The kernel may grant less than asked (and counts its bookkeeping in it).
            return sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // 2
        except OSError:
            return 0


_SOCKET_BUFFER = 1 << 20


def _death_error(process: multiprocessing.process.BaseProcess) -> PageFailedError:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            how = f"killed by signal {code} ({signal.Signals(-code).name})"
        except ValueError:
            how = f"killed by signal {-code}"
    else:
        how = f"exit status {code}"
    return PageFailedError(f"the worker process died while parsing this page ({how})")


class _Feed:
    """The input, read one item ahead, handed out in order within a window of indexes;
    pages given back (those a dead worker had not started) go out again first."""

    def __init__(self, jobs: Iterable[Job | Exception]) -> None:
        self._source = enumerate(jobs)
        self._next: tuple[int, Job | Exception] | None = None
        self._again: collections.deque[tuple[int, Job]] = collections.deque()
        self._exhausted = False

    def peek(self, below: int) -> tuple[int, Job | Exception] | None:
        """The next item if its index is below ``below``, else None (also at the end)."""
        if self._again:
            return self._again[0]
        if self._next is None and not self._exhausted:
            self._next = next(self._source, None)
            self._exhausted = self._next is None
        if self._next is None or self._next[0] >= below:
            return None
        return self._next

    def take(self) -> None:
        """Drop the item :meth:`peek` returned."""
        if self._again:
            self._again.popleft()
        else:
            self._next = None

    def give_back(self, items: Iterable[tuple[int, Job]]) -> None:
        self._again.extendleft(reversed(list(items)))

    @property
    def empty(self) -> bool:
        return self._exhausted and self._next is None and not self._again


def _run_in_pool(
    jobs: Iterable[Job | Exception],
    options: ParseOptions,
    workers: int,
    timeout: float | None,
    render: Render | None,
) -> Iterator[tuple[int, Outcome]]:
    # Runs at the first next(), so a parse_many() never iterated starts no processes.
    pool = _Pool(workers, options, render, timeout)
    window = workers * _WINDOW_PER_JOB
    feed = _Feed(jobs)
    done: dict[int, Outcome] = {}
    next_out = 0
    try:
        while True:
            _dispatch(pool, feed, done, below=next_out + window)
            while next_out in done:
                yield next_out, done.pop(next_out)
                next_out += 1
            if feed.empty and not any(w.jobs for w in pool.workers):
                return  # every result was yielded: the pages go to workers in order
            pool.collect(done, feed)
    finally:
        pool.close()


def _dispatch(pool: _Pool, feed: _Feed, done: dict[int, Outcome], *, below: int) -> None:
    """Hand pages to the workers that can take them, within the window of results held
    back; an input item that is an error is its own result at once."""
    for depth in range(_PAGES_PER_WORKER):
        # Every worker gets a page before any gets a second.
        for worker in pool.workers:
            while len(worker.jobs) <= depth:
                item = feed.peek(below)
                if item is None:
                    return
                index, job = item
                if isinstance(job, Exception):
                    feed.take()
                    done[index] = job
                    continue
                if not worker.takes(job) or not worker.give(index, job):
                    break
                feed.take()


class _Pool:
    """The worker processes, replaced as they die or overrun the time limit."""

    def __init__(
        self, workers: int, options: ParseOptions, render: Render | None, timeout: float | None
    ) -> None:
        self._context = multiprocessing.get_context()
        self._options = options
        self._render = render
        self._timeout = timeout
        # One selector for the whole run where the platform has one for pipes (POSIX):
        # multiprocessing.connection.wait builds a new one at every call.
        self._selector = selectors.DefaultSelector() if os.name == "posix" else None
        self.workers: list[_Worker] = []
        for _ in range(workers):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self._options, self._render)
        if self._selector is not None:
            self._selector.register(worker.conn, selectors.EVENT_READ, worker)
            self._selector.register(worker.process.sentinel, selectors.EVENT_READ, worker)
        return worker

    def _replace(self, position: int) -> None:
        worker = self.workers[position]
        if self._selector is not None:
            self._selector.unregister(worker.conn)
            self._selector.unregister(worker.process.sentinel)
        worker.stop(wait=False)
        self.workers[position] = self._start()

    def collect(self, done: dict[int, Outcome], feed: _Feed) -> None:
        """Wait for news from any worker (or a deadline), and act on it."""
        readable, ended = self._wait()
        for position, worker in enumerate(list(self.workers)):
            if not self._take_news(worker, done, feed, readable=worker in readable,
                                   ended=worker in ended):
                self._replace(position)

    def _wait(self) -> tuple[set[_Worker], set[_Worker]]:
        """The workers with a message (or end of file) waiting, and those that exited."""
        seconds = self._wait_seconds()
        readable: set[_Worker] = set()
        ended: set[_Worker] = set()
        if self._selector is not None:
            for key, _events in self._selector.select(seconds):
                worker = key.data
                (readable if key.fileobj is worker.conn else ended).add(worker)
            return readable, ended
        by_handle: dict[Any, tuple[_Worker, bool]] = {}
        for worker in self.workers:
            by_handle[worker.conn] = (worker, True)
            by_handle[worker.process.sentinel] = (worker, False)
        for handle in multiprocessing.connection.wait(list(by_handle), timeout=seconds):
            worker, is_conn = by_handle[handle]
            (readable if is_conn else ended).add(worker)
        return readable, ended

    def _wait_seconds(self) -> float | None:
        if self._timeout is None:
            return None
        deadlines = [w.started + self._timeout for w in self.workers if w.jobs]
        return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None

    def _take_news(
        self, worker: _Worker, done: dict[int, Outcome], feed: _Feed, *,
        readable: bool, ended: bool,
    ) -> bool:
        """Act on a worker's news; False when it is gone or overran, to be replaced."""
        if readable:
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                pass  # the worker is gone: its exit status says how
            else:
                if not worker.ready:
                    worker.ready = True
                else:
                    index, _job = worker.jobs.popleft()
                    done[index] = message
                    worker.started = time.monotonic()  # on the next page, if it has one
                return True  # any message after this one is read at the next wait
        elif not ended and not worker.broken:
            if self._timeout is None or not worker.jobs:
                return True
            if time.monotonic() - worker.started < self._timeout:
                return True
            index, _job = worker.jobs.popleft()
            done[index] = PageTimeoutError(
                f"parsing took longer than the time limit of {self._timeout:g} s"
            )
            feed.give_back(worker.jobs)
            return False
        elif worker.conn.poll():
            return True  # it exited after sending results: read them first
        worker.process.join(_STOP_GRACE_SECONDS)
        if worker.jobs:
            index, _job = worker.jobs.popleft()
            done[index] = _death_error(worker.process)
            feed.give_back(worker.jobs)  # pages it had not started go to another worker
        elif not worker.ready:
            raise RuntimeError(
                f"a newsparse worker process could not start (exit status "
                f"{worker.process.exitcode}); under the spawn and forkserver start methods, "
                "call parse_many under `if __name__ == \"__main__\":`"
            )
        return False

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(wait=True)
        if self._selector is not None:
            self._selector.close()
