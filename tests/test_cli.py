"""The ``newsparse`` command: formats, stdin, options, per-file errors and exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article, _cli, _jobs, parse

TITLE = "Council approves the new budget"
PARAGRAPHS = [
    "The council voted on Tuesday to approve the new budget after a debate that ran "
    "late into the night. Residents had asked for more money for schools, roads and "
    "the public library.",
    "Officials said the plan would be reviewed again before the end of the year, and "
    "warned that the cost of repairs to the old bridge was still rising.",
    "The mayor thanked the volunteers who had collected signatures across the city, "
    "and said the vote showed what people could do when they worked together.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Town Gazette</title>
<meta property="og:title" content="{TITLE}"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer><p>© 2026 Town Gazette. All rights reserved.</p></footer>
</body></html>
"""
EMPTY_PAGE = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
# The command must print exactly what the library returns for the same bytes; what the
# library returns is tested elsewhere.
EXPECTED = parse(PAGE.encode())


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "council.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def empty_page(tmp_path: Path) -> Path:
    path = tmp_path / "empty.html"
    path.write_text(EMPTY_PAGE, encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_json_for_one_file_is_one_object(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main([str(page)]) == 0
    out, err = capsys.readouterr()
    assert Article.from_json(out) == EXPECTED
    assert out.startswith("{\n")  # pretty-printed
    assert err == ""


def test_json_for_several_files_is_an_array(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["--format", "json", str(page), str(page)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert [d["source"] for d in data] == [str(page), str(page)]
    assert [Article.from_dict(d) for d in data] == [EXPECTED, EXPECTED]


def test_jsonl_is_one_line_per_page(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["--format", "jsonl", str(page), str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert [Article.from_json(line) for line in lines] == [EXPECTED, EXPECTED]


def test_text_format_puts_the_header_before_a_blank_line_and_the_body(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["--format", "text", str(page)]) == 0
    out = capsys.readouterr().out
    header, body = out.split("\n\n", 1)
    assert header.splitlines()[0] == EXPECTED.title
    assert body == EXPECTED.body + "\n"


def test_text_format_gives_the_dateline_and_labels_several_files(
    tmp_path: Path, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(f"4 September IranExpert\n\n{TITLE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    from_dump = parse(dump.read_bytes())
    assert from_dump.dateline is not None
    assert _cli.main(["--format", "text", str(dump), str(page)]) == 0
    out = capsys.readouterr().out
    first, second = out.split(f"==> {page} <==\n")
    assert first.startswith(f"==> {dump} <==\n{from_dump.title}\n{from_dump.dateline.text}\n")
    assert first.endswith(from_dump.body + "\n\n")
    assert second.startswith(f"{EXPECTED.title}\n")


def test_no_file_reads_stdin_as_bytes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # windows-1251 bytes that only the --encoding charset decodes correctly.
    text = "Москва. " + " ".join(["Совет утвердил новый бюджет после долгих споров."] * 4)
    _stdin(monkeypatch, f"<html><body><p>{text}</p></body></html>".encode("windows-1251"))
    assert _cli.main(["--format", "jsonl", "--encoding", "windows-1251"]) == 0
    assert Article.from_json(capsys.readouterr().out).body == text


def test_dash_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, PAGE.encode())
    assert _cli.main(["--format", "jsonl", str(page), "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_url_is_passed_to_the_parser(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["--url", "https://gazette.example/council", str(page)]) == 0
    assert Article.from_json(capsys.readouterr().out).url == "https://gazette.example/council"


def test_strip_dateline_removes_it_from_the_first_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead = "SYDNEY, March 3 (Reuters) - " + PARAGRAPHS[0]
    path = tmp_path / "lead.html"
    path.write_text("<html><body><article>" + f"<p>{lead}</p>"
                    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]) + "</article></body></html>")
    assert _cli.main(["--format", "jsonl", str(path)]) == 0
    kept = Article.from_json(capsys.readouterr().out)
    assert kept.paragraphs[0].text == lead
    assert _cli.main(["--format", "jsonl", "--strip-dateline", str(path)]) == 0
    stripped = Article.from_json(capsys.readouterr().out)
    assert stripped.paragraphs[0].text == PARAGRAPHS[0]
    assert stripped.dateline is not None
    assert stripped.dateline.source == "Reuters"


def test_a_failing_file_is_reported_and_the_run_goes_on(
    tmp_path: Path, page: Path, empty_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    assert _cli.main(["--format", "jsonl", str(missing), str(empty_page), str(page)]) == 1
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    # One line per input, in input order: the failures are error records.
    assert [r["source"] for r in records] == [str(missing), str(empty_page), str(page)]
    assert records[0] == {"source": str(missing), "error": "No such file or directory",
                          "type": "FileNotFoundError"}
    assert records[1]["type"] == "NoArticleError"
    assert records[1]["error"]
    assert Article.from_dict(records[2]) == EXPECTED
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0] == f"newsparse: {missing}: No such file or directory"
    assert lines[1] == f"newsparse: {empty_page}: {records[1]['error']}"


def test_json_array_holds_every_page_with_its_error_records(
    page: Path, empty_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["--format", "json", str(empty_page), str(page)]) == 1
    first, second = json.loads(capsys.readouterr().out)
    assert first["source"] == str(empty_page)
    assert first["type"] == "NoArticleError"
    assert Article.from_dict(second) == EXPECTED


def test_one_page_that_fails_prints_nothing_on_stdout(
    empty_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main([str(empty_page)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"newsparse: {empty_page}: ")


def test_stdin_failure_is_labelled_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"")
    assert _cli.main([]) == 1
    assert capsys.readouterr().err.startswith("newsparse: <stdin>: ")


@pytest.mark.parametrize("argv", [["--format", "xml"], ["--no-such-option"]])
def test_usage_error_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(argv)
    assert info.value.code == 2
    assert "usage: newsparse" in capsys.readouterr().err


def test_an_unexpected_exception_is_that_pages_error_record(
    monkeypatch: pytest.MonkeyPatch, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bug on one page must cost that page only, and say what it was.
    real_parse = _jobs.parse

    def broken(data: object, **kwargs: Any) -> Article:
        if b"menu" in data:  # type: ignore[operator]
            raise RuntimeError("bug")
        return real_parse(data, **kwargs)

    monkeypatch.setattr(_jobs, "parse", broken)
    other = page.with_name("menu.html")
    other.write_text(PAGE.replace("Contact us", "Contact us menu"))
    assert _cli.main(["--jobs", "1", str(other), str(page)]) == 1
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {"source": str(other), "error": "parsing raised RuntimeError: bug",
                     "type": "PageFailedError"}
    assert Article.from_dict(second) == EXPECTED


def test_python_dash_m_runs_the_command(page: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "--format", "jsonl", str(page)],
        capture_output=True, check=False, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert Article.from_json(result.stdout.decode("utf-8")) == EXPECTED


def test_console_script_is_installed(page: Path, empty_page: Path) -> None:
    script = Path(sys.executable).with_name("newsparse")
    if not script.exists():
        pytest.skip("the newsparse console script is not installed beside this Python")
    result = subprocess.run(
        [str(script), "--format", "jsonl", str(page), str(empty_page)],
        capture_output=True, check=False, timeout=120,
    )
    assert result.returncode == 1
    good, bad = result.stdout.decode("utf-8").splitlines()
    assert Article.from_json(good) == EXPECTED
    assert json.loads(bad)["source"] == str(empty_page)
    assert result.stderr.decode().startswith(f"newsparse: {empty_page}: ")


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "accents.html"
    text = "Le conseil a approuvé le budget — « enfin », a dit la maire. " * 3
    path.write_text(f"<html><body><p>{text.strip()}</p></body></html>", encoding="utf-8")
    env = {"PYTHONIOENCODING": "ascii", "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "--format", "text", str(path)],
        capture_output=True, check=False, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "approuvé le budget — « enfin »" in result.stdout.decode("utf-8")
