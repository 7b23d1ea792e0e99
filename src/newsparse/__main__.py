"""``python -m newsparse``: the same command as ``newsparse``."""

from __future__ import annotations

from newsparse._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
