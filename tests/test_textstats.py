"""The cheap text features both classifiers share: their shortcuts against their patterns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._reading.textstats import (
    has_sentence_end,
    is_cjk_heavy,
    is_cut_short,
    sentence_ends,
    stem_set,
    stems,
    words,
)

# ASCII, Western punctuation, the code points around the CJK ranges, and CJK itself.
_MIXED_TEXT = st.text(
    alphabet=st.sampled_from("ab. !?“”—é\u303f\u3040\u3042\u9fff\ua000\uabff\uac00\ud7af"
                             "\ud7b0。！？」"),
    max_size=260,
)


@given(_MIXED_TEXT)
def test_is_cjk_heavy_is_a_majority_of_cjk_in_the_first_200_characters(text: str) -> None:
    sample = text[:200]
    cjk = len(re.findall(r"[\u3040-\u9fff\uac00-\ud7af]", sample))
    assert is_cjk_heavy(text) == (cjk * 2 > len(sample))


@given(_MIXED_TEXT)
def test_has_sentence_end_is_any_sentence_end(text: str) -> None:
    assert has_sentence_end(text) == (sentence_ends(text) > 0)


def test_is_cut_short() -> None:
    excerpt = "NEW DELHI: Their American dream shattered, nearly 150 returned the..."
    assert is_cut_short(excerpt, 700)
    assert is_cut_short("A vida requer da gente otimismo e coragem para …  ", 700)
    assert not is_cut_short("The council voted on Tuesday.", 700)
    assert not is_cut_short("Words " * 200 + "...", 700)  # too long for an excerpt
    assert is_cut_short("Words " * 200 + "...", 1300)


# ASCII letters, figures, "_", punctuation and control characters, and a few beyond ASCII
# (a case pair whose lower case is two characters, a long s, curly quotes, a Han figure, a
# capital sigma, whose lower case depends on the letters around it, over an apostrophe too).
_WORDY_TEXT = st.text(
    alphabet=st.sampled_from("aZ9_ -.’\t\x1c\x7f\u0130\u017féß二Σ'"), max_size=40)
# Around the punctuation that ``words`` spaces by its bytes (U+2000 to U+203F): the first
# and last of it, a dash and a curly quote, and the word characters either side of it (a
# Latin letter and a superscript figure), with ASCII and the characters above.
_PUNCTUATED_TEXT = st.text(
    alphabet=st.sampled_from("aZ9_ -.’\t\x1c\u0130\u017féß二Σ'\u1fff\u2000—“\u203f\u2040"
                             "\u2070\u2080\u00a0\u00b2"), max_size=40)


@given(_WORDY_TEXT)
def test_words_are_the_runs_of_word_characters_lower_cased(text: str) -> None:
    assert words(text) == re.findall(r"\w+", text.lower())
    assert words(text.encode("ascii", "ignore").decode()) == re.findall(
        r"\w+", text.encode("ascii", "ignore").decode().lower())


@given(_PUNCTUATED_TEXT)
def test_words_beyond_ascii_are_the_pattern_s_runs(text: str) -> None:
    assert words(text) == re.findall(r"\w+", text.lower())


def test_every_character_of_the_spaced_punctuation_is_no_word_character() -> None:
    assert not any(re.match(r"\w", chr(code)) for code in range(0x2000, 0x2040))
    text = "".join(chr(code) for code in range(0x1FF0, 0x2080)) + " São Paulo’s “naïve” ſ_x²"
    assert words(text) == re.findall(r"\w+", text.lower())


@given(_WORDY_TEXT)
def test_stems_are_the_words_first_six_characters(text: str) -> None:
    assert stems(text) == re.findall(r"(\w{1,6})\w*", text.lower())


@given(st.lists(_WORDY_TEXT, max_size=6))
def test_stem_set_is_every_text_s_stems(texts: list[str]) -> None:
    assert stem_set(texts) == {stem for text in texts for stem in stems(text)}


@pytest.mark.parametrize("text", ["ΟΔΟΣ'Α ΟΔΟΣ", "café’s naïve ΣΟΦΙΑ_ΣΑΣ", "İstanbul ß x"])
def test_stem_set_reads_runs_beyond_ascii_as_words_does(text: str) -> None:
    assert stem_set([text, text.upper()]) == set(stems(text)) | set(stems(text.upper()))


def test_stem_set_cuts_its_words_in_batches() -> None:
    texts = [f"word{n}abcdef story{n}" for n in range(5000)]  # more than a batch of words
    assert stem_set(texts) == {stem for text in texts for stem in stems(text)}
