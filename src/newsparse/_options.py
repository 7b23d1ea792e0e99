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


DEFAULT_OPTIONS = ParseOptions()
