"""Coverage-guided fuzz target for newsparse (atheris / libFuzzer).

Every input is fed to the public entry points. ``parse`` may return an Article or raise
a NewsparseError; any other exception, or a hang past ``-timeout``, is a bug that
libFuzzer reports with the input that caused it. See fuzz/README.md for how to run it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse import NewsparseError, ParseOptions

# Small limits keep every run short, and make the limit paths reachable by the fuzzer.
_SMALL = ParseOptions(max_input_bytes=1 << 20, max_nodes=20_000, max_text_lines=20_000,
                      max_nesting_depth=64)
_CHARSETS = (None, "utf-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16", "bogus")


def test_one_input(data: bytes) -> None:
    """One fuzz case: the first byte picks the entry point, charset, limits, input type
    and whether a url is passed."""
    if not data:
        return
    mode, payload = data[0], data[1:]
    entry = (newsparse.parse, newsparse.parse_html, newsparse.parse_text)[mode % 3]
    charset = _CHARSETS[(mode // 3) % len(_CHARSETS)]
    options = _SMALL if mode & 0x80 else None
    text_input = bool(mode & 0x40)
    # The page's address, as a caller passes it: the input's first line, whatever it holds.
    url = payload.split(b"\n", 1)[0][:200].decode("utf-8", "replace") if mode & 0x20 else None
    try:
        if text_input:
            # Decode as surrogateescape so lone surrogates reach the str path too.
            article = entry(payload.decode("utf-8", "surrogateescape"), url=url, options=options)
        else:
            article = entry(payload, url=url, options=options, encoding=charset)
    except NewsparseError:
        return
    # A returned Article must hold text and survive its own round trip.
    assert article.paragraphs, "an Article without paragraphs"
    assert type(article).from_dict(article.to_dict()) == article


def main() -> None:
    """Run libFuzzer with the command line's options (corpus folders, -max_total_time)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
