"""The public data model: Article, Paragraph, ParagraphKind and Dateline.

All are frozen, slotted attrs classes. ``to_dict()`` gives plain JSON types and
``from_dict()`` reads them back, so ``Article.from_dict(json.loads(a.to_json())) == a``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import validators as v

from newsparse._errors import NewsparseError


class ParagraphKind(enum.Enum):
    """What a paragraph of the body is. Added in 0.1."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    PREFORMATTED = "preformatted"
    TABLE_ROW = "table_row"


#: Every control character (C0, DEL, C1) but tab and newline: no field may hold one (a
#: page's ESC would reach the reader's terminal).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _no_controls(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse a str (or each str of a tuple) holding a control character."""
    for text in value if isinstance(value, tuple) else (value,):
        # (A printable str holds none: ``isprintable`` is a table's look-up a character,
        # half the pattern's cost, and the paragraphs of an article are mostly printable.)
        if isinstance(text, str) and not text.isprintable() and CONTROL_CHARACTERS.search(text):
            raise ValueError(f"{attribute.name} must hold no control character other than tab "
                             f"and newline, not {text!r}")


def _clean_text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or value != value.strip():
        raise ValueError(f"{attribute.name} must be non-empty and stripped, not {value!r}")
    _no_controls(_instance, attribute, value)


@attrs.frozen
class Paragraph:
    """One block of the article body: its text and its :class:`ParagraphKind`. Added in 0.1."""

    text: str = attrs.field(validator=[v.instance_of(str), _clean_text])
    kind: ParagraphKind = attrs.field(
        default=ParagraphKind.PARAGRAPH, validator=v.instance_of(ParagraphKind)
    )

    def to_dict(self) -> dict[str, str]:
        """Return ``{"text": ..., "kind": ...}`` with the kind's string value."""
        return _unstructure(self)

    def __reduce__(self) -> tuple[Any, tuple[str, ParagraphKind]]:
        # An Article holds dozens of paragraphs, and parse_many's workers send every
        # Article back pickled: rebuilding each from a (text, kind) pair costs the parent
        # a fifth of attrs' state-dict path (its CPU is the pool's serial part).
        return _restored_paragraph, (self.text, self.kind)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Paragraph:
        """Build a Paragraph from :meth:`to_dict` output (a missing kind is a paragraph)."""
        return _structure(cls, data)


_PARAGRAPH_TEXT = Paragraph.__dict__["text"]
_PARAGRAPH_KIND = Paragraph.__dict__["kind"]


def _restored_paragraph(text: str, kind: ParagraphKind) -> Paragraph:
    """Unpickle a Paragraph: its fields were validated when it was made."""
    paragraph = object.__new__(Paragraph)
    _PARAGRAPH_TEXT.__set__(paragraph, text)
    _PARAGRAPH_KIND.__set__(paragraph, kind)
    return paragraph


def _optional_range(low: int, high: int) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"{attribute.name} must be None or an int in {low}..{high}, "
                             f"not {value!r}")

    return check


_optional_str = v.and_(v.optional(v.instance_of(str)), _no_controls)


@attrs.frozen
class Dateline:
    """The dateline that opens a story: where, when and from whom it was filed.

    Each field is None where the dateline does not say it. ``text`` is the dateline
    exactly as written, white space squashed. ``year_inferred`` is True when
    :func:`newsparse.parse` completed a missing year from the publication date.

    Added in 0.1.
    """

    text: str = attrs.field(validator=[v.instance_of(str), _clean_text])
    place: str | None = attrs.field(default=None, validator=_optional_str)
    source: str | None = attrs.field(default=None, validator=_optional_str)
    day: int | None = attrs.field(default=None, validator=_optional_range(1, 31))
    month: int | None = attrs.field(default=None, validator=_optional_range(1, 12))
    year: int | None = attrs.field(default=None, validator=_optional_range(1, 9999))
    year_inferred: bool = attrs.field(default=False, validator=v.instance_of(bool), kw_only=True)

    @property
    def city(self) -> str | None:
        """The city part of ``place``: what comes before its first comma."""
        if self.place is None:
            return None
        return self.place.split(",", 1)[0].strip() or None

    @property
    def date(self) -> dt.date | None:
        """The calendar date, when day, month and year are all known and form a real date."""
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as JSON types."""
        return _unstructure(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Build a Dateline from :meth:`to_dict` output."""
        return _structure(cls, data)


def _paragraph_tuple(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(value)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


_optional_date = v.optional(v.instance_of((dt.date, dt.datetime)))


@attrs.frozen
class PageFacts:
    """The metadata a page offers, once its sources are reconciled."""

    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    modified: dt.date | dt.datetime | None = None
    language: str | None = None
    url: str | None = None
    site_name: str | None = None


@attrs.frozen
class Article:
    """A parsed news article. Immutable; compare, hash and serialise it freely.

    ``body`` is the paragraphs' texts joined by a blank line. ``published`` and
    ``modified`` are a timezone-aware ``datetime`` when the page gives a time and zone,
    else a ``date``. ``url`` is the page's canonical URL when it names one, else the
    caller's. ``language`` is a BCP 47 tag: the one the page declares (unless the body is
    plainly in another language), else a guess from the body's function words or script
    (text dumps always guess), else None. ``site_name`` is the site's declared name without
    its tagline, else the name glued to the title.

    Added in 0.1.
    """

    paragraphs: tuple[Paragraph, ...] = attrs.field(
        converter=_paragraph_tuple, validator=v.deep_iterable(v.instance_of(Paragraph))
    )
    title: str | None = attrs.field(default=None, validator=_optional_str)
    dateline: Dateline | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Dateline))
    )
    byline: str | None = attrs.field(default=None, validator=_optional_str)
    authors: tuple[str, ...] = attrs.field(
        default=(), converter=_str_tuple,
        validator=[v.deep_iterable(v.instance_of(str)), _no_controls],
    )
    published: dt.date | dt.datetime | None = attrs.field(default=None, validator=_optional_date)
    modified: dt.date | dt.datetime | None = attrs.field(default=None, validator=_optional_date)
    language: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    site_name: str | None = attrs.field(default=None, validator=_optional_str)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # parse_many's workers send every Article back pickled, and unpickling is the
        # pool's serial part, done by the parent: the paragraphs travel as their texts
        # and one byte of kind each, rebuilt in one loop (a third of the per-paragraph
        # path's cost; their fields were validated when they were made).
        kinds = bytes(_KIND_CODES[p.kind] for p in self.paragraphs)
        texts = tuple(p.text for p in self.paragraphs)
        rest = tuple(getattr(self, name) for name in _ARTICLE_REST)
        return _restored_article, (texts, kinds, rest)

    @property
    def body(self) -> str:
        """The paragraphs' texts joined by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON types; ``body`` is included for readers' convenience."""
        data = _unstructure(self)
        # The long part reads last: metadata first, then the paragraphs and their body.
        data["paragraphs"] = data.pop("paragraphs")
        data["body"] = self.body
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an Article from :meth:`to_dict` output (``body`` is derived, so ignored).

        Raises :class:`NewsparseError` when the mapping does not describe an Article.
        """
        try:
            return _structure(cls, data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise NewsparseError(f"not an Article mapping: {exc}") from exc

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Build an Article from :meth:`to_json` output."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise NewsparseError(f"not Article JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise NewsparseError("not Article JSON: the top level is not an object")
        return cls.from_dict(data)


_KINDS = tuple(ParagraphKind)
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}
_ARTICLE_REST = tuple(field.name for field in attrs.fields(Article))[1:]
_ARTICLE_SLOTS = tuple(Article.__dict__[field.name] for field in attrs.fields(Article))


def _restored_article(texts: tuple[str, ...], kinds: bytes, rest: tuple[Any, ...]) -> Article:
    """Unpickle an Article (see ``Article.__reduce__``)."""
    new = object.__new__
    set_text = _PARAGRAPH_TEXT.__set__
    set_kind = _PARAGRAPH_KIND.__set__
    paragraphs = []
    for text, code in zip(texts, kinds, strict=True):
        paragraph = new(Paragraph)
        set_text(paragraph, text)
        set_kind(paragraph, _KINDS[code])
        paragraphs.append(paragraph)
    article = new(Article)
    for slot, value in zip(_ARTICLE_SLOTS, (tuple(paragraphs), *rest), strict=True):
        slot.__set__(article, value)
    return article


# The dict form, derived from the fields: JSON types out (dates as ISO strings, enums by
# value, tuples as lists), and the same types read back by each field's declared type.


def _json_value(_instance: object, _field: attrs.Attribute[Any] | None, value: Any) -> Any:
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)  # asdict goes on into the items
    return value


def _unstructure(instance: Any) -> dict[str, Any]:
    return attrs.asdict(instance, value_serializer=_json_value)


def _date_from_json(value: str) -> dt.date | dt.datetime:
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


def _structure_value(kind: Any, value: Any) -> Any:
    """``value`` from JSON as the declared type ``kind`` wants it."""
    args = [arg for arg in typing.get_args(kind) if arg is not type(None)]
    if typing.get_origin(kind) is tuple:  # tuple[X, ...]
        return tuple(_structure_value(args[0], item) for item in value)
    if len(args) > 1 and all(issubclass(arg, dt.date) for arg in args):
        return _date_from_json(value)
    if len(args) == 1:  # X | None, and value is not None
        kind = args[0]
    if attrs.has(kind):
        return _structure(kind, value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is bool:
        return bool(value)
    return value


_T = typing.TypeVar("_T")


def _structure(cls: type[_T], data: Mapping[str, Any]) -> _T:
    """An instance of the attrs class ``cls`` from its dict form: a missing or null key
    takes the field's default, unknown keys (``body``) are ignored."""
    kinds = typing.get_type_hints(cls)
    values = {
        field.name: _structure_value(kinds[field.name], data[field.name])
        for field in attrs.fields(cls)  # type: ignore[arg-type]
        if field.default is attrs.NOTHING or data.get(field.name) is not None
    }
    return cls(**values)
