"""The HTML pipeline. (Stub: every <p>; to be replaced.)"""

from __future__ import annotations

import lxml.html

from ._assemble import assemble
from ._meta import read_page_facts
from ._model import Article, ParagraphKind
from ._options import ParseOptions
from ._tree import build_tree


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    return run_tree(build_tree(text, options), url=url, options=options)


def run_tree(root: lxml.html.HtmlElement, *, url: str | None, options: ParseOptions) -> Article:
    paragraphs = [(" ".join(p.text_content().split()), ParagraphKind.PARAGRAPH)
                  for p in root.iter("p")]
    body_text = "\n\n".join(text for text, _ in paragraphs)
    facts = read_page_facts(root, url=url, article_root=None, body_text=body_text)
    return assemble(paragraphs, facts, None, what="HTML page")
