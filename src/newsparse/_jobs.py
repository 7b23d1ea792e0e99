"""One page's job, as a worker takes it, and how a worker parses it.

Shared by :func:`parse_many`, the command line (which hands workers file paths, so reading
is spread over them too), the WARC reader and the Dask helpers. ``parse_job`` never
raises for the page's sake: whatever goes wrong is the page's own result.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any, NamedTuple, TypeAlias

from newsparse._api import parse
from newsparse._errors import InputLimitError, NewsparseError, NoArticleError, PageFailedError
from newsparse._model import Article
from newsparse._options import ParseOptions

#: The raw content of one page: its bytes in any encoding, or its decoded text.
PageData: TypeAlias = bytes | str


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
