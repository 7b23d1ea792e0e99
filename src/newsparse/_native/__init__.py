"""The loops newsparse runs per byte or per element, behind one interface.

:class:`~newsparse._native.interface.Kernels` has two implementations: the Python
references (``python.py``, always there) and the C module's translations (``c.py`` over
``_cwalk.c``, when hatch_build.py could compile it). Both give the same output; the C one
is several times faster. The choice is made once, here, at import: ``kernels`` is the one
that runs, and ``kernels.name`` says which ("c" or "python").
"""

from __future__ import annotations

from newsparse._native.interface import Kernels
from newsparse._native.python import PYTHON

__all__ = ["IMPLEMENTATIONS", "Kernels", "kernels"]

try:
    from newsparse._native.c import C
except ImportError:  # pragma: no cover - a build without the C module
    IMPLEMENTATIONS: tuple[Kernels, ...] = (PYTHON,)
else:
    IMPLEMENTATIONS = (C, PYTHON)

#: The implementation every stage calls: the first available, C before Python.
kernels: Kernels = IMPLEMENTATIONS[0]
