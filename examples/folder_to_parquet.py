"""Parse a folder of web archives and saved pages on a local Dask cluster into Parquet.

    pip install 'newsparse[dask]'
    python examples/folder_to_parquet.py crawl/ articles/            # every core
    python examples/folder_to_parquet.py crawl/ articles/ --workers 2

Every ``.warc``, ``.warc.gz``, ``.arc`` and ``.arc.gz`` file in the folder (and its
subfolders) stands for all its pages; every other file is one page. The output folder
gets one Parquet file per partition, with one row per page: the article's fields, or
the error that page gave (``error`` and ``error_type`` set). The same code runs on a
real cluster: pass its scheduler's address with ``--scheduler`` (the files must then be
where the workers can read them, e.g. an ``s3://`` bucket).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

import newsparse.dask

DEFAULT_FOLDER = Path(__file__).resolve().parent / "pages"


def read_page(path: str) -> tuple[bytes, None, str]:
    """A saved page as parse_bag takes it: its bytes, no URL, and its file as the source."""
    return Path(path).read_bytes(), None, path


def convert(folder: Path, out: str, *, partitions: int) -> list[str]:
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file()
                   and not p.name.startswith("."))
    archives = [f for f in files if newsparse.dask.is_archive_name(f)]
    pages = [f for f in files if f not in archives]
    inputs = []
    if archives:  # one archive a partition at most: archives are the big items
        inputs.append(db.from_sequence(archives, npartitions=min(partitions, len(archives))))
    if pages:  # the pages are read on the workers, not shipped from here
        inputs.append(db.from_sequence(pages, npartitions=min(partitions, len(pages)))
                      .map(read_page))
    if not inputs:
        return []
    records = newsparse.dask.parse_bag(db.concat(inputs))
    return newsparse.dask.write_parquet(records, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("out", nargs="?", default="articles-parquet")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--scheduler", help="a running cluster's address (default: local)")
    args = parser.parse_args(argv)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # One thread a worker: parsing holds the GIL, so processes give the parallelism.
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                     dashboard_address=None))
    with client:
        written = convert(args.folder, args.out, partitions=4 * args.workers)
    for path in written:
        print(path)
    print(f"wrote {len(written)} Parquet file(s) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # needed: the cluster's worker processes import this module
    sys.exit(main())
