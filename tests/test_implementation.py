"""The C module around its loops: inputs it must refuse, and which implementation runs
(issue 16, item 15)."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import lxml.etree
import pytest

import newsparse
from conftest import C_KERNELS, KERNELS, requires_c
from newsparse import _native
from newsparse._native.interface import Kernels

needs_c = requires_c
native = C_KERNELS.module if C_KERNELS is not None else None  # type: ignore[attr-defined]


def _cyclic_parents() -> list[dict[lxml.etree._Element, lxml.etree._Element | None]]:
    a, b, c, d = (lxml.etree.Element(tag) for tag in "abcd")
    return [{a: b, b: a}, {a: b, b: c, c: a, d: a}, {a: a}, {d: None, a: b, b: a, c: d}]


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_ancestry_refuses_parents_that_form_a_cycle(kernels: Kernels) -> None:
    for parents in _cyclic_parents():
        with pytest.raises(ValueError, match="cycle"):
            kernels.ancestry(parents)


# --- which implementation runs, and when the C module must not ---------------------------

def test_implementation_names_the_one_that_runs() -> None:
    assert newsparse.implementation() == ("c" if native is not None else "python")
    assert newsparse.implementation() == _native.kernels.name
    assert "implementation" in newsparse.__all__


def test_a_c_module_built_against_other_versions_is_refused() -> None:
    built = types.SimpleNamespace(BUILT_LXML="6.2.0", BUILT_LIBXML2="2.14.6")
    assert _native.mismatch(built, ("6.2.0", "2.14.6")) == ""
    assert "lxml 6.2.0" in _native.mismatch(built, ("6.1.3", "2.14.6"))
    assert "libxml2 2.14.6" in _native.mismatch(built, ("6.2.0", "2.14.4"))
    assert _native.mismatch(types.SimpleNamespace(), ("6.2.0", "2.14.6"))  # no record


def test_a_c_module_older_than_its_sources_is_refused() -> None:
    built = types.SimpleNamespace(walk=len)
    assert _native.stale(built, ("walk",)) == ""
    assert "lacks text_pieces" in _native.stale(built, ("walk", "text_pieces"))


@needs_c
def test_the_c_module_has_every_function_its_python_side_calls() -> None:
    from newsparse._native import c  # noqa: PLC0415 - absent in a pure build

    called = set(re.findall(r"(?<![`\w])_cwalk\.(\w+)", Path(c.__file__).read_text()))
    assert called <= set(c.FUNCTIONS)
    assert _native.stale(native, c.FUNCTIONS) == ""


@needs_c
def test_the_c_module_records_the_versions_it_was_built_against() -> None:
    assert lxml.etree.__version__ == native.BUILT_LXML
    assert ".".join(map(str, lxml.etree.LIBXML_COMPILED_VERSION)) == native.BUILT_LIBXML2


@needs_c
def test_a_mismatch_at_import_falls_back_to_python_with_a_warning() -> None:
    script = (
        "import warnings, lxml.etree\n"
        "lxml.etree.__version__ = '0.0.1'\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    import newsparse\n"
        "assert newsparse.implementation() == 'python', newsparse.implementation()\n"
        "assert any('built against lxml' in str(w.message) for w in caught), caught\n"
        "assert newsparse.parse('<p>' + 'A sentence of the story, long enough. ' * 4).body\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_failed_compile_is_told_at_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "build-failure.txt"
    marker.write_text("CompileError: command 'cc' failed\n", encoding="utf-8")
    monkeypatch.setattr(_native, "BUILD_FAILURE", marker)
    message = _native._build_failure_warning()
    assert "failed to compile" in message
    assert "command 'cc' failed" in message
    assert "NEWSPARSE_PURE_PYTHON" in message
