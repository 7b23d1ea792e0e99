"""The exceptions newsparse raises.

Every failure a caller can cause is a subclass of :class:`NewsparseError`::

    NewsparseError
    ├── InputTypeError     (also a TypeError)   data of a type parse() does not take
    ├── InputLimitError    (also a ValueError)  data over a limit set in ParseOptions
    └── NoArticleError     (also a ValueError)  a page with no article text in it

Added in 0.1.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose. Added in 0.1."""


class InputTypeError(NewsparseError, TypeError):
    """The input is of a type newsparse cannot read (an int, a list). Added in 0.1."""


class InputLimitError(NewsparseError, ValueError):
    """The input is over a limit in :class:`ParseOptions` (size, nodes, lines). Added in 0.1."""


class NoArticleError(NewsparseError, ValueError):
    """The page holds no article text; the message says why. Added in 0.1."""
