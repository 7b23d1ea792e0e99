"""Helpers for the text-dump tests: story prose and page chrome as dump lines."""

from __future__ import annotations

from hypothesis import strategies as st

#: Story prose: plenty of function words, sentence punctuation, paragraphs of 200+ chars.
SENTENCES = (
    "The council said on Monday that it would not raise the tax this year.",
    "Officials told reporters that the money for the bridge would come from the sale of "
    "the old depot instead.",
    "Residents who spoke at the meeting were divided, and some of them said they had not "
    "been told about the plan at all.",
    "The mayor, who has been in office since 2015, is expected to present a revised budget "
    "to the board in March.",
    "It was not clear whether the state would agree to the changes, which have been "
    "debated for more than a year.",
    "According to the report, the number of people using the old bridge has fallen by a "
    "third since it was closed to trucks.",
)

MENU_ITEMS = ("Home", "World", "Business", "Oil and Gas", "Email Us", "Sport", "Opinion",
              "Markets", "Video", "Podcasts", "Contact", "Weather", "Tech", "Culture")
TAGLINES = ("IranExpert: All the News Updated 24 Hours a Day", "Updated 24 hours a day",
            "The Daily Planet | Metropolis News Since 1938")
FOOTER_LINES = ("© 2019 Daily Planet LLC. All Rights Reserved.", "Privacy Policy",
                "Terms of Use", "Sign up for our newsletter", "Advertise With Us")
TEASERS = ("Stocks slide as investors weigh new tariffs", "Five things to know this week",
           "The best new podcasts of the month", "Why the river keeps flooding")


@st.composite
def story_paragraphs(draw: st.DrawFn) -> list[str]:
    """Three to seven paragraphs of two to four sentences each."""
    count = draw(st.integers(min_value=3, max_value=7))
    out = []
    for _ in range(count):
        chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4,
                               unique=True))
        out.append(" ".join(chosen))
    return out


@st.composite
def chrome_block(draw: st.DrawFn) -> list[str]:
    """One chunk of page furniture, as the lines of one block."""
    kind = draw(st.sampled_from(["menu", "tagline", "footer", "teasers"]))
    if kind == "menu":
        return draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=3, max_size=12))
    if kind == "tagline":
        return [draw(st.sampled_from(TAGLINES))]
    if kind == "footer":
        return draw(st.lists(st.sampled_from(FOOTER_LINES), min_size=1, max_size=5))
    return draw(st.lists(st.sampled_from(TEASERS), min_size=2, max_size=4))


def render(blocks: list[list[str]]) -> str:
    """A dump: the lines of each block on consecutive lines, blank lines between blocks."""
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
