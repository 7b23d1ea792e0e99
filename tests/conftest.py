"""Shared test set-up: where ../shared lives, how to skip without it, hypothesis profiles.

Other test modules import the helpers below by name; keep them stable::

    from conftest import SHARED_DIR, requires_shared

    @requires_shared
    def test_something_on_the_corpus() -> None:
        pages = SHARED_DIR / "corpus" / "dev" / "pages"

or take the ``shared_dir`` fixture, which skips the same way.

``KERNELS`` parametrises a test over both implementations of the native interface (the
C one skips where the build has none); ``C_KERNELS`` is the C one, or None::

    @pytest.mark.parametrize("kernels", KERNELS)
    def test_something(kernels: Kernels) -> None: ...
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from newsparse._native.interface import Kernels
from newsparse._native.python import PYTHON
from pool_watchdog import watchdog

try:
    from newsparse._native.c import C as _C
except ImportError:  # a build without the C module
    _C = None

#: The repository's top folder (the one holding pyproject.toml).
REPO_ROOT = Path(__file__).resolve().parent.parent
#: The read-only project data beside the checkout: golden pages, dev corpus, scorer.
SHARED_DIR = REPO_ROOT.parent / "shared"
#: The reason every test that needs SHARED_DIR gives when it is absent.
SHARED_ABSENT_REASON = (
    "../shared (golden pages and dev corpus) is absent: these tests run in the project's CI"
)
#: .ci/run sets this so that a missing ../shared fails the run instead of skipping tests.
REQUIRE_SHARED_ENV = "NEWSPARSE_REQUIRE_SHARED"


def shared_available() -> bool:
    """True when ../shared is there to test against."""
    return SHARED_DIR.is_dir()


#: Mark a test (or a module, via ``pytestmark = requires_shared``) as needing ../shared.
requires_shared = pytest.mark.skipif(not shared_available(), reason=SHARED_ABSENT_REASON)


#: The C implementation of the native interface, or None where it was not built.
C_KERNELS: Kernels | None = _C
#: Mark a test as needing the C module.
requires_c = pytest.mark.skipif(_C is None, reason="the C module was not built")
#: Both implementations of the native interface, as parameters (C skips where absent).
KERNELS = [
    pytest.param(PYTHON, id="python"),
    pytest.param(_C, id="c", marks=requires_c),
]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder; skips the test when it is absent."""
    if not shared_available():
        pytest.skip(SHARED_ABSENT_REASON)
    return SHARED_DIR


def pytest_configure(config: pytest.Config) -> None:
    global _stderr  # noqa: PLW0603 - set once, before any test runs
    # The terminal's stderr, not the test's captured one: what the watchdog writes must
    # show even when it ends the run.
    _stderr = os.dup(sys.stderr.fileno())
    # CI must never pass by skipping the corpus and golden tests.
    if os.environ.get(REQUIRE_SHARED_ENV) and not shared_available():
        raise pytest.UsageError(
            f"{REQUIRE_SHARED_ENV} is set but {SHARED_DIR} is absent: "
            "the golden and corpus tests would all skip"
        )


# --- the worker pool's watchdog ------------------------------------------------------
#: How long a test may run with worker processes before the watchdog stops it: many
#: times what any test that starts workers takes on a loaded machine (under 40 s).
POOL_WATCHDOG_SECONDS = 240.0
#: How long such a test then has to end once its workers are killed, before the watchdog
#: stops the whole run (with the test's stack: it hangs on something else than them).
POOL_WATCHDOG_GRACE_SECONDS = 60.0
_stderr = 2


@pytest.fixture(autouse=True)
def pool_watchdog() -> Iterator[None]:
    """Fail a test whose worker processes hang, with their stacks, instead of stalling
    the run (a full run once hung for 20 minutes): see tests/pool_watchdog.py."""
    with watchdog(
        POOL_WATCHDOG_SECONDS, grace=POOL_WATCHDOG_GRACE_SECONDS, stderr=_stderr
    ) as fired:
        yield
    if fired:
        pytest.fail(f"watchdog: {fired[0]}", pytrace=False)


# --- hypothesis profiles -------------------------------------------------------------
# "dev" keeps local runs light and saves failing examples under .hypothesis/examples/
# (git-ignored) to replay them first next time; "ci" (set by .ci/run) searches harder and
# reproducibly, and so keeps no database (hypothesis forbids one with derandomize).
# The failures database the project keeps is in the repository instead: every failing
# input that Hypothesis (in any profile) or the fuzzer (fuzz/) ever found is pinned as an
# explicit @example(...) on its test, or as a case in test_fuzz_regressions.py, so it
# replays on every run in every profile, readable and reviewed like any other test.
_DATABASE = DirectoryBasedExampleDatabase(REPO_ROOT / ".hypothesis" / "examples")
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    print_blob=True,
    # Corpus-sized inputs are slow to generate on a shared 2-core machine; that is expected.
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=30,
    deadline=None,
    database=_DATABASE,
    # The same reason as "ci": under load (helpers, a parallel build) generation of a
    # large input can pass the health check's time limit with nothing wrong in the code.
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
