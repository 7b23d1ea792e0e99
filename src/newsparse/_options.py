"""ParseOptions: every threshold and limit of the pipeline, in one frozen object."""

from __future__ import annotations

import attrs
from attrs import validators as v


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"ParseOptions.{attribute.name} must be positive, not {value!r}")


def _share(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, float) or not 0.0 <= value <= 1.0:
        raise ValueError(f"ParseOptions.{attribute.name} must be a float in 0..1, not {value!r}")


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
    #: A dateline's day and month take the publication date's year when the two dates
    #: are at most this many days apart (the year is then marked as inferred).
    dateline_year_max_days: int = attrs.field(default=7, validator=v.instance_of(int))
    #: Largest input accepted, in bytes (str inputs count UTF-8 bytes).
    max_input_bytes: int = attrs.field(
        default=64 * 1024 * 1024, validator=[v.instance_of(int), _positive]
    )
    #: Most elements an HTML tree may hold.
    max_nodes: int = attrs.field(default=2_000_000, validator=[v.instance_of(int), _positive])
    #: Most lines a text dump may hold.
    max_text_lines: int = attrs.field(default=2_000_000, validator=[v.instance_of(int), _positive])
    #: libxml2 stops reading a page at 2,048 levels of nesting and drops the rest; such a
    #: page is read again with elements nested deeper than this flattened into their
    #: ancestor at this depth (their text is kept, as browsers do). Pages within
    #: libxml2's limit are read as they are. At most 2,000.
    max_nesting_depth: int = attrs.field(
        default=512, validator=[v.instance_of(int), _positive, v.le(2000)]
    )

    # Text dumps (plain-text "save as text" pages): line classification.
    #: Lines shorter than this (in characters) are "short" and take their neighbours' label.
    text_length_low: int = attrs.field(default=70, validator=[v.instance_of(int), _positive])
    #: Lines at least this long with some stop words are content on their own.
    text_length_high: int = attrs.field(default=200, validator=[v.instance_of(int), _positive])
    #: Share of stop words below which a line without sentence punctuation is no prose.
    text_stopwords_low: float = attrs.field(default=0.30, validator=_share)
    #: Share of stop words from which a line with a sentence end is prose.
    text_stopwords_high: float = attrs.field(default=0.32, validator=_share)
    #: Words a short line ending in sentence punctuation needs to count as prose.
    text_min_sentence_words: int = attrs.field(
        default=4, validator=[v.instance_of(int), _positive]
    )
    # Text dumps: choosing the story region.
    #: Words of story that a heading which usually closes a story ("Related", "Tags",
    #: "Comments") costs the region that spans it.
    text_wall_penalty: int = attrs.field(default=40, validator=[v.instance_of(int), _positive])
    #: Words of content that make a region story-sized.
    text_min_story_words: int = attrs.field(
        default=30, validator=[v.instance_of(int), _positive]
    )
    #: A story-sized region before a comments heading beats the densest region after it
    #: when it weighs at least this share of it.
    text_after_story_discount: float = attrs.field(default=0.2, validator=_share)
    #: Weight of a content line inside a run of three or more lines (where teaser and
    #: link lists live) against one that stands alone as a paragraph.
    text_run_line_weight: float = attrs.field(default=0.5, validator=_share)
    #: Weight of a content line with no content line next to it (a teaser's summary).
    text_isolated_line_weight: float = attrs.field(default=0.4, validator=_share)
    #: Words a gap of g non-content lines costs a region, per g squared.
    text_gap_cost: float = attrs.field(default=1.0, validator=[v.instance_of(float), v.gt(0.0)])
    #: Further weight of such a line with two non-content lines on each side.
    text_boxed_line_weight: float = attrs.field(default=0.25, validator=_share)
    #: Words a short line set off by blank lines (a heading, a caption) costs a region.
    text_alone_short_cost: float = attrs.field(
        default=2.0, validator=[v.instance_of(float), v.ge(0.0)]
    )
    #: Most lines kept as the list that a story line ending in a colon announces.
    text_max_list_items: int = attrs.field(
        default=60, validator=[v.instance_of(int), _positive]
    )
    #: A dump of at most this many lines, each set off by blank lines and none of them page
    #: furniture, is all story even when no line reads as prose.
    text_tiny_page_lines: int = attrs.field(
        default=5, validator=[v.instance_of(int), _positive]
    )
    #: Lines above the story searched for its title, byline and date.
    text_head_lines: int = attrs.field(default=40, validator=[v.instance_of(int), _positive])

DEFAULT_OPTIONS = ParseOptions()
