"""The public API is a contract: exactly these names, each documented."""

from __future__ import annotations

import enum
import importlib.metadata
import inspect
import subprocess
import sys

import pytest

import newsparse

PUBLIC_NAMES = [
    "Article",
    "Dateline",
    "InputLimitError",
    "InputTypeError",
    "NewsparseError",
    "NoArticleError",
    "PageFailedError",
    "PageTimeoutError",
    "Paragraph",
    "ParagraphKind",
    "ParseOptions",
    "__version__",
    "implementation",
    "parse",
    "parse_dateline",
    "parse_html",
    "parse_many",
    "parse_text",
    "parse_warc",
]
DOCUMENTED = [name for name in PUBLIC_NAMES if name != "__version__"]


def test_all_is_exactly_the_public_api() -> None:
    # Adding or removing a public name is an API change: update this list on purpose.
    assert newsparse.__all__ == PUBLIC_NAMES


def test_every_public_name_exists() -> None:
    for name in PUBLIC_NAMES:
        assert hasattr(newsparse, name), name


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == sorted(PUBLIC_NAMES)


@pytest.mark.parametrize("name", DOCUMENTED)
def test_public_item_has_its_own_docstring_saying_when_it_was_added(name: str) -> None:
    item = getattr(newsparse, name)
    doc = item.__doc__
    assert doc and doc.strip(), f"{name} has no docstring"
    assert "Added in 0.1." in doc, f"{name}'s docstring does not say 'Added in 0.1.'"


@pytest.mark.parametrize(
    "name", [n for n in DOCUMENTED if inspect.isclass(getattr(newsparse, n))]
)
def test_public_methods_and_properties_have_docstrings(name: str) -> None:
    cls = getattr(newsparse, name)
    if issubclass(cls, enum.Enum):
        return  # members are values, not methods
    undocumented = [
        attr
        for attr, value in vars(cls).items()
        if not attr.startswith("_")
        and (inspect.isfunction(value) or isinstance(value, (property, classmethod, staticmethod)))
        and not (inspect.getdoc(getattr(cls, attr)) or "").strip()
    ]
    assert not undocumented, f"{name}: {undocumented} have no docstring"


def test_version_matches_the_installed_distribution() -> None:
    assert newsparse.__version__ == importlib.metadata.version("newsparse")


# Public submodules: imported on purpose by their users, never by ``import newsparse``
# (newsparse.dask needs the dask extra).
PUBLIC_SUBMODULES = {"dask"}


def test_private_modules_stay_private() -> None:
    # Everything a caller needs is re-exported; the modules behind it are underscored.
    for name in dir(newsparse):
        item = getattr(newsparse, name)
        if inspect.ismodule(item):
            assert name.startswith("_") or name in PUBLIC_SUBMODULES, (
                f"public module attribute {name}"
            )


def test_importing_newsparse_imports_no_extra() -> None:
    code = ("import sys, newsparse; "
            "print(sorted(m for m in ('dask', 'fastwarc', 'warcio', 'pyarrow', 'newsparse.dask')"
            " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip() == "[]"
