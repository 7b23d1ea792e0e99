"""Text dumps, stage 5a: which line above the story is its headline."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import ParseOptions, parse_text
from newsparse._options import DEFAULT_OPTIONS
from newsparse._text.features import LineFeatures
from newsparse._text.lines import TEXT, split_lines
from newsparse._text.title import (
    StoryWords,
    _glued_trail_over,
    _meta_bonuses,
    is_credit_line,
    looks_like_headline,
    title_line,
)
from text_dumps import MENU_ITEMS, SENTENCES, TEASERS, chrome_block, render, story_paragraphs

P1 = " ".join(SENTENCES[0:3])
P2 = " ".join(SENTENCES[3:6])
P3 = " ".join(SENTENCES[1:4])
TITLE = "Council drops tax rise and sells the old depot for the bridge"
# A line whose words the story repeats more than the headline's: a picture caption or a
# standfirst, which sits nearer the story than the headline.
CAPTION = "Council reporters at the depot on Monday"


def _title(blocks: list[list[str]]) -> str | None:
    return parse_text(render(blocks)).title


# How the story repeats a candidate's words.


def test_a_copy_of_a_line_in_the_story_does_not_vouch_for_it() -> None:
    promo = "Weekend deals on garden lamps, pillows and towels"
    alone = StoryWords([P1, P2], DEFAULT_OPTIONS)
    with_copy = StoryWords([P1, "Weekend deals on garden lamps...", P2], DEFAULT_OPTIONS)
    assert alone.overlap(promo) == 0.0
    assert with_copy.overlap(promo) == 0.0


def test_a_longer_story_line_that_opens_with_the_same_words_is_no_copy() -> None:
    story = StoryWords(["Council drops tax rise and sells the old depot for the bridge, "
                        "officials said on Monday after a long meeting.", P1], DEFAULT_OPTIONS)
    copy = StoryWords([TITLE + ", officials said"], DEFAULT_OPTIONS)
    assert story.overlap(TITLE) == copy.overlap(TITLE)


def test_words_match_on_their_stems() -> None:
    # "councillors" and "council", "reporting" and "reporters": one word, two endings.
    story = StoryWords([P1, P2], DEFAULT_OPTIONS)
    assert story.overlap("Councillors reporting") == story.overlap("council reporters") > 0.0


def test_a_short_line_needs_more_of_its_words_repeated_than_a_long_one() -> None:
    # Two words the story repeats are weaker evidence than eight of nine.
    story = StoryWords([P1, P2], DEFAULT_OPTIONS)
    assert story.overlap("council tax") < story.overlap(
        "Council reporters tell residents the money for the bridge and depot")


def test_a_line_of_function_words_has_no_overlap() -> None:
    assert StoryWords([P1], DEFAULT_OPTIONS).overlap("of the") is None


def test_a_promo_repeated_in_the_story_loses_to_the_headline() -> None:
    promo = "Weekend Deals: Garden Lamps, Memory Foam Pillows, Onsen Towels and More"
    blocks = [list(MENU_ITEMS), [TITLE], ["Advertisement"], [promo], ["Sponsored"],
              [P1], ["Weekend Deals: Garden Lamps, Memory Foam..."], [P2], [P3]]
    assert _title(blocks) == TITLE


# The byline and date lines under the headline.


def test_the_headline_over_the_byline_beats_a_caption_nearer_the_story() -> None:
    assert _title([list(MENU_ITEMS), [TITLE], ["By Jane Doe"], [CAPTION], [P1], [P2],
                   [P3]]) == TITLE


@pytest.mark.parametrize("meta", ["March 25, 2015", "Monday 5:30PM", "Updated 2 hours ago"])
def test_the_headline_over_a_date_line_beats_a_standfirst(meta: str) -> None:
    assert _title([list(MENU_ITEMS), [TITLE], [meta], [CAPTION], [P1], [P2], [P3]]) == TITLE


def test_a_topic_label_over_the_headline_does_not_take_its_byline() -> None:
    # A headline whose words the story repeats less than the label's.
    title = "Levy rise dropped as depot sale pays for bridge"
    assert _title([list(MENU_ITEMS), ["council tax"], [title], ["By Jane Doe"],
                   ["March 25, 2015"], [P1], [P2], [P3]]) == title


# An old page's head set as one block, without blank lines between its lines.


@pytest.mark.parametrize(
    "head",
    [
        [TITLE, "By Jane Doe"],
        [TITLE, "01/13/08 - City Council"],
        ["Print Email", TITLE, "By Jane Doe, Staff Writer", "March 25, 2015"],
        # A name the byline reader does not take, between the headline and its date.
        [TITLE, "Josh Pringle", "Wednesday, January 16, 2008"],
        # ... under a tool row that opens the block.
        ["Print Email", TITLE, "The Associated Press", "March 25, 2015"],
        # The headline under its date, ending the block.
        ["Article published Wednesday, January 2, 2008", TITLE],
    ],
)
def test_a_headline_glued_over_its_byline_or_date_line_is_the_title(head: list[str]) -> None:
    assert _title([list(MENU_ITEMS), head, [P1], [P2], [P3]]) == TITLE


@pytest.mark.parametrize(
    "head",
    [
        ["Article published Wednesday, January 2, 2008", TITLE, "ASSOCIATED PRESS", P1],
        ["Last Updated: Monday, 14 January 2008, 17:52 GMT",
         "E-mail this to a friend Printable version", TITLE, P1],
        ["Submit News Item", "08 January 2008", TITLE, P1],
    ],
)
def test_a_headline_glued_under_the_only_date_of_its_block_is_the_title(
        head: list[str]) -> None:
    assert _title([list(MENU_ITEMS), head, [P2], [P3]]) == TITLE


@pytest.mark.parametrize(
    "head",
    [
        ["World News", TITLE, "Print article", "Refer to a friend"],
        ["Home page", TITLE, "Herald and News"],
    ],
)
def test_a_headline_glued_amid_its_labels_is_the_title(head: list[str]) -> None:
    # A layout renderer glues the head's boxes into one block: the line that says most,
    # its words in the story, among labels and buttons that say little.
    assert _title([list(MENU_ITEMS), head, ["© AP", "2008-01-12 11:31:01 -"], [P1], [P2],
                   [P3]]) == TITLE


@pytest.mark.parametrize(
    "head",
    [
        # Another line of the block reads as a headline: a list of teasers.
        ["Top stories", TITLE, "Council sells the depot to pay for the bridge", "More"],
        # The longest line opens the block: as often a menu's row.
        [TITLE, "Print article", "Refer to a friend"],
    ],
)
def test_a_line_amid_a_block_is_no_headline_unless_it_stands_out(head: list[str]) -> None:
    assert _title([list(MENU_ITEMS), head, ["© AP", "2008-01-12 11:31:01 -"], [P1], [P2],
                   [P3]]) is None


def test_under_a_headline_and_its_date_in_one_block_stands_the_standfirst() -> None:
    standfirst = "Sale of the old depot pays for the bridge, council says"
    assert _title([list(MENU_ITEMS), [TITLE, "March 25, 2015", standfirst, "By CP"],
                   [P1], [P2], [P3]]) == TITLE


SHOWN = "Council sells the old depot"


@pytest.mark.parametrize(
    "page_title",
    [
        # The page's <title>, written first, holds the headline after the site's name.
        "Council Depot News and Views: " + SHOWN,
        # ... or says it in other words.
        "Council sells its old depot for the bridge - Council Depot News and Views",
    ],
)
def test_the_headline_shown_under_the_page_title_line_is_the_title(page_title: str) -> None:
    assert _title([[page_title], list(MENU_ITEMS), [SHOWN], [P1], [P2], [P3]]) == SHOWN


def test_a_blog_name_opening_the_page_title_line_does_not_take_its_place() -> None:
    # "Blog: Post": the name the title opens with is the blog's, shown over every post.
    blog = "The Council Depot Diaries"
    assert _title([[blog + ": " + TITLE], list(MENU_ITEMS), [blog], [P1], [P2],
                   [P3]]) != blog


@pytest.mark.parametrize("shown", [
    # The headline shown over the story runs on into its credit or its date...
    TITLE + " Special Correspondent", TITLE + " 12-31-2007, 13h31",
    # ... or a label opens it.
    "Blog: " + TITLE])
def test_a_title_line_is_cut_to_the_part_of_the_page_title_it_holds(shown: str) -> None:
    page_title = TITLE + " - The Depot Herald"
    assert _title([[page_title], list(MENU_ITEMS), [shown], [P1], [P2], [P3]]) == TITLE


def test_a_subtitle_the_page_title_leaves_out_stays_when_the_story_says_its_words() -> None:
    # "Big Data Analytics in Retail: Enhancing Customer Insights for Business Growth"
    # under "Big Data Analytics in Retail | Site": the subtitle is the headline's.
    shown = "Council drops tax rise: the old depot pays for the bridge"
    assert _title([["Council drops tax rise - The Depot Herald"], list(MENU_ITEMS), [shown],
                   [P1], [P2], [P3]]) == shown


@pytest.mark.parametrize("closing", ['"', "”", "’", ")"])
def test_a_sentence_ending_inside_its_quotation_marks_is_no_headline(closing: str) -> None:
    text = f"Council reporters spent a long night with the depot sale.{closing}"
    assert not looks_like_headline(text, LineFeatures.of(text), DEFAULT_OPTIONS)
    # A headline quoting a title keeps its marks ("… Stars in 'Cats'").
    headline = "Council Depot Sale Goes Ahead After \"Long Night\""
    assert looks_like_headline(headline, LineFeatures.of(headline), DEFAULT_OPTIONS)


def test_a_labelled_value_over_a_credit_and_date_is_no_headline() -> None:
    # "Author:" labels the line under it: a name, not the headline.
    head = ["Author:", "Council Depot Editorial Staff", "Publish date:", "March 25, 2015"]
    assert _title([list(MENU_ITEMS), head, [P1], [P2], [P3]]) != head[1]


@pytest.mark.parametrize(
    "credit", ["By JANE DOE Associated Press Writer", "BY HERALD REPORTER", "By Associated Press"])
def test_a_credit_the_byline_reader_leaves_is_no_headline_and_vouches_for_the_one_over_it(
        credit: str) -> None:
    assert _title([list(MENU_ITEMS), ["Print Email", TITLE, credit, "Click photo to enlarge"],
                   [P1], [P2], [P3]]) == TITLE
    assert _title([list(MENU_ITEMS), [TITLE, credit], [P1], [P2], [P3]]) == TITLE


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("By JANE DOE Associated Press Writer", True),
        ("BY HERALD REPORTER", True),
        # A headline that opens with "By": a colon, a stop, or a small word after "By".
        ("By the numbers: the council's budget", False),
        ("By Monday the council had voted.", False),
        ("By the river, a new bridge", False),
        ("By Tuesday Council Hopes To Have A Plan For The Old Depot Sale", False),
    ],
)
def test_a_credit_line_is_a_lead_in_and_a_few_capitalised_words(line: str,
                                                                 credit: bool) -> None:
    assert is_credit_line(line, DEFAULT_OPTIONS) is credit


def test_a_headline_ending_its_block_under_a_label_over_its_byline_is_the_title() -> None:
    assert _title([list(MENU_ITEMS), ["More World news", TITLE], ["By Jane Doe"], [P1], [P2],
                   [P3]]) == TITLE


def test_the_last_of_a_list_of_teasers_over_the_byline_is_no_headline() -> None:
    teasers = [line for teaser in TEASERS for line in ("-", teaser)]
    assert _title([list(MENU_ITEMS), teasers, ["Friday, January 11, 2008", "By Jane Doe"],
                   [P1], [P2], [P3]]) is None


def test_a_glued_line_that_is_no_byline_or_date_does_not_make_a_headline() -> None:
    # The line under it is no byline or date, and says as much (a menu of teasers).
    teaser = "Weather warnings for the whole county this weekend and beyond, forecasters say"
    assert _title([list(MENU_ITEMS), ["Sections", TITLE, teaser], [P1], [P2], [P3]]) != TITLE


def test_a_list_of_teasers_each_over_its_date_is_no_head_block() -> None:
    teasers = [line for n, teaser in enumerate(TEASERS * 2)
               for line in (f"{teaser} {n}", f"March {n + 1}, 2015")]
    assert _title([list(MENU_ITEMS), teasers, [P1], [P2], [P3]]) is None


def test_a_headline_set_apart_beats_a_glued_standfirst_over_the_byline() -> None:
    deck = "Officials told reporters the money for the bridge would come from the depot"
    assert _title([list(MENU_ITEMS), [TITLE], [deck, "By Jane Doe"], [P1], [P2], [P3]]) == (
        TITLE)


def _bonuses(candidates: list[int], meta: set[int], dates: set[int]) -> dict[int, float]:
    return _meta_bonuses(candidates, lambda i: i in meta or i in dates, dates.__contains__,
                         DEFAULT_OPTIONS)


def test_every_candidate_a_few_lines_over_a_byline_or_date_gets_the_bonus() -> None:
    bonuses = _bonuses([2, 5, 6, 7, 12], meta={8}, dates=set())
    assert set(bonuses) == {5, 6, 7}
    assert len(set(bonuses.values())) == 1


def test_the_candidate_under_a_date_line_gets_a_smaller_bonus() -> None:
    # A blog sets its date over the headline; a byline line is never over it.
    bonuses = _bonuses([5, 6, 20], meta={12}, dates={4})
    assert set(bonuses) == {5}
    assert 0.0 < bonuses[5] < _bonuses([3], meta=set(), dates={4})[3]
    assert _bonuses([13], meta={12}, dates=set()) == {}


# A headline over its standfirst.

STANDFIRST = "Residents divided as council sells the depot for bridge money"


@pytest.mark.parametrize("under", [[], ["By Jane Doe"]])
def test_the_headline_over_its_standfirst_is_the_title(under: list[str]) -> None:
    blocks = [list(MENU_ITEMS), [TITLE], [STANDFIRST], *([u] for u in under), [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


def test_the_headline_under_a_date_line_over_its_standfirst_is_the_title() -> None:
    # The date line over the headline vouches for it, not for the standfirst under it.
    blocks = [list(MENU_ITEMS), ["Last Updated: Tuesday, 4 December 2007, 17:04 GMT"],
              [TITLE], [STANDFIRST], [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


def test_a_line_between_the_headline_and_its_standfirst_is_skipped() -> None:
    blocks = [list(MENU_ITEMS), [TITLE], ["New, 15 comments"], [STANDFIRST], [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


def test_a_banner_over_a_button_is_no_headline_over_the_standfirst() -> None:
    banner = "Welcome to the council depot sale experience"
    blocks = [list(MENU_ITEMS), [banner], ["Learn More"], [STANDFIRST], [P1], [P2], [P3]]
    assert _title(blocks) == STANDFIRST


def test_a_standfirst_under_a_date_line_has_no_headline_over_it() -> None:
    # The line over the date line is another story's, or a series' name: the date line
    # between them says they are no headline and standfirst.
    upper = "Council tax rise and bridge deal: is there still a plan?"
    lower = "Council reporters told residents the depot sale pays for the bridge money"
    blocks = [list(MENU_ITEMS), [upper], ["Wednesday 20 November 2019"], [lower],
              ["Share"], [P1], [P2], [P3]]
    assert _title(blocks) == lower


@pytest.mark.parametrize("upper", ["Council tax", "Home News Business News " + STANDFIRST,
                                   "Weekend Garden Lamps Sale: Pillows, Towels"])
def test_a_label_trail_or_promo_over_the_best_line_is_no_headline(upper: str) -> None:
    assert _title([list(MENU_ITEMS), [upper], [STANDFIRST], [P1], [P2], [P3]]) == STANDFIRST


def test_the_line_over_a_headline_with_a_byline_under_it_is_no_headline() -> None:
    # Only the headline stands within reach over the byline: it is no standfirst.
    upper = "Residents told about the council depot sale"
    assert _title([list(MENU_ITEMS), [upper], [TITLE], ["Share"], ["Tweet"], ["Email"],
                   ["By Jane Doe"], [P1], [P2], [P3]]) == TITLE


# Lines that are no headline, whatever their words.


@pytest.mark.parametrize("line", ["Home > News > Council > Tax rise and the bridge",
                                  "Council » Budget » Bridge sale",
                                  "« Council: Guide :: Contents :: Council: Budget »",
                                  "https://www.example.com/news/council-drops-tax-rise"])
def test_a_breadcrumb_trail_or_an_address_is_no_headline(line: str) -> None:
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)
    assert _title([list(MENU_ITEMS), [TITLE], ["Share"], ["Tweet"], [line], [P1], [P2],
                   [P3]]) == TITLE


@pytest.mark.parametrize("line", [
    "The house where he was born, in Braunau am Inn, Austria. Leonhard Foeger / Reuters file",
    "Nadal celebrates a point against Khachanov in Madrid. (Manu Fernandez/AP)",
    "Olena Shmahalo/Quanta Magazine",
    "The mayor at the council last week.Credit...Anna Moneymaker/The New York Times",
])
def test_a_line_that_ends_with_a_picture_credit_is_a_caption(line: str) -> None:
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["Gallery: Council Depot | 14 Photos",
                                  "The old depot and the bridge (12 images)", "8.3", "12 | 45"])
def test_a_gallery_label_or_figures_alone_are_no_headline(line: str) -> None:
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["« Back to Football Home", "Go to Google News",
                                  "Return to Today's News"])
def test_a_link_back_up_the_site_is_no_headline(line: str) -> None:
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)
    # Over a headline and its date line, it does not take their place.
    blocks = [list(MENU_ITEMS), [line], [TITLE], ["March 4, 2024"], [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


@pytest.mark.parametrize("line", ["Show Full Council Depot Details ▼",
                                  "Book your depot consultation now >",
                                  "Read the council's bridge review →",
                                  "LATEST COUNCIL NEWS > Depot"])
def test_a_link_that_points_on_past_the_line_is_no_headline(line: str) -> None:
    # A button's arrow, or a step of a section's trail: it leads on, not to the story.
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)
    blocks = [list(MENU_ITEMS), [TITLE], ["March 4, 2024"], [line], [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


def test_a_headline_with_a_sign_inside_a_word_stays_one() -> None:
    line = "Council sells depot for >$2m to pay for the bridge"
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["Back to school: the new rules for the council's depot",
                                  "Go to war over the bridge, residents tell the council"])
def test_a_headline_that_opens_with_back_to_stays_one(line: str) -> None:
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["Supported by", "Brought to you by the", "Présenté par"])
def test_a_label_that_ends_with_a_preposition_is_no_headline(line: str) -> None:
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", [TITLE, "Who is the council for?", "Budget: the depot sale",
                                  "Tax Rise / Depot Sale: What It Means for You",
                                  "12 Photos That Show the Old Depot"])
def test_headlines_keep_their_shape(line: str) -> None:
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


# The headline that opens the story region.


# Long enough to read as story text: the story region opens with it.
LONG_TITLE = "Council Drops Tax Rise and Sells the Old Depot to Pay for the Bridge, Officials Say"


def test_a_headline_opening_the_story_over_its_byline_is_the_title() -> None:
    blocks = [list(MENU_ITEMS), [LONG_TITLE], [P1], ["Image"], ["By Jane Doe"], [P2], [P3]]
    article = parse_text(render(blocks))
    assert article.title == LONG_TITLE
    assert LONG_TITLE not in article.body


def test_a_headline_opening_the_story_over_a_figures_date_is_the_title() -> None:
    blocks = [list(MENU_ITEMS), [LONG_TITLE], ["Posted :[ 2018-08-25 15:24 ]"], [P1], [P2]]
    assert _title(blocks) == LONG_TITLE


def test_a_long_headline_opening_the_story_over_its_byline_is_the_title() -> None:
    title = ("Our Council Research Shows: A Mix of Depot Sales, Tax Rises and Bridge Money "
             "Gives Residents the Most Value for Their Town, Officials Say")
    assert len(title.split()) > 20
    lines = split_lines(render([[title], ["By Jane Doe"], [P1], [P2]]), ParseOptions())
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    found = title_line(lines, features, [], first=0, story=StoryWords([P1, P2], DEFAULT_OPTIONS),
                       used=(), is_meta=lambda i: i == 1, is_date=lambda i: False,
                       options=DEFAULT_OPTIONS, opening=[0])
    assert found == 0


def test_a_headline_opening_the_story_right_under_a_date_line_is_the_title() -> None:
    date = "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com"
    article = parse_text(render([list(MENU_ITEMS), [date], [LONG_TITLE], [P1], [P2], [P3]]))
    assert article.title == LONG_TITLE
    assert LONG_TITLE not in article.body
    # A date line over the story's first paragraph makes no title of a later subheading.
    blocks = [list(MENU_ITEMS), [date], [P1], [LONG_TITLE], [P2], [P3]]
    assert parse_text(render(blocks)).title is None


def test_a_line_opening_the_story_under_a_headline_stays_in_the_story() -> None:
    # A headline above the story: the line set apart that opens the region is the
    # story's first subheading.
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["By Jane Doe"], [LONG_TITLE],
                                 [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.paragraphs[0].text == LONG_TITLE


def test_a_line_opening_the_story_with_nothing_above_it_is_the_title() -> None:
    # Nothing but menus above: the region opens with the headline set apart over it.
    article = parse_text(render([list(MENU_ITEMS), [LONG_TITLE], [P1], [P2], [P3]]))
    assert article.title == LONG_TITLE
    assert article.paragraphs[0].text == P1


def test_a_line_opening_the_story_under_a_strong_candidate_stays_in_the_story() -> None:
    # A headline-shaped line above, whose words the story repeats, outweighs the line
    # opening the region even with no byline or date by it.
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["Share"], [LONG_TITLE],
                                 [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.paragraphs[0].text == LONG_TITLE


def test_a_line_opening_a_story_of_short_lines_is_no_title() -> None:
    # No prose at all: the lines are a list, and the first is one of them.
    assert parse_text(render([["Test Case 1"], ["Test Case 2"]])).title is None


def test_a_short_label_opening_the_story_is_no_title() -> None:
    # Two words are a label ("Key points"), not a headline, whatever is above.
    article = parse_text(render([list(MENU_ITEMS), ["Key points"], [P1], [P2], [P3]]))
    assert article.title is None


def test_a_subheading_after_the_first_paragraph_is_no_title() -> None:
    blocks = [list(MENU_ITEMS), [P1], [LONG_TITLE], [P2], ["By Jane Doe"], [P3]]
    assert parse_text(render(blocks)).title is None


def test_a_headline_about_a_newsletter_is_a_headline() -> None:
    # A furniture word is the subject of a headline that says as much as one.
    line = "I built a tool that creates a weekly newsletter digest"
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)
    story = ("The newsletter digest tool reads every issue I get in a week and builds one "
             "digest for me. I built the tool over a weekend, and the digest now comes out "
             "every Sunday.")
    blocks = [list(MENU_ITEMS), ["Subscribe"], [line], ["Jane Doe"], [story], [P1], [P2]]
    assert _title(blocks) == line


@pytest.mark.parametrize("line", ["Subscribe to our newsletter", "Cookie settings",
                                  "Get the best of the week in your inbox. Sign up for it",
                                  "Our weekly newsletter is out now: read more"])
def test_a_call_to_action_is_no_headline(line: str) -> None:
    # Too few words, or a furniture phrase ("sign up", "read more"): page furniture.
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["How Winter Wreaks Havoc on What’s Underneath N.Y.C.",
                                  "Council sells depot to Acme Inc. for the U.S."])
def test_a_headline_may_end_with_an_abbreviation(line: str) -> None:
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


def test_a_sentence_is_no_headline() -> None:
    line = "The council sold the depot on Monday."
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["Council Drops the Tax Rise and Sells the Old Depot.",
                                  "Council Sells the Old Depot to Pay for the Bridge."])
def test_a_headline_in_headline_capitals_may_end_with_a_stop(line: str) -> None:
    # Some blogs and guides end their headline so; a sentence is in a sentence's case.
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)
    assert _title([list(MENU_ITEMS), [line], [CAPTION], [P1], [P2], [P3]]) == line


def test_two_sentences_in_headline_capitals_are_no_headline() -> None:
    line = "Council Drops the Tax Rise. Depot Sold for the Bridge."
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


# A bare page.


def test_a_page_that_opens_with_a_heading_over_its_story_has_it_for_title() -> None:
    # The story does not repeat "Quarterly Notes": the place alone says it is the title.
    assert _title([["Quarterly Notes"], [P1], [P2], [P3]]) == "Quarterly Notes"


def test_a_heading_with_other_lines_between_it_and_the_story_needs_the_story_words() -> None:
    assert _title([["Quarterly Notes"], ["Archive"], [P1], [P2], [P3]]) is None


# Property: a headline stays the title whatever chrome, byline and decoys surround it.

# Headlines whose words the story repeats in good part (headlines have words of their
# own), less than it repeats the decoys'.
HEADLINES = (TITLE, "Council Sells Old Depot, Drops Tax Rise to Pay for Bridge",
             "Residents divided as council sells the depot for bridge money")


@given(
    title=st.sampled_from(HEADLINES),
    before=st.lists(chrome_block(), min_size=1, max_size=3),
    kicker=st.sampled_from([[], ["Politics"], ["council tax"]]),
    meta=st.lists(st.sampled_from(["By Jane Doe", "March 25, 2015", "Monday 5:30PM"]),
                  max_size=2, unique=True),
    # Decoys nearer the story whose words the story repeats: a caption with its credit,
    # a breadcrumb trail, buttons.
    decoys=st.lists(st.sampled_from(["Share", "Tweet", "Advertisement",
                                     "Council reporters at the depot on Monday. Jane Doe / "
                                     "Reuters",
                                     "Council » Depot Sale » Bridge Money » Residents"]),
                    max_size=3),
    story=story_paragraphs(),
    after=st.lists(chrome_block(), max_size=3),
)
@example(title=TITLE, before=[list(MENU_ITEMS)], kicker=[], meta=[],
         decoys=["Council » Depot Sale » Bridge Money » Residents"], story=[P1], after=[])
@example(title=TITLE, before=[list(MENU_ITEMS)], kicker=[], meta=[],
         decoys=["Council reporters at the depot on Monday. Jane Doe / Reuters"], story=[P1],
         after=[])
def test_the_headline_stays_the_title_among_chrome_and_decoys(
    *, title: str, before: list[list[str]], kicker: list[str], meta: list[str],
    decoys: list[str], story: list[str], after: list[list[str]],
) -> None:
    # The story's lead repeats the headline's words, as stories do.
    lead = " ".join(SENTENCES)
    blocks = [*before, *([k] for k in kicker), [title], *([m] for m in meta), ["Share"],
              *([d] for d in decoys), [lead], *([p] for p in story), *after]
    assert _title(blocks) == title


# A headline far above the story.

PLAYER = [f"Caption setting {n}" for n in range(50)]


def test_a_headline_over_its_by_line_far_above_the_story_is_the_title() -> None:
    # A video player between the head and the story pushes the headline out of reach.
    assert _title([list(MENU_ITEMS), [TITLE], ["By Jane Doe"], PLAYER, [CAPTION], [P1], [P2],
                   [P3]]) == TITLE


def test_a_far_headline_needs_a_by_line_under_it() -> None:
    assert _title([list(MENU_ITEMS), [TITLE], ["March 25, 2015"], PLAYER, [CAPTION], [P1],
                   [P2], [P3]]) == CAPTION


def test_a_headline_over_its_byline_in_reach_beats_a_far_one() -> None:
    near = "Residents divided as council sells the depot for bridge money"
    assert _title([list(MENU_ITEMS), [TITLE], ["By Jane Doe"], PLAYER, [near], ["By Ann Poe"],
                   [P1], [P2], [P3]]) == near


def test_far_teasers_over_their_by_lines_are_a_list_not_the_headline() -> None:
    blocks = [list(MENU_ITEMS), [TITLE], ["By Jane Doe"], ["Residents divided as council sells "
              "the depot for bridge money"], ["By Ann Poe"], PLAYER, [CAPTION], [P1], [P2],
              [P3]]
    assert _title(blocks) == CAPTION


def test_a_far_headline_over_a_name_and_its_date_line_is_the_title() -> None:
    assert _title([list(MENU_ITEMS), [TITLE], ["Jane Doe, @janedoe", "11.03.17 in Gadgetry"],
                   PLAYER, [CAPTION], [P1], [P2], [P3]]) == TITLE


def test_a_far_name_line_needs_a_date_line_under_it() -> None:
    assert _title([list(MENU_ITEMS), [TITLE], ["Jane Doe", "Gadgetry"], PLAYER, [CAPTION],
                   [P1], [P2], [P3]]) == CAPTION


def test_a_far_headline_is_the_line_over_the_byline_the_story_repeats_best() -> None:
    # Headline, standfirst, byline: the standfirst stands nearer the byline.
    standfirst = "Hotel bosses spill the beans on cost cutting and horrible hygiene"
    assert _title([list(MENU_ITEMS), [TITLE], [standfirst], ["By Jane Doe"], PLAYER,
                   [CAPTION], [P1], [P2], [P3]]) == TITLE


@pytest.mark.parametrize("trail", ["Courier Blog / Topics / Local Politics",
                                   "Home > News > Local Politics"])
def test_a_breadcrumb_trail_is_no_headline(trail: str) -> None:
    assert _title([list(MENU_ITEMS), [trail], [P1], [P2], [P3]]) is None


@pytest.mark.parametrize(
    "crumbs",
    [
        ["Home", "News", "Bridge plan approved"],  # a list of steps, the last the page's
        ["News / Bridge plan approved"],           # a trail on one line
    ],
)
def test_the_line_a_breadcrumb_trail_ends_with_is_the_headline(crumbs: list[str]) -> None:
    # The standfirst under the headline repeats more of the story's words and stands
    # nearer it; the trail's last step names the page.
    standfirst = "Council reporters say the depot sale will pay for the bridge"
    blocks = [list(MENU_ITEMS), crumbs, ["Bridge plan approved"], [standfirst],
              [P1], [P2], [P3]]
    assert _title(blocks) == "Bridge plan approved"
    without_trail = [list(MENU_ITEMS), ["Bridge plan approved"], [standfirst],
                     [P1], [P2], [P3]]
    assert _title(without_trail) == standfirst


@pytest.mark.parametrize("trail", [
    "HomeBridge Plan Approved By The Council",       # the steps glued to the headline
    "Home News Local Bridge plan approved by the council",  # a few words of steps
])
def test_a_trail_glued_to_the_headline_on_one_line_ends_over_it(trail: str) -> None:
    headline = trail[-len("Bridge plan approved by the council"):]
    standfirst = "Council reporters say the depot sale will pay for the bridge"
    blocks = [list(MENU_ITEMS), [trail], ["Local politics"], [headline], ["Share"],
              [standfirst], [P1], [P2], [P3]]
    assert _title(blocks) == headline
    assert _title([list(MENU_ITEMS), ["Local politics"], [headline], ["Share"], [standfirst],
                   [P1], [P2], [P3]]) == standfirst


@pytest.mark.parametrize("line", ["Why trust Bridge Weekly", "Readers of Bridge Weekly"])
def test_a_line_ending_with_a_short_name_is_no_glued_trail(line: str) -> None:
    # Words before a name or a tag of few words ("Why Trust The Spruce Eats"): no trail.
    words = DEFAULT_OPTIONS.text_title_glued_trail_words
    assert not _glued_trail_over(line, "Bridge Weekly", words)
    assert not _glued_trail_over("Pumpkin Ravioli with Roasted Broccoli", "Roasted Broccoli",
                                 words)


def test_a_headline_a_trail_ends_with_is_no_standfirst_under_a_kicker() -> None:
    # A kicker over the headline repeats many of the story's words, as a headline does;
    # the trail names the headline, which is no standfirst.
    kicker = "Council depot sale news"
    headline = "Council sells the depot to pay for the bridge"
    blocks = [list(MENU_ITEMS), ["Home", "Local", headline], [kicker], [headline],
              ["By Jane Doe"], [P1], [P2], [P3]]
    assert _title(blocks) == headline
    assert _title([list(MENU_ITEMS), [kicker], [headline], ["By Jane Doe"], [P1], [P2],
                   [P3]]) == kicker


@pytest.mark.parametrize(
    "head",
    [
        ["Local news", TITLE],                  # under its section's label
        ["Local news", "12/01 13:27 CET", TITLE],
        [TITLE, "LONDON, Reuters:"],            # over a dateline the date reader leaves
    ],
)
def test_a_headline_in_a_short_block_right_over_the_story_is_the_title(
        head: list[str]) -> None:
    assert _title([list(MENU_ITEMS), head, [P1], [P2], [P3]]) == TITLE


def test_a_short_block_away_from_the_story_gives_no_title() -> None:
    # Another block stands between: the pair is a teaser, not the story's head.
    blocks = [list(MENU_ITEMS), ["Local news", TITLE], ["Subscribe to our newsletter today"],
              [P1], [P2], [P3]]
    assert _title(blocks) is None


def test_a_headline_over_a_standfirst_that_says_little_more_is_the_title() -> None:
    # The standfirst repeats more of the story's words, but not by far: the line over it
    # says the same story in fewer words, as a headline does.
    headline = "Depot sale rescues river crossing plan"
    standfirst = "Council keeps the tax as officials sell the depot to pay for the bridge"
    blocks = [list(MENU_ITEMS), [headline], [standfirst], ["By Jane Doe"], [P1], [P2], [P3]]
    assert _title(blocks) == headline


def test_a_button_over_the_headline_is_no_headline() -> None:
    # The line over the headline repeats far fewer of the story's words.
    blocks = [list(MENU_ITEMS), ["Council news, events and more"], [TITLE], ["By Jane Doe"],
              [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


def test_an_updates_stamp_over_the_headline_is_no_headline() -> None:
    blocks = [list(MENU_ITEMS), ["Last updated for the council tax and bridge budget"], [TITLE],
              [P1], [P2], [P3]]
    assert _title(blocks) == TITLE


def test_a_headline_over_its_byline_needs_few_of_its_words_in_the_story() -> None:
    # A headline that plays on words shares few with its story; the byline under it
    # vouches for it. Set apart with no byline under it, it is no headline.
    pun = "Hammer time for the town hall"
    assert _title([list(MENU_ITEMS), [pun], ["By Jane Doe"], [P1], [P2], [P3]]) == pun
    assert _title([list(MENU_ITEMS), [pun], [P1], [P2], [P3]]) is None


@pytest.mark.parametrize(
    "line",
    [
        "« Council keeps the tax as it is",                       # the post before
        "Council keeps the tax as it is »",                       # the post after
        "« Council keeps the tax | Main | Bridge plan approved »",
        "del.icio.usDiggRedditYahooMyWebGoogleFacebook",          # link texts glued
    ],
)
def test_links_to_other_posts_and_glued_links_are_no_headline(line: str) -> None:
    assert not looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


@pytest.mark.parametrize("line", ["« Non » : the council says no to the tax",
                                  "The iPhone and the MacBookPro go on sale in the depot"])
def test_a_quotation_in_guillemets_and_a_camel_cased_name_may_be_a_headline(line: str) -> None:
    assert looks_like_headline(line, LineFeatures.of(line), DEFAULT_OPTIONS)


# A line longer than a headline says.

NOTICE = ("The council told residents at the meeting that the money for the old bridge "
          "would come from the sale of the depot, and the mayor agreed!")


def test_a_long_line_in_a_sentences_case_is_no_headline() -> None:
    # More than ``text_title_max_headline_words`` words, most not capitalised: a notice
    # or a standfirst, whose words the story repeats more than the headline's.
    blocks = [list(MENU_ITEMS), [TITLE], ["March 25, 2015"], [NOTICE],
              ["Updated March 26, 2015"], [P1], [P2], [P3]]
    assert _title(blocks) == TITLE
    options = ParseOptions(text_title_max_headline_words=len(NOTICE.split()))
    assert parse_text(render(blocks), options=options).title == NOTICE


def test_a_long_headline_in_a_headlines_capitals_is_the_title() -> None:
    long = ("Council Drops the Tax Rise, Sells the Old Depot and Pays for the Bridge as the "
            "Mayor Presents a Budget to the Board in March")
    assert len(long.split()) > DEFAULT_OPTIONS.text_title_max_headline_words
    assert _title([list(MENU_ITEMS), [long], ["March 25, 2015"], [P1], [P2], [P3]]) == long


# A Markdown dump's one top-level heading, which the page's markup declares the headline.

_MENU_LINKS = "\n".join(f"* [{item}](/{item.casefold()})" for item in MENU_ITEMS)


@pytest.mark.parametrize("heading", [
    "Council drops the tax rise and sells the old depot.",  # a final stop
    "Council Weekly Wrap-Up 12/19/2025",  # a date
    "Council budget: sign up for the newsletter and cookies",  # furniture words
])
def test_a_markdown_dumps_one_heading_is_its_headline_though_it_reads_as_no_headline(
        heading: str) -> None:
    dump = f"{_MENU_LINKS}\n\n# {heading}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert parse_text(dump).title == heading


@pytest.mark.parametrize("heading", ["Council", "Home | News | Sport | Weather"])
def test_a_markdown_dumps_one_heading_of_a_word_or_a_trail_is_no_headline(
        heading: str) -> None:
    dump = f"{_MENU_LINKS}\n\n# {heading}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert parse_text(dump).title != heading


def test_a_line_a_trail_names_among_the_storys_first_lines_is_the_headline() -> None:
    # A caption the region took in opens the story over the headline; the trail over the
    # caption ends with the headline's words.
    headline = "Council sells the depot to pay for the bridge"
    caption = ("Residents gathered outside the council offices on Monday evening, where the "
               "mayor spoke about the depot sale and the bridge.")
    blocks = [list(MENU_ITEMS), ["Home / Local news / " + headline], [caption], [headline],
              [P1], [P2], [P3]]
    assert _title(blocks) == headline
    # Without the trail, a line amid the story's first lines is one of its subheadings.
    assert _title([list(MENU_ITEMS), ["Home / Local news"], [caption], [headline], [P1],
                   [P2], [P3]]) is None


# A guide's contents list: more short lines than the head search (and the search for a
# headline over its "By" line) reaches above the story.
_CONTENTS = [f"{n}. {MENU_ITEMS[n % len(MENU_ITEMS)]}" + " and more" * (n % 3)
             for n in range(1, 181)]
_SECTION = "What the stall holders told us"


def test_the_headline_over_a_by_line_far_above_the_story_is_the_title() -> None:
    # The densest run is a section of the guide, under its own heading; the guide's head
    # (headline, "By" line, date) stands over the contents list, far above.
    blocks = [list(MENU_ITEMS), [TITLE], ["By Jane Doe"], ["March 3, 2019"], _CONTENTS,
              [_SECTION], [P1], [P2], [P3]]
    article = parse_text(render(blocks))
    assert article.title == TITLE
    assert article.byline == "Jane Doe"


def test_a_list_of_teasers_each_over_its_by_line_gives_no_far_headline() -> None:
    teasers = [[TEASERS[0]], ["By Jane Doe"], ["March 3, 2019"],
               [TEASERS[1]], ["By John Roe"], ["March 2, 2019"]]
    blocks = [list(MENU_ITEMS), [TITLE], *teasers, _CONTENTS, [_SECTION], [P1], [P2], [P3]]
    assert parse_text(render(blocks)).title != TITLE
