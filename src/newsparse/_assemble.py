"""Last stage: put content blocks and metadata together into an :class:`Article`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ._errors import NoArticleError
from ._model import Article, Dateline, Paragraph, ParagraphKind


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


def assemble(
    paragraphs: Iterable[tuple[str, ParagraphKind]],
    facts: PageFacts,
    dateline: Dateline | None,
    *,
    what: str,
) -> Article:
    """Build the Article; raise :class:`NoArticleError` naming ``what`` was parsed if empty."""
    kept = tuple(
        Paragraph(text=text, kind=kind) for text, kind in paragraphs if text and text.strip()
    )
    if not kept:
        raise NoArticleError(f"no article text found in the {what}")
    return Article(
        paragraphs=kept,
        title=facts.title,
        dateline=dateline,
        byline=facts.byline,
        authors=facts.authors,
        published=facts.published,
        modified=facts.modified,
        language=facts.language,
        url=facts.url,
        site_name=facts.site_name,
    )
