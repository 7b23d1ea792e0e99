"""A watchdog for tests that start worker processes: a hang fails with stacks, fast.

A test whose worker pool hangs (the parent waiting on workers that wait on it) would stall
the whole run, with nothing to show where. Under :func:`watchdog`, a test still running
after ``seconds`` while it has worker processes (``multiprocessing`` children) gets every
stack written to ``stderr``: its own threads' and each forked worker's (faulthandler on
SIGUSR2, which a forked worker inherits). Then the workers are killed, which wakes a
parent waiting on them: the pool records their pages as failed, the test ends, and the
caller fails it. A test that still does not end is stopped, with the whole run, by
faulthandler after ``grace`` more seconds, its stack written too.

POSIX only (``SIGALRM``, ``SIGUSR2``); elsewhere nothing is watched. The main thread takes
the alarm: a parent blocked in ``select`` or a lock is interrupted to run it.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from types import FrameType


def _size(fd: int) -> int:
    return os.fstat(fd).st_size  # 0 for a pipe or a terminal


def _wait_for_writes(fd: int, before: int) -> None:
    """Give a worker time to write its stack to ``fd``, which was ``before`` bytes: until
    a file has grown and stops growing (at most 5 s), or half a second where its size
    cannot be seen (a pipe, a terminal)."""
    time.sleep(0.5)
    deadline = time.monotonic() + 5.0
    size = _size(fd)
    while size and time.monotonic() < deadline:
        time.sleep(0.2)
        size, last = _size(fd), size
        if last == size > before:
            return


@contextlib.contextmanager
def watchdog(seconds: float, *, grace: float, stderr: int) -> Iterator[list[str]]:
    """Watch the block for ``seconds``; yield a list that gets the reason if it fired."""
    fired: list[str] = []
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGUSR2"):
        yield fired
        return

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        workers = multiprocessing.active_children()
        if not workers:  # a long test without workers is none of the watchdog's business
            signal.setitimer(signal.ITIMER_REAL, seconds)
            return
        os.write(
            stderr,
            f"\nwatchdog: the test still runs after {seconds:g} s with "
            f"{len(workers)} worker process(es); every stack follows\n".encode(),
        )
        faulthandler.dump_traceback(file=stderr, all_threads=True)
        for worker in workers:  # one at a time: their stacks' lines would mix
            before = _size(stderr)
            with contextlib.suppress(OSError):
                os.kill(worker.pid or 0, signal.SIGUSR2)  # its stack, by faulthandler
            _wait_for_writes(stderr, before)
        for worker in workers:
            worker.kill()
        fired.append(
            f"the test ran over {seconds:g} s with {len(workers)} worker "
            "process(es), which were killed (stacks on stderr)"
        )
        # The last resort, should the test not end once its workers are gone.
        faulthandler.dump_traceback_later(grace, exit=True, file=stderr)

    # Registered before the test forks its workers, so that they inherit it.
    faulthandler.register(signal.SIGUSR2, file=stderr, all_threads=True)
    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield fired
    finally:
        # An outer watchdog's alarm goes on (from where it was: close enough).
        signal.setitimer(signal.ITIMER_REAL, outer)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.unregister(signal.SIGUSR2)
        if fired:
            faulthandler.cancel_dump_traceback_later()
