"""Stage 1, decoding: bytes in any charset to clean text, the way a browser reads them."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import KERNELS
from newsparse import parse
from newsparse._input.decode import (
    DecodedPage,
    clean_text,
    clean_utf8,
    decode_bytes,
    decode_to_utf8,
)
from newsparse._native import kernels as running
from newsparse._native.interface import Kernels

# C0 controls but tab, line feed, form feed and carriage return, and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])

STORY = (
    "The council voted on Tuesday to approve the new budget after a long debate. "
    "Residents had asked for more money for schools, roads and the public library."
)


def test_utf8_bom_is_honoured_and_removed() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "café".encode()) == "café"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_bytes(bom + "<p>Ça va — “oui”</p>".encode(codec)) == "<p>Ça va — “oui”</p>"


def test_bom_beats_a_contradicting_meta_charset() -> None:
    page = '<meta charset="windows-1251"><p>naïve</p>'
    assert decode_bytes(codecs.BOM_UTF8 + page.encode()) == page


def test_valid_utf8_beats_a_wrong_meta_charset() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>café — “quoted”</p>'
    assert decode_bytes(page.encode("utf-8")) == page


def test_windows_1252_declared_as_iso_8859_1_gives_curly_quotes() -> None:
    data = (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            b"<p>\x93Hello,\x94 she said \x96 at the caf\xe9\x85</p>")
    text = decode_bytes(data)
    assert "“Hello,” she said – at the café…" in text


def test_http_charset_is_used_when_the_page_declares_none() -> None:
    data = "<p>Москва, 3 марта</p>".encode("windows-1251")
    assert decode_bytes(data, "windows-1251") == "<p>Москва, 3 марта</p>"


def test_http_charset_beats_the_meta_charset() -> None:
    data = '<meta charset="iso-8859-1"><p>Москва</p>'.encode("koi8-r")
    assert "Москва" in decode_bytes(data, "koi8-r")


def test_meta_charset_is_used_without_an_http_charset() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body><p>Новости дня</p></body></html>'
    assert decode_bytes(page.encode("koi8-r")) == page


def test_unknown_labels_are_ignored_not_fatal() -> None:
    data = '<meta charset="no-such-charset"><p>caf\xe9</p>'.encode("latin-1")
    assert "<p>caf" in decode_bytes(data, "also-unknown")


def test_undecodable_bytes_become_replacement_characters() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"abc\xff\xfe def") == "abc\ufffd\ufffd def"
    # A UTF-16 page cut in the middle of a character.
    assert decode_bytes(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00").endswith(
        "\ufffd"
    )


@given(st.binary(max_size=3000), st.none() | st.sampled_from(["utf-8", "shift_jis", "bogus"]))
def test_decoding_never_raises(data: bytes, http_charset: str | None) -> None:
    assert isinstance(decode_bytes(data, http_charset), str)


@given(st.text(max_size=300).filter(lambda t: not t.startswith("\ufeff")))
def test_valid_utf8_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == text


# A UTF-16 LE text starting with U+0000 would open with the UTF-32 LE BOM: not a page.
@given(st.text(max_size=300).filter(lambda t: not t.startswith(("\ufeff", "\x00"))))
def test_utf16_with_bom_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-16")) == text


CP1252_TEXT = st.text(
    alphabet=st.characters(codec="cp1252", exclude_characters="\ufeff"), max_size=200
)


@given(CP1252_TEXT)
def test_windows_1252_declared_as_latin1_round_trips(text: str) -> None:
    data = b'<meta charset="iso-8859-1">' + text.encode("cp1252")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return  # valid UTF-8 wins by design; nothing to check for this text
    assert decode_bytes(data) == '<meta charset="iso-8859-1">' + text


def test_clean_text_replaces_lone_surrogates() -> None:
    assert clean_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"


def test_clean_text_drops_control_characters_but_keeps_layout() -> None:
    assert clean_text("a\x00b\x07c\td\ne\rf\x0cg\x7f") == "abc\td\ne\rf\x0cg"


def test_parse_accepts_a_str_with_lone_surrogates() -> None:
    article = parse(f"<p>{STORY} Broken \ud83d here.</p>")
    assert "Broken \ufffd here." in article.body


def test_parse_accepts_nul_bytes() -> None:
    article = parse(f"<p>{STORY}\x00 More.</p>".encode())
    assert "\x00" not in article.body
    assert STORY in article.body


def test_parse_reads_a_windows_1252_page_end_to_end() -> None:
    data = (b'<html><head><meta charset="iso-8859-1"></head><body><p>\x93The council voted on'
            b" Tuesday to approve the new budget after a long debate,\x94 the mayor said."
            b" Residents had asked for more money for schools and the library.</p></body></html>")
    article = parse(data)
    assert article.body.startswith("“The council voted on Tuesday")


@given(
    st.binary(max_size=300)
    | st.text(max_size=100).map(lambda text: text.encode("utf-8", "surrogatepass"))
)
@example("caf\u00e9 \x00 ok".encode())
@example(b"\xef\xbb\xbfbom first")
@example("caf\u00e9".encode("cp1252"))
def test_decode_to_utf8_is_decode_then_clean(data: bytes) -> None:
    page = decode_to_utf8(data)
    text, utf8 = clean_utf8(decode_bytes(data))
    assert (page.text, page.utf8) == (text, utf8)
    assert page.head(5) == text[:5]


def test_decode_to_utf8_reuses_the_input_when_it_is_clean_utf8() -> None:
    data = "<p>caf\u00e9</p>".encode()
    assert decode_to_utf8(data).utf8 is data


@given(st.text(max_size=60), st.integers(min_value=0, max_value=70))
def test_the_head_of_a_page_is_the_start_of_its_text(text: str, chars: int) -> None:
    utf8 = text.encode("utf-8", "surrogatepass")
    if not running.is_clean_utf8(utf8):
        utf8 = clean_utf8(text)[1]
    page = DecodedPage(utf8)
    assert page.head(chars) == page.text[:chars] == utf8.decode("utf-8")[:chars]


@pytest.mark.parametrize("kernels", KERNELS)
@given(st.binary(max_size=200) | st.lists(
    st.sampled_from((b"abcdefgh", b"\t\n\r\x0c", b"\x7f", b"\x00", b"\x0b", b"\x1f", b"\x20",
                     b"\x80\xff", b"\xc3\xa9")), max_size=40).map(b"".join))
@example(b"12345678\x7f")
@example(b"\x1f" + b"x" * 15)
def test_each_look_for_control_bytes_agrees_with_translate(kernels: Kernels, data: bytes
                                                           ) -> None:
    removed = len(data.translate(None, _CONTROL_BYTES)) != len(data)
    assert kernels.has_control_bytes(data) == removed


def _is_clean_utf8(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    no_c1_control = not any("\x80" <= char <= "\x9f" for char in text)
    return len(data.translate(None, _CONTROL_BYTES)) == len(data) and no_c1_control


@pytest.mark.parametrize("kernels", KERNELS)
@given(st.binary(max_size=200) | st.lists(
    st.sampled_from((b"abcdefgh", b"\n", b"\x7f", b"\x00", b"\xc3\xa9", b"\xc0\xaf", b"\xc2",
                     b"\xc2\x80", b"\xc2\x9f", b"\xc2\xa0",
                     b"\xe0\x9f\x80", b"\xe0\xa0\x80", b"\xed\x9f\xbf", b"\xed\xa0\x80",
                     b"\xef\xbf\xbf", b"\xf0\x8f\xbf\xbf", b"\xf0\x90\x80\x80",
                     b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\x80",
                     b"\xe2\x82", b"\xf0\x9f\x98")),
    max_size=40).map(b"".join)
    | st.text(max_size=60).map(lambda text: text.encode("utf-8", "surrogatepass")))
@example(b"\xed\xa0\x80")  # a surrogate: Python's strict decoder refuses it
@example(b"1234567\xc3")  # a character cut at the end
def test_each_utf8_check_agrees_with_python_s_decoder(kernels: Kernels, data: bytes) -> None:
    assert kernels.is_clean_utf8(data) == _is_clean_utf8(data)


def test_windows_1252_bytes_in_a_utf8_page_are_read_as_windows_1252() -> None:
    data = ('<meta charset="utf-8"><p>Café “déjà vu” — naïve</p><p>it'.encode()
            + b"\x92s the caf\xe9</p>")
    assert decode_bytes(data).endswith("<p>Café “déjà vu” — naïve</p><p>it\x92s the café</p>")
    assert decode_to_utf8(data).text.endswith("<p>it’s the café</p>")


def test_a_utf8_page_decoded_twice_with_its_lead_bytes_escaped_is_decoded_once() -> None:
    data = ("<p>Café “déjà vu” — naïve, señor</p>".encode()
            + b"<p>&acirc;\x80\x9cvice skip&#226;\x80\x9d and the school&#xE2;\x80\x99s team</p>")
    assert decode_to_utf8(data).text.endswith("<p>“vice skip” and the school’s team</p>")


def test_a_single_byte_page_declared_utf8_is_not_read_as_utf8() -> None:
    data = '<meta charset="utf-8"><p>Москва, 3 марта, Новости дня</p>'.encode("windows-1251")
    assert "Москва" in decode_bytes(data)


@given(st.text(max_size=200), CP1252_TEXT.filter(lambda text: any(c > "\x7f" for c in text)))
def test_utf8_with_windows_1252_pasted_in_keeps_the_utf8(utf8: str, pasted: str) -> None:
    text = decode_to_utf8("éè “ ".encode() * (len(pasted) + 1) + utf8.encode()
                          + pasted.encode("cp1252")).text
    assert text.startswith(clean_text("éè “ " * (len(pasted) + 1) + utf8))
