"""Build hook: compile newsparse's C module (``src/newsparse/_native/_cwalk.c`` and the parts it
includes) for the wheel.

The module translates newsparse's per-element loops (see docs/architecture.md, "The C
module"); the package works without it, only slower. So a failed compile (no C compiler,
unusual platform) is a warning, not an error, and ``NEWSPARSE_PURE_PYTHON=1`` skips it.
``NEWSPARSE_REQUIRE_C=1`` turns a failed compile into an error (CI sets it).

The module is built into ``src/newsparse/_native/`` so that editable installs import it in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CWalkBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        failure = Path(self.root, "src", "newsparse", "_native", "build-failure.txt")
        failure.unlink(missing_ok=True)  # a stale one from an earlier build
        if os.environ.get("NEWSPARSE_PURE_PYTHON"):
            return
        try:
            built = _compile(Path(self.root))
        except Exception as exc:
            if os.environ.get("NEWSPARSE_REQUIRE_C"):
                raise
            self.app.display_warning(
                f"newsparse: the C module was not built ({exc}); its Python references run"
            )
            # pip shows nothing of a build that succeeds, so the package says it at
            # import (newsparse._native reads this file) and newsparse.implementation()
            # answers "python".
            failure.write_text(f"{type(exc).__name__}: {exc}"[:500] + "\n", encoding="utf-8")
            if version != "editable":  # an editable install reads it in place
                build_data["force_include"][str(failure)] = "newsparse/_native/build-failure.txt"
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(built)] = f"newsparse/_native/{built.name}"


def _compile(root: Path) -> Path:
    """Build the extension with setuptools' build_ext; returns the module's path."""
    # Imported here, inside initialize's try: without them the build goes on, pure Python.
    import lxml  # noqa: PLC0415 - a build requirement: its headers describe libxml2's nodes
    from setuptools import Distribution, Extension  # noqa: PLC0415 - as above
    from setuptools.command.build_ext import build_ext  # noqa: PLC0415 - as above

    package = root / "src" / "newsparse" / "_native"
    extension = Extension(
        "newsparse._native._cwalk",
        sources=[str(package / "_cwalk.c")],
        include_dirs=lxml.get_include(),
        # No fused multiply-adds: the region sums must be the Python reference's floats.
        extra_compile_args=[] if os.name == "nt" else ["-ffp-contract=off"],
    )
    with tempfile.TemporaryDirectory() as scratch:
        command = build_ext(Distribution({"name": "newsparse", "ext_modules": [extension]}))
        command.build_lib = str(Path(scratch, "lib"))
        command.build_temp = str(Path(scratch, "temp"))
        command.ensure_finalized()
        command.run()
        compiled = Path(command.get_ext_fullpath("newsparse._native._cwalk"))
        target = package / compiled.name
        # A new file renamed over the old one, never the old one rewritten: a process
        # that has the old module loaded (an editable install in use) keeps its copy.
        staged = package / f".{compiled.name}.building"
        shutil.copyfile(compiled, staged)
        os.replace(staged, target)
    return target
