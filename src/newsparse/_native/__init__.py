"""The C module (``_cwalk.c``) when this build has it, else None.

hatch_build.py compiles it with the wheel when a C compiler is at hand; without it every
stage runs its Python reference (same output, slower). ``_blocks`` configures it.
"""

from __future__ import annotations

__all__ = ["native"]

try:
    from newsparse._native import _cwalk as native
except ImportError:  # pragma: no cover - a build without the C module
    native = None  # type: ignore[assignment]  # the module is absent: Python references run
