"""parse_many: input order, per-page errors, in-process and pooled runs agreeing, laziness."""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    InputLimitError,
    InputTypeError,
    NewsparseError,
    NoArticleError,
    PageFailedError,
    PageTimeoutError,
    ParseOptions,
    _jobs,
    _pool,
    parse_many,
)
from pool_watchdog import watchdog

_SENTENCES = (
    "The council voted on Tuesday to approve the new budget after a long debate.",
    "Residents had asked for more money for schools, roads and the public library.",
    "Officials said the plan would be reviewed again before the end of the year.",
    "Several members warned that the costs of the bridge repairs were still rising.",
    "The mayor thanked the volunteers who had collected signatures across the city.",
)


def story_page(number: int, *, paragraphs: int = 4) -> bytes:
    """A small but complete news page whose title and body carry ``number``."""
    body = "".join(
        f"<p>Story {number}, part {part}: {' '.join(_SENTENCES)}</p>" for part in range(paragraphs)
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story number {number}</title>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Story number {number}</h1>{body}</article>"
        f"<footer>Copyright the Example Gazette</footer></body></html>"
    ).encode()


def _comparable(result: Article | NewsparseError) -> object:
    # Exceptions compare by identity; two runs agree when type and message agree.
    if isinstance(result, NewsparseError):
        return type(result), str(result)
    return result


def _mixed_pages() -> list[object]:
    """Good pages of uneven sizes, with bad items of every kind among them."""
    pages: list[object] = []
    for number in range(14):
        pages.append(story_page(number, paragraphs=1 + (number * 7) % 40))
        if number % 5 == 1:
            pages.append(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
        if number % 5 == 3:
            pages.append(12345)
    pages.append((story_page(99).decode(), "https://news.example.com/99"))
    pages.append((story_page(98), None))
    pages.append((story_page(97), "https://a.example", "extra"))
    pages.append((story_page(96), 42))
    pages.append(bytearray(story_page(95)))
    return pages


# --- results and errors, page by page --------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_and_match_their_page(jobs: int) -> None:
    # Uneven page sizes make workers finish out of order; the output must not be.
    pages = [story_page(n, paragraphs=1 + (n * 13) % 60) for n in range(30)]
    results = list(parse_many(pages, jobs=jobs))
    assert [index for index, _ in results] == list(range(30))
    for index, article in results:
        assert isinstance(article, Article)
        assert f"Story {index}, part 0:" in article.body


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_bad_page_yields_its_own_error_and_the_rest_parse(jobs: int) -> None:
    pages = [
        story_page(0),
        b"",
        7,
        story_page(3),
        (story_page(4), "https://x.example", "too many"),
        (story_page(5), b"https://bytes.example"),
        story_page(6) * 40,
        story_page(7),
    ]
    options = ParseOptions(max_input_bytes=len(story_page(6)) * 10)
    results = dict(parse_many(pages, jobs=jobs, options=options))
    assert sorted(results) == list(range(len(pages)))
    for good in (0, 3, 7):
        assert isinstance(results[good], Article)
    assert isinstance(results[1], NoArticleError)
    for wrong_type in (2, 4, 5):
        assert isinstance(results[wrong_type], InputTypeError)
    assert "int" in str(results[2])
    assert "pair" in str(results[4])
    assert "url" in str(results[5])
    assert isinstance(results[6], InputLimitError)


@pytest.mark.parametrize("jobs", [1, 2])
def test_url_of_a_pair_reaches_the_parse(jobs: int) -> None:
    url = "https://news.example.com/2024/story"
    [(_, with_url), (_, without_url)] = parse_many(
        [(story_page(1), url), story_page(1)], jobs=jobs
    )
    assert with_url == newsparse.parse(story_page(1), url=url)
    assert without_url == newsparse.parse(story_page(1))


def test_one_job_and_two_jobs_give_equal_results() -> None:
    pages = _mixed_pages()
    in_process = [(i, _comparable(r)) for i, r in parse_many(pages, jobs=1)]  # type: ignore[arg-type]
    pooled = [(i, _comparable(r)) for i, r in parse_many(pages, jobs=2)]  # type: ignore[arg-type]
    assert pooled == in_process
    assert len(in_process) == len(pages)
    assert any(isinstance(r, Article) for _, r in in_process)
    assert any(isinstance(r, tuple) for _, r in in_process)


def test_errors_carry_no_traceback() -> None:
    [(_, error)] = parse_many([b""], jobs=1)
    assert isinstance(error, NoArticleError)
    assert error.__traceback__ is None


def test_empty_input_yields_nothing() -> None:
    assert list(parse_many([], jobs=1)) == []
    assert list(parse_many(iter(()), jobs=2)) == []


def test_default_jobs_uses_the_pool_and_agrees() -> None:
    pages = [story_page(n) for n in range(5)]
    assert list(parse_many(pages)) == list(parse_many(pages, jobs=1))


@given(
    st.lists(
        st.one_of(
            st.integers(0, 50).map(story_page),
            st.sampled_from([b"", "", "   ", "<p>", 3.5, None, ["x"]]),
            st.text(max_size=200),
            st.tuples(st.integers(0, 50).map(story_page), st.none() | st.just("https://e.x/a")),
        ),
        max_size=8,
    )
)
def test_in_process_results_are_what_parse_gives_page_by_page(pages: list[object]) -> None:
    results = list(parse_many(pages, jobs=1))  # type: ignore[arg-type]
    assert [index for index, _ in results] == list(range(len(pages)))
    for (_, result), page in zip(results, pages, strict=True):
        data, url = page if isinstance(page, tuple) else (page, None)
        try:
            expected: object = newsparse.parse(data, url=url)
        except NewsparseError as exc:
            assert type(result) is type(exc)
        else:
            assert result == expected


# --- laziness and early exit -----------------------------------------------------------


class _CountingPages:
    """An endless stream of pages that counts how many were taken."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for number in itertools.count():
            self.taken += 1
            yield story_page(number % 50)


def test_in_process_run_takes_one_page_per_result() -> None:
    stream = _CountingPages()
    results = parse_many(stream, jobs=1)
    assert stream.taken == 0
    for _ in range(3):
        next(results)
    assert stream.taken == 3


def test_pooled_run_reads_an_endless_generator_in_a_bounded_window() -> None:
    stream = _CountingPages()
    results = parse_many(stream, jobs=2)
    assert stream.taken == 0  # nothing is read before the first result is asked for
    first = [next(results) for _ in range(20)]
    assert [index for index, _ in first] == list(range(20))
    window = 2 * _pool._WINDOW_PER_JOB + 2  # held back, plus one on each worker
    assert stream.taken <= 20 + window
    results.close()  # cancels what is queued and returns; must not hang or raise


def test_breaking_out_of_a_pooled_run_stops_it() -> None:
    stream = _CountingPages()
    for index, _ in parse_many(stream, jobs=2):
        if index == 5:
            break
    assert stream.taken < 100


# --- bugs propagate; arguments are checked at once ---------------------------------------


def _faulty_parse(real_parse: Any) -> Any:
    """parse, except on marker pages: b"boom" raises a bug, b"die" kills its process with
    SIGKILL (as the OOM killer does) and b"slow" sleeps far longer than any parse."""

    def faulty(data: object, **kwargs: object) -> Article:
        if data == b"boom":
            raise ZeroDivisionError("a bug")
        if data == b"die":
            os.kill(os.getpid(), signal.SIGKILL)
        if data == b"slow":
            time.sleep(60)
        if isinstance(data, bytes) and data.startswith(b"<!-- nap -->"):
            time.sleep(0.5)
        return real_parse(data, **kwargs)  # type: ignore[no-any-return]

    return faulty


_FORK_ONLY = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the patched parse reaches the workers only when they are forked",
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_any_exception_on_a_page_is_that_pages_error_record(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    if jobs > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched parse reaches the workers only when they are forked")
    monkeypatch.setattr(_jobs, "parse", _faulty_parse(_jobs.parse))
    pages = [story_page(n) for n in range(12)]
    pages[5] = b"boom"  # in the middle of a chunk of good pages
    results = list(parse_many(pages, jobs=jobs))
    assert [index for index, _ in results] == list(range(12))
    error = results[5][1]
    assert isinstance(error, PageFailedError)
    assert "ZeroDivisionError: a bug" in str(error)
    for index, article in results[:5] + results[6:]:
        assert isinstance(article, Article)
        assert f"Story {index}, part 0:" in article.body


@_FORK_ONLY
def test_a_killed_worker_costs_only_its_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_jobs, "parse", _faulty_parse(_jobs.parse))
    pages = [story_page(n) for n in range(41)]
    for dying in (3, 4, 20, 40):  # two in a row, so both workers die at once
        pages[dying] = b"die"
    results = list(parse_many(pages, jobs=2))
    assert [index for index, _ in results] == list(range(41))
    for index, result in results:
        if index in (3, 4, 20, 40):
            assert isinstance(result, PageFailedError)
            assert "SIGKILL" in str(result)
        else:
            assert isinstance(result, Article)
            assert f"Story {index}, part 0:" in result.body


@_FORK_ONLY
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_over_the_time_limit_gets_an_error_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(_jobs, "parse", _faulty_parse(_jobs.parse))
    pages = [story_page(0), b"slow", story_page(2), story_page(3)]
    started = time.monotonic()
    results = list(parse_many(pages, jobs=jobs, timeout=1.5))
    assert time.monotonic() - started < 30  # not the 60 s the slow page would take
    assert [index for index, _ in results] == [0, 1, 2, 3]
    assert isinstance(results[1][1], PageTimeoutError)
    assert isinstance(results[1][1], TimeoutError)
    assert "1.5 s" in str(results[1][1])
    assert all(isinstance(result, Article) for index, result in results if index != 1)


@_FORK_ONLY
def test_the_time_limit_counts_a_pages_own_time_not_its_wait_in_the_queue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each worker is sent several pages ahead; 0.5 s each, six in a queue wait 3 s in all,
    # longer than the limit, yet none of them overruns it.
    monkeypatch.setattr(_jobs, "parse", _faulty_parse(_jobs.parse))
    pages = [b"<!-- nap -->" + story_page(n) for n in range(12)]
    results = list(parse_many(pages, jobs=2, timeout=2.0))
    assert [index for index, _ in results] == list(range(12))
    assert all(isinstance(result, Article) for _, result in results)


def test_workers_started_before_one_that_cannot_start_are_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fork() can fail (no memory, too many processes): the worker already started must
    # not be left waiting on its pipe until the interpreter exits.
    real_start = _pool._Pool._start
    started: list[Any] = []

    def start_or_fail(pool: Any) -> Any:
        if started:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        started.append(real_start(pool))
        return started[-1]

    monkeypatch.setattr(_pool._Pool, "_start", start_or_fail)
    with pytest.raises(BlockingIOError):
        list(parse_many([story_page(0)], jobs=2))
    assert len(started) == 1
    assert not started[0].process.is_alive()


@_FORK_ONLY
def test_a_worker_that_never_says_it_is_ready_is_replaced(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Workers stuck before their first word hold no page, so no time limit covers them,
    # and with every worker stuck the run would wait for ever: past the start limit each
    # is stopped and another takes its place, and the run ends.
    monkeypatch.setattr(_pool, "_START_SECONDS", 1.0)
    real_worker_main = _pool._worker_main
    claims = [tmp_path / "stuck-0", tmp_path / "stuck-1"]  # the first two to start hang

    def stuck_at_first(*args: Any) -> None:
        for claim in claims:
            with contextlib.suppress(FileExistsError):
                os.close(os.open(claim, os.O_CREAT | os.O_EXCL))
                time.sleep(600)
        real_worker_main(*args)

    monkeypatch.setattr(_pool, "_worker_main", stuck_at_first)
    with watchdog(60.0, grace=60.0, stderr=2) as fired:
        results = list(parse_many([story_page(n) for n in range(6)], jobs=2))
    assert not fired
    assert all(claim.exists() for claim in claims)
    assert [index for index, _ in results] == list(range(6))
    assert all(isinstance(result, Article) for _, result in results)


@_FORK_ONLY
def test_workers_that_never_start_end_the_run_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_pool, "_START_SECONDS", 0.5)
    monkeypatch.setattr(_pool, "_worker_main", lambda *args: time.sleep(600))
    with pytest.raises(RuntimeError, match=r"in a row did not start within 0\.5 s"):
        list(parse_many([story_page(0)], jobs=2))
    assert not multiprocessing.active_children()


@_FORK_ONLY
def test_the_watchdog_turns_a_hung_pool_into_a_failure_with_stacks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # No time limit, and a page that takes a minute: the run waits on its worker, as a
    # hung pool would. The watchdog writes every stack (the workers' too), kills the
    # workers and so lets the run end, the page failed.
    monkeypatch.setattr(_jobs, "parse", _faulty_parse(_jobs.parse))
    pages = [story_page(0), b"slow", story_page(2), story_page(3)]
    started = time.monotonic()
    with (
        (tmp_path / "stacks").open("wb") as stacks,
        watchdog(2.0, grace=120.0, stderr=stacks.fileno()) as fired,
    ):
        results = list(parse_many(pages, jobs=2))
    assert time.monotonic() - started < 30  # not the 60 s the slow page would take
    assert len(fired) == 1
    assert "2 worker process(es)" in fired[0]
    assert [index for index, _ in results] == [0, 1, 2, 3]
    assert isinstance(results[1][1], PageFailedError)
    written = (tmp_path / "stacks").read_text()
    assert "run_in_pool" in written  # the parent's stack, waiting on its workers
    assert "in faulty" in written  # the worker on the slow page, asleep in it
    assert written.count("in _worker_main") >= 2  # each worker's stack


_SPAWN_SCRIPT = """
import multiprocessing, sys
import newsparse

def page(number):
    body = "".join(
        f"<p>Story {number}, part {part}: The council voted on Tuesday to approve the new "
        "budget after a long debate, and residents asked for more money for schools.</p>"
        for part in range(3)
    )
    return f"<html><body><article><h1>Story {number}</h1>{body}</article></body></html>"

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[1])
    pages = [page(n) for n in range(9)] + [b""]
    for index, result in newsparse.parse_many(pages, jobs=2, timeout=60):
        print(index, type(result).__name__, result.title if hasattr(result, "title") else "")
"""


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_parse_many_works_under_spawn_and_forkserver(tmp_path: Path, method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available here")
    script = tmp_path / "batch_script.py"
    script.write_text(_SPAWN_SCRIPT)
    result = subprocess.run(
        [sys.executable, str(script), method], capture_output=True, text=True,
        check=False, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:9] == [f"{n} Article Story {n}" for n in range(9)]
    assert lines[9] == "9 NoArticleError "


def test_an_unguarded_script_under_spawn_gets_a_clear_error(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import multiprocessing, newsparse\n"
        "multiprocessing.set_start_method('spawn', force=True)\n"
        "print(list(newsparse.parse_many([b'x'], jobs=2, timeout=60)))\n"
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode != 0
    assert "__name__" in result.stderr


@pytest.mark.parametrize(
    ("timeout", "error"),
    [("1", InputTypeError), (True, InputTypeError), (0, ValueError), (-2.0, ValueError),
     (float("nan"), ValueError), (float("inf"), ValueError)],
)
def test_bad_timeouts_raise_at_the_call(timeout: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout"):
        parse_many([story_page(1)], jobs=2, timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"options": {"max_input_bytes": 10}}, InputTypeError),
        ({"jobs": "2"}, InputTypeError),
        ({"jobs": 2.0}, InputTypeError),
        ({"jobs": True}, InputTypeError),
        ({"jobs": 0}, ValueError),
        ({"jobs": -1}, ValueError),
    ],
)
def test_bad_arguments_raise_at_the_call(kwargs: dict[str, object], error: type[Exception]) -> None:
    def never_read() -> Iterator[bytes]:
        raise AssertionError("the pages must not be read when the arguments are wrong")
        yield b""  # pragma: no cover - makes this a generator

    with pytest.raises(error, match=r"jobs|options"):
        parse_many(never_read(), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("one_page", [story_page(1), story_page(1).decode()])
def test_a_single_page_instead_of_an_iterable_is_refused(one_page: bytes | str) -> None:
    with pytest.raises(InputTypeError, match="iterable of pages"):
        parse_many(one_page, jobs=1)
