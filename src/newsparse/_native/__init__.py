"""The C module (``_cwalk.c``) when this build has it and it fits the lxml that runs, else
None; and :func:`implementation`, which says which one runs.

hatch_build.py compiles it with the wheel when a C compiler is at hand; without it every
stage runs its Python reference (same output, slower). ``_blocks`` configures it.

The module reads lxml's elements and libxml2's nodes as the headers it was compiled
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

__all__ = ["BUILD_FAILURE", "implementation", "mismatch", "native"]

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


def _build_failure_warning() -> str:
    try:
        reason = BUILD_FAILURE.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return (f"newsparse: the C module failed to compile when newsparse was installed "
            f"({reason}); the pure-Python implementation runs (same output, slower). "
            "Install with a C compiler at hand to build it, or set NEWSPARSE_PURE_PYTHON=1 "
            "while installing to ask for pure Python and silence this warning.")


try:
    from newsparse._native import _cwalk as native
except ImportError:  # a build without the C module: the Python references run
    native = None  # type: ignore[assignment]
    if _build_failure_warning():
        warnings.warn(_build_failure_warning(), RuntimeWarning, stacklevel=2)
else:
    if mismatch(native, _running_versions()):
        warnings.warn(mismatch(native, _running_versions()), RuntimeWarning, stacklevel=2)
        native = None  # type: ignore[assignment]


def implementation() -> str:
    """Which implementation of newsparse's inner loops runs in this process: ``"c"`` (the
    compiled module) or ``"python"`` (the pure-Python references: same output, slower).

    Added in 0.1.
    """
    return "c" if native is not None else "python"
