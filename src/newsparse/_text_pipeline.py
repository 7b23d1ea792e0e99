"""The text-dump pipeline. (Stub: keeps long prose blocks; to be replaced.)"""

from __future__ import annotations

import re

from ._assemble import PageFacts, assemble
from ._dateline import parse_dateline
from ._model import Article, ParagraphKind
from ._options import ParseOptions

_BLANK = re.compile(r"\n[ \t\u00a0]*\n")


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [" ".join(b.split()) for b in _BLANK.split(text)]
    blocks = [b for b in blocks if b]
    dateline = parse_dateline(blocks[0]) if blocks else None
    head = blocks[1:] if dateline else blocks
    title = head[0] if head else None
    paragraphs = [(b, ParagraphKind.PARAGRAPH) for b in blocks
                  if len(b) >= 80 and b.rstrip()[-1:] in '.!?"”']
    return assemble(paragraphs, PageFacts(title=title, url=url), dateline, what="text dump")
