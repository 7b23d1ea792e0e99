"""Property tests of dateline parsing: built datelines parse back, nothing is invented,
arbitrary text never raises, and year completion only ever agrees with the page."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import Dateline, parse_dateline
from newsparse._dateline.match import complete_year, match_dateline
from newsparse._dateline.tokens import lead_tokens
from newsparse._input.decode import drop_controls
from newsparse._options import DEFAULT_OPTIONS
from strategies import (
    BuiltLead,
    dateline_impostors,
    dateline_leads,
    wide_dateline_impostors,
    wide_dateline_leads,
)


@given(dateline_leads)
def test_built_datelines_parse_back_to_their_parts(built: BuiltLead) -> None:
    match = match_dateline(built.lead, DEFAULT_OPTIONS)
    assert match is not None, built.lead
    want = built.dateline
    got = match.dateline
    assert (got.text, got.place, got.source) == (" ".join(want.text.split()), want.place,
                                                  want.source)
    assert (got.day, got.month, got.year) == (want.day, want.month, want.year)
    assert not got.year_inferred


@given(dateline_leads)
def test_match_end_is_where_the_story_starts(built: BuiltLead) -> None:
    match = match_dateline(built.lead, DEFAULT_OPTIONS)
    assert match is not None
    assert built.lead[match.end :] == built.story


@given(dateline_impostors)
def test_no_dateline_is_invented(lead: str) -> None:
    assert parse_dateline(lead) is None, lead


@given(wide_dateline_leads)
def test_wider_wire_forms_parse_back_to_their_parts(built: BuiltLead) -> None:
    match = match_dateline(built.lead, DEFAULT_OPTIONS)
    assert match is not None, built.lead
    want, got = built.dateline, match.dateline
    assert (got.text, got.place, got.source) == (" ".join(want.text.split()), want.place,
                                                  want.source), built.lead
    assert (got.day, got.month, got.year) == (want.day, want.month, want.year), built.lead
    assert built.lead[match.end :] == built.story


@given(wide_dateline_leads, st.sampled_from(("", "\n", "\ufeff")), st.text(max_size=40))
def test_wider_forms_ignore_what_surrounds_them(
    built: BuiltLead, prefix: str, tail: str
) -> None:
    plain = match_dateline(built.lead, DEFAULT_OPTIONS)
    noisy = match_dateline(prefix + built.lead + tail, DEFAULT_OPTIONS)
    assert plain is not None and noisy is not None
    assert noisy.dateline == plain.dateline


@given(wide_dateline_impostors)
def test_rubrics_labels_and_meta_lines_are_no_datelines(lead: str) -> None:
    assert parse_dateline(lead) is None, lead


@given(st.text(max_size=400))
@example("AA\x1f=")  # found by hypothesis: a control character between two marks
def test_arbitrary_text_never_raises_and_matches_are_consistent(text: str) -> None:
    # parse_dateline drops control characters first (a caller's text, not the page's):
    # "AA\x1f=" is read as "AA=", where the grammar alone would split at the \x1f.
    assert parse_dateline(text) == parse_dateline(drop_controls(text))
    text = drop_controls(text)
    match = match_dateline(text, DEFAULT_OPTIONS)
    assert parse_dateline(text) == (None if match is None else match.dateline)
    if match is not None:
        assert 0 < match.end <= len(text)
        assert " ".join(text[: match.end].split()).endswith(match.dateline.text)
        assert match_dateline(text, DEFAULT_OPTIONS) == match


@given(dateline_leads, st.sampled_from(("", " ", "\n", "\ufeff", "  \n\n")),
       st.text(max_size=60))
def test_leading_space_and_trailing_text_change_nothing(
    built: BuiltLead, prefix: str, tail: str
) -> None:
    plain = match_dateline(built.lead, DEFAULT_OPTIONS)
    noisy = match_dateline(prefix + built.lead + tail, DEFAULT_OPTIONS)
    assert plain is not None and noisy is not None
    assert noisy.dateline == plain.dateline
    assert noisy.end == plain.end + len(prefix)


_partial_datelines = st.builds(
    Dateline,
    text=st.just("4 September IranExpert"),
    day=st.integers(min_value=1, max_value=31),
    month=st.integers(min_value=1, max_value=12),
)


@given(_partial_datelines, st.dates(), st.integers(min_value=0, max_value=400))
def test_completed_year_agrees_with_publication(
    dateline: Dateline, published: dt.date, max_days: int
) -> None:
    done = complete_year(dateline, published, max_days=max_days)
    if done.year is None:
        assert done == dateline
        return
    assert done.year_inferred
    assert abs(done.year - published.year) <= 1
    assert done.date is not None
    assert abs((done.date - published).days) <= max_days
    assert (done.day, done.month, done.text) == (dateline.day, dateline.month, dateline.text)
    assert complete_year(done, published, max_days=max_days) == done


@given(st.builds(Dateline, text=st.just("WASHINGTON —"), place=st.just("WASHINGTON"),
                 month=st.none() | st.integers(1, 12)),
       st.none() | st.dates(), st.integers(min_value=0, max_value=400))
def test_no_year_without_day_and_month(
    dateline: Dateline, published: dt.date | None, max_days: int
) -> None:
    assert complete_year(dateline, published, max_days=max_days) == dateline


@given(st.text(alphabet=st.sampled_from("AZaz09 ,.-—:()'\n\u00e9"), max_size=40),
       st.lists(st.integers(min_value=-3, max_value=14), max_size=6))
def test_tokens_made_on_demand_are_the_tokens_of_the_whole_head(
    text: str, probes: list[int]
) -> None:
    lazy = lead_tokens(text, 30, DEFAULT_OPTIONS).tokens
    whole = list(lead_tokens(text, 30, DEFAULT_OPTIONS).tokens)  # iterating makes them all
    for i in probes:  # read in any order, as the grammar does
        assert lazy.get(i) == (whole[i] if 0 <= i < len(whole) else None)
        assert lazy.has(max(i, 0)) == (max(i, 0) < len(whole))
        assert list(lazy[max(i, 0) : i + 2]) == whole[max(i, 0) : i + 2]
    assert bool(lazy) == bool(whole)
    assert list(lazy) == whole and len(lazy) == len(whole)
    assert all(text[t.start : t.end] == t.text for t in whole)
