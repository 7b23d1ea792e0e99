"""Properties of read_page_facts over generated pages with decoys (see strategies.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._model import PageFacts
from newsparse._options import DEFAULT_OPTIONS
from newsparse._reading.bylines import parse_byline
from strategies import BuiltMetaPage, meta_pages


def _read(page: BuiltMetaPage, *, with_region: bool) -> PageFacts:
    root = build_tree(page.html, DEFAULT_OPTIONS)
    region = root.find(".//article") if with_region else None
    return read_page_facts(root, url=None, article_root=region, body_text="",
                            options=DEFAULT_OPTIONS)


@given(meta_pages(), st.booleans())
def test_generated_pages_give_their_own_fields(page: BuiltMetaPage, with_region: bool) -> None:
    facts = _read(page, with_region=with_region)
    note = (f"title in {sorted(page.title_sources)}, author in {sorted(page.author_sources)}, "
            f"date in {sorted(page.date_sources)}")
    assert facts.title == page.title, note
    assert facts.site_name == page.site_name, note
    if page.author_sources:
        assert facts.authors == (page.author,), note
        assert facts.byline == page.author, note
    else:
        # The "By" line in the sidebar is a decoy, never the byline.
        assert facts.authors == (), note
    if page.date_sources:
        published = facts.published
        assert published is not None, note
        day = published.date() if isinstance(published, dt.datetime) else published
        assert day == page.published, note
    else:
        # Neither the date in the script nor the related story's date is the page's.
        assert facts.published is None, note
    assert facts.language == "en"


@given(meta_pages())
def test_the_title_never_carries_the_site_name(page: BuiltMetaPage) -> None:
    facts = _read(page, with_region=False)
    assert facts.title is not None
    assert page.site_name not in facts.title


names = st.builds(
    lambda first, last: f"{first} {last}",
    st.sampled_from(("Jane", "Ahmed", "Olga", "Pierre", "María")),
    st.sampled_from(("Doe", "Khan", "Ivanova", "Martin", "López")),
)


@given(st.lists(names, min_size=1, max_size=3, unique=True),
       st.sampled_from(("By ", "by ", "BY ", "Par ", "Von ", "Por ")),
       st.sampled_from(("", ", Staff Writer", " | Reuters", " - March 3, 2021", " • 2h")))
def test_parse_byline_recovers_the_names_it_is_given(
    authors: list[str], lead: str, tail: str
) -> None:
    listed = ", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else authors[0]
    assert parse_byline(f"{lead}{listed}{tail}") == tuple(authors)


@given(st.text(max_size=120))
def test_parse_byline_never_raises_and_returns_clean_names(text: str) -> None:
    for name in parse_byline(text):
        assert name == name.strip() and name
        assert "http" not in name.lower()
