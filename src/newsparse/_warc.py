"""Web archives: read the pages out of WARC and ARC files and parse them on every core.

Needs the optional extra ``newsparse[warc]``. WARC files are read with FastWARC, which
measured several times faster than warcio on the same archive (docs/scale.md), and ARC
files, which FastWARC does not read, with warcio. Only HTTP response records with a 2xx
status and an HTML or plain-text content type are pages; the rest (requests, metadata,
images, redirects) is skipped. The body comes with its transfer and content encodings
(chunked, gzip, deflate, brotli) removed, the charset from the HTTP ``Content-Type`` and
the URL from ``WARC-Target-URI``.
"""

from __future__ import annotations

import collections
import io
import os
import zlib
from collections.abc import Iterator
from typing import IO, Any, NamedTuple, cast

from newsparse._batch import check_timeout, run_jobs, worker_count
from newsparse._errors import InputLimitError, InputTypeError, NewsparseError, NoArticleError
from newsparse._jobs import Job, inflate
from newsparse._model import Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

#: File names the command line reads as archives rather than pages.
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

# The content types read as pages; any other (images, scripts, JSON, PDF) is skipped.
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_INSTALL_HINT = "reading web archives needs the warc extra: pip install 'newsparse[warc]'"


class ArchivedPage(NamedTuple):
    """One page read from an archive: its record id, URL, body and HTTP charset, or the
    reason its body could not be decoded."""

    record_id: str
    url: str | None
    body: bytes
    charset: str | None
    problem: NewsparseError | None = None


def is_archive_name(name: str) -> bool:
    """True for a file name with a WARC or ARC suffix (compressed or not)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def parse_warc(
    path_or_stream: str | os.PathLike[str] | IO[bytes],
    *,
    jobs: int | None = None,
    options: ParseOptions | None = None,
    timeout: float | None = None,
) -> Iterator[tuple[str, str | None, Article | NewsparseError]]:
    """Parse every page of a WARC or ARC archive; yield ``(record id, url, result)``.

    ``path_or_stream`` is the archive's path, or a binary stream of it, gzip-compressed
    per record (``.warc.gz``, ``.arc.gz``) or not. The pages are the HTTP response
    records with a 2xx status and an HTML or plain-text content type; each is parsed with
    the charset of its HTTP ``Content-Type`` header and the URL of its
    ``WARC-Target-URI``, after its chunked transfer encoding and its gzip, deflate or
    brotli content encoding are removed. An ARC record, which has no id, is named
    ``<archive>#<offset>``.

    Results come in archive order, parsed on ``jobs`` worker processes as
    :func:`parse_many` parses them, with the same ``options`` and ``timeout``: the
    result is the page's :class:`Article` or its :class:`NewsparseError`, and one bad
    page never stops the archive. Reading the archive is lazy, so an archive of any size
    is parsed in bounded memory.

    Needs the ``warc`` extra (``pip install 'newsparse[warc]'``); raises ``ImportError``
    without it, and ``OSError`` for an archive that cannot be opened or is not a web
    archive.

    Added in 0.1.
    """
    if options is None:
        options = DEFAULT_OPTIONS
    elif not isinstance(options, ParseOptions):
        raise InputTypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    workers = worker_count(jobs)
    limit = check_timeout(timeout)
    return _parse_archive(path_or_stream, options, workers, limit)


def _parse_archive(
    source: str | os.PathLike[str] | IO[bytes],
    options: ParseOptions,
    workers: int,
    timeout: float | None,
) -> Iterator[tuple[str, str | None, Article | NewsparseError]]:
    in_flight: collections.deque[tuple[str, str | None]] = collections.deque()

    def jobs() -> Iterator[Job | NewsparseError]:
        for page in read_pages(source, max_bytes=options.max_input_bytes):
            in_flight.append((page.record_id, page.url))
            yield archive_job(page)

    for _index, result in run_jobs(jobs(), options=options, workers=workers, timeout=timeout):
        record_id, url = in_flight.popleft()
        yield record_id, url, result


def archive_job(page: ArchivedPage) -> Job | NewsparseError:
    """The parse job for a page read from an archive (or why it cannot be parsed)."""
    if page.problem is not None:
        return page.problem
    return Job(page.body, url=page.url, encoding=page.charset, explain=True)


def read_pages(
    source: str | os.PathLike[str] | IO[bytes], *, max_bytes: int = DEFAULT_OPTIONS.max_input_bytes
) -> Iterator[ArchivedPage]:
    """The pages of a WARC or ARC archive, as a path or a binary stream, in order.

    A body that decodes to more than ``max_bytes`` is not decoded further: its page
    carries the problem instead (a small gzip body can expand a thousandfold).
    """
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        with open(name, "rb") as stream:
            yield from _read_stream(stream, name, max_bytes)
    elif hasattr(source, "read"):
        yield from _read_stream(source, getattr(source, "name", "<stream>"), max_bytes)
    else:
        raise InputTypeError(
            f"parse_warc takes a path or a binary stream, not {type(source).__name__}"
        )


def _read_stream(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[ArchivedPage]:
    # Peeking needs a buffered stream; it leaves the stream where it was.
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(cast(Any, stream))
    head: bytes = buffered.peek(1024)[:1024]
    if _starts_as_arc(head):
        yield from _read_arc(buffered, str(name), max_bytes)
    else:
        yield from _read_warc(buffered, name, max_bytes)


def _starts_as_arc(head: bytes) -> bool:
    # An ARC file opens with its "filedesc://" record; a WARC with "WARC/1.x".
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith(b"filedesc://")


def _is_page(status: int | None, content_type: str | None) -> bool:
    if status is None or not 200 <= status < 300 or not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() in _PAGE_TYPES


def _read_warc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[ArchivedPage]:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType  # noqa: PLC0415 - an extra
    except ImportError as exc:
        raise ImportError(_INSTALL_HINT) from exc
    # FastWARC removes the chunked transfer encoding; the content encoding is ours to
    # remove, because its auto_decode="all" silently ends the archive at a chunked gzip
    # body (FastWARC 2.0.1).
    records = ArchiveIterator(
        stream, record_types=WarcRecordType.response, parse_http=True,
        auto_decode="transfer", fsspec_args=False,
    )
    for record in records:
        http = record.http_headers
        if http is None or not _is_page(http.status_code, http.get("Content-Type")):
            continue
        record_id = record.record_id or f"{name}#{record.stream_pos}"
        body, problem = _decoded_content(
            record.reader.read(), http.get("Content-Encoding"), max_bytes
        )
        yield ArchivedPage(
            record_id=record_id,
            url=record.headers.get("WARC-Target-URI"),
            body=body,
            charset=record.http_charset,
            problem=problem,
        )


def _decoded_content(
    body: bytes, content_encoding: str | None, max_bytes: int
) -> tuple[bytes, NewsparseError | None]:
    """The body without its content encodings (applied in the order listed)."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):
        try:
            if coding in ("gzip", "x-gzip"):
                body = inflate(body, zlib.MAX_WBITS | 16, max_bytes)
            elif coding == "deflate":
                # Servers send zlib-wrapped and raw deflate alike under this name.
                try:
                    body = inflate(body, zlib.MAX_WBITS, max_bytes)
                except zlib.error:
                    body = inflate(body, -zlib.MAX_WBITS, max_bytes)
            elif coding == "br":
                body = _unbrotli(body)
            elif coding != "identity":
                return b"", NoArticleError(f"the body's content encoding {coding!r} is unknown")
        except (zlib.error, OSError, ValueError) as exc:
            return b"", NoArticleError(f"the body's {coding} encoding is corrupt: {exc}")
        if len(body) > max_bytes:
            return b"", InputLimitError(
                f"the body decodes to over max_input_bytes={max_bytes} bytes"
            )
    return body, None


def _unbrotli(data: bytes) -> bytes:
    import brotli  # noqa: PLC0415 - FastWARC's own dependency

    try:
        return brotli.decompress(data)  # type: ignore[no-any-return]
    except brotli.error as exc:
        raise ValueError(str(exc)) from exc


def _read_arc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[ArchivedPage]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - an extra
    except ImportError as exc:
        raise ImportError(_INSTALL_HINT) from exc
    records: Any = ArchiveIterator(stream, arc2warc=True)
    for record in records:
        http = record.http_headers
        if record.rec_type != "response" or http is None:
            continue
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            continue
        content_type = http.get_header("Content-Type")
        if not _is_page(status, content_type):
            continue
        body = record.content_stream().read(max_bytes + 1)
        problem = None
        if len(body) > max_bytes:
            body, problem = b"", InputLimitError(
                f"the body decodes to over max_input_bytes={max_bytes} bytes"
            )
        yield ArchivedPage(
            record_id=f"{name}#{records.get_record_offset()}",
            url=record.rec_headers.get_header("WARC-Target-URI"),
            body=body,
            charset=_charset_of(content_type),
            problem=problem,
        )


def _charset_of(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None
