"""The loops newsparse runs per byte or per element, behind one interface.

:class:`~newsparse._native.interface.Kernels` has two implementations: the Python
references (``python.py``, always there) and the C module's translations (``c.py`` over
``_cwalk.c``, when hatch_build.py could compile it). Both give the same output; the C one
is several times faster. The choice is made once, here, at import: ``kernels`` is the one
that runs, and :func:`implementation` (public as ``newsparse.implementation``) says which.

The C module reads lxml's elements and libxml2's nodes as the headers it was compiled
against lay them out. pip builds it in an isolated environment, often against a newer
lxml than the one installed, so it is used only when the lxml and libxml2 versions it
was built against are the ones running; otherwise the Python references run, with a
warning. A compile that failed at install time is told at import too (pip shows no
output of a build that succeeds, so the build's own warning is not seen).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import lxml.etree

from newsparse._native.interface import Kernels
from newsparse._native.python import PYTHON

__all__ = ["BUILD_FAILURE", "IMPLEMENTATIONS", "Kernels", "implementation", "kernels",
           "mismatch", "stale"]

#: Written by hatch_build.py when the C module failed to compile: the reason.
BUILD_FAILURE: Path = Path(__file__).with_name("build-failure.txt")


def _running_versions() -> tuple[str, str]:
    """The versions of lxml and of the libxml2 it uses, in this process."""
    return lxml.etree.__version__, ".".join(map(str, lxml.etree.LIBXML_VERSION))


def mismatch(module: object, running: tuple[str, str]) -> str:
    """Why the C ``module`` must not run with the ``running`` (lxml, libxml2) versions,
    or '' when it was built against them."""
    built = (getattr(module, "BUILT_LXML", "unknown"), getattr(module, "BUILT_LIBXML2", "unknown"))
    if built == running:
        return ""
    return (
        f"newsparse: the C module was built against lxml {built[0]} (libxml2 {built[1]}) "
        f"but lxml {running[0]} (libxml2 {running[1]}) runs; the pure-Python "
        "implementation runs instead (same output, slower). Reinstall newsparse without "
        "build isolation (pip install --force-reinstall --no-deps --no-build-isolation) "
        "to build it against this lxml."
    )


def stale(module: object, functions: tuple[str, ...]) -> str:
    """Why the C ``module`` is older than the sources that call ``functions``, or ''."""
    missing = [name for name in functions if not hasattr(module, name)]
    if not missing:
        return ""
    return (
        f"newsparse: the C module lacks {', '.join(missing)}: it was built from older "
        "sources than the Python that calls it (an editable install not rebuilt since its "
        "C sources changed); the pure-Python implementation runs instead (same output, "
        "slower). Reinstall newsparse to rebuild it."
    )


def _build_failure_warning() -> str:
    try:
        reason = BUILD_FAILURE.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return (f"newsparse: the C module failed to compile when newsparse was installed "
            f"({reason}); the pure-Python implementation runs (same output, slower). "
            "Install with a C compiler at hand to build it, or set NEWSPARSE_PURE_PYTHON=1 "
            "while installing to ask for pure Python and silence this warning.")


def _usable_c() -> Kernels | None:
    """The C implementation, when it is built and fits the lxml that runs."""
    try:
        from newsparse._native.c import FUNCTIONS, C  # noqa: PLC0415 - absent in a pure build
    except ImportError:  # a build without the C module: the Python references run
        if _build_failure_warning():
            warnings.warn(_build_failure_warning(), RuntimeWarning, stacklevel=3)
        return None
    problem = mismatch(C.module, _running_versions()) or stale(C.module, FUNCTIONS)
    if problem:
        warnings.warn(problem, RuntimeWarning, stacklevel=3)
        return None
    return C


_C = _usable_c()
#: Every implementation this process may run, the one chosen first.
IMPLEMENTATIONS: tuple[Kernels, ...] = (PYTHON,) if _C is None else (_C, PYTHON)
#: The implementation every stage calls.
kernels: Kernels = IMPLEMENTATIONS[0]


def implementation() -> str:
    """Which implementation of newsparse's inner loops runs in this process: ``"c"`` (the
    compiled module) or ``"python"`` (the pure-Python references: same output, slower).

    Added in 0.1.
    """
    return kernels.name
