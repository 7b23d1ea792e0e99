"""Text dumps, stage 4: the story's paragraphs and their kinds."""

from __future__ import annotations

import pytest

from newsparse import ParagraphKind, ParseOptions, parse_text
from newsparse._text.classify import Label
from newsparse._text.features import LineFeatures, line_measure
from newsparse._text.lines import Line, split_lines
from newsparse._text.story import inner_list, story_paragraphs
from text_dumps import MENU_ITEMS, SENTENCES, render

OPTIONS = ParseOptions()
P1 = " ".join(SENTENCES[0:3])
P2 = " ".join(SENTENCES[3:6])
P3 = " ".join(SENTENCES[1:4])


def _kinds(blocks: list[list[str]]) -> list[tuple[str, ParagraphKind]]:
    article = parse_text(render([list(MENU_ITEMS), *blocks, ["Home", "Contact", "Jobs"]]))
    return [(p.text, p.kind) for p in article.paragraphs]


def test_plain_paragraphs() -> None:
    assert _kinds([[P1], [P2], [P3]]) == [
        (P1, ParagraphKind.PARAGRAPH), (P2, ParagraphKind.PARAGRAPH),
        (P3, ParagraphKind.PARAGRAPH),
    ]


def test_a_short_line_between_paragraphs_is_a_heading() -> None:
    got = _kinds([[P1], [P2], ["What the budget means for you"], [P3]])
    assert got[2] == ("What the budget means for you", ParagraphKind.HEADING)
    assert got[3] == (P3, ParagraphKind.PARAGRAPH)


def test_a_line_ending_in_a_colon_keeps_its_list() -> None:
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
             "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
             "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA"]
    got = _kinds([[P1], [P2], ["The tour dates:", *dates]])
    assert got[2] == ("The tour dates:", ParagraphKind.PARAGRAPH)
    assert got[3:] == [(d, ParagraphKind.LIST_ITEM) for d in dates]


def test_a_list_of_bulleted_lines_set_apart_is_kept_under_its_lead_in() -> None:
    # A dump that sets each item of a list apart, its bullets kept ("• Bernards Township
    # Schools"): the items of the one bullet under a line ending with a colon are the
    # list it announces, and the story goes on under them.
    items = ["• Bernards Township Schools", "• Franklin Township Public Schools",
             "• Hillsborough Township Public Schools", "• Somerset Hills School District",
             "• Bound Brook Schools School District", "• Branchburg Township Schools"]
    got = _kinds([[P1], ["The following schools will be closed on Thursday:"],
                  *[[item] for item in items], [P2], [P3]])
    assert got == [(P1, ParagraphKind.PARAGRAPH),
                   ("The following schools will be closed on Thursday:",
                    ParagraphKind.PARAGRAPH),
                   *[(item, ParagraphKind.LIST_ITEM) for item in items],
                   (P2, ParagraphKind.PARAGRAPH), (P3, ParagraphKind.PARAGRAPH)]


def test_bulleted_lines_in_a_run_are_list_items() -> None:
    items = [f"* {s}" for s in SENTENCES[:3]]
    got = _kinds([[P1], [P2], items, [P3]])
    assert [kind for text, kind in got if text in items] == [ParagraphKind.LIST_ITEM] * 3


@pytest.mark.parametrize("row", ["Team\tPlayed\tWon\tPoints"])
def test_table_rows_in_the_story_keep_their_cells(row: str) -> None:
    table_intro = "The standings after the final round of the season were as follows:"
    got = _kinds([[P1], [P2], [table_intro, row, "Rovers\t10\t8\t24"], [P3]])
    texts = [text for text, _ in got]
    assert row in texts
    assert dict(got)[row] is ParagraphKind.LIST_ITEM or dict(got)[row] is \
        ParagraphKind.TABLE_ROW


def test_code_inside_the_story_is_preformatted() -> None:
    code = ["fetch(url).then(function(res) {", "console.log(res.status);", "});"]
    got = _kinds([[P1], code, [P2], [P3]])
    assert [(t, k) for t, k in got if t in code] == [
        (c, ParagraphKind.PREFORMATTED) for c in code
    ]


def test_a_markdown_list_a_line_announces_is_kept_with_items_apart() -> None:
    # A page-to-Markdown tool sets each item of a loose list apart ("* item", a blank line
    # after each); a line ending with a colon announces it all the same, and the items
    # (links to the changes, short lines) stay in the story.
    changes = [f"* [Fix the parser for case {n}](https://example.com/pull/{n})" for n in range(8)]
    dump = "\n\n".join([
        "* [Home](https://example.com/)\n* [About](https://example.com/about)",
        "# Progress report", P1, "Many changes were made:", *changes, P2, P3,
        "* [Home](https://example.com/)\n* [Contact](https://example.com/contact)"]) + "\n"
    article = parse_text(dump)
    texts = [p.text for p in article.paragraphs]
    assert texts[:2] == [P1, "Many changes were made:"]
    assert texts[2:10] == [f"Fix the parser for case {n}" for n in range(8)]
    assert [p.kind for p in article.paragraphs[2:10]] == [ParagraphKind.LIST_ITEM] * 8
    assert texts[10:] == [P2, P3]


def test_a_list_of_phrases_between_paragraphs_is_the_storys() -> None:
    # A list set between two paragraphs with no line to announce it, its items phrases
    # (the long one, poor in function words, is no content on its own, and the short ones
    # take its label): the story's all the same.
    items = ["Fluids, such as automatic transmission fluid, windshield washer fluid, "
             "power steering fluid, brake fluid and coolant",
             "Belts and hoses", "Exhaust system and mufflers", "Tire inflation and condition"]
    got = _kinds([[P1], [P2], items, [P3]])
    assert got == [(P1, ParagraphKind.PARAGRAPH), (P2, ParagraphKind.PARAGRAPH),
                   *[(item, ParagraphKind.LIST_ITEM) for item in items],
                   (P3, ParagraphKind.PARAGRAPH)]


@pytest.mark.parametrize("run", [
    # A share bar: one or two words an item.
    ["Facebook", "Twitter", "Email this", "Print"],
    # Other stories' headlines, in headline case.
    ["Here's Where Commercial Landers Will Land", "Private Lunar Lander Plans Revealed",
     "Station Is Open for Business in Orbit"],
    # Teasers cut short.
    ["The council met again on Monday to talk about…", "Residents of the old town say…",
     "A new report on the bridge finds that…"],
    # A gallery's captions, each shown twice.
    ["The bridge at dusk, seen from the east bank", "Image 1 of 2",
     "The bridge at dusk, seen from the east bank"],
])
def test_furniture_between_paragraphs_is_no_list(run: list[str]) -> None:
    lines: list[Line] = [(text, 0, len(run), None) for text in run]
    features = [LineFeatures.of(text) for text in run]
    assert not inner_list(lines, features, range(len(run)), OPTIONS)


def test_a_run_of_phrases_is_a_list() -> None:
    run = ["Driving in stop-and-go traffic", "Towing or hauling heavy loads",
           "Frequent cold starts and short trips"]
    lines: list[Line] = [(text, 0, len(run), None) for text in run]
    features = [LineFeatures.of(text) for text in run]
    assert inner_list(lines, features, range(len(run)), OPTIONS)
    assert not inner_list(lines[:2], features[:2], range(2), OPTIONS)  # too short a run


@pytest.mark.parametrize("call", [
    "If you enjoyed this post, please consider subscribing to the RSS feed.",
    "You can follow any responses to this entry through the RSS 2.0 feed.",
    "Abonnez-vous à notre lettre d'information pour ne rien manquer.",
])
def test_lines_closing_the_story_that_ask_the_reader_are_left_out(call: str) -> None:
    assert [text for text, _ in _kinds([[P1], [P2], [P3], [call]])] == [P1, P2, P3]


def test_a_call_inside_the_story_stays() -> None:
    # Only the story's closing lines are the blog's furniture.
    call = "Readers who want to leave a comment on the plan can do so at the town hall."
    assert [text for text, _ in _kinds([[P1], [call], [P2], [P3]])] == [P1, call, P2, P3]


def test_a_clause_set_apart_between_paragraphs_is_kept() -> None:
    # A line that ends no sentence, next to a line of furniture that takes the labels of
    # its neighbours with it, is prose between two of the story's paragraphs; in headline
    # case over a paragraph, a heading.
    clause = "Despite high interest rates in the region, home prices are showing signs of growth"
    heading = "What The Council Decided On The Bridge"
    got = _kinds([[P1], ["Advertisement"], [clause], [P2], ["Share on Facebook"], [heading],
                  [P3]])
    assert got == [(P1, ParagraphKind.PARAGRAPH), (clause, ParagraphKind.PARAGRAPH),
                   (P2, ParagraphKind.PARAGRAPH), (heading, ParagraphKind.HEADING),
                   (P3, ParagraphKind.PARAGRAPH)]


def test_a_button_or_a_footnote_set_apart_between_paragraphs_is_not_prose() -> None:
    button = "+ Add your own thoughts to the discussion of this story"
    got = _kinds([[P1], ["Advertisement"], [button], [P2]])
    assert button not in [text for text, _ in got]


def _story(blocks: list[str], labels: list[Label]) -> list[tuple[str, ParagraphKind]]:
    """The story the stage keeps of ``blocks`` (a line each), given their smoothed labels."""
    lines = split_lines("\n\n".join(blocks), OPTIONS)
    features = [line_measure(OPTIONS)(line[0]) for line in lines]
    kept = story_paragraphs(lines, features, labels, (0, len(lines)), code_blocks=set(),
                            options=OPTIONS)
    return [(lines[i][0], kind) for i, kind in kept]


@pytest.mark.parametrize("heading", ["Methodology", "Pros", "Getting around Japan", "FAQs"])
def test_a_short_line_the_labels_lost_over_a_paragraph_is_a_heading(heading: str) -> None:
    # Smoothing leaves a line of a word or two labelled bad after a line kept for other
    # reasons (a list's item): over one of the story's paragraphs it is a subheading.
    good, bad = Label.GOOD, Label.BAD
    got = _story([P1, heading, P2, P3], [good, bad, good, good])
    assert got[1] == (heading, ParagraphKind.HEADING)
    assert [text for text, _ in got] == [P1, heading, P2, P3]


@pytest.mark.parametrize("line", ["March 12, 2024", "+ Add to cart", "Price\t$19\t$29"])
def test_a_date_a_button_or_a_row_over_a_paragraph_is_no_heading(line: str) -> None:
    good, bad = Label.GOOD, Label.BAD
    assert line not in [text for text, _ in _story([P1, line, P2, P3], [good, bad, good, good])]


def test_a_short_line_over_a_short_one_is_no_heading() -> None:
    good, bad = Label.GOOD, Label.BAD
    got = _story([P1, "Methodology", "It rained.", P3], [good, bad, good, good])
    assert "Methodology" not in [text for text, _ in got]


def test_a_linked_subheading_the_dump_marks_is_kept_and_a_linked_line_is_not() -> None:
    # A guide's step that links to a page of its own, which a Markdown dump marks as a
    # heading, is the story's; the same link as a line of text is a link away.
    good, bad = Label.GOOD, Label.BAD
    step = "Step 2 - Protecting your data"
    headed = _story(["# Guide", P1, f"## [{step}](/guide/step-2)", P2, P3],
                    [good, good, bad, good, good])
    assert (step, ParagraphKind.HEADING) in headed
    linked = _story(["# Guide", P1, f"[{step}](/guide/step-2)", P2, P3],
                    [good, good, bad, good, good])
    assert step not in [text for text, _ in linked]


def _items(heads: list[str]) -> list[tuple[str, ParagraphKind]]:
    """The story of ``heads``, each over a photo credit and a paragraph, between two
    paragraphs; the labels lose the headings and credits."""
    good, bad = Label.GOOD, Label.BAD
    blocks, labels = [P1], [good]
    for head in heads:
        blocks += [head, "Photo: Sony", P2]
        labels += [bad, bad, good]
    return _story([*blocks, P3], [*labels, good])


def test_the_numbered_headings_of_a_story_told_in_items_are_kept() -> None:
    # "1. …", "2. …", "3. …" over the items, labelled bad for their few words.
    heads = ["1. Sony Corporation", "2. Lyfe Marketing", "3. Ernst Media"]
    assert [(text, kind) for text, kind in _items(heads) if text in heads] == [
        (head, ParagraphKind.HEADING) for head in heads]
    assert "Photo: Sony" not in [text for text, _ in _items(heads)]


@pytest.mark.parametrize("numbers", [["1.", "3.", "7."], ["1.", "2."], ["3.", "2.", "3."]])
def test_numbers_that_count_nothing_make_no_headings(numbers: list[str]) -> None:
    heads = [f"{number} Sony Corporation" for number in numbers]
    assert not {text for text, _ in _items(heads)} & set(heads)


def test_a_pair_of_phrases_between_paragraphs_is_a_short_list() -> None:
    # Two lines of one block (a list of cons) between the story's paragraphs, labelled bad.
    pair = ["Pricing is generally higher than other van lines",
            "May require a deposit at booking"]
    good, bad = Label.GOOD, Label.BAD
    got = _story([P1, "\n".join(pair), P2, P3], [good, bad, bad, good, good])
    assert [(text, kind) for text, kind in got if text in pair] == [
        (item, ParagraphKind.LIST_ITEM) for item in pair]


def test_a_pair_shown_again_on_the_page_is_no_list() -> None:
    # A button and its small print, under every item of the page.
    pair = "\n".join(["Start your free trial now", "No credit card required for the trial"])
    good, bad = Label.GOOD, Label.BAD
    got = _story([P1, pair, P2, pair, P3], [good, bad, bad, good, bad, bad, good])
    assert [text for text, _ in got] == [P1, P2, P3]


@pytest.mark.parametrize("caption", [
    "The new bridge over the river at dawn, seen from the north bank. Credit: Jane Doe",
    "Credit: Reviewed / Jane Doe",
    "Supporters of the mayor cheer at the rally in the city centre. (AP Photo/Jane Doe)",
])
def test_a_caption_ending_in_its_credit_is_left_out(caption: str) -> None:
    assert [text for text, _ in _kinds([[P1], [caption], [P2], [P3]])] == [P1, P2, P3]


def test_a_url_the_story_cites_stays() -> None:
    # A bare URL is furniture in a page's markup, but a dump shows a story's references so.
    url = "https://www.example.org/reports/2024/annual-report-on-the-bridge"
    assert [text for text, _ in _kinds([[P1], [P2], [url], [P3]])][:4] == [P1, P2, url, P3]


@pytest.mark.parametrize("caption", [
    "The winter seed heads of coneflowers on the High Line. Photograph by Jane Doe.",
    "Guests pick their pastries from glass cabinets. | Photo by Jane Doe",
    "Die neue Brücke am Abend. Foto von Max Muster",
    "(Jane Doe/Associated Press)",
    "The premier speaks at the meeting in Ottawa on Friday. (Jane Doe / THE CANADIAN PRESS)",
])
def test_a_caption_ending_in_a_credit_of_another_shape_is_left_out(caption: str) -> None:
    assert [text for text, _ in _kinds([[P1], [caption], [P2], [P3]])] == [P1, P2, P3]


def test_a_sentence_about_a_photo_by_someone_stays() -> None:
    line = "He likes the photos by Ansel Adams and others, and has hung three of them."
    assert line in [text for text, _ in _kinds([[P1], [line], [P2], [P3]])]


@pytest.mark.parametrize("button", [
    "Buy on Amazon", "Check price", "Read the full review", "Book now", "Learn more",
    "Shop the Trail Runner 3", "$129 at Amazon", "Starting at $9.99", "Where to buy",
])
def test_a_shops_button_inside_the_story_is_left_out(button: str) -> None:
    # A dump prints a shop's button on a line of its own, between the story's paragraphs
    # (a review of products, each with its button): the HTML reader drops it.
    got = [text for text, _ in _kinds([[P1], ["The Trail Runner 3"], [P2], [button], [P3]])]
    assert button not in got
    assert got[0] == P1 and got[-2:] == [P2, P3]


@pytest.mark.parametrize("line", [
    "Order wedding favors for your guests.",  # a sentence: the story's own advice
    "See it at these stores:",  # a lead-in, over its list
    "Buy and Hold",  # a subheading: a way to invest
])
def test_a_sentence_or_a_heading_that_names_a_purchase_stays(line: str) -> None:
    got = [text for text, _ in _kinds([[P1], [P2], [line], [P3]])]
    assert line in got


def test_code_a_line_announces_is_code() -> None:
    # A sentence ending in a colon over a block of code: the block is the list it
    # announces, and it stays code (its "***" and braces are the program's, no Markdown).
    code = ["if (names.Contains(header.Key, StringComparer.OrdinalIgnoreCase))", "{",
            '    sb.Append("***");', "}"]
    got = _kinds([[P1], ["The handler hides the values of the headers it is told to hide:"],
                  code, [P2], [P3]])
    wanted = {line.strip() for line in code}
    assert [kind for text, kind in got if text.strip() in wanted] == (
        [ParagraphKind.PREFORMATTED] * len(code))


def test_short_items_set_apart_without_bullets_are_kept_under_a_sentence() -> None:
    # A page's list items set apart by their margins, no bullet left in the dump: the
    # short lines right under a sentence that announces them are its list.
    lead = "The handler does three things for every call:"
    items = ["Captures each request before it is sent", "Measures how long it took",
             "Logs the response when it comes back"]
    got = _kinds([[P1], [lead], *[[item] for item in items], [P2], [P3]])
    assert got == [(P1, ParagraphKind.PARAGRAPH), (lead, ParagraphKind.PARAGRAPH),
                   *[(item, ParagraphKind.LIST_ITEM) for item in items],
                   (P2, ParagraphKind.PARAGRAPH), (P3, ParagraphKind.PARAGRAPH)]


@pytest.mark.parametrize("lead", ["Other Posts:", "On the Net:", "Read more from us:",
                                  "Other posts you’ll love:"])
def test_a_label_over_lines_set_apart_announces_no_list(lead: str) -> None:
    # A label in title case or of a few words heads a list of links: it announces no
    # list of the story's.
    items = ["Garden notes for the week", "A new bench for the park"]
    got = _kinds([[P1], [P2], [P3], [lead], *[[item] for item in items]])
    assert [text for text, _ in got if text in items] == []


TEASER_HEADLINES = ["Council weighs a new bridge for the east side",
                    "Five schools to close for repairs",
                    "Mayor names a new head of the water board"]


@pytest.mark.parametrize("lead", [
    "Related content from the Daily Planet:", "More world stories from the Daily Planet:",
    "See also:", "If you enjoyed this story, you may also like:",
])
def test_a_lead_in_that_names_other_stories_announces_no_list(lead: str) -> None:
    # Its list is other stories' links, not the story's: the HTML reader drops it.
    got = _kinds([[P1], [P2], [P3], [lead], TEASER_HEADLINES])
    assert [text for text, _ in got if text in TEASER_HEADLINES] == []


_RANKING = ["City\tScore", *[f"{n}. Town {n}\t{90 - n}.5" for n in range(1, 9)]]
_PLAN = ["Week\tMonday\tTuesday", "1\tRest\tRun 20 min", "2\tRest\tRun 25 min"]


def test_tables_right_under_the_story_s_end_are_the_story_s() -> None:
    # A ranking and a plan, each under a short heading, close the story: its figures weigh
    # nothing for the region, which ends over them.
    got = _kinds([[P1], [P2], [P3], ["Towns with the hottest markets"], _RANKING,
                  ["Training plan"], _PLAN])
    assert [text for text, _ in got[3:]] == ["Towns with the hottest markets", *_RANKING,
                                             "Training plan", *_PLAN]
    assert {kind for _, kind in got[3:]} == {ParagraphKind.HEADING, ParagraphKind.TABLE_ROW}


@pytest.mark.parametrize("blocks", [
    # Two rows only: as often a layout's.
    [["Week\tMonday\tTuesday", "1\tRest\tRun 20 min"]],
    # A long line over the table, no heading: a bar of links.
    [["Home | World | Business | Sport | Opinion | Markets | Video | Podcasts | Weather"],
     _PLAN],
    # A wall over it.
    [["Related stories"], _RANKING],
])
def test_tables_under_the_story_are_not_always_the_story_s(blocks: list[list[str]]) -> None:
    got = _kinds([[P1], [P2], [P3], *blocks])
    assert all(kind is not ParagraphKind.TABLE_ROW for _, kind in got)


def test_a_layout_table_of_links_under_the_story_is_not_the_story_s() -> None:
    # A site map in a Markdown dump, its rows all links: the page's.
    rows = "\n".join(f"| [{name}](/{name}) | [{name} news](/{name}/news) |"
                     for name in ("Sport", "Travel", "Business", "Opinion"))
    dump = "\n\n".join(["# The bridge", P1, P2, P3, "Site map",
                        "| [Home](/) | [About](/about) |\n|---|---|\n" + rows]) + "\n"
    article = parse_text(dump)
    assert all(paragraph.kind is not ParagraphKind.TABLE_ROW for paragraph in article.paragraphs)
