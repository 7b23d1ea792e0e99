"""Hypothesis strategies shared by the test modules.

Each engineer owns one section, headed by a banner comment; add yours at the end and
leave the others' sections as they are.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsparse import Article, Dateline, Paragraph, ParagraphKind

# ======================================================================================
# Model strategies: Paragraph, Dateline, Article (used by test_model.py)
# ======================================================================================

#: Non-empty text without surrounding white space: what Paragraph and Dateline accept.
stripped_text = st.text(min_size=1, max_size=80).map(str.strip).filter(bool)

optional_text = st.none() | st.text(max_size=40)

#: Fixed UTC offsets, whole minutes, as pages write them (e.g. +05:30, -03:00).
utc_offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)

#: What Article.published and Article.modified hold: a date, or an aware or naive datetime.
publication_dates = st.none() | st.dates() | st.datetimes() | st.datetimes(timezones=utc_offsets)

paragraphs = st.builds(Paragraph, text=stripped_text, kind=st.sampled_from(ParagraphKind))

datelines = st.builds(
    Dateline,
    text=stripped_text,
    place=optional_text,
    source=optional_text,
    day=st.none() | st.integers(min_value=1, max_value=31),
    month=st.none() | st.integers(min_value=1, max_value=12),
    year=st.none() | st.integers(min_value=1, max_value=9999),
    year_inferred=st.booleans(),
)

articles = st.builds(
    Article,
    paragraphs=st.lists(paragraphs, max_size=6).map(tuple),
    title=optional_text,
    dateline=st.none() | datelines,
    byline=optional_text,
    authors=st.lists(st.text(max_size=30), max_size=3).map(tuple),
    published=publication_dates,
    modified=publication_dates,
    language=st.none() | st.sampled_from(["en", "en-AU", "fr", "pt-BR", "zh-Hans"]),
    url=optional_text,
    site_name=optional_text,
)
