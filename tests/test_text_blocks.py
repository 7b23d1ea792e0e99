"""Text dumps, stage 1: normalising line ends and spaces, cutting lines into blocks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import InputLimitError, ParseOptions
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, normalise, split_lines, squash

OPTIONS = ParseOptions()


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\n\r\nb\rc", "a\n\nb\nc"),
        ("4\u00a0September", "4 September"),
        ("a\u202fb\u2009c\u3000d", "a b c d"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("line\u2028next\u2029para", "line\nnext\n\npara"),
        ("page\x0cbreak", "page\n\nbreak"),
        # A spacer line of zero-width joiners is blank; a joiner inside text stays.
        ("one\n\u200d\ntwo \u200d\U0001f469\u200d\U0001f4bb\n \u200c \nthree",
         "one\n\ntwo \u200d\U0001f469\u200d\U0001f4bb\n\nthree"),
    ],
)
def test_normalise(raw: str, want: str) -> None:
    assert normalise(raw) == want


def test_squash_collapses_spaces_and_keeps_one_tab_between_cells() -> None:
    assert squash("  a   b  ") == "a b"
    assert squash("Pos.\t\tPilot \t Points") == "Pos.\tPilot\tPoints"
    assert squash(" \t ") == ""


def test_blocks_are_runs_of_non_blank_lines() -> None:
    lines = split_lines("Title\n\nHome\nNews\nSport\n\n  \nA paragraph.\n", OPTIONS)
    assert [line[TEXT] for line in lines] == ["Title", "Home", "News", "Sport", "A paragraph."]
    # A block is named by the index of its first line; a line's place in it follows.
    assert [line[BLOCK] for line in lines] == [0, 1, 1, 1, 4]
    assert [line[BLOCK_SIZE] for line in lines] == [1, 3, 3, 3, 1]
    assert [i - line[BLOCK] for i, line in enumerate(lines)] == [0, 0, 1, 2, 0]
    assert lines[0][BLOCK_SIZE] == 1 and lines[1][BLOCK_SIZE] == 3


def test_table_rows_are_recognised() -> None:
    (row,) = split_lines("Team\tPoints\n", OPTIONS)
    assert row[TEXT] == "Team\tPoints"


def test_empty_and_blank_dumps_have_no_lines() -> None:
    assert split_lines("", OPTIONS) == []
    assert split_lines("\n \n\u00a0\n", OPTIONS) == []


def test_too_many_lines_is_an_input_limit_error() -> None:
    with pytest.raises(InputLimitError, match="max_text_lines"):
        split_lines("a\n" * 20, ParseOptions(max_text_lines=10))


@given(st.lists(st.text(alphabet="ab \u00a0\t", max_size=6), max_size=8))
def test_line_end_style_does_not_change_the_lines(rows: list[str]) -> None:
    unix = "\n".join(rows)
    want = split_lines(unix, OPTIONS)
    assert split_lines(unix.replace("\n", "\r\n"), OPTIONS) == want
    assert split_lines(unix.replace("\n", "\r"), OPTIONS) == want
    assert split_lines(unix.replace(" ", "\u00a0"), OPTIONS) == want
