"""newsparse.dask: parse_bag on a LocalCluster of two worker processes, and Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")
pytest.importorskip("fastwarc", reason="the dask extra is not installed")
pytest.importorskip("pyarrow", reason="the dask extra is not installed")

import dask.bag as db
import pyarrow.parquet as pq
from distributed import Client, LocalCluster

import newsparse
import newsparse.dask
from archives import Record, write_arc, write_warc
from newsparse import Article, InputTypeError, ParseOptions
from test_batch import story_page


def _archives(folder: Path) -> tuple[list[Path], list[tuple[str, Record]]]:
    """Three archives (two WARC, one ARC) and the (source, record) of each page in them."""
    folder.mkdir()
    expected: list[tuple[str, Record]] = []
    paths = []
    for number in range(2):
        records = [Record(f"https://news.example/{number}/{n}", story_page(10 * number + n),
                          encode=("gzip",) if n % 2 else ()) for n in range(4)]
        records.append(Record("https://news.example/menu", b"<html><nav>Home</nav></html>"))
        records.append(Record("https://news.example/logo", b"\x89PNG", content_type="image/png"))
        path = folder / f"crawl-{number}.warc.gz"
        ids = write_warc(path, records)
        expected += list(zip(ids[:5], records[:5], strict=True))
        paths.append(path)
    arc = folder / "old.arc.gz"
    write_arc(arc, [Record("https://old.example/1", story_page(40))])
    paths.append(arc)
    expected.append(("", Record("https://old.example/1", story_page(40))))
    return paths, expected


def _check_against_parse(records: list[dict[str, Any]], expected: list[tuple[str, Record]]) -> None:
    assert len(records) == len(expected)
    for record, (source, page) in zip(records, expected, strict=True):
        if source:
            assert record["source"] == source
        else:
            assert record["source"].endswith(".arc.gz#" + record["source"].rsplit("#", 1)[1])
        try:
            article = newsparse.parse(page.body, url=page.url)
        except newsparse.NewsparseError as exc:
            assert record == {"source": record["source"], "error": str(exc),
                              "type": type(exc).__name__}
        else:
            assert Article.from_dict(record) == article


@pytest.fixture(scope="module")
def client() -> Any:
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    with cluster, Client(cluster) as dask_client:
        yield dask_client


def test_parse_bag_on_a_local_cluster_matches_parse(tmp_path: Path, client: Any) -> None:
    paths, expected = _archives(tmp_path / "crawl")
    bag = db.from_sequence([str(p) for p in paths], npartitions=3)
    records = newsparse.dask.parse_bag(bag).compute()
    assert len(client.scheduler_info()["workers"]) == 2
    _check_against_parse(records, expected)


def test_write_parquet_on_a_local_cluster(tmp_path: Path, client: Any) -> None:
    paths, expected = _archives(tmp_path / "crawl")
    bag = newsparse.dask.parse_bag(db.from_sequence(paths, npartitions=2))
    files = newsparse.dask.write_parquet(bag, str(tmp_path / "out"))
    assert len(files) == 2
    table = pq.read_table(str(tmp_path / "out"))
    assert table.column_names == [name for name, _ in newsparse.dask.PARQUET_COLUMNS]
    rows = table.to_pylist()
    assert len(rows) == len(expected)
    for row, (_, page) in zip(rows, expected, strict=True):
        try:
            article = newsparse.parse(page.body, url=page.url)
        except newsparse.NoArticleError:
            assert row["error_type"] == "NoArticleError"
            assert row["title"] is None
        else:
            assert (row["title"], row["body"], row["url"]) == (
                article.title, article.body, article.url)
            assert row["paragraphs"] == len(article.paragraphs)
            assert row["error"] is None


def test_parse_bag_takes_raw_pages_and_pairs() -> None:
    pages = [story_page(1), (story_page(2).decode(), "https://x.example/2"), b"", 42,
             (story_page(3), None, "saved/3.html"), (story_page(3), None, 3)]
    records = newsparse.dask.parse_bag(db.from_sequence(pages, npartitions=2)).compute(
        scheduler="sync"
    )
    assert Article.from_dict(records[0]) == newsparse.parse(story_page(1))
    assert records[1]["source"] == "https://x.example/2"
    assert Article.from_dict(records[1]) == newsparse.parse(story_page(2).decode(),
                                                           url="https://x.example/2")
    assert records[2]["type"] == "NoArticleError"
    assert records[3]["type"] == "InputTypeError"
    assert records[3]["source"] is None
    assert records[4]["source"] == "saved/3.html"
    assert Article.from_dict(records[4]) == newsparse.parse(story_page(3))
    assert records[5]["type"] == "InputTypeError"


def test_parse_bag_passes_the_options_and_checks_its_arguments() -> None:
    options = ParseOptions(max_input_bytes=100)
    [record] = newsparse.dask.parse_bag(db.from_sequence([story_page(1)]),
                                        options=options).compute(scheduler="sync")
    assert record["type"] == "InputLimitError"
    with pytest.raises(InputTypeError):
        newsparse.dask.parse_bag([story_page(1)])  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        newsparse.dask.parse_bag(db.from_sequence([]), options={})  # type: ignore[arg-type]


def test_a_missing_archive_is_one_error_record(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.warc.gz")
    [record] = newsparse.dask.parse_bag(db.from_sequence([missing])).compute(scheduler="sync")
    assert record["source"] == missing
    assert record["type"] == "FileNotFoundError"
