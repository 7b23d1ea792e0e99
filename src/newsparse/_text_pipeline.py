"""The text-dump pipeline: lines → blocks → labels → story region → head → Article."""

from __future__ import annotations

from ._assemble import PageFacts, assemble
from ._dateline import parse_dateline
from ._model import Article
from ._options import ParseOptions
from ._text_blocks import split_lines
from ._text_classify import first_label, smooth
from ._text_features import LineFeatures
from ._text_region import densest_region, line_weights
from ._text_story import story_paragraphs


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    """Parse a plain-text dump of a whole page into an :class:`Article`."""
    lines = split_lines(text, options)
    features = [LineFeatures.of(line.text) for line in lines]
    labels = [first_label(f, options) for f in features]
    smoothed = smooth(labels)
    weights = line_weights(lines, features, labels, options)
    start, end = densest_region(weights, features, options)
    kept = story_paragraphs(lines, features, smoothed, (start, end), options)
    paragraphs = [(lines[i].text, kind) for i, kind in kept]
    dateline = parse_dateline(lines[0].text) if lines else None
    head = lines[1:] if dateline else lines
    title = head[0].text if head else None
    return assemble(paragraphs, PageFacts(title=title, url=url), dateline, what="text dump")
