"""Every regular expression in newsparse runs in linear time on bait (issue 16, item 16).

Each compiled pattern of the package is searched through long runs of bait: the
characters and phrases patterns quantify over, alone or mixed, ending the string or
followed by what no pattern expects. The bait is far longer than any caller's cap on its
input (a title line's 250 characters, a header element's 400): a pattern must be linear
by itself, not only behind a cap that a later change may lift.

Growth, not speed, is measured, and robustly enough for a loaded machine: the same bait
at n and 8n characters, each timed in CPU time of the thread (not wall time, which counts
the waits for a core) as the best of several interleaved runs. Linear growth is 8x,
quadratic 64x; a pattern is blamed only when it grows more than 24x at a size where its
cost is well above timer noise, and again when measured with more runs.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._text import title as text_title

# Runs of the characters and phrases that patterns quantify over, alone or mixed: white
# space, letters in both cases, digits, punctuation, markup, and phrases of datelines,
# bylines, credits and addresses.
_BAITS = (
    " ", "\t", "\n", "\u00a0", "a", "A", "1", "_", "-", ".", ":", "#", "(", ")", "<", ">",
    "&", "@", "/", "|", "'", "\u2019", '"', ",", "[", "]", "\u00e9",
    "a ", "A ", "Ab ", "AB ", "a.", "A.", "A-", "1 ", "1.", " \n", "\n\n", "x\n", ". ",
    "1:23 ", "WASHINGTON, ", "by and ", "By ", "http://", "<a ", " | ", "]]>", ", ]",
    "A / ", "Ab/", "&#1", "&#x", "- ", "(a) ",
)
# Bait that ends the string, then bait followed by what no pattern expects after it.
_TAILS = ("", "\x00!\nx")
_SIZE = 1_000  # characters of bait in the first measure; 8x that in the second
_GROWTH = 8
# A linear scan grows 8x, a quadratic one 64x: blamed above this.
_MAX_GROWTH = 24
# Below this, a measure is timer noise and scheduling, not the pattern's cost.
_MIN_SECONDS = 0.002


#: The wrapper over the C module, importable only where the module was built.
C_KERNELS, C_MODULE = "newsparse._native.c", "newsparse._native._cwalk"


def _compiled_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    found: dict[int, tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = {}
    for module_info in pkgutil.walk_packages(newsparse.__path__, prefix="newsparse."):
        if module_info.name == C_KERNELS and importlib.util.find_spec(C_MODULE) is None:
            continue  # the C kernels' wrapper, on an install without the C module
        try:
            module = importlib.import_module(module_info.name)
        except ModuleNotFoundError as exc:  # an optional extra's module, its extra not
            if (exc.name or "newsparse").startswith("newsparse"):  # installed
                raise
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{module_info.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


def _scan(pattern: re.Pattern[str] | re.Pattern[bytes], text: str) -> Callable[[], object]:
    subject: str | bytes = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    return lambda: sum(1 for _ in pattern.finditer(subject))  # type: ignore[arg-type]


def _best_times(runs: int, *functions: Callable[[], object]) -> list[float]:
    """The least CPU time each function takes over ``runs`` rounds. CPU time of this
    thread, not wall time: on a loaded machine the thread waits for a core, which wall
    time would count. Interleaved, so that what load still changes (caches) hits alike."""
    best = [float("inf")] * len(functions)
    for _ in range(runs):
        for index, function in enumerate(functions):
            start = time.thread_time()
            function()
            best[index] = min(best[index], time.thread_time() - start)
    return best


def growth(pattern: re.Pattern[str] | re.Pattern[bytes], bait: str, tail: str, size: int,
           runs: int) -> tuple[float, float]:
    """Seconds to scan ``size`` characters of bait and ``_GROWTH`` times as many."""
    small = bait * max(1, size // len(bait)) + tail
    large = bait * max(1, _GROWTH * size // len(bait)) + tail
    small_time, large_time = _best_times(runs, _scan(pattern, small), _scan(pattern, large))
    return small_time, large_time


def _super_linear(small: float, large: float) -> bool:
    return large > _MIN_SECONDS and large > _MAX_GROWTH * max(small, _MIN_SECONDS / _GROWTH)


# A pattern's own literals: its words and the symbols it names ("copyright", "©").
_LITERAL = re.compile(r"[^\W\d_]{2,}|[^\w\s\\()\[\]{}.*+?|^$!=<>:,'\"-]")
_MAX_OWN_BAITS = 12


def own_baits(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[str]:
    """Bait made of what ``pattern`` itself looks for, each followed by a short word: a
    pattern that rescans the rest of the string from each of its own openers ("©", then
    ".*?" to a phrase) shows it only on bait it opens on, which the shared bait may lack."""
    source = pattern.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    literals = dict.fromkeys(_LITERAL.findall(source))
    return [f"{literal} a " for literal in list(literals)[:_MAX_OWN_BAITS]]


def super_linear_patterns(
    patterns: list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]],
) -> list[str]:
    """The patterns that grow super-linearly on some bait, with the figures."""
    slow = []
    for name, pattern in patterns:
        for bait in (*_BAITS, *own_baits(pattern)):
            for tail in _TAILS:
                if not _super_linear(*growth(pattern, bait, tail, _SIZE, runs=2)):
                    continue
                # Confirm with more runs before blaming it.
                small, large = growth(pattern, bait, tail, _SIZE, runs=5)
                if _super_linear(small, large):
                    slow.append(f"{name} on {bait!r}*n+{tail!r}: {small:.4f}s -> {large:.4f}s")
                    break
    return slow


def test_every_regex_in_newsparse_is_linear_on_bait() -> None:
    patterns = _compiled_patterns()
    assert len(patterns) > 30  # the scan found the package's patterns
    slow = super_linear_patterns(patterns)
    assert not slow, "super-linear regexes:\n" + "\n".join(slow)


def test_the_check_catches_a_pattern_quadratic_only_on_its_own_literals() -> None:
    # Once in the text pipeline: from every "©", the rest of the line was rescanned for the
    # reserved rights. No shared bait holds a "©".
    notice = re.compile(r"(?:©|\bcopyright\b).*?rights\s+reserved")
    assert "© a " in own_baits(notice)
    assert super_linear_patterns([("notice", notice)])


def test_the_check_catches_a_quadratic_pattern() -> None:
    # The kind of pattern the check is for: every start of a run rescans the rest of it.
    quadratic = re.compile(r"[A-Z]\w*(?: [A-Z]\w*)+ ?/")
    linear = re.compile(r"(?<!\S)[A-Z]\w*+ /")
    assert super_linear_patterns([("quadratic", quadratic)])
    assert not super_linear_patterns([("linear", linear)])


# The photo-credit test of text titles: once a pattern that rescanned every run of
# capitalised words from each of its starts ("A A A … A" took 16x the time at 4x the size).
_QUADRATIC_PHOTO_CREDIT = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+ ?/ ?[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,3}\)?$")
_CREDIT_ALPHABET = st.sampled_from([*"AaBz1.'’-&)(/ _é\n", " / ", "Doe", "AP"])


@given(st.lists(_CREDIT_ALPHABET, max_size=14).map("".join))
def test_the_photo_credit_test_says_what_the_old_pattern_said(text: str) -> None:
    assert text_title.ends_with_photo_credit(text) == bool(
        _QUADRATIC_PHOTO_CREDIT.search(text))


@pytest.mark.parametrize(("text", "credit"), [
    ("Storm over Vienna, Austria. Jane Doe / Reuters file", True),
    ("(Manu Fernandez/AP)", True),
    ("Jane Doe/AP", True),
    ("jane doe / AP", False),
    ("Jane Doe / AP / more words than a credit has", False),
    ("Jane Doe /", False),
])
def test_photo_credits_are_found(text: str, credit: bool) -> None:
    assert text_title.ends_with_photo_credit(text) is credit
