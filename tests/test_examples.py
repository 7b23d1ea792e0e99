"""The example scripts, run as a user runs them, on the example pages."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO_ROOT
from newsparse import Article, ParagraphKind

EXAMPLES = REPO_ROOT / "examples"
PAGES = EXAMPLES / "pages"
HTML_PAGE = PAGES / "harbour-bridge.html"
TEXT_PAGE = PAGES / "harbour-bridge.txt"

HTML_TITLE = "Sydney Harbour Bridge to get robot painters as upkeep bill climbs"
HTML_STORY_SENTENCES = [
    "Robots will take over some of the grit-blasting and painting on the Sydney Harbour "
    "Bridge from next month",
    "will crawl along the inside of the arch on magnetic tracks",
    "Much of the bridge's older coating contains lead",
    "Nobody is going to miss hanging off a rope in a westerly",
    "carries eight lanes of traffic, two railway lines, a footway and a cycleway",
]
HTML_CHROME = [
    "We use cookies", "Accept all", "Manage settings", "Subscribe", "Sign in", "Puzzles",
    "Technology", "New South Wales", "Share on Facebook", "Copy link", "Advertisement",
    "Topics:", "Morning Briefing", "Comments are open", "Related stories",
    "Opera House sails", "Most read", "Sheffield Shield", "Careers", "Privacy Policy",
    "All rights reserved",
]

TEXT_TITLE = "Robots to take over the dirtiest job on the Harbour Bridge"
TEXT_PARAGRAPH_OPENINGS = [
    "Two robots will start grit-blasting",
    "The trial covers the lower chords",
    "Much of the older paint on the bridge contains lead.",
    "Painters' union organiser Dave Lindqvist said",
    "If the trial works, the operator hopes",
]
TEXT_CHROME = [
    "Your harbour, every morning", "Local News", "Weather and Tides", "What's On",
    "Contact the Newsroom", "Most Read", "Ferry timetable", "Share this story",
    "Email a friend", "Your Harbour, Every Morning", "Advertise with us", "© 2026",
]


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
        cwd=cwd,
    )


def _parse_page(*args: str | Path, cwd: Path | None = None) -> Article:
    result = _run(EXAMPLES / "parse_page.py", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return Article.from_json(result.stdout)


@pytest.fixture(scope="module")
def html_article() -> Article:
    # Run from elsewhere: the script finds its default page by its own location.
    return _parse_page(cwd=Path(__file__).parent)


@pytest.fixture(scope="module")
def text_article() -> Article:
    return _parse_page(TEXT_PAGE)


def test_html_example_title_and_metadata(html_article: Article) -> None:
    assert html_article.title == HTML_TITLE
    assert html_article.byline is not None
    assert "Priya Raman" in html_article.byline
    assert html_article.published is not None
    assert html_article.published.isoformat()[:10] == "2026-03-03"
    assert html_article.site_name == "The Harbour Courier"
    assert html_article.language is not None
    assert html_article.language.lower().startswith("en")
    assert html_article.url == (
        "https://www.harbourcourier.example/australia/nsw/"
        "sydney-harbour-bridge-robot-painters-2026-03-03"
    )


def test_html_example_dateline(html_article: Article) -> None:
    dateline = html_article.dateline
    assert dateline is not None
    assert dateline.text.startswith("SYDNEY, March 3")
    assert (dateline.place or "").lower() == "sydney"
    assert dateline.source == "Reuters"
    assert (dateline.day, dateline.month) == (3, 3)
    # The year comes from the publication date, and says so.
    assert dateline.year == 2026
    assert dateline.year_inferred
    assert dateline.date == dt.date(2026, 3, 3)


def test_html_example_body_is_the_story(html_article: Article) -> None:
    body = html_article.body
    for sentence in HTML_STORY_SENTENCES:
        assert sentence in body
    assert html_article.paragraphs[0].text != HTML_TITLE  # the title is not body text
    assert not any(p.text.startswith("By Priya Raman") for p in html_article.paragraphs)


def test_html_example_body_has_no_chrome(html_article: Article) -> None:
    found = [line for line in HTML_CHROME if line in html_article.body]
    assert not found, f"chrome in the body: {found}"


def test_html_example_keeps_the_structure(html_article: Article) -> None:
    kinds = {p.text: p.kind for p in html_article.paragraphs}
    assert kinds.get("Lead paint and salt air") is ParagraphKind.HEADING
    assert kinds.get("Keeping the coat-hanger in shape") is ParagraphKind.HEADING
    items = [p.text for p in html_article.paragraphs if p.kind is ParagraphKind.LIST_ITEM]
    assert items == [
        "the lower chords above the northern approach spans;",
        "the cross-girders under the deck near Milsons Point;",
        "the inside faces of the arch near the crown.",
    ]


def test_text_example(text_article: Article) -> None:
    assert text_article.title == TEXT_TITLE
    dateline = text_article.dateline
    assert dateline is not None
    assert (dateline.day, dateline.month, dateline.source) == (3, 3, "HarbourWatch")
    assert len(text_article.paragraphs) == len(TEXT_PARAGRAPH_OPENINGS)
    for paragraph, opening in zip(text_article.paragraphs, TEXT_PARAGRAPH_OPENINGS, strict=True):
        assert paragraph.text.startswith(opening)
    found = [line for line in TEXT_CHROME if line in text_article.body]
    assert not found, f"chrome in the body: {found}"


def test_parse_page_reports_a_page_without_article(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = _run(EXAMPLES / "parse_page.py", page)
    assert result.returncode == 1
    assert result.stdout == ""
    assert str(page) in result.stderr


def test_batch_to_jsonl_on_the_example_pages() -> None:
    result = _run(EXAMPLES / "batch_to_jsonl.py")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == ["harbour-bridge.html", "harbour-bridge.txt"]
    titles = [Article.from_dict(r["article"]).title for r in records]
    assert titles == [HTML_TITLE, TEXT_TITLE]
    assert "parsed 2 page(s), 0 failed" in result.stderr


def test_batch_to_jsonl_reports_failures_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(TEXT_PAGE, folder / "b-story.txt")
    (folder / "a-menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body>")
    (folder / "notes.md").write_text("not a page: skipped by its suffix")
    out = tmp_path / "articles.jsonl"
    result = _run(EXAMPLES / "batch_to_jsonl.py", folder, "-o", out)
    assert result.returncode == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in records] == ["b-story.txt"]
    assert Article.from_dict(records[0]["article"]).title == TEXT_TITLE
    assert "failed: a-menu.html: " in result.stderr
    assert "parsed 1 page(s), 1 failed" in result.stderr


def test_folder_to_parquet_on_archives_and_pages(tmp_path: Path) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    pytest.importorskip("fastwarc", reason="the dask extra is not installed")
    pq = pytest.importorskip("pyarrow.parquet", reason="the dask extra is not installed")
    from archives import Record, write_warc  # noqa: PLC0415 - needs the warc extra

    folder = tmp_path / "crawl"
    (folder / "saved").mkdir(parents=True)
    shutil.copy(HTML_PAGE, folder / "saved" / HTML_PAGE.name)
    shutil.copy(TEXT_PAGE, folder / "saved" / TEXT_PAGE.name)
    html = HTML_PAGE.read_bytes()
    ids = write_warc(folder / "crawl.warc.gz", [
        Record("https://www.harbourcourier.example/a", html, encode=("gzip", "chunked")),
        Record("https://www.harbourcourier.example/menu", b"<html><nav>Home</nav></html>"),
    ])
    out = tmp_path / "parquet"
    result = _run(EXAMPLES / "folder_to_parquet.py", folder, out, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "Parquet file(s)" in result.stderr
    rows = pq.read_table(str(out)).to_pylist()
    by_source = {row["source"]: row for row in rows}
    assert len(rows) == 4
    assert by_source[ids[0]]["title"] == HTML_TITLE
    assert by_source[ids[1]]["error_type"] == "NoArticleError"
    saved = folder / "saved"
    assert by_source[str(saved / HTML_PAGE.name)]["title"] == HTML_TITLE
    assert by_source[str(saved / TEXT_PAGE.name)]["title"] == TEXT_TITLE
