"""Web archives: which records are pages, how their bodies are decoded, parse_warc and the
command line on WARC and ARC files. The archives are written with warcio's writer."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="the warc extra is not installed")
pytest.importorskip("fastwarc", reason="the warc extra is not installed")

import newsparse
from archives import Record, write_arc, write_warc
from newsparse import Article, InputLimitError, NoArticleError, _cli, parse_warc
from newsparse._warc import _decoded_content, read_pages
from test_batch import story_page

_CYRILLIC = (
    "<html><head><title>Совет утвердил бюджет</title></head><body><article>"
    + "<p>Москва. Совет утвердил новый бюджет после долгих споров о школах и дорогах.</p>" * 4
    + "</article></body></html>"
)

RECORDS = [
    Record("https://news.example/1", story_page(1)),
    Record("https://news.example/2", story_page(2), encode=("gzip", "chunked")),
    Record("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
    Record("https://news.example/ru", _CYRILLIC.encode("windows-1251"),
           content_type="text/html; charset=windows-1251", encode=("deflate",)),
    Record("https://news.example/gone", story_page(4), status=404),
    Record("https://news.example/moved", b"", status=301),
    Record("https://news.example/data.json", b'{"a": 1}', content_type="application/json"),
    Record("https://news.example/5", story_page(5), content_type="application/xhtml+xml",
           encode=("chunked",)),
    Record("https://news.example/6.txt", story_page(6).replace(b"<", b" "),
           content_type="text/plain; charset=utf-8", encode=("gzip",)),
]
# The records that are pages, by position in RECORDS.
PAGES = [0, 1, 3, 7, 8]


def _expected(index: int) -> tuple[str, bytes, str | None]:
    record = RECORDS[index]
    charset = record.content_type.partition("charset=")[2] or None
    return record.url, record.body, charset


@pytest.fixture(params=["warc.gz", "warc", "arc.gz", "arc"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, list[str] | None]:
    """An archive of RECORDS and, for WARC, the ids of its response records."""
    suffix: str = request.param
    path = tmp_path / f"crawl.{suffix}"
    compress = suffix.endswith(".gz")
    if suffix.startswith("warc"):
        return path, write_warc(path, RECORDS, compress=compress)
    write_arc(path, RECORDS, compress=compress)
    return path, None


def test_only_2xx_html_and_text_responses_are_read_with_their_bodies_decoded(
    archive: tuple[Path, list[str] | None],
) -> None:
    path, ids = archive
    pages = list(read_pages(path))
    assert [(p.url, p.body, p.charset) for p in pages] == [_expected(i) for i in PAGES]
    assert all(p.problem is None for p in pages)
    if ids is not None:
        assert [p.record_id for p in pages] == [ids[i] for i in PAGES]
    else:  # ARC records have no id: the archive and the record's offset name them
        assert all(p.record_id.startswith(f"{path}#") for p in pages)
        assert len({p.record_id for p in pages}) == len(pages)


def test_a_stream_reads_like_its_file(archive: tuple[Path, list[str] | None]) -> None:
    path, _ = archive
    from_stream = list(read_pages(io.BytesIO(path.read_bytes())))
    assert [(p.url, p.body) for p in from_stream] == [(p.url, p.body) for p in read_pages(path)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_warc_gives_what_parse_gives_for_each_page(tmp_path: Path, jobs: int) -> None:
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(path, RECORDS)
    results = list(parse_warc(path, jobs=jobs))
    assert [(rid, url) for rid, url, _ in results] == [(ids[i], RECORDS[i].url) for i in PAGES]
    for (_, _, result), index in zip(results, PAGES, strict=True):
        url, body, charset = _expected(index)
        assert result == parse(body, url=url, encoding=charset)
    russian = results[2][2]
    assert isinstance(russian, Article)
    assert russian.title == "Совет утвердил бюджет"  # decoded with the HTTP charset


def parse(body: bytes, *, url: str, encoding: str | None) -> Article:
    return newsparse.parse(body, url=url, encoding=encoding)


def test_a_body_that_decodes_past_the_input_limit_is_that_pages_error(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    records = [
        Record("https://x.example/ok", story_page(1)),
        Record("https://x.example/bomb", b" " * 200_000, encode=("gzip",)),
        Record("https://x.example/ok2", story_page(2)),
    ]
    write_warc(path, records)
    assert len(gzip.compress(records[1].body)) < 1000  # small on the wire
    options = newsparse.ParseOptions(max_input_bytes=100_000)
    results = [r for _, _, r in parse_warc(path, jobs=1, options=options)]
    assert isinstance(results[0], Article)
    assert isinstance(results[1], InputLimitError)
    assert isinstance(results[2], Article)


def test_a_body_with_a_broken_content_encoding_is_that_pages_error() -> None:
    body, problem = _decoded_content(b"\x1f\x8b\x08\x00garbage", "gzip", 1000)
    assert body == b""
    assert isinstance(problem, NoArticleError)
    assert "gzip encoding is corrupt" in str(problem)
    _, unknown = _decoded_content(b"abc", "compress", 1000)
    assert "'compress'" in str(unknown)
    assert _decoded_content(gzip.compress(b"abc"), "identity, gzip", 1000) == (b"abc", None)


def test_the_command_line_reads_archives_directly(
    archive: tuple[Path, list[str] | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = archive
    page = tmp_path / "page.html"
    page.write_bytes(story_page(8))
    assert _cli.main(["--jobs", "2", str(page), str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["source"] == str(page)
    pages = records[1:]
    assert [r["url"] for r in pages] == [RECORDS[i].url for i in PAGES]
    if ids is not None:
        assert [r["source"] for r in pages] == [ids[i] for i in PAGES]
    for record, index in zip(pages, PAGES, strict=True):
        url, body, charset = _expected(index)
        assert Article.from_dict(record) == parse(body, url=url, encoding=charset)


def test_resume_skips_archive_records_already_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(path, RECORDS)
    out = tmp_path / "out.jsonl"
    assert _cli.main(["-o", str(out), str(path)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    assert _cli.main(["-o", str(out), "--resume", str(path)]) == 0
    again = out.read_text(encoding="utf-8").splitlines()
    assert again == lines
    assert [json.loads(line)["source"] for line in again] == [ids[i] for i in PAGES]


def test_a_file_that_is_no_archive_is_one_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not a web archive at all")
    assert _cli.main(["--format", "jsonl", str(path)]) == 1
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["source"] == str(path)


def test_brotli_and_cut_short_bodies() -> None:
    brotli = pytest.importorskip("brotli")
    assert _decoded_content(brotli.compress(b"<p>hi</p>"), "br", 1000) == (b"<p>hi</p>", None)
    _, problem = _decoded_content(b"not brotli at all", "br", 1000)
    assert "br encoding is corrupt" in str(problem)
    _, cut = _decoded_content(gzip.compress(b"x" * 500)[:-20], "gzip", 1000)
    assert "cut short" in str(cut)
