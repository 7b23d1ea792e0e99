"""Parse one news page and print the Article as JSON.

    python examples/parse_page.py                      # the example HTML page
    python examples/parse_page.py examples/pages/harbour-bridge.txt
    python examples/parse_page.py saved-page.html https://example.com/story

The page is read as bytes, so newsparse can work out its character encoding, and it
may be HTML or a plain-text dump of a whole page: newsparse tells them apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse

DEFAULT_PAGE = Path(__file__).resolve().parent / "pages" / "harbour-bridge.html"


def main(argv: list[str]) -> int:
    page = Path(argv[1]) if len(argv) > 1 else DEFAULT_PAGE
    url = argv[2] if len(argv) > 2 else None
    try:
        article = newsparse.parse(page.read_bytes(), url=url)
    except (OSError, newsparse.NewsparseError) as exc:
        print(f"{page}: {exc}", file=sys.stderr)
        return 1
    print(article.to_json(indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
