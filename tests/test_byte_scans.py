"""The byte scans of the native interface that the decoder runs on every page: the C
module's against the Python references (``newsparse._native.python``) they translate
(the UTF-8 check is held to Python's own decoder in test_decode.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import KERNELS
from newsparse._native.interface import Kernels
from newsparse._native.python import PYTHON

# Pieces of numeric references: every digit that starts or breaks one, leading zeros,
# both letter cases of "x", and the bytes around them.
_REFERENCE_PIECES = [
    b"&", b"#", b"&#", b"&#x", b"&#X", b"0", b"00", b"1", b"2", b"7", b"8", b"9", b"b", b"D",
    b"f", b"F", b"g", b";", b" ", b"a", b"<p>", b"\xc2\x9b", b"\x00",
]
@pytest.mark.parametrize("kernels", KERNELS)
@given(st.lists(st.sampled_from(_REFERENCE_PIECES), max_size=40))
def test_each_reference_scan_finds_what_the_python_reference_finds(
    kernels: Kernels, pieces: list[bytes]
) -> None:
    data = b"".join(pieces)
    assert kernels.has_control_references(data) == PYTHON.has_control_references(data)


@pytest.mark.parametrize("kernels", KERNELS)
@pytest.mark.parametrize(("data", "found"), [
    (b"&#27;", True), (b"&#0027", True), (b"&#x1b;", True), (b"&#X1B", True),
    (b"&#127;", True), (b"&#157;", True), (b"&#x9D", True), (b"&#7;x", True),
    (b"&#9;", False), (b"&#10;", False), (b"&#12;", False), (b"&#13;", False),  # white space
    (b"&#150;", False),  # libxml2 maps it to an en dash
    (b"&#1234;", False), (b"&#270;", False), (b"&#x1bc;", False), (b"&#0;", False),
    (b"&#x;", False), (b"&27;", False), (b"&#", False), (b"&", False),
])
def test_each_reference_scan_knows_which_numbers_are_controls(
    kernels: Kernels, data: bytes, found: bool
) -> None:
    assert kernels.has_control_references(b"text " + data) is found


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_utf8_check_refuses_c1_controls_only(kernels: Kernels) -> None:
    assert not kernels.is_clean_utf8("caf\u0080e".encode())
    assert not kernels.is_clean_utf8("x\u009f".encode())
    assert kernels.is_clean_utf8("caf\u00a0\u00e9 \u2019".encode())
