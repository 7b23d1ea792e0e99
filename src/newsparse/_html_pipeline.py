"""The HTML pipeline. (Stub: every <p>; to be replaced.)"""

from __future__ import annotations

import lxml.html

from ._assemble import PageFacts, assemble
from ._model import Article, ParagraphKind
from ._options import ParseOptions
from ._tree import build_tree


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    return run_tree(build_tree(text, options), url=url, options=options)


def run_tree(root: lxml.html.HtmlElement, *, url: str | None, options: ParseOptions) -> Article:
    paragraphs = [(" ".join(p.text_content().split()), ParagraphKind.PARAGRAPH)
                  for p in root.iter("p")]
    title = root.findtext(".//title")
    return assemble(paragraphs, PageFacts(title=title, url=url), None, what="HTML page")
