"""Last stage: put content blocks and metadata together into an :class:`Article`."""

from __future__ import annotations

from collections.abc import Iterable

from newsparse._errors import NoArticleError
from newsparse._model import Article, Dateline, PageFacts, Paragraph, ParagraphKind


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
