"""The worker pool behind parse_many, parse_warc and the command line.

The pool is our own rather than ``concurrent.futures``: each worker holds one page at a
time (and the next, waiting in its connection), so when a worker dies (a segfault, the OOM
killer) or runs over the time limit we know exactly which page it was on. That page alone
gets an error record, a fresh worker takes over and the batch goes on; a
``ProcessPoolExecutor`` would instead break as a whole and lose every page in flight.
Results come back in input order, within a bounded window of pages in flight.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import multiprocessing.connection
import os
import selectors
import signal
import socket
import time
from collections.abc import Iterable, Iterator
from typing import Any

from newsparse._errors import PageFailedError, PageTimeoutError
from newsparse._jobs import Job, Outcome, Render, parse_job
from newsparse._options import ParseOptions

# Results held back waiting for an earlier, slower page, per worker: bounds the memory a
# run holds however long one page takes, while keeping every worker busy.
_WINDOW_PER_JOB = 16
# A worker asked to stop gets this long to exit before it is killed.
_STOP_GRACE_SECONDS = 2.0
# A worker has this long to start (fork or spawn, imports) and say it is ready: one that
# does not is stopped and replaced, so that no wait of the parent's is without end (a
# worker stuck before its first word would otherwise hang the run: no page is on it).
_START_SECONDS = 60.0
# Workers that may fail to start in a row before the run gives up with an error.
_MAX_FAILED_STARTS = 3


def _worker_main(
    conn: multiprocessing.connection.Connection, options: ParseOptions, render: Render | None
) -> None:
    # Runs in a worker process: say it is ready (imports done, so the time limit of its
    # first page does not count its start-up), then parse each job sent until told to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn.send(None)
    while True:
        try:
            message = conn.recv()
            if message is None:
                return
            job, data_follows = message
            if data_follows:
                job = job._replace(data=conn.recv_bytes())
        except (EOFError, OSError):
            return
        outcome = parse_job(job, options, render)
        # With the time it finished (CLOCK_MONOTONIC is the system's, the same in every
        # process): the parent reads results in batches, late, but times each page from
        # the moment the worker could start it.
        try:
            conn.send((outcome, time.monotonic()))
        except Exception as exc:  # e.g. a result that does not pickle
            failed = PageFailedError(f"the result could not be sent back: {exc}")
            conn.send((failed, time.monotonic()))


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
        self.born = time.monotonic()
        self.broken = False  # a send failed: the process is gone, its sentinel will say
        self.jobs: collections.deque[tuple[int, Job]] = collections.deque()
        self.given: collections.deque[float] = collections.deque()  # when each was sent
        self.started = 0.0

    def takes(self, job: Job) -> bool:
        """True when the worker can be sent ``job`` now without the send blocking: when it
        is idle, or when ``job`` fits the connection's buffers beside the pages already
        waiting there (so that the worker finds its next pages waiting as it goes on)."""
        if not self.ready or self.broken or len(self.jobs) >= _PAGES_PER_WORKER:
            return False
        # The first page held is the one the worker parses: it has left the buffers.
        waiting = sum(_size(held) for _, held in itertools.islice(self.jobs, 1, None))
        return not self.jobs or waiting + _size(job) <= self.queued

    def give(self, index: int, job: Job) -> bool:
        """Send the worker a page; False when it could not be sent (the worker died)."""
        try:
            if isinstance(job.data, bytes):
                # The page's bytes go as they are, not pickled: pickling copies them
                # once more on each side, in the parent (the pool's serial part) and
                # in the worker.
                self.conn.send((job._replace(data=None), True))
                self.conn.send_bytes(job.data)
            else:
                self.conn.send((job, False))
        except OSError:
            self.broken = True
            return False
        now = time.monotonic()
        if not self.jobs:
            self.started = now
        self.jobs.append((index, job))
        self.given.append(now)
        return True

    def finished(self, at: float) -> tuple[int, float]:
        """Drop the page the worker was on, which it finished ``at``; return its index
        and how long it took. The next page, if any, started then (or when it came)."""
        index, _job = self.jobs.popleft()
        self.given.popleft()
        seconds = at - self.started
        if self.given:
            self.started = max(at, self.given[0])
        return index, seconds

    def unfinished(self) -> list[tuple[int, Job]]:
        """Take back every page the worker holds (it died or overran)."""
        jobs = list(self.jobs)
        self.jobs.clear()
        self.given.clear()
        return jobs

    def stop(self, *, wait: bool) -> None:
        if wait and not self.jobs:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(_STOP_GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


# Pages a worker holds at once at most: the one it parses and those waiting in its
# connection, so that it never waits for the parent, which reads results in batches.
_PAGES_PER_WORKER = 6
# How long the parent may leave results waiting, at most: each wake-up of the parent
# takes a core from a worker (on a machine with as many workers as cores) and evicts its
# caches; reading results a few at a time costs the workers less. Results are never held
# so long that a worker runs out of pages (see _Pool._linger_seconds).
_MAX_LINGER_SECONDS = 0.02


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


def run_in_pool(
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
        self._page_seconds: float | None = None
        self._failed_starts = 0  # workers in a row that did not start in time
        # One selector for the whole run where the platform has one for pipes (POSIX):
        # multiprocessing.connection.wait builds a new one at every call.
        self._selector = selectors.DefaultSelector() if os.name == "posix" else None
        self.workers: list[_Worker] = []
        try:
            for _ in range(workers):
                self.workers.append(self._start())
        except BaseException:
            # A worker that could not start (no memory to fork, too many processes, Ctrl-C):
            # those already started would otherwise wait on their pipes until exit.
            self.close()
            raise

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
        linger = self._linger_seconds()
        if linger > 0 and (seconds is None or seconds > linger):
            time.sleep(linger)
            seconds = None if seconds is None else seconds - linger
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
        deadlines = [w.born + _START_SECONDS for w in self.workers if not w.ready]
        if self._timeout is not None:
            deadlines += [w.started + self._timeout for w in self.workers if w.jobs]
        return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None

    def _read_results(self, worker: _Worker, done: dict[int, Outcome]) -> None:
        """Read every message the worker has sent: its results, or that it is ready."""
        while True:
            message = worker.conn.recv()
            if not worker.ready:
                worker.ready = True
                self._failed_starts = 0
            else:
                outcome, finished_at = message
                index, seconds = worker.finished(finished_at)
                done[index] = outcome
                # A running mean of the pages' times, to know how long the workers' waiting
                # pages last.
                if self._page_seconds is None:
                    self._page_seconds = seconds
                else:
                    self._page_seconds += (seconds - self._page_seconds) / 8
            if not worker.conn.poll():
                return

    def _linger_seconds(self) -> float:
        """How long the parent can leave results waiting: only while every worker has
        pages waiting beyond the one it parses, and for half the time they would last."""
        if self._page_seconds is None:
            return 0.0
        spare = min(len(worker.jobs) for worker in self.workers) - 1
        if spare < 1:
            return 0.0
        return min(_MAX_LINGER_SECONDS, spare * self._page_seconds / 2)

    def _take_news(
        self, worker: _Worker, done: dict[int, Outcome], feed: _Feed, *,
        readable: bool, ended: bool,
    ) -> bool:
        """Act on a worker's news; False when it is gone or overran, to be replaced."""
        if readable:
            try:
                self._read_results(worker, done)
            except (EOFError, OSError):
                pass  # the worker is gone: its exit status says how
            else:
                return True
        elif not ended and not worker.broken:
            if not worker.ready:  # it holds no page yet: only its start can overrun
                return self._starting(worker)
            return self._within_time(worker, done, feed)
        elif worker.conn.poll():
            return True  # it exited after sending results: read them first
        worker.process.join(_STOP_GRACE_SECONDS)
        if worker.jobs:
            (index, _job), *waiting = worker.unfinished()
            done[index] = _death_error(worker.process)
            feed.give_back(waiting)  # pages it had not started go to another worker
        elif not worker.ready:
            raise RuntimeError(
                f"a newsparse worker process could not start (exit status "
                f"{worker.process.exitcode}); under the spawn and forkserver start methods, "
                "call parse_many under `if __name__ == \"__main__\":`"
            )
        return False

    def _within_time(self, worker: _Worker, done: dict[int, Outcome], feed: _Feed) -> bool:
        """False when the page the worker is on has run over the time limit, to be
        replaced: the page gets the error, the pages waiting behind it go back."""
        if self._timeout is None or not worker.jobs:
            return True
        if time.monotonic() - worker.started < self._timeout:
            return True
        (index, _job), *waiting = worker.unfinished()
        done[index] = PageTimeoutError(
            f"parsing took longer than the time limit of {self._timeout:g} s"
        )
        feed.give_back(waiting)
        return False

    def _starting(self, worker: _Worker) -> bool:
        """False when the worker has not said it is ready within ``_START_SECONDS``, to be
        replaced; an error when too many in a row did not."""
        if time.monotonic() - worker.born < _START_SECONDS:
            return True
        self._failed_starts += 1
        if self._failed_starts > _MAX_FAILED_STARTS:
            raise RuntimeError(
                f"{self._failed_starts} newsparse worker processes in a row did not start "
                f"within {_START_SECONDS:g} s"
            )
        return False

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(wait=True)
        if self._selector is not None:
            self._selector.close()
