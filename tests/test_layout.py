"""The package's import rules: a module's folder says who uses it.

- ``_html`` and ``_text`` are the two pipelines; neither imports the other.
- ``_reading`` holds the readers both pipelines share, and every module in it is used,
  directly or through another shared module, by both of them.
- The shared packages (``_reading``, ``_dateline``, ``_input``, ``_native``) import no
  pipeline, and no stage imports the entry points (``_api``, ``_batch``, ``_cli``).
- Only ``_api`` starts a pipeline.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsparse

PACKAGE = Path(newsparse.__file__).resolve().parent
PIPELINES = ("_html", "_text")
SHARED = ("_reading", "_dateline", "_input", "_native")
ENTRY_POINTS = (
    "newsparse._api", "newsparse._batch", "newsparse._jobs", "newsparse._pool", "newsparse._cli",
    "newsparse._cli_options", "newsparse._cli_output",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_of(path: Path) -> set[str]:
    """The newsparse modules ``path`` imports (``from newsparse.x import y`` gives both
    ``newsparse.x`` and, where it is a module, ``newsparse.x.y``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("newsparse"):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsparse"))
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import; the package imports absolutely")
    return found


GRAPH = {_module_name(p): _imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}
MODULES = set(GRAPH)


def _family(module: str) -> str | None:
    """The subpackage a module lives in (``_html``, ``_reading``, …), or None at the top."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and module in _PACKAGES) else None


_PACKAGES = {_module_name(p) for p in PACKAGE.rglob("__init__.py")}


def _edges() -> list[tuple[str, str]]:
    return [(m, t) for m, targets in GRAPH.items() for t in targets if t in MODULES and t != m]


def test_the_graph_sees_the_package() -> None:
    # The rules below would pass vacuously on an empty or misread graph.
    assert {"newsparse._api", "newsparse._html.pipeline", "newsparse._text.pipeline"} <= MODULES
    assert "newsparse._reading.lead" in GRAPH["newsparse._html.pipeline"]
    assert len(_edges()) > 100


@pytest.mark.parametrize(("one", "other"), [("_html", "_text"), ("_text", "_html")])
def test_a_pipeline_never_imports_the_other(one: str, other: str) -> None:
    crossing = [(m, t) for m, t in _edges() if _family(m) == one and _family(t) == other]
    assert not crossing


@pytest.mark.parametrize("family", SHARED)
def test_shared_packages_import_no_pipeline_and_no_entry_point(family: str) -> None:
    wrong = [
        (m, t) for m, t in _edges()
        if _family(m) == family and (_family(t) in PIPELINES or t in ENTRY_POINTS)
    ]
    assert not wrong


def test_no_stage_imports_an_entry_point() -> None:
    wrong = [(m, t) for m, t in _edges() if _family(m) is not None and t in ENTRY_POINTS]
    assert not wrong


def test_only_the_api_starts_a_pipeline() -> None:
    starters = {
        m for m, t in _edges()
        if t in {"newsparse._html.pipeline", "newsparse._text.pipeline"}
    }
    assert starters == {"newsparse._api"}


def _users(module: str) -> set[str]:
    """Every module that imports ``module``, directly or through shared readers."""
    users: set[str] = set()
    frontier = {module}
    while frontier:
        direct = {m for m, t in _edges() if t in frontier} - users
        users |= direct
        frontier = {m for m in direct if _family(m) in SHARED}
    return users


@pytest.mark.parametrize(
    "module", sorted(m for m in MODULES if _family(m) == "_reading" and m not in _PACKAGES)
)
def test_every_shared_reader_serves_both_pipelines(module: str) -> None:
    families = {_family(user) for user in _users(module)}
    assert set(PIPELINES) <= families, f"{module} is used only by {families}"
