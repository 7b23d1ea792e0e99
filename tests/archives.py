"""Web archives for the tests, written with warcio's own writer (ARC by hand: warcio
reads ARC but writes only WARC, and ARC is a line of fields and the record)."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


class Record(NamedTuple):
    """One HTTP response to archive. ``encode`` applies "gzip", "deflate" and/or
    "chunked" to the body on the wire, with the headers that say so."""

    url: str
    body: bytes
    content_type: str = "text/html"
    status: int = 200
    encode: tuple[str, ...] = ()


def http_response(record: Record) -> tuple[list[tuple[str, str]], bytes]:
    """The HTTP headers and the body as sent over the wire."""
    headers = [("Content-Type", record.content_type)]
    payload = record.body
    if "gzip" in record.encode:
        payload = gzip.compress(payload)
        headers.append(("Content-Encoding", "gzip"))
    if "deflate" in record.encode:
        payload = zlib.compress(payload)
        headers.append(("Content-Encoding", "deflate"))
    if "chunked" in record.encode:
        step = max(1, len(payload) // 3)
        chunks = [payload[i:i + step] for i in range(0, len(payload), step)]
        payload = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
        headers.append(("Transfer-Encoding", "chunked"))
    else:
        headers.append(("Content-Length", str(len(payload))))
    return headers, payload


def write_warc(path: Path, records: Iterable[Record], *, compress: bool = True,
               with_requests: bool = True) -> list[str]:
    """Write the records as WARC responses (each after its request record, and with a
    warcinfo record first); return the response records' ids in order."""
    ids: list[str] = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for record in records:
            if with_requests:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")],
                                           is_http_request=True)
                writer.write_record(writer.create_warc_record(
                    record.url, "request", http_headers=request))
            headers, payload = http_response(record)
            status = StatusAndHeaders(f"{record.status} OK", headers, protocol="HTTP/1.1")
            warc_record = writer.create_warc_record(
                record.url, "response", payload=io.BytesIO(payload), http_headers=status)
            ids.append(warc_record.rec_headers.get_header("WARC-Record-ID"))
            writer.write_record(warc_record)
    return ids


def write_arc(path: Path, records: Iterable[Record], *, compress: bool = True) -> None:
    """Write the records as an ARC v1 file, each record a gzip member when compressed."""
    date = "20260304120000"
    version = b"1 0 newsparse-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    members = [(f"filedesc://{path.name} 0.0.0.0 {date} text/plain {len(version)}\n"
                ).encode() + version + b"\n"]
    for record in records:
        headers, payload = http_response(record)
        block = (f"HTTP/1.1 {record.status} OK\r\n"
                 + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n").encode() + payload
        mime = record.content_type.split(";")[0]  # the fields are split on spaces
        line = f"{record.url} 192.0.2.1 {date} {mime} {len(block)}\n"
        members.append(line.encode() + block + b"\n")
    with open(path, "wb") as handle:
        for member in members:
            handle.write(gzip.compress(member) if compress else member)
