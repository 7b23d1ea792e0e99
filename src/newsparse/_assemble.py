"""Last stage: put content blocks and metadata together into an :class:`Article`."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

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
    return Article(paragraphs=kept, dateline=dateline, **attrs.asdict(facts, recurse=False))
