"""The exceptions newsparse raises.

Every failure a caller can cause is a subclass of :class:`NewsparseError`::

    NewsparseError
    ├── InputTypeError     (also a TypeError)   data of a type parse() does not take
    ├── InputLimitError    (also a ValueError)  data over a limit set in ParseOptions
    ├── NoArticleError     (also a ValueError)  a page with no article text in it
    └── PageFailedError                         a batch's page crashed its parser or worker
        └── PageTimeoutError (also a TimeoutError) ... or ran over the batch's time limit

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


class PageFailedError(NewsparseError):
    """A page of a batch could not be parsed for a reason other than the page's content.

    Parsing it raised an unexpected exception (a bug in newsparse: the message names the
    exception), or the worker process parsing it died (a crash, the OOM killer). The
    batch goes on without it. Added in 0.1.
    """


class PageTimeoutError(PageFailedError, TimeoutError):
    """A page of a batch was still parsing when the batch's time limit ran out. Added in 0.1."""
