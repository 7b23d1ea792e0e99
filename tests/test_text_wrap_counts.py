"""The hard-wrap width found from the lines' lengths counted, as from the lengths."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsparse._options import DEFAULT_OPTIONS
from newsparse._text.unwrap import wrap_width, wrap_width_of_counts

# Lengths around the widths a wrap leaves (60 to 100), with short lines among them.
_LINES = st.lists(st.tuples(st.integers(0, 120), st.booleans()), max_size=80)


@given(_LINES)
def test_the_width_of_the_counted_lengths_is_the_width_of_the_lengths(
    lines: list[tuple[int, bool]],
) -> None:
    widths = [width for width, _ in lines]
    spaced = [space for _, space in lines]
    shortest = DEFAULT_OPTIONS.text_wrap_min_width // 2
    counted = Counter(width for width, space in lines if space and width >= shortest)
    assert wrap_width_of_counts(counted, DEFAULT_OPTIONS) == wrap_width(
        widths, spaced, DEFAULT_OPTIONS
    )


def test_lines_bunched_under_a_width_give_it_from_their_counts() -> None:
    counted = Counter({70: 6, 72: 9, 71: 5, 40: 3, 30: 2})
    wrap = wrap_width_of_counts(counted, DEFAULT_OPTIONS)
    assert wrap is not None and wrap.width == 72
    assert wrap == wrap_width(sorted(counted.elements()), [True] * 25, DEFAULT_OPTIONS)
