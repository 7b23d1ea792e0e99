"""The cheap text features both classifiers share: their shortcuts against their patterns."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._reading.textstats import has_sentence_end, is_cjk_heavy, is_cut_short, sentence_ends

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
