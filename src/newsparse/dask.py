"""newsparse on a Dask cluster: parse bags of pages or web archives, write Parquet.

Needs the optional extra ``newsparse[dask]`` (Dask, distributed, pyarrow, and the WARC
readers)::

    import dask.bag as db
    from distributed import Client, LocalCluster
    import newsparse.dask

    client = Client(LocalCluster(n_workers=8, threads_per_worker=1))
    paths = db.from_sequence(sorted(glob.glob("crawl/*.warc.gz")), npartitions=64)
    records = newsparse.dask.parse_bag(paths)
    newsparse.dask.write_parquet(records, "articles/")

Parsing is pure Python holding the GIL: give each Dask worker process one thread and run
as many worker processes as there are cores. docs/scale.md sizes a cluster.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

import dask
import dask.bag
import fsspec

from newsparse._errors import InputTypeError
from newsparse._jobs import Job, parse_job
from newsparse._model import Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._warc import archive_job, is_archive_name, read_pages

__all__ = ["PARQUET_COLUMNS", "flat_record", "is_archive_name", "parse_bag", "write_parquet"]

#: The columns :func:`write_parquet` writes, in order, with their Arrow types by name.
PARQUET_COLUMNS = (
    ("source", "string"), ("url", "string"), ("title", "string"), ("byline", "string"),
    ("authors", "list<string>"), ("published", "string"), ("modified", "string"),
    ("language", "string"), ("site_name", "string"), ("dateline", "string"),
    ("body", "string"), ("paragraphs", "int32"), ("error", "string"), ("error_type", "string"),
)


def parse_bag(bag: dask.bag.Bag, *, options: ParseOptions | None = None) -> dask.bag.Bag:
    """Parse every item of a Dask bag; return a bag of article dicts and error records.

    An item is a raw page (``bytes`` in any encoding, or ``str``), a ``(data, url)``
    pair, a ``(data, url, source)`` triple (``source`` names the page in the output,
    e.g. its file), or the path or URL of a WARC or ARC archive (a ``str`` or ``os.PathLike``
    ending in ``.warc``, ``.warc.gz``, ``.arc`` or ``.arc.gz``; ``s3://`` and other
    fsspec URLs are opened with fsspec), which stands for all its pages, read as
    :func:`newsparse.parse_warc` reads them.

    Each output item is a dict: an article as :meth:`Article.to_dict` gives it, with a
    ``"source"`` key first, or an error record ``{"source", "error", "type"}``. The
    source is the archive record's id for a page of an archive, else the source given
    with the page, else its url (``None`` when it has none). A page that fails,
    whatever the reason, gives its error record: one bad page never fails the task.
    Pages are parsed in the Dask workers, one at a time in each worker thread: run
    workers with ``threads_per_worker=1`` and one worker process per core.

    Added in 0.1.
    """
    if options is None:
        options = DEFAULT_OPTIONS
    elif not isinstance(options, ParseOptions):
        raise InputTypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    if not isinstance(bag, dask.bag.Bag):
        raise InputTypeError(f"parse_bag takes a dask.bag.Bag, not {type(bag).__name__}")
    records: dask.bag.Bag = bag.map_partitions(_parse_partition, options)
    return records


def _parse_partition(items: Iterable[Any], options: ParseOptions) -> list[dict[str, Any]]:
    return [record for item in items for record in _records(item, options)]


def _records(item: Any, options: ParseOptions) -> Iterator[dict[str, Any]]:
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _is_archive_path(item)):
        path = os.fspath(item)
        try:
            with fsspec.open(path, "rb") as stream:
                for page in read_pages(stream, max_bytes=options.max_input_bytes):
                    yield _record(page.record_id, _outcome(archive_job(page), options))
        except OSError as exc:
            yield _record(path, exc)
        return
    data, url, source = _unpacked(item)
    if not isinstance(data, (bytes, str)) or not all(
        value is None or isinstance(value, str) for value in (url, source)
    ):
        yield _record(None, InputTypeError(
            "parse_bag takes pages as bytes or str, (data, url) or (data, url, source) "
            f"tuples, or archive paths, not {type(item).__name__}"
        ))
        return
    yield _record(source, parse_job(Job(data, url=url), options))


def _unpacked(item: Any) -> tuple[Any, Any, Any]:
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1], item[1]
    if isinstance(item, tuple) and len(item) == 3:
        return item
    return item, None, None


def _is_archive_path(text: str) -> bool:
    # A page is never this short and one line; an archive path always is.
    return len(text) < 4096 and "\n" not in text and is_archive_name(text)


def _outcome(job: Job | Exception, options: ParseOptions) -> Any:
    return job if isinstance(job, Exception) else parse_job(job, options)


def _record(source: str | None, outcome: Article | Exception) -> dict[str, Any]:
    if isinstance(outcome, Article):
        return {"source": source, **outcome.to_dict()}
    message = outcome.strerror if isinstance(outcome, OSError) and outcome.strerror else str(
        outcome
    )
    return {"source": source, "error": message, "type": type(outcome).__name__}


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """One row of :data:`PARQUET_COLUMNS` from an article dict or an error record."""
    dateline = record.get("dateline")
    return {
        "source": record.get("source"),
        "url": record.get("url"),
        "title": record.get("title"),
        "byline": record.get("byline"),
        "authors": record.get("authors"),
        "published": record.get("published"),
        "modified": record.get("modified"),
        "language": record.get("language"),
        "site_name": record.get("site_name"),
        "dateline": dateline["text"] if dateline else None,
        "body": record.get("body"),
        "paragraphs": len(record["paragraphs"]) if "paragraphs" in record else None,
        "error": record.get("error"),
        "error_type": record.get("type") if "error" in record else None,
    }


def write_parquet(records: dask.bag.Bag, folder: str) -> list[str]:
    """Write a bag from :func:`parse_bag` as one Parquet file per partition; return the
    files' paths.

    ``folder`` is a local folder or an fsspec URL (``s3://bucket/articles/``). Every
    file has the columns of :data:`PARQUET_COLUMNS`, so the folder reads back as one
    dataset (``pyarrow.dataset.dataset(folder)``, ``pandas.read_parquet(folder)``);
    error records are rows with ``error`` set. Computes the bag.
    """
    fs, root = fsspec.core.url_to_fs(folder)
    fs.makedirs(root, exist_ok=True)
    writes = [
        dask.delayed(_write_part)(part, f"{folder.rstrip('/')}/part-{number:05d}.parquet")
        for number, part in enumerate(records.to_delayed())
    ]
    return list(dask.compute(*writes))


def _write_part(records: list[dict[str, Any]], path: str) -> str:
    import pyarrow as pa  # noqa: PLC0415 - only the workers that write need it
    import pyarrow.parquet as pq  # noqa: PLC0415

    types = {"string": pa.string(), "list<string>": pa.list_(pa.string()), "int32": pa.int32()}
    schema = pa.schema([(name, types[kind]) for name, kind in PARQUET_COLUMNS])
    table = pa.Table.from_pylist([flat_record(r) for r in records], schema=schema)
    with fsspec.open(path, "wb") as handle:
        pq.write_table(table, handle)
    return path
