"""The public data model: round trips, validation, immutability, derived fields."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, Dateline, NewsparseError, Paragraph, ParagraphKind
from strategies import articles, datelines, paragraphs


@given(articles)
def test_dict_round_trip_is_exact(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article


@given(articles)
def test_json_round_trip_is_exact(article: Article) -> None:
    assert Article.from_json(article.to_json()) == article
    assert Article.from_json(article.to_json(indent=2)) == article


@given(articles)
def test_to_dict_holds_only_json_types(article: Article) -> None:
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["body"] == article.body


@given(articles)
def test_body_joins_paragraph_texts_with_a_blank_line(article: Article) -> None:
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)


@given(articles, st.integers(min_value=0, max_value=pickle.HIGHEST_PROTOCOL))
def test_pickle_round_trip_is_exact_and_frozen(article: Article, protocol: int) -> None:
    # parse_many's workers send Articles back pickled, the paragraphs as their texts and
    # a byte of kind each: every field must come back, the objects as frozen as made.
    restored = pickle.loads(pickle.dumps(article, protocol=protocol))
    assert restored == article
    assert hash(restored) == hash(article)
    assert attrs.asdict(restored) == attrs.asdict(article)
    assert copy.deepcopy(article) == article
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        restored.title = "changed"  # type: ignore[misc]
    for paragraph in restored.paragraphs:
        assert type(paragraph) is Paragraph
        assert type(paragraph.kind) is ParagraphKind
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            paragraph.text = "changed"  # type: ignore[misc]
    for paragraph in article.paragraphs:
        assert pickle.loads(pickle.dumps(paragraph, protocol=protocol)) == paragraph


@given(paragraphs)
def test_paragraph_round_trip(paragraph: Paragraph) -> None:
    assert Paragraph.from_dict(paragraph.to_dict()) == paragraph


@given(datelines)
def test_dateline_round_trip(dateline: Dateline) -> None:
    assert Dateline.from_dict(dateline.to_dict()) == dateline


@given(articles)
def test_articles_are_hashable_and_equal_copies_hash_alike(article: Article) -> None:
    copy = Article.from_dict(article.to_dict())
    assert hash(copy) == hash(article)


def test_paragraph_kind_defaults_to_paragraph() -> None:
    assert Paragraph("Text.").kind is ParagraphKind.PARAGRAPH
    assert Paragraph.from_dict({"text": "Text."}).kind is ParagraphKind.PARAGRAPH


def test_to_dict_names_the_kind_by_its_string_value() -> None:
    assert Paragraph("Budget", ParagraphKind.HEADING).to_dict() == {
        "text": "Budget", "kind": "heading",
    }


def test_dates_serialise_as_iso_strings() -> None:
    aware = dt.datetime(2026, 3, 3, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=11)))
    article = Article(paragraphs=(Paragraph("Text."),), published=aware,
                      modified=dt.date(2026, 3, 4))
    data = article.to_dict()
    assert data["published"] == "2026-03-03T14:05:00+11:00"
    assert data["modified"] == "2026-03-04"
    back = Article.from_dict(data)
    assert isinstance(back.published, dt.datetime)
    assert back.published.utcoffset() == dt.timedelta(hours=11)
    assert type(back.modified) is dt.date


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"day": 32}, ValueError),
        ({"day": 0}, ValueError),
        ({"month": 13}, ValueError),
        ({"year": 0}, ValueError),
        ({"day": True}, ValueError),
        ({"day": "4"}, ValueError),
        ({"place": 5}, TypeError),
        ({"source": b"AP"}, TypeError),
        ({"year_inferred": 1}, TypeError),
    ],
)
def test_dateline_rejects_bad_values(fields: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        Dateline(text="SYDNEY, March 3", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", " padded", "padded\n", 5, None])
def test_paragraph_rejects_empty_unstripped_or_non_str_text(text: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        Paragraph(text)  # type: ignore[arg-type]


def test_paragraph_rejects_a_kind_that_is_not_a_paragraph_kind() -> None:
    with pytest.raises(TypeError):
        Paragraph("Text.", "heading")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        {"paragraphs": ["plain str, not a Paragraph"]},
        {"paragraphs": (Paragraph("Text."),), "published": "2026-03-03"},
        {"paragraphs": (Paragraph("Text."),), "title": 7},
        {"paragraphs": (Paragraph("Text."),), "authors": (None,)},
        {"paragraphs": (Paragraph("Text."),), "dateline": "SYDNEY"},
    ],
)
def test_article_rejects_wrong_types(fields: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        Article(**fields)  # type: ignore[arg-type]


def test_article_converts_a_list_of_paragraphs_to_a_tuple() -> None:
    article = Article(paragraphs=[Paragraph("One."), Paragraph("Two.")])  # type: ignore[arg-type]
    assert article.paragraphs == (Paragraph("One."), Paragraph("Two."))


def test_models_are_frozen() -> None:
    article = Article(paragraphs=(Paragraph("Text."),), title="Title")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "Another"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.paragraphs[0].text = "Changed."  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Dateline(text="4 September IranExpert").day = 4  # type: ignore[misc]
    # Slotted: no attribute can be added on the side either.
    with pytest.raises((AttributeError, TypeError)):
        article.extra = 1  # type: ignore[attr-defined]


def test_dateline_date_needs_day_month_and_year_of_a_real_date() -> None:
    assert Dateline(text="x", day=3, month=3, year=2026).date == dt.date(2026, 3, 3)
    assert Dateline(text="x", day=4, month=9).date is None
    assert Dateline(text="x", day=30, month=2, year=2026).date is None


def test_dateline_city_is_the_place_before_its_first_comma() -> None:
    assert Dateline(text="x", place="Sydney, Australia").city == "Sydney"
    assert Dateline(text="x").city is None


@pytest.mark.parametrize(
    "data",
    [{}, {"paragraphs": [{"kind": "paragraph"}]}, {"paragraphs": [{"text": ""}]},
     {"paragraphs": [], "published": "not a date"}, {"paragraphs": [], "dateline": {"day": 3}},
     {"paragraphs": [{"text": "x", "kind": "sonnet"}]}],
)
def test_from_dict_raises_newsparse_error_on_a_bad_mapping(data: dict[str, object]) -> None:
    with pytest.raises(NewsparseError):
        Article.from_dict(data)


@pytest.mark.parametrize("text", ["", "not json", "[]", "null", '"article"'])
def test_from_json_raises_newsparse_error_on_bad_json(text: str) -> None:
    with pytest.raises(NewsparseError):
        Article.from_json(text)
