"""Stage 1: turn the caller's bytes or str into clean text.

Bytes are decoded in this order: a byte-order mark; strict UTF-8 when the bytes are
valid UTF-8 (a declared single-byte charset that contradicts valid UTF-8 would only
produce mojibake); the caller's HTTP charset; the ``<meta>`` or XML-declared charset;
UTF-8 with its stray bytes read as windows-1252 when the bytes are mostly UTF-8; then
detection by charset-normalizer, asked directly (bs4's detector would prefer chardet
when installed, so results would depend on the environment); windows-1252 when nothing
fits better, as browsers default to it. Labels are read as browsers read them
(ISO-8859-1 and ASCII mean windows-1252). Undecodable bytes become U+FFFD; decoding
never raises.
"""

from __future__ import annotations

import codecs
import html.entities
import re

import attrs
import charset_normalizer
from bs4.dammit import EncodingDetector

from newsparse._model import CONTROL_CHARACTERS
from newsparse._native import kernels

# C0 controls other than tab, LF, FF and CR, and DEL: never text, and NUL upsets libxml2;
# C1 controls in UTF-8; numeric references to control characters.
from newsparse._native.python import C1_UTF8, CONTROL_BYTES, CONTROL_REFERENCE
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The WHATWG Encoding Standard maps these labels to windows-1252.
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso_8859-1": "cp1252",
    "windows-1252": "cp1252", "cp1252": "cp1252", "x-cp1252": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",  # superset, as browsers do
    "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
}

# The same, keyed by Python's canonical codec names.
_BROWSER_CODECS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030",
    "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874", "euc_kr": "cp949",
}

_C1 = re.compile("[\x80-\x9f]")
# A page decoded twice shows each UTF-8 byte of a character as one character of
# windows-1252 or Latin-1 ("’" as "â\x80\x99"); windows-1252 leaves five bytes undefined,
# which become C1 controls. A lead byte and its continuation bytes read that way:
_WINDOWS_1252_HIGH = {
    char: byte for byte in range(0x80, 0xA0)
    for char in bytes([byte]).decode("cp1252", "ignore")
}
# C1 controls by the windows-1252 character of their byte (the five undefined ones absent).
_WINDOWS_1252 = {chr(byte): char for char, byte in _WINDOWS_1252_HIGH.items()}
_CONTINUATION = "[\x80-\xbf" + "".join(_WINDOWS_1252_HIGH) + "]"
# The lead may be written as a character reference ("&acirc;\x80\x99": the markup
# escaped after the first decoding, the continuation bytes left raw).
_LEAD_NAMES = sorted(
    name[:-1] for name, char in html.entities.html5.items()
    if name.endswith(";") and len(char) == 1 and "\xc2" <= char <= "\xf4"
)
_LEAD = f"[\xc2-\xf4]|&(?:{'|'.join(_LEAD_NAMES)});|&#[0-9]{{3}};|&#[xX][0-9a-fA-F]{{2}};"
_DOUBLE_DECODED = re.compile(f"(?P<lead>{_LEAD})(?P<rest>{_CONTINUATION}{{1,3}})")
# (How many bytes are read for a declared charset, and for detecting one:
# ParseOptions, ``input_*``.)
# The charsets of the WHATWG Encoding Standard (what browsers decode), and the JIS
# supersets charset-normalizer names for Japanese, as Python's canonical codec names.
_WEB_CODECS = frozenset(
    codecs.lookup(name).name
    for name in (
        "cp866 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 "
        "iso8859-10 iso8859-13 iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman "
        "mac-cyrillic cp874 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 "
        "cp1258 gb18030 big5 big5hkscs euc_jp euc_jis_2004 euc_jisx0213 iso2022_jp "
        "shift_jis cp932 shift_jis_2004 shift_jisx0213 cp949 utf-16-le utf-16-be"
    ).split()
)
_MARKUP = re.compile(rb"<[^<>]*+>")
# The bytes a "surrogateescape" UTF-8 decoding could not read, and any non-ASCII character.
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# How close to charset-normalizer's best guess windows-1252 must score to win the tie
# (the detector's noise, not a reading choice: left out of ParseOptions).
_CHAOS_TIE = 0.01
# charset-normalizer's names of the languages windows-1252 is made for.
_WESTERN_LANGUAGES = frozenset(
    "Unknown English German French Dutch Italian Spanish Portuguese Swedish Norwegian "
    "Danish Finnish Indonesian".split()
)


def _browser_decode_error(error: UnicodeError) -> tuple[str, int]:
    """Map bytes windows-1252 leaves undefined to the same code points, as browsers do."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error("newsparse-c1", _browser_decode_error)


# Python codecs that are no page charset: transforms, and codecs that refuse "replace"
# or that browsers refuse to decode (UTF-7). A label naming one counts as unknown.
_NOT_CHARSETS = frozenset(
    "undefined idna punycode unicode-escape raw-unicode-escape charmap utf-7 mbcs oem "
    "utf-8-sig".split()
)


def _codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, with browser aliases; None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _BROWSER_ALIASES.get(label, label)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    # Only text encodings: "rot13" or "zlib" are codecs too, but bytes.decode refuses them.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    # Python's own spellings ("latin_1", "euc_kr") get the browser reading too.
    return _BROWSER_CODECS.get(info.name, info.name)


def _decode_with(data: bytes, codec: str) -> str:
    errors = "newsparse-c1" if codec == "cp1252" else "replace"
    return data.decode(codec, errors)


def decode_bytes(
    data: bytes, http_charset: str | None = None, options: ParseOptions = DEFAULT_OPTIONS
) -> str:
    """Decode a page's bytes to text the way a browser would; never raises."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    http_codec = _codec_for(http_charset)
    if http_codec is not None and http_codec not in ("utf-8", "utf-16", "utf-32"):
        return _decode_with(data, http_codec)
    # A <meta> naming UTF-16 or UTF-32 is read in ASCII, so it cannot be right.
    meta_codec = _codec_for(_declared_charset(data, options.input_charset_sniff_bytes))
    if meta_codec is not None and not meta_codec.startswith(("utf-8", "utf-16", "utf-32")):
        return _decode_with(data, meta_codec)
    if _mostly_utf8(data):
        # UTF-8 with a few bytes of windows-1252 pasted in: each such byte is read as
        # Latin-1 here, and clean_utf8 reads a C1 control as windows-1252.
        return data.decode("utf-8", "newsparse-c1")
    return _decode_with(data, _detected_codec(data, options))


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data``, not valid UTF-8, holds more multi-byte UTF-8 characters than bytes
    that are no part of one: UTF-8 text with a few bytes of another charset mixed in. A
    page wholly in a single-byte charset rarely forms a multi-byte UTF-8 character."""
    text = data.decode("utf-8", "surrogateescape")
    stray = len(_STRAY_BYTE.findall(text))
    return len(_NON_ASCII.findall(text)) - stray > stray


def _detected_codec(data: bytes, options: ParseOptions) -> str:
    """The charset charset-normalizer finds most likely among those browsers decode;
    windows-1252 when it ties with that one, or when none fits."""
    detect_bytes = options.input_detect_bytes
    sample = data[:detect_bytes]
    if len(data) > detect_bytes:
        # Cut after a space, line end or ">": never inside a multi-byte character.
        cut = max(sample.rfind(b" "), sample.rfind(b"\n"), sample.rfind(b">"))
        if cut > 0:
            sample = sample[: cut + 1]
    # DOS, EBCDIC and other code pages no browser offers would win on a page with a few
    # accented letters (their coherence scores are noise there): only web charsets count.
    # Markup is ASCII: it only dilutes the letters the detector weighs.
    sample = _MARKUP.sub(b" ", sample)
    matches = [m for m in charset_normalizer.from_bytes(sample) if _codec_for(m.encoding)
               in _WEB_CODECS]
    if not matches:
        return "cp1252"
    best = matches[0]
    # Text in a language windows-1252 writes, with a few accented letters, fits
    # windows-1250 as well (their scores differ by noise): browsers read windows-1252.
    if best.language in _WESTERN_LANGUAGES and any(
        match.chaos <= best.chaos + _CHAOS_TIE and "cp1252" in match.could_be_from_charset
        for match in matches
    ):
        return "cp1252"
    return _codec_for(best.encoding) or "cp1252"


def _declared_charset(data: bytes, sniff_bytes: int) -> str | None:
    declared = EncodingDetector.find_declared_encoding(data[:sniff_bytes], is_html=True)
    return declared if isinstance(declared, str) else None


def clean_text(text: str) -> str:
    """Drop control characters and replace lone surrogates with U+FFFD."""
    return clean_utf8(text)[0]


def drop_controls(text: str) -> str:
    """``text`` without its control characters other than tab and newline: for text that
    comes from elsewhere than the page's own characters (JSON-LD escapes, a caller's
    address or tree)."""
    return CONTROL_CHARACTERS.sub("", text) if CONTROL_CHARACTERS.search(text) else text


def drop_control_references(page: DecodedPage) -> DecodedPage:
    """``page`` without numeric character references to control characters, which the
    HTML parser would decode into the text ("&#27;" is ESC): the markup's twin of
    :func:`clean_utf8`. The page itself when it has none (most pages)."""
    if not kernels.has_control_references(page.utf8):
        return page
    return DecodedPage(CONTROL_REFERENCE.sub(b"", page.utf8))


def without_control_references(data: bytes) -> bytes:
    """UTF-8 markup ``data`` without numeric character references to control characters
    (see :func:`drop_control_references`); ``data`` itself when it has none."""
    if not kernels.has_control_references(data):
        return data
    return CONTROL_REFERENCE.sub(b"", data)


@attrs.define
class DecodedPage:
    """A page decoded for the pipelines: its clean UTF-8 bytes (what lxml is fed), and its
    text, decoded from them only when a stage asks (the HTML pipeline mostly never does)."""

    utf8: bytes
    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.utf8.decode("utf-8")
        return self._text

    def head(self, chars: int) -> str:
        """The first ``chars`` characters of the text (fewer when it is shorter)."""
        if self._text is not None:
            return self._text[:chars]
        # "ignore" drops a character cut at the end (the bytes are valid UTF-8). ASCII
        # heads fill up from as many bytes; no character takes more than four.
        head = self.utf8[:chars].decode("utf-8", "ignore")
        if len(head) < chars < len(self.utf8):
            head = self.utf8[: chars * 4].decode("utf-8", "ignore")
        return head[:chars]


def decode_to_utf8(
    data: bytes, http_charset: str | None = None, options: ParseOptions = DEFAULT_OPTIONS
) -> DecodedPage:
    """:func:`decode_bytes`, then :func:`clean_utf8`; the input's own bytes serve as the
    UTF-8 when they already are (most pages), instead of encoding the text again."""
    if not any(data.startswith(bom) for bom, _ in _BOMS) and kernels.is_clean_utf8(data):
        return DecodedPage(data)  # the text is decoded later, if a stage asks for it
    return clean_page(decode_bytes(data, http_charset, options))


def clean_page(text: str, *, utf8: bytes | None = None) -> DecodedPage:
    """:func:`clean_utf8` as a :class:`DecodedPage`."""
    text, data = clean_utf8(text, utf8=utf8)
    return DecodedPage(data, text)


def clean_utf8(text: str, *, utf8: bytes | None = None) -> tuple[str, bytes]:
    """``text`` without control characters and with lone surrogates replaced by U+FFFD,
    and the same encoded as UTF-8 (what lxml is fed). ``utf8``: ``text`` encoded as UTF-8,
    when the caller has it."""
    if utf8 is not None:
        data = utf8
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: rare, so the slow path is fine
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            data = text.encode("utf-8")
    has_c1 = C1_UTF8.search(data) is not None
    if not has_c1 and not kernels.has_control_bytes(data):
        return text, data  # the common case, found faster than translating
    # bytes.translate scans at C speed; UTF-8 never uses these bytes inside a character.
    cleaned = data.translate(None, CONTROL_BYTES)
    if has_c1:
        text = _without_c1(cleaned.decode("utf-8"))
        return text, text.encode("utf-8")
    if len(cleaned) == len(data):
        return text, data
    return cleaned.decode("utf-8"), cleaned


def _without_c1(text: str) -> str:
    """``text`` without C1 controls: a character decoded twice whose bytes show one is
    decoded once ("â\x80\x99" is "’"); another is the windows-1252 character of its byte
    (text in windows-1252 read as Latin-1: "we\x92re" is "we’re"), or goes when that
    byte is undefined there."""
    text = _DOUBLE_DECODED.sub(_decoded_once, text)
    return _C1.sub(lambda match: _WINDOWS_1252.get(match[0], ""), text)


def _decoded_once(match: re.Match[str]) -> str:
    """The character whose UTF-8 bytes ``match`` shows one by one, when a C1 control among
    them says it was decoded twice; else ``match`` as it is."""
    shown = match[0]
    lead = match["lead"]
    lead_char = html.unescape(lead) if lead.startswith("&") else lead
    if len(lead_char) != 1 or not "\xc2" <= lead_char <= "\xf4":
        return shown  # a reference to another character ("&#999;")
    lead_byte = ord(lead_char)
    size = 1 if lead_byte < 0xE0 else 2 if lead_byte < 0xF0 else 3
    rest = match["rest"]
    if len(rest) < size or not _C1.search(rest[:size]):
        return shown  # "Ã©" may be two letters; only a control proves a double decoding
    encoded = [lead_byte, *(_WINDOWS_1252_HIGH.get(char, ord(char)) for char in rest[:size])]
    try:
        return bytes(encoded).decode("utf-8") + rest[size:]
    except UnicodeDecodeError:
        return shown
