"""The command line on batches: folders, globs, sources, resume, options, progress."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import Article, ParseOptions, _cli, _cli_options, parse
from test_batch import story_page


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Pages in a folder and a subfolder, with a hidden file, an empty and a binary one,
    and a gzipped page."""
    root = tmp_path / "saved"
    (root / "sub").mkdir(parents=True)
    for number in (3, 1, 2):
        (root / f"story-{number}.html").write_bytes(story_page(number))
    (root / "sub" / "story-9.html").write_bytes(story_page(9))
    (root / ".hidden.html").write_bytes(story_page(7))
    (root / "empty.html").write_bytes(b"")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "sub" / "story-8.html.gz").write_bytes(gzip.compress(story_page(8)))
    return root


def test_a_folder_gives_one_line_per_file_in_name_order(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["--jobs", "2", str(folder)]) == 1  # the empty and binary files fail
    records = _records(capsys.readouterr().out)
    names = [Path(r["source"]).name for r in records]
    assert names == ["empty.html", "logo.png", "story-1.html", "story-2.html", "story-3.html"]
    for record in records[2:]:
        path = Path(record["source"])
        assert Article.from_dict(record) == parse(path.read_bytes())
    assert records[0]["error"] == "the file is empty"
    assert records[1]["error"] == "the file is a PNG image, not a page"


def test_recursive_reads_subfolders(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cli.main(["--recursive", "--quiet", str(folder)])
    records = _records(capsys.readouterr().out)
    names = [Path(r["source"]).name for r in records]
    assert names[-2:] == ["story-8.html.gz", "story-9.html"]
    assert ".hidden.html" not in names
    assert Article.from_dict(records[-2]) == parse(story_page(8))  # read unzipped


def test_a_glob_is_expanded_in_name_order(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main([str(folder / "story-*.html")]) == 0
    names = [Path(r["source"]).name for r in _records(capsys.readouterr().out)]
    assert names == ["story-1.html", "story-2.html", "story-3.html"]
    assert _cli.main(["--recursive", str(folder / "**" / "story-9.html")]) == 0
    assert [Path(r["source"]).name for r in _records(capsys.readouterr().out)] == ["story-9.html"]


def test_a_glob_that_matches_nothing_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = str(tmp_path / "*.nothing")
    assert _cli.main(["--format", "jsonl", pattern]) == 1
    [record] = _records(capsys.readouterr().out)
    assert record == {"source": pattern, "error": f"no file matches {pattern}",
                      "type": "FileNotFoundError"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\t\n", "the file holds only spaces"),
        (b"%PDF-1.7\n" + bytes(range(256)), "the file is a PDF document, not a page"),
        (bytes(range(256)) * 8, "the file is binary, not a page"),
        (gzip.compress(b""), "the file is empty"),
        (gzip.compress(bytes(range(256)) * 8), "the file is binary, not a page"),
        (gzip.compress(story_page(1))[:-30], "the file is gzip-compressed but corrupt: "
                                            "the compressed data is cut short"),
    ],
)
def test_empty_and_binary_files_get_a_clear_reason(
    tmp_path: Path, content: bytes, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    assert _cli.main([str(path)]) == 1
    assert capsys.readouterr().err == f"newsparse: {path}: {reason}\n"


def test_utf16_pages_are_not_taken_for_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "utf16.html"
    path.write_bytes(b"\xff\xfe" + story_page(4).decode().encode("utf-16-le"))
    assert _cli.main([str(path)]) == 0
    assert "Story 4, part 0:" in Article.from_json(capsys.readouterr().out).body


def test_output_file_and_resume_skip_what_is_done(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "articles.jsonl"
    pages = [str(folder / f"story-{n}.html") for n in (1, 2, 3)]
    assert _cli.main(["-o", str(out), *pages[:2]]) == 0
    assert capsys.readouterr().out == ""
    # A run stopped in the middle of a line: that line is dropped and its page parsed again.
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"source": "' + pages[2] + '", "title": "cut sh')
    assert _cli.main(["-o", str(out), "--resume", *pages]) == 0
    records = _records(out.read_text(encoding="utf-8"))
    assert [r["source"] for r in records] == pages
    assert Article.from_dict(records[2]) == parse(Path(pages[2]).read_bytes())
    # Nothing left to do: nothing is parsed again.
    before = out.read_text(encoding="utf-8")
    assert _cli.main(["-o", str(out), "--resume", *pages]) == 0
    assert out.read_text(encoding="utf-8") == before


def test_resume_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(["--resume", "x.html"])
    assert info.value.code == 2
    assert "--resume needs --output" in capsys.readouterr().err


def test_url_is_for_one_page_only(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _cli.main(["--url", "https://x.example/", str(folder)])
    assert "one page" in capsys.readouterr().err


# --- options ----------------------------------------------------------------------------


def test_option_sets_a_parse_options_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(story_page(1))
    limit = len(story_page(1)) - 1
    fields = _cli_options.option_fields(ParseOptions())
    name = next(n for n in fields if n.endswith("max_input_bytes"))
    assert _cli.main(["--option", f"{name}={limit}", str(path)]) == 1
    assert f"max_input_bytes={limit}" in capsys.readouterr().err


def test_every_listed_option_takes_its_own_default_back(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["--list-options"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(_cli_options.option_fields(ParseOptions())) > 10
    options = ParseOptions()
    for line in lines:
        name, _, value = line.partition("=")
        options = _cli_options.set_option(options, name, value)
    assert options == ParseOptions()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("no_such_thing=1", "unknown option 'no_such_thing'"),
        ("max_input_byte=5", "did you mean"),
        ("max_input_bytes=lots", "invalid literal"),
        ("max_input_bytes=-5", "max_input_bytes must be"),
        ("strip_dateline=perhaps", "not a boolean"),
        ("max_input_bytes", "NAME=VALUE"),
    ],
)
def test_bad_options_are_usage_errors(
    setting: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fields = _cli_options.option_fields(ParseOptions())
    for leaf in ("max_input_bytes", "strip_dateline"):  # wherever the groups put them
        full = next(n for n in fields if n.rsplit(".", 1)[-1] == leaf)
        setting = setting.replace(leaf, full) if not setting.startswith("max_input_byte=") \
            else setting
    with pytest.raises(SystemExit) as info:
        _cli.main(["--option", setting, "x.html"])
    assert info.value.code == 2
    assert message in capsys.readouterr().err


@attrs.frozen
class _Inner:
    depth: int = attrs.field(default=3, validator=attrs.validators.gt(0))
    share: float = 0.5
    label: str = "a"


@attrs.frozen
class _Outer:
    inner: _Inner = attrs.Factory(_Inner)
    flag: bool = False


def test_nested_option_groups_take_dotted_names() -> None:
    assert _cli_options.option_fields(_Outer()) == {
        "inner.depth": 3, "inner.share": 0.5, "inner.label": "a", "flag": False,
    }
    changed = _cli_options.set_option(_Outer(), "inner.share", "0.25")
    changed = _cli_options.set_option(changed, "flag", "yes")
    assert changed == _Outer(inner=_Inner(share=0.25), flag=True)
    with pytest.raises(ValueError, match=r"must be > 0"):
        _cli_options.set_option(_Outer(), "inner.depth", "0")
    with pytest.raises(ValueError, match=r"did you mean inner\.depth"):
        _cli_options.set_option(_Outer(), "inner.dept", "1")


# --- terminals --------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_input_on_a_terminal_prints_a_usage_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert _cli.main([]) == 2
    err = capsys.readouterr().err
    assert "no input given" in err
    assert "newsparse page.html" in err


def test_progress_on_a_terminal_shows_pages_per_second_and_errors(
    monkeypatch: pytest.MonkeyPatch, folder: Path, tmp_path: Path
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _cli.main(["-o", str(tmp_path / "out.jsonl"), "--jobs", "1", str(folder)])
    shown = terminal.getvalue()
    assert "\r" in shown
    last = shown.rsplit("\r", 1)[-1]
    assert "5 pages" in last
    assert "pages/s" in last
    assert "2 errors" in last
    # The error lines are printed too, each on a line of its own (the bar cleared first).
    assert any(line.startswith("newsparse: ") and "the file is empty" in line
               for line in shown.replace("\r", "\n").splitlines())


def test_quiet_prints_nothing_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, folder: Path, tmp_path: Path
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _cli.main(["--quiet", "-o", str(tmp_path / "out.jsonl"), str(folder)])
    assert terminal.getvalue() == ""


def test_no_progress_when_the_output_is_piped(folder: Path) -> None:
    # stderr is a file here, not a terminal, as in CI: the check is that the piped output
    # holds only records, and stderr only the two error lines.
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "--jobs", "2", str(folder)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 5
    assert len(result.stderr.splitlines()) == 2
    assert "\r" not in result.stderr


def test_utf16_without_a_bom_is_not_taken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.html"
    path.write_bytes(story_page(4).decode().encode("utf-16-le"))
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", str(path)], capture_output=True, text=True,
        check=False, timeout=120,
    )
    assert "binary" not in result.stderr


def test_cli_output_on_corpus_pages_matches_parse_page_for_page(
    shared_dir: Path, tmp_path: Path
) -> None:
    # A sample of dev and wide (benchmarks/bench_batch.py checks them all), copied into
    # one folder: the command parses it on two workers, in name order.
    folder = tmp_path / "pages"
    folder.mkdir()
    for corpus in ("dev", "wide"):
        pages = sorted((shared_dir / "corpus" / corpus / "pages").iterdir())
        for page in pages[::40]:
            (folder / f"{corpus}-{page.name}").write_bytes(page.read_bytes())
    out = tmp_path / "out.jsonl"
    _cli.main(["--jobs", "2", "--quiet", "-o", str(out), str(folder)])
    records = _records(out.read_text(encoding="utf-8"))
    files = sorted(folder.iterdir())
    assert len(records) == len(files) > 40
    for record, path in zip(records, files, strict=True):
        assert record.pop("source") == str(path)
        try:
            raw = path.read_bytes()
            expected = parse(gzip.decompress(raw) if path.suffix == ".gz" else raw).to_dict()
        except newsparse.NewsparseError as exc:
            expected = {"error": " ".join(str(exc).split()), "type": type(exc).__name__}
        assert record == expected, path.name
