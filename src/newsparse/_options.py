"""ParseOptions: every threshold and limit of the pipeline, in one frozen object."""

from __future__ import annotations

import attrs
from attrs import validators as v


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"ParseOptions.{attribute.name} must be positive, not {value!r}")


@attrs.frozen
class ParseOptions:
    """Options of :func:`newsparse.parse`. Frozen; derive variants with ``attrs.evolve``.

    Added in 0.1.
    """

    #: Blocks shorter than this (in characters) need good neighbours to count as content.
    min_paragraph_chars: int = attrs.field(default=30, validator=[v.instance_of(int), _positive])
    #: Share of a block's characters inside links above which the block is chrome.
    max_link_density: float = attrs.field(default=0.5, validator=v.instance_of(float))
    #: How much of a block's value reaches each further ancestor when scoring regions.
    score_decay: float = attrs.field(default=0.85, validator=v.instance_of(float))
    #: Strip a dateline found at the start of the first paragraph from that paragraph.
    strip_dateline: bool = attrs.field(default=False, validator=v.instance_of(bool))
    #: Largest input accepted, in bytes (str inputs count UTF-8 bytes).
    max_input_bytes: int = attrs.field(
        default=64 * 1024 * 1024, validator=[v.instance_of(int), _positive]
    )
    #: Most elements an HTML tree may hold.
    max_nodes: int = attrs.field(default=2_000_000, validator=[v.instance_of(int), _positive])
    #: Most lines a text dump may hold.
    max_text_lines: int = attrs.field(default=2_000_000, validator=[v.instance_of(int), _positive])

    #: Text dumps: lines shorter than this (in characters) are "short" and take the
    #: label of their neighbours.
    text_length_low: int = attrs.field(default=70, validator=[v.instance_of(int), _positive])
    #: Text dumps: lines at least this long with some stop words are content on their own.
    text_length_high: int = attrs.field(default=200, validator=[v.instance_of(int), _positive])
    #: Text dumps: share of stop words below which a line is no prose.
    text_stopwords_low: float = attrs.field(default=0.30, validator=v.instance_of(float))
    #: Text dumps: share of stop words from which a line with a sentence end is prose.
    text_stopwords_high: float = attrs.field(default=0.32, validator=v.instance_of(float))

    #: Text dumps: how many words of story a section heading that usually closes a story
    #: ("Related", "Comments", "Tags") costs the region that spans it.
    text_wall_penalty: int = attrs.field(default=40, validator=[v.instance_of(int), _positive])

    #: Text dumps: weight of a candidate story region that comes after a hard wall
    #: ("Comments", "Most popular") once an earlier region was story-sized.
    text_after_story_discount: float = attrs.field(default=0.35, validator=v.instance_of(float))
    #: Text dumps: words of content that make a region story-sized.
    text_min_story_words: int = attrs.field(default=30, validator=[v.instance_of(int), _positive])


DEFAULT_OPTIONS = ParseOptions()
