"""Text dumps, stage 3: choosing the story region."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from newsparse import ParseOptions, parse_text
from newsparse._text.classify import first_label
from newsparse._text.features import LineFeatures, code_blocks
from newsparse._text.lines import TEXT, split_lines
from newsparse._text.region import (
    _cut_at_repeated_tail,
    _headed_over_weak,
    _inner_tables,
    _past_notice_over_byline,
    _past_repeated_head,
    _sentence_lines,
    densest_region,
    fallback_region,
    line_weights,
    story_region,
)
from newsparse._text.sections import numbered_sections, topical_lists
from text_dumps import MENU_ITEMS, SENTENCES, render

OPTIONS = ParseOptions()
PARAGRAPHS = [" ".join(SENTENCES[i:i + 3]) for i in range(0, 6, 3)] * 2
# A third paragraph of its own: PARAGRAPHS[2] repeats PARAGRAPHS[0], which reads as a copy
# where the story holds nothing else of weight between (``_past_repeated_head``).
THIRD = " ".join(SENTENCES[1:4])


def _region(text: str) -> tuple[list[str], tuple[int, int]]:
    lines = split_lines(text, OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, code_blocks(lines, features, OPTIONS), OPTIONS)
    return [line[TEXT] for line in lines], densest_region(lines, weights, features, OPTIONS)


def _story(text: str) -> tuple[list[str], tuple[int, int]]:
    """The lines of ``text`` and the region ``story_region`` chooses."""
    lines = split_lines(text, OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    code = code_blocks(lines, features, OPTIONS)
    return [line[TEXT] for line in lines], story_region(lines, features, labels, code, OPTIONS)


def test_the_story_between_menus_is_the_region() -> None:
    texts, (start, end) = _region(
        render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)])
    )
    assert texts[start:end] == PARAGRAPHS


def test_a_heading_inside_the_story_does_not_split_it() -> None:
    story = [[PARAGRAPHS[0]], [PARAGRAPHS[1]], ["What comes next"], [PARAGRAPHS[2]]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *story, ["Home", "Contact"]]))
    assert texts[start:end] == [PARAGRAPHS[0], PARAGRAPHS[1], "What comes next", PARAGRAPHS[2]]


def test_reader_comments_after_the_story_are_cut_off() -> None:
    comments: list[list[str]] = [["42 Comments"]]
    for n in range(8):
        comments += [[f"reader{n} says:", "November 19, 2019 at 6:34 am"],
                     [" ".join(SENTENCES[1:5])]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), [PARAGRAPHS[0]], [PARAGRAPHS[1]],
                                          *comments]))
    assert texts[start:end] == PARAGRAPHS[:2]


def test_a_comments_link_above_the_story_does_not_hide_it() -> None:
    texts, (start, end) = _region(
        render([list(MENU_ITEMS), ["12 Comments"], *[[p] for p in PARAGRAPHS]])
    )
    assert texts[start:end] == PARAGRAPHS


def test_a_teaser_over_a_comment_count_does_not_take_the_story_s_place() -> None:
    # A teaser (headline and one summary) between lists, then the story under its
    # byline and "11 Comments": the count is no comments section, the teaser no story.
    teaser = [["Watch This Woman Turn Her SUV Into a Battering Ram in a Parking Lot Fight"],
              [" ".join(SENTENCES)]]
    # (Six paragraphs, none said twice: a story shown twice is a hidden copy, dropped.)
    story = [[f"{' '.join(SENTENCES[i:i + 4])} Part {part}."]
             for part in (1, 2) for i in range(0, 6, 2)]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *teaser, list(MENU_ITEMS),
                                          ["Jane Doe", "Associated Press", "11 Comments"],
                                          *story, list(MENU_ITEMS)]))
    assert texts[start:end] == [p for [p] in story]


def test_no_prose_gives_an_empty_region() -> None:
    _texts, (start, end) = _region(render([list(MENU_ITEMS)]))
    assert start == end


def test_fallback_takes_the_densest_non_chrome_text() -> None:
    text = render([["Home", "News"], ["Lorem ipsum dolor sit amet,", "consectetur adipiscing",
                                      "elit sed do eiusmod tempor"], ["Privacy Policy"]])
    lines = split_lines(text, OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    kept = [lines[i][TEXT] for i in fallback_region(lines, features, OPTIONS)]
    assert kept == ["Lorem ipsum dolor sit amet,", "consectetur adipiscing",
                    "elit sed do eiusmod tempor"]


def test_fallback_finds_nothing_in_a_bare_menu() -> None:
    lines = split_lines(render([list(MENU_ITEMS)]), OPTIONS)
    assert fallback_region(lines, [LineFeatures.of(line[TEXT]) for line in lines], OPTIONS) == []


def test_fallback_keeps_a_tiny_page_of_separate_lines() -> None:
    lines = split_lines(render([["abc"], ["def"], ["ghi"]]), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    assert fallback_region(lines, features, OPTIONS) == [0, 1, 2]


def test_a_tiny_page_keeps_its_lines_but_the_furniture() -> None:
    # The page's title holds a furniture word ("links"): the three words are the story.
    lines = split_lines(render([["Replace javascript: links"], ["abc"], ["def"], ["ghi"]]),
                        OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    assert fallback_region(lines, features, OPTIONS) == [1, 2, 3]
    assert parse_text(render([["Replace javascript: links"], ["abc"], ["def"], ["ghi"]])).body \
        == "abc\n\ndef\n\nghi"


def test_a_list_of_other_stories_opening_the_run_is_skipped() -> None:
    teasers = [" ".join(SENTENCES[i % 6:i % 6 + 2]) for i in range(6)]
    texts, (start, end) = _region(
        render([list(MENU_ITEMS), teasers, ["Headline", "By a reporter"],
                *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)])
    )
    assert PARAGRAPHS[0] in texts[start:end]
    assert not set(teasers) & set(texts[start:end])


def test_a_long_paragraph_in_the_run_opening_the_region_stays() -> None:
    # The first paragraph glued under the date and a share button, in one block: a
    # paragraph a story's length long is no teaser, whatever block it sits in.
    first = " ".join(SENTENCES[:5])
    texts, (start, end) = _region(
        render([list(MENU_ITEMS), ["Headline of the story"], ["October 26, 2012", "Tweet", first],
                *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)])
    )
    assert texts[start:end] == [first, *PARAGRAPHS]


def test_a_related_heading_ends_the_story_where_lists_take_over() -> None:
    related = [" ".join(SENTENCES[i % 6:i % 6 + 2]) for i in range(8)]
    texts, (start, end) = _region(
        render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], ["Related Stories"], related])
    )
    assert texts[start:end] == PARAGRAPHS


def test_excerpts_cut_short_weigh_less_than_the_story() -> None:
    story = [" ".join(SENTENCES[3:6])]
    excerpts = [" ".join(SENTENCES[i:i + 3])[:-1] + " …" for i in range(3)]
    texts, (start, end) = _region(render(
        [list(MENU_ITEMS), story, ["You may also like"], *[[e] for e in excerpts]]))
    assert texts[start:end] == story
    # Finished, the same paragraphs outweigh the heading between them and the story.
    finished = [e.replace(" …", ".") for e in excerpts]
    texts, (start, end) = _region(render(
        [list(MENU_ITEMS), story, ["You may also like"], *[[e] for e in finished]]))
    assert set(finished) <= set(texts[start:end])


def test_a_story_whose_preview_stops_with_an_ellipsis_keeps_that_paragraph() -> None:
    cut = PARAGRAPHS[1][:-1] + "..."
    story = [PARAGRAPHS[0], cut]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *[[p] for p in story],
                                          list(MENU_ITEMS)]))
    assert texts[start:end] == story


# A gallery's and a share bar's lines inside a story.
EMBED = ["Read more", "Back", "Play again", "Back", "Share", "Facebook", "WhatsApp", "Twitter",
         "Messenger", "Google", "Pinterest", "LinkedIn", "E-mail", "Copy link"]


def test_the_story_resumes_after_an_embed_inside_it() -> None:
    texts, (start, end) = _region(render(
        [list(MENU_ITEMS), *[[p] for p in PARAGRAPHS[:2]], EMBED,
         *[[p] for p in PARAGRAPHS[2:]], list(MENU_ITEMS)]))
    assert [t for t in texts[start:end] if t in PARAGRAPHS] == PARAGRAPHS


def test_the_story_begun_before_an_embed_opening_it_keeps_its_first_paragraphs() -> None:
    # Two paragraphs, then a gallery's dozen short lines that cost more than they weigh,
    # then the rest of the story: the story began above the gallery.
    intro = [" ".join(SENTENCES[0:3]), " ".join(SENTENCES[3:6])]
    gallery = [f"Photo {n} of 12" for n in range(1, 13)]
    texts, (start, end) = _region(
        render([list(MENU_ITEMS), *[[p] for p in intro], gallery,
                *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)])
    )
    assert texts[start:end] == [*intro, *gallery, *PARAGRAPHS]


def test_the_story_begun_above_a_share_bar_or_a_box_of_links_keeps_its_first_paragraphs() -> None:
    # A soft wall heads a share bar or a box of other stories set between the story's
    # paragraphs as often as the page's lines after it: the story reaches back over it.
    intro = [" ".join(SENTENCES[0:3]), " ".join(SENTENCES[3:6])]
    for heading in ("Share this:", "Related Stories"):
        embed = [heading, *(f"Photo {n} of 12" for n in range(1, 13))]
        texts, (start, end) = _region(
            render([list(MENU_ITEMS), *[[p] for p in intro], embed,
                    *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)])
        )
        assert texts[start:end] == [*intro, *embed, *PARAGRAPHS]


def test_the_story_s_first_paragraph_over_a_box_set_into_it_opens_the_region() -> None:
    # Between the head's short lines and a box of other stories (or a share bar) under a
    # soft wall, the story's first paragraph is boxed in as a teaser's summary is and
    # weighs little; the box vouches for it: the region reaches back to it.
    lead = " ".join(SENTENCES[0:3])
    for box in (["Skip to next paragraph", "Related"], ["Share this page", "Facebook", "Twitter"]):
        texts, (start, end) = _story(render(
            [list(MENU_ITEMS), ["Council drops the tax rise"], ["By Jane Doe", "March 4, 2024"],
             [lead], box, [PARAGRAPHS[1]], [THIRD], list(MENU_ITEMS)]))
        assert texts[start:end] == [lead, *box, PARAGRAPHS[1], THIRD]


def test_a_paragraph_over_a_box_and_the_story_s_headline_stays_out() -> None:
    # A headline right over the region: the story's head opens there, and a paragraph over
    # the box above it (a poll's question, a teaser) is none of the story.
    question = " ".join(SENTENCES[0:3])
    texts, (start, _end) = _story(render(
        [list(MENU_ITEMS), [question], ["Sponsored Links"], ["More World news"],
         ["Council drops the tax rise"], [PARAGRAPHS[1]], [THIRD], list(MENU_ITEMS)]))
    assert texts[start] != question


def test_a_box_vouches_only_for_the_paragraph_right_over_the_region() -> None:
    # A blurb further up, over another box and the story's head, is no story's.
    lead = " ".join(SENTENCES[0:3])
    blurb = ("Our weekly letter brings you the news of the council and the school board, with "
             "the votes that were taken and the people who spoke at each of the meetings, "
             "every Friday morning.")
    box = ["Skip to next paragraph", "Related"]
    texts, (start, _end) = _story(render(
        [list(MENU_ITEMS), [blurb], box, ["Council drops the tax rise"],
         ["By Jane Doe", "March 4, 2024"], [lead], box, [PARAGRAPHS[1]], [THIRD],
         list(MENU_ITEMS)]))
    assert texts[start] == lead


def test_one_paragraph_or_a_comments_heading_after_the_embed_ends_the_story() -> None:
    texts, (start, end) = _region(render(
        [list(MENU_ITEMS), *[[p] for p in PARAGRAPHS[:3]], EMBED, [PARAGRAPHS[3]],
         list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS[:3]
    texts, (start, end) = _region(render(
        [list(MENU_ITEMS), *[[p] for p in PARAGRAPHS[:2]], ["Comments", *EMBED],
         *[[p] for p in PARAGRAPHS[2:]], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS[:2]


def test_a_short_post_before_a_comments_heading_beats_the_comments() -> None:
    # One paragraph boxed in by its share bars weighs little for the region, and a
    # comment after the heading may outweigh it: counted whole, the post's words win.
    post = " ".join(SENTENCES[:3])
    comment = " ".join(SENTENCES[3:6])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), ["Council keeps the tax"], ["Share", "Tweet"], [post],
        ["Email", "Print"], ["2 Comments"], ["Jane", "March 4, 2024"], [comment],
        ["Reply"], ["Joe", "March 5, 2024"], [comment], list(MENU_ITEMS)]))
    assert texts[start:end] == [post]


def _post_and_comments(head: list[str]) -> str:
    """A post of one paragraph under ``head`` and its share bar, then a comments heading and
    a comment of two paragraphs, longer than the post."""
    post = " ".join(SENTENCES[:2])
    return render([
        list(MENU_ITEMS), head, [post], ["Share", "Tweet"], ["Comments"], ["Jane"],
        [" ".join(SENTENCES[2:4])], [" ".join(SENTENCES[4:6])], ["Reply"], list(MENU_ITEMS)])


def test_a_post_under_its_headline_and_date_beats_longer_comments() -> None:
    # Counted whole, the post's words are fewer than the comments weigh: only the head
    # over it (a headline over its date line, or under it) says it is the post.
    post = " ".join(SENTENCES[:2])
    for head in (["Council keeps the tax", "March 4, 2024"],
                 ["March 4, 2024", "Council keeps the tax"]):
        texts, (start, end) = _region(_post_and_comments(head))
        assert texts[start:end] == [post]


def test_a_post_without_a_head_does_not_beat_longer_comments() -> None:
    for head in (["Council keeps the tax"], ["March 4, 2024"]):
        texts, (start, end) = _region(_post_and_comments(head))
        assert " ".join(SENTENCES[:2]) not in texts[start:end]


def test_a_line_announcing_a_list_counts_as_a_sentence_of_the_story() -> None:
    # "… will have these specs:" ends a sentence of the story as a full stop does: a post
    # of one paragraph and such a line is two sentences long (before a comments heading).
    texts = [" ".join(SENTENCES[:3]),
             "The new model that the board will vote on next week will have these specs:",
             "The same sensor as before", "Photo: AP"]
    lines = split_lines(render([texts[:2], texts[2:]]), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    assert _sentence_lines(lines, [50.0, 6.0, 0.0, 1.0], features, 0, 4) == 2


def test_a_teaser_too_short_for_a_story_does_not_beat_the_story_after_a_comment_count() -> None:
    # A lone summary of a few words above "12 Comments" is no short post: the story
    # under the count stays the region.
    story = [[" ".join(SENTENCES[i:i + 3])] for i in range(0, 6, 3)] * 2
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), ["Why the river keeps flooding"], ["The council says why."],
        ["Home", "Contact"], ["12 Comments"], *story, list(MENU_ITEMS)]))
    assert texts[start:end] == [p for [p] in story]


def test_a_list_written_on_one_long_line_weighs_nothing_as_a_sentence() -> None:
    # A page-to-Markdown tool writes a sidebar's archive on one line; it ends with ")" but
    # holds no sentence, and must not outweigh a short post boxed in by furniture.
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    archive = "Archives " + " ".join(
        f"{month} {year} ({(year * 7 + i) % 23 + 1})"
        for year in (2012, 2011, 2010) for i, month in enumerate(months)
    )
    post = " ".join(SENTENCES[:2])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), [archive], ["Home", "Contact"], ["October 26, 2012"],
        ["Print your own mask"], [post], ["See more: downloads, printables"],
        list(MENU_ITEMS)]))
    assert texts[start:end] == [post]


def test_a_list_the_story_announces_does_not_split_it() -> None:
    # "The plan has these parts:" and its items: short lines in a run, as a menu's are,
    # but the story's; the paragraphs over them stay in the region.
    items = ["a new bridge", "a bus lane", "a park by the river", "a school", "a depot",
             "a market hall", "a ferry pier", "a car park"]
    story = [[" ".join(SENTENCES[:2])], ["The plan has these parts:"], items,
             [" ".join(SENTENCES[2:4])], [" ".join(SENTENCES[4:6])]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *story, list(MENU_ITEMS)]))
    assert texts[start:end] == [line for block in story for line in block]


_ITEMS = ["Most comfortable ride at its price", "Good and steady motor performance",
          "Ample range for a daily commute", "Low upkeep with drum brakes",
          "Keeps its speed on long hills", "Folds down in a few seconds",
          "Lights that are easy to see", "A bell that can be heard", "Tires that heal small cuts",
          "A stand that holds on slopes"]


def test_a_list_under_a_subheading_of_the_story_does_not_split_it() -> None:
    last = " ".join(SENTENCES[1:4])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], ["What we like about it"], _ITEMS,
        [last], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, "What we like about it", *_ITEMS, last]


def test_lists_under_subheadings_one_after_another_do_not_split_the_story() -> None:
    # "What we like" / its items / "What we do not like" / its items, then the story goes
    # on: the paragraphs over the first list and under the last serve both.
    dislikes = ["Heavier than most at its price", "No cruise control on the bars",
                "Brakes that squeal when wet", "A kickstand that wobbles a bit"]
    last = " ".join(SENTENCES[1:4])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], ["What we like about it"], _ITEMS,
        ["What we do not like"], dislikes, [last], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, "What we like about it", *_ITEMS,
                                "What we do not like", *dislikes, last]


def test_a_list_under_a_headline_cased_subheading_does_not_split_the_story() -> None:
    last = " ".join(SENTENCES[1:4])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], ["Severe Driving Conditions"], _ITEMS,
        [last], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, "Severe Driving Conditions", *_ITEMS, last]


@pytest.mark.parametrize(("label", "items"), [
    ("WHAT WE LIKE", _ITEMS),
    # Other stories and their authors' names: a headline-cased label over items of two words.
    ("Exclusives From Our Newsroom", [
        "Katie Couric", "New Yorkers post their feelings about the election in the subway",
        "Matt Bai", "The real problem behind the fake news of the week",
        "Jane Doe", "Why the old bridge over the river keeps flooding every spring"]),
])
def test_a_list_under_a_label_in_capitals_or_over_names_still_costs_the_region(
        label: str, items: list[str]) -> None:
    last = " ".join(SENTENCES[1:4])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], [label], items,
        [last], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_list_after_a_label_in_capitals_still_costs_the_region() -> None:
    # "WHAT WE ARE READING:" heads a list of links, not a list the story announces.
    links = [f"Story number {n} of the day" for n in range(8)]
    story = [[p] for p in PARAGRAPHS]
    texts, (start, end) = _region(render([*story, ["WHAT WE ARE READING:"], links,
                                          [" ".join(SENTENCES[:2])], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_lone_paragraph_boxed_in_by_furniture_is_no_teaser() -> None:
    # A short post between its share bars weighs as a lone line does, not as a teaser's
    # summary: with no other boxed-in line near it, it outweighs a blurb in a sidebar's run.
    post = " ".join(SENTENCES[:3])
    blurb = " ".join(SENTENCES[3:5])
    texts, (start, end) = _region(render([
        list(MENU_ITEMS), ["Council keeps the tax"], ["Email", "Print"], [post],
        ["Email", "Print"], list(MENU_ITEMS), ["About us", blurb, "Contact us"]]))
    assert texts[start:end] == [post]


def test_summaries_boxed_in_near_each_other_are_teasers() -> None:
    # Headline, summary, date: again and again, a list of other stories. Their summaries
    # weigh little against the story after them.
    teasers: list[list[str]] = []
    for n in range(3):
        teasers += [[f"Headline number {n} of the day", "Section"], [SENTENCES[n]],
                    ["March 4, 2024", "Share"]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *teasers, ["Home", "Contact"],
                                          [PARAGRAPHS[0]], [PARAGRAPHS[1]], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS[:2]


# A story told in sections: a short heading, a line or two of details, a paragraph.
_SECTION_TEXTS = [" ".join(SENTENCES[i % 6:i % 6 + 2]) for i in range(6)]


def _numbered_story(count: int, *, first: int = 1, step: int = 1) -> list[list[str]]:
    blocks: list[list[str]] = [[PARAGRAPHS[0]]]
    for n in range(count):
        blocks += [[f"{first + n * step}. Tool number {n}"], [_SECTION_TEXTS[n % 6]],
                   ["Our picks:"], [f"Brand {n} model A"], [f"Brand {n} model B"]]
    return blocks


def test_a_story_in_numbered_sections_is_one_region() -> None:
    # "1. Multimeter" / its paragraph / "Our picks:" and two names set apart, again and
    # again: each paragraph is boxed in as a teaser's summary is, but the numbers that
    # follow one another make the sections one story.
    story = _numbered_story(5)
    texts, (start, end) = _story(render([list(MENU_ITEMS), *story, list(MENU_ITEMS),
                                         ["About us", " ".join(SENTENCES[:4])]]))
    assert texts[start:end] == [line for block in story for line in block][:-3]


@pytest.mark.parametrize(("first", "step"), [(1, 1), (10, -1)])
def test_numbered_sections_count_up_or_down(first: int, step: int) -> None:
    lines = split_lines(render(_numbered_story(4, first=first, step=step)), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    content = [first_label(f, OPTIONS).name in ("GOOD", "NEAR_GOOD") for f in features]
    spans = numbered_sections(lines, features, content, OPTIONS)
    assert lines[min(spans)][TEXT] == f"{first}. Tool number 0"
    assert max(spans) == next(i for i, line in enumerate(lines)
                              if line[TEXT] == f"{first + 3 * step}. Tool number 3")


@pytest.mark.parametrize("blocks", [
    # A numbered list of links: a run of lines, nothing between the items.
    [[PARAGRAPHS[0]], [f"{n}. Story number {n} of the day" for n in range(1, 6)]],
    # Numbers that do not follow one another: dates, prices, scores set apart.
    [[PARAGRAPHS[0]], *[block for n in (1, 5, 9, 13)
                        for block in ([f"{n}. Tool number {n}"], [PARAGRAPHS[1]])]],
    # Numbered lines with nothing between them but short lines.
    [block for n in range(1, 6) for block in ([f"{n}. Tool number {n}"], ["Share"])],
])
def test_numbered_lines_that_make_no_sections(blocks: list[list[str]]) -> None:
    lines = split_lines(render(blocks), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    content = [first_label(f, OPTIONS).name in ("GOOD", "NEAR_GOOD") for f in features]
    assert numbered_sections(lines, features, content, OPTIONS) == set()


def _short_sections(count: int) -> list[list[str]]:
    blocks: list[list[str]] = []
    for n in range(count):
        blocks += [[f"Town number {n}"], [f"{n} Main Street", "For sale: $600,000"],
                   [_SECTION_TEXTS[n % 6]]]
    return blocks


def test_a_story_in_short_sections_beats_a_blurb_apart_from_it() -> None:
    # Heading, details, paragraph: each paragraph boxed in as a teaser's summary is. Weighed
    # as teasers, the sections lose to a long blurb in the footer; weighed whole, they
    # outweigh it, and lie apart from it: they are the story.
    story = _short_sections(5)
    blurb = " ".join(SENTENCES) + " " + " ".join(SENTENCES[:3])
    page = render([list(MENU_ITEMS), *story, list(MENU_ITEMS), [blurb], ["Contact", "Privacy"]])
    texts, (start, end) = _story(page)
    # (From the first paragraph on: the heading over it is the head's to read.)
    assert texts[start:end] == [line for block in story for line in block][3:]
    texts, (start, end) = _region(page)
    assert texts[start:end] == [blurb]


def test_teasers_weighed_whole_still_lose_to_the_story_that_outweighs_them() -> None:
    # A list of teasers after the story: weighed whole it would join the story's run, but
    # a run that takes the story in is no run apart from it: the region stays the story.
    teasers: list[list[str]] = []
    for n in range(4):
        teasers += [[f"Headline number {n} of the day", "Section"],
                    [" ".join(SENTENCES[n:n + 2])], ["March 4, 2024", "Share"]]
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         *teasers, list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_story_that_goes_on_in_short_sections_keeps_them() -> None:
    # An opening paragraph, then sections of a heading, a few short details and a
    # paragraph: weighed as teasers' summaries the sections cost more than they bring; weighed
    # whole they add to the opening paragraph's run more than a quarter of its weight.
    sections: list[list[str]] = []
    for n in range(5):
        sections += [[f"Town number {n}"], ["Seattle", "$600,000", f"{n + 2} beds"],
                     [_SECTION_TEXTS[n]]]
    page = render([list(MENU_ITEMS), [PARAGRAPHS[0]], *sections, list(MENU_ITEMS)])
    texts, (start, end) = _story(page)
    assert texts[start:end] == [PARAGRAPHS[0], *[line for block in sections for line in block]]
    texts, (start, end) = _region(page)
    assert texts[start:end] == [PARAGRAPHS[0]]


def test_a_bio_after_the_story_is_not_taken_in_as_a_section() -> None:
    # A teaser or two and a bio hung on a long story add little to it: the region stays.
    extra = [["Jane Doe"], ["Reporter", "London"], [SENTENCES[3] + " " + SENTENCES[4]],
             ["Related story"], ["March 4, 2024", "Share"], [SENTENCES[1] + " " + SENTENCES[2]],
             ["Home", "Contact"]]
    story = [[p] for p in PARAGRAPHS]
    texts, (start, end) = _story(render([list(MENU_ITEMS), *story, *extra, list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def _skeleton_page(paragraph: Callable[[int, str], list[list[str]]]) -> list[list[str]]:
    """Four products, each under the same skeleton (its name, a price button, a box of
    scores, its pros and cons) and then what ``paragraph`` gives for it."""
    blocks: list[list[str]] = [list(MENU_ITEMS)]
    for k, name in enumerate(("Bridge Saw One", "Depot Drill Two", "Council Lamp Three",
                              "Board Fan Four")):
        scores = [f"{what} {k + 5}.{k}" for what in ("Battery", "Weight", "Size", "Speed")]
        blocks += [[name], ["Check price", "OVERALL SCORE", *scores, "PROS", "Quiet",
                            f"{k + 2} year warranty", "CONS", "Short cord"],
                   *paragraph(k, name)]
    return [*blocks, list(MENU_ITEMS)]


def _gap_weights(blocks: list[list[str]]) -> tuple[list[str], list[float]]:
    lines = split_lines(render(blocks), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, set(), OPTIONS)
    return [line[TEXT] for line in lines], list(weights)


def test_the_gaps_of_a_story_told_in_sections_of_one_skeleton_cost_nothing() -> None:
    # The skeleton's labels ("Check price", "PROS") in every gap between the sections'
    # paragraphs make the gaps one story's furniture: squared, each cost more than a
    # section weighs, and the region kept one section of the story.
    texts, weights = _gap_weights(_skeleton_page(lambda k, name: [
        [f"{name} is our pick. " + " ".join(SENTENCES[k:k + 2])],
        [f"The {name} has its faults. " + SENTENCES[k + 2]]]))
    first = texts.index("Bridge Saw One is our pick. " + " ".join(SENTENCES[0:2]))
    last = texts.index("Board Fan Four is our pick. " + " ".join(SENTENCES[3:5]))
    assert all(weight >= 0 for weight in weights[first:last])
    assert weights[first - 2] < 0  # the gap over the first section is no gap between two
    assert weights[texts.index("Weight 8.3")] == 0.0


def test_the_gaps_of_a_list_of_teasers_cost_what_they_cost() -> None:
    # The same labels between teasers' summaries, which weigh little: a list, not sections.
    texts, weights = _gap_weights(_skeleton_page(lambda k, _name: [[SENTENCES[k]]]))
    assert weights[texts.index("Weight 8.3")] < 0


_TABLE = ["Year\tSales\tProfit", *[f"{2010 + k}\t{100 + k}\t{10 + k}" for k in range(12)]]


def test_a_table_between_the_story_s_paragraphs_does_not_split_it() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), [PARAGRAPHS[0]], _TABLE,
                                         [PARAGRAPHS[1]], [THIRD], list(MENU_ITEMS)]))
    assert texts[start:end] == [PARAGRAPHS[0], *_TABLE, PARAGRAPHS[1], THIRD]


def test_tables_one_after_another_share_the_story_around_them() -> None:
    # Two tables, each over its credit and the second under its heading: the paragraph over
    # the first and the one under the second serve both.
    blocks = [[PARAGRAPHS[0]], _TABLE, ["Source: the council"], ["Profit by year"], _TABLE,
              ["Source: the council"], [PARAGRAPHS[1]]]
    lines = split_lines(render(blocks), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    content = [first_label(f, OPTIONS).name in ("GOOD", "NEAR_GOOD") for f in features]
    rows = _inner_tables(lines, content, OPTIONS)
    assert sorted(rows) == [i for i, line in enumerate(lines) if "\t" in line[TEXT]]
    assert len(rows) == 2 * len(_TABLE)


@pytest.mark.parametrize("blocks", [
    [[PARAGRAPHS[0]], _TABLE, list(MENU_ITEMS)],  # no story under it
    [list(MENU_ITEMS), _TABLE, [PARAGRAPHS[0]]],  # no story over it
    [[PARAGRAPHS[0]], ["Home", "Sales\t100", "Contact"], [PARAGRAPHS[1]]],  # not all rows
])
def test_a_table_that_is_not_set_in_the_story_costs_the_region(
        blocks: list[list[str]]) -> None:
    lines = split_lines(render(blocks), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    content = [first_label(f, OPTIONS).name in ("GOOD", "NEAR_GOOD") for f in features]
    assert _inner_tables(lines, content, OPTIONS) == set()


def test_sections_parted_by_drawn_rules_keep_the_story_whole() -> None:
    # A post in short sections set off by drawn rules ("————", "* * *"): the rules hold no
    # word and are no menu; were they a gap, it would grow from one section to the next
    # until it cut the story.
    sections: list[list[str]] = [[" ".join(SENTENCES[:3])]]
    for n, sentence in enumerate(SENTENCES):
        rule = "—" * 40 if n % 2 else "* * *"
        sections += [[rule, f"Section heading {n}", rule], [sentence]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *sections, list(MENU_ITEMS)]))
    assert texts[start] == " ".join(SENTENCES[:3])
    assert texts[end - 1] == SENTENCES[-1]


def test_a_rule_weighs_nothing() -> None:
    texts = [" ".join(SENTENCES[:3]), "* * *", "Home", "About"]
    lines = split_lines(render([texts[:1], texts[1:2], texts[2:]]), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, set(), OPTIONS)
    assert weights[1] == 0.0
    assert weights[2] < 0  # a menu's first line still opens a gap


def test_a_list_announced_under_short_lines_is_the_story_s_when_prose_follows() -> None:
    # "Shopify can support:" under a subheading and a list of the story's: no prose within
    # reach over the lead-in, but the story goes on right under its items.
    items = ["Small local shops", "Growing online brands", "Stores that sell a great deal",
             "Shops with many product lines", "Sellers in many countries"]
    story = [[PARAGRAPHS[0]], ["Scales Extremely Well"], ["Shopify can support:"], items,
             ["Large App Marketplace"], ["Merchants can support it all with apps:"], items,
             [PARAGRAPHS[1]], [THIRD]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), *story, list(MENU_ITEMS)]))
    assert texts[start:end] == [line for block in story for line in block]


def test_a_list_after_a_lead_in_with_no_prose_near_it_still_costs_the_region() -> None:
    links = [f"Story number {n} of the day" for n in range(8)]
    texts, (start, end) = _region(render([
        *[[p] for p in PARAGRAPHS], list(MENU_ITEMS), ["More from the desk today:"], links,
        list(MENU_ITEMS), [" ".join(SENTENCES[:2])]]))
    assert texts[start:end] == PARAGRAPHS


def test_the_page_s_copyright_notice_ends_the_story() -> None:
    # Prose after the notice (a wire service's terms, a disclaimer, another story's
    # summary) is never the story's.
    terms = ("This material may not be published, broadcast, rewritten or redistributed, "
             "and the agency said that it would not be held liable for the errors in it.")
    notices = ["Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved",
               "© 2008 The Birmingham News. All rights reserved.",
               "Copyright © 2008 Radio New Zealand",
               "© 2019 Le Quotidien. Tous droits réservés."]
    for notice in notices:
        texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                             [notice], [terms], [PARAGRAPHS[0]]]))
        assert texts[start:end] == PARAGRAPHS, notice


def test_a_picture_s_credit_in_the_story_is_no_copyright_notice() -> None:
    # A credit names the sign and a year, or the reserved rights, without the notice's
    # other half: the story goes on under it.
    for credit in ["© 2012 Getty Images", "Oil on canvas, 1960. All rights reserved, DACS 2024."]:
        story = [[PARAGRAPHS[0]], [PARAGRAPHS[1]], [credit], [PARAGRAPHS[2]], [PARAGRAPHS[3]]]
        texts, (start, end) = _story(render([list(MENU_ITEMS), *story, list(MENU_ITEMS)]))
        assert texts[start:end] == [PARAGRAPHS[0], PARAGRAPHS[1], credit, PARAGRAPHS[2],
                                    PARAGRAPHS[3]], credit


NOTICE = ("Reprints: This copy is for your personal, non-commercial use only. To order copies "
          "for your colleagues, use the order form.")
STORY = [PARAGRAPHS[0], PARAGRAPHS[1], THIRD]


def _repeated_head(blocks: list[list[str]]) -> tuple[list[str], int]:
    """The lines of the rendered ``blocks`` and where ``_past_repeated_head`` starts a
    region that holds them all."""
    lines = split_lines(render(blocks), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, code_blocks(lines, features, OPTIONS),
                           OPTIONS)
    return [line[TEXT] for line in lines], _past_repeated_head(lines, weights, features,
                                                               (0, len(lines)), OPTIONS)


def test_a_notice_printed_over_a_comments_tab_and_again_over_the_story_is_a_copy() -> None:
    # "Article" / "Comments" parts the notice from its second copy over the story: the
    # "Comments" tab ends no story, the copy before it is none.
    blocks = [[NOTICE], ["Article", "Comments"], [NOTICE], *[[p] for p in STORY]]
    texts, start = _repeated_head(blocks)
    assert start == texts.index("Comments") + 1
    assert texts[start:].count(NOTICE) == 1


def test_a_caption_printed_twice_over_the_story_is_read_once() -> None:
    # Over a gallery's counter and under it: the first copy is left out.
    caption = "In this photo the rocket booster is installed on the launch pad, on Tuesday."
    texts, start = _repeated_head([[caption], ["1 / 5"], [caption], *[[p] for p in STORY]])
    assert texts[start:].count(caption) == 1
    assert start == 1


def test_a_paragraph_said_twice_in_a_row_stays() -> None:
    # Nothing between the two copies: a story that says it twice, not a block printed
    # again further down.
    _texts, start = _repeated_head([[STORY[0]], [STORY[0]], *[[p] for p in STORY[1:]]])
    assert start == 0


def test_a_story_printed_twice_whole_keeps_its_first_copy() -> None:
    # The copy weighs as much as all the region holds besides it: it is the story.
    _texts, start = _repeated_head([*[[p] for p in STORY], ["Print"], *[[p] for p in STORY]])
    assert start == 0


def test_a_region_without_a_repeated_opening_starts_where_it_did() -> None:
    _texts, start = _repeated_head([[NOTICE], ["Comments"], *[[p] for p in STORY]])
    assert start == 0


# A story told in sections of one skeleton: each product's name, two paragraphs, its pros
# and cons, and a box of prices that costs the region more than a section's paragraphs weigh.
# (More lines than an embed inside a story has: ``_story_resumed`` does not go past them.)
_SKELETON = [["Pros"], ["Light", "Cheap", "Sturdy"], ["Cons"], ["Loud", "Slow", "Heavy"],
             ["Best Prices Today:", "Retailer", "Price", "Amazon", "$99", "Best Buy", "$105",
              "Walmart", "$98", "Target", "$101", "Check", "Price comparison"]]


def _section_paragraphs(n: int) -> list[str]:
    return [f"Product {n} came out well in our tests. " + " ".join(SENTENCES[k:k + 2])
            for k in (0, 3)]


def _sections(count: int) -> list[list[str]]:
    blocks: list[list[str]] = []
    for n in range(1, count + 1):
        blocks += [[f"Product {n}"], *[[p] for p in _section_paragraphs(n)], *_SKELETON]
    return blocks


def test_the_region_takes_in_the_story_s_other_sections_past_their_furniture() -> None:
    texts, (start, end) = _region(render([list(MENU_ITEMS), *_sections(4), list(MENU_ITEMS)]))
    paragraphs = [p for n in range(1, 5) for p in _section_paragraphs(n)]
    assert [t for t in texts[start:end] if t in paragraphs] == paragraphs
    assert not set(MENU_ITEMS) & set(texts[start:end])


def test_a_menu_with_a_label_or_two_of_the_sections_is_no_section() -> None:
    # The skeleton's "Pros" and "Price" in a menu between the story and the page's "About
    # us" paragraph: a label or two among many, not a section's furniture.
    about = " ".join(SENTENCES[:4])
    menu = [*MENU_ITEMS, "Pros", "Price"]
    texts, (start, end) = _region(render(
        [list(MENU_ITEMS), *_sections(3), menu, ["About us"], [about]]))
    assert texts[start:end][0] == _section_paragraphs(1)[0]
    assert about not in texts[start:end]


def _headed_and_boilerplate(
    post_sentences: int,
) -> tuple[list[str], list[float], tuple[int, int], Any]:
    """A post under its headline and date line, a share bar, then one long line of
    boilerplate; with the boilerplate line as the region."""
    text = render([
        list(MENU_ITEMS), ["Council keeps the tax", "March 4, 2024"],
        [" ".join(SENTENCES[:post_sentences])], ["Share", "Tweet"], [SENTENCES[5]],
        list(MENU_ITEMS)])
    lines = split_lines(text, OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, code_blocks(lines, features, OPTIONS), OPTIONS)
    texts = [line[TEXT] for line in lines]
    boiler = texts.index(SENTENCES[5])
    return texts, weights, (boiler, boiler + 1), (lines, features)


def test_a_weak_region_gives_way_to_the_post_under_the_headline() -> None:
    texts, weights, region, (lines, features) = _headed_and_boilerplate(3)
    start, end = _headed_over_weak(lines, weights, features, region, OPTIONS, stamps=())
    assert texts[start:end] == [" ".join(SENTENCES[:3])]
    # A region of a story's worth of prose is no weak evidence: it stays.
    strong = attrs.evolve(OPTIONS, text_weak_region_words=1)
    assert _headed_over_weak(lines, weights, features, region, strong, stamps=()) == region


def test_a_post_with_no_more_prose_than_the_weak_region_does_not_replace_it() -> None:
    _, weights, region, (lines, features) = _headed_and_boilerplate(1)
    assert _headed_over_weak(lines, weights, features, region, OPTIONS, stamps=()) == region


AUTHOR_BIO = ("Karina Cohen is the owner of a cleaning company that serves the Greater Denver "
              "area, and she has written about homes and their care for ten years.")


@pytest.mark.parametrize(("name", "bio"), [
    ("Karina Cohen", AUTHOR_BIO),
    ("About Karina Cohen", AUTHOR_BIO),
    ("Written by Karina Cohen", AUTHOR_BIO),
    ("Karina", AUTHOR_BIO),
])
def test_a_box_about_the_author_after_the_story_is_left_out(name: str, bio: str) -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [name], [bio], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


FIRST_NAME_BIOS = [
    "I'm Karina, a cleaning company owner who has written about homes and their care for ten "
    "years.",
    "With ten years of cleaning homes in the Greater Denver area, Karina writes about their "
    "care.",
]


@pytest.mark.parametrize("bio", FIRST_NAME_BIOS)
def test_a_box_calling_the_author_by_the_first_name_is_left_out(bio: str) -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         ["Karina Cohen"], [bio], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_first_name_the_story_says_before_is_no_box() -> None:
    # The story named Karina: a last section under her name is the story's.
    named = f"{PARAGRAPHS[1]} Karina Cohen said so herself."
    story = [*PARAGRAPHS[:3], named]
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in story],
                                         ["Karina Cohen"], [FIRST_NAME_BIOS[1]],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == [*story, "Karina Cohen", FIRST_NAME_BIOS[1]]


@pytest.mark.parametrize("section", [
    "Extension cords are a convenient way to bring power to the rooms that lost it in the "
    "storm.",
    "Extension cords are a convenient way to bring power where it is needed, but they should "
    "not be used for more than a day or two at a time.",
])
def test_a_subheading_over_a_paragraph_about_it_stays_in_the_story(section: str) -> None:
    # The paragraph names the heading's subject in lower case: a subject, not a first name
    # (_calls_by_first_name), and no author's box under a name line (_cut_at_bio).
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         ["Extension Cords"], [section], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, "Extension Cords", section]


@pytest.mark.parametrize("byline", [
    "By Karina Cohen", "Guest post by Karina Cohen of Clean Homes", "March 4, 2024 | Karina Cohen",
])
def test_a_paragraph_about_the_author_named_in_the_byline_is_left_out(byline: str) -> None:
    # No name line heads it: the byline over the story names the author.
    texts, (start, end) = _story(render([list(MENU_ITEMS), [byline], *[[p] for p in PARAGRAPHS],
                                         [AUTHOR_BIO], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


# A story's last paragraph that opens with a name and tells what the person did, not who
# they are.
CLOSING_DEED = ("Karina Cohen said the council would hear the cleaners again in May, and she "
                "expects the vote to go their way this time.")


@pytest.mark.parametrize(("head", "closing"), [
    # Not a byline: the name inside a headline's run of capitals, which the story is about.
    ("The Best Karina Cohen Cleaning Tips", AUTHOR_BIO),
    # No name over the story, and no bio: what someone did.
    ("Cleaning tips for every home", CLOSING_DEED),
])
def test_a_paragraph_opening_with_a_name_no_byline_gives_stays(head: str, closing: str) -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), [head], *[[p] for p in PARAGRAPHS],
                                         [closing], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, closing]


@pytest.mark.parametrize("bio", [
    AUTHOR_BIO,
    "Karina is a cleaning company owner in Denver. She has written about homes for ten years.",
    "Karina Cohen (@karina) has been a cleaner in Denver for ten years, and she writes about "
    "the care of homes.",
    "About the author: Karina Cohen, a cleaning company owner in Denver, writes about homes "
    "and her ten years of caring for them.",
])
def test_a_paragraph_about_a_person_the_story_never_names_is_left_out(bio: str) -> None:
    # No name line over it, no byline: a bio of someone the story never named is the
    # author's box.
    texts, (start, end) = _story(render([list(MENU_ITEMS), ["Cleaning tips for every home"],
                                         *[[p] for p in PARAGRAPHS], [bio], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_paragraph_about_a_thing_is_no_bio() -> None:
    # No person spoken of: a closing paragraph on the story's subject.
    closing = ("Denver Cleaning is a company that serves the Greater Denver area and has "
               "cleaned homes and offices there for ten years.")
    texts, (start, end) = _story(render([list(MENU_ITEMS), ["Cleaning tips for every home"],
                                         *[[p] for p in PARAGRAPHS], [closing],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, closing]


def test_a_paragraph_about_someone_the_story_names_stays() -> None:
    # A story about someone names them in its paragraphs: its last may open with the name.
    about = f"{PARAGRAPHS[1]} Karina Cohen said so herself."
    texts, (start, end) = _story(render([list(MENU_ITEMS), ["By Karina Cohen"],
                                         *[[p] for p in (*PARAGRAPHS[:3], about)],
                                         [AUTHOR_BIO], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS[:3], about, AUTHOR_BIO]


BLURB = ("Our newsletter brings you the best of the week's stories, and it is free for "
         "every reader who signs up before the end of the month.")


def test_a_blurb_closing_the_story_that_the_page_prints_again_is_left_out() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in STORY], [BLURB],
                                         list(MENU_ITEMS), [BLURB], ["Contact", "Terms"]]))
    assert texts[start:end] == STORY


def test_a_closing_line_printed_once_stays() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in STORY], [BLURB],
                                         list(MENU_ITEMS), ["Contact", "Terms"]]))
    assert texts[start:end] == [*STORY, BLURB]


def _closing_cut(blocks: list[list[str]], region_lines: int) -> tuple[list[str], int]:
    """The lines of ``blocks`` and where ``_cut_at_repeated_tail`` ends a region of the
    first ``region_lines`` lines after the first block."""
    lines = split_lines(render(blocks), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, code_blocks(lines, features, OPTIONS),
                           OPTIONS)
    start = len(blocks[0])
    return ([line[TEXT] for line in lines],
            _cut_at_repeated_tail(lines, weights, (start, start + region_lines), OPTIONS))


def test_a_story_printed_twice_keeps_its_end() -> None:
    # Every closing line is printed again further down: a print copy, not a blurb.
    story = [THIRD, *SENTENCES[:6], BLURB]
    texts, end = _closing_cut([list(MENU_ITEMS), *[[p] for p in story], list(MENU_ITEMS),
                               *[[p] for p in story]], len(story))
    assert texts[len(MENU_ITEMS):end] == story


def test_a_long_closing_paragraph_quoted_further_down_stays() -> None:
    # A reader's comment quotes the story's last paragraph: longer than any blurb.
    story = [PARAGRAPHS[0], THIRD, " ".join(SENTENCES[:6])]
    texts, end = _closing_cut([list(MENU_ITEMS), *[[p] for p in story], list(MENU_ITEMS),
                               [story[-1]]], len(story))
    assert texts[len(MENU_ITEMS):end] == story


def test_a_blurb_printed_again_is_cut_from_a_region_of_short_paragraphs() -> None:
    story = [*SENTENCES[:6], BLURB]
    texts, end = _closing_cut([list(MENU_ITEMS), *[[p] for p in story], list(MENU_ITEMS),
                               [BLURB]], len(story))
    assert texts[len(MENU_ITEMS):end] == story[:-1]


def test_a_named_section_with_much_of_the_story_after_it_stays() -> None:
    section = ["Karina Cohen", AUTHOR_BIO, *PARAGRAPHS[:2]]
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         *[[line] for line in section], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, *section]


def test_the_story_s_key_points_over_its_first_paragraph_open_the_region() -> None:
    points = [SENTENCES[1], SENTENCES[2], SENTENCES[5]]
    texts, (start, end) = _region(render([list(MENU_ITEMS), ["Key points"], points,
                                          *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)]))
    assert texts[start:end] == [*points, *PARAGRAPHS]


@pytest.mark.parametrize("teasers", [
    # Headlines, which end no sentence; excerpts cut short; one sentence alone (a caption).
    ["Stocks slide as investors weigh new tariffs on steel and aluminium from abroad",
     "Five things to know this week about the council, the bridge and the old depot",
     "Why the river keeps flooding the old town, and what the council plans to do"],
    ["Officials told reporters that the money for the bridge would come from the sale..",
     "Residents who spoke at the meeting were divided, and some of them said they had..",
     "The mayor, who has been in office since 2015, is expected to present a revised.."],
    ["Photo gallery", "Share this story", SENTENCES[2]],
])
def test_teasers_over_the_story_s_first_paragraph_stay_out(teasers: list[str]) -> None:
    texts, (start, end) = _region(render([list(MENU_ITEMS), teasers,
                                          *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


ROLE = "Contributing Writer"


def test_a_box_about_the_author_with_a_role_line_is_left_out() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         ["Karina Cohen"], [ROLE], [AUTHOR_BIO],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


ABOUT_ME = ("Every day I write about the life of a small farm, its animals and its people, and "
            "about the food that we grow on it for our neighbours.")


def test_a_blurb_over_the_story_s_head_is_left_out() -> None:
    # A blog's "about me" over the post's date line and headline: the story opens under them.
    texts, (start, end) = _story(render([list(MENU_ITEMS), [ABOUT_ME],
                                         ["Tuesday, October 23, 2012"], ["In Shanghai this Week"],
                                         *[[p] for p in STORY], list(MENU_ITEMS)]))
    assert texts[start:end] == STORY


def test_a_paragraph_over_the_story_with_no_head_under_it_stays() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), [ABOUT_ME], ["Photo gallery"],
                                         *[[p] for p in STORY], list(MENU_ITEMS)]))
    assert texts[start:end][0] == ABOUT_ME


def test_paragraphs_over_a_head_that_weigh_as_much_as_what_follows_stay() -> None:
    # Two long paragraphs over a dated heading, and one short one under it: no blurb.
    texts, (start, end) = _story(render([list(MENU_ITEMS), [PARAGRAPHS[0]], [THIRD],
                                         ["Tuesday, October 23, 2012"], ["In Shanghai this Week"],
                                         [SENTENCES[4]], list(MENU_ITEMS)]))
    assert texts[start:end][0] == PARAGRAPHS[0]



DISCLOSURE = ("Every product on this page was chosen by our editors. We may earn a commission "
              "on some of the items you choose to buy.")
HEADLINE = "Council drops the tax rise and sells the old depot"


def test_a_notice_over_the_story_s_headline_and_byline_is_left_out() -> None:
    # An affiliate disclosure over the headline, its standfirst and its byline: the story
    # opens under the byline, and the head is read over it.
    page = render([list(MENU_ITEMS), [DISCLOSURE], [HEADLINE],
                   ["The bridge will be paid for all the same."], ["By Jane Doe"],
                   *[[p] for p in STORY], list(MENU_ITEMS)])
    texts, (start, end) = _story(page)
    assert texts[start:end] == STORY
    article = parse_text(page)
    assert article.title == HEADLINE
    assert article.byline == "Jane Doe"


def _past_notice(blocks: list[list[str]]) -> tuple[list[str], int]:
    """The lines of the rendered ``blocks`` and where ``_past_notice_over_byline`` starts a
    region that opens with the first block after the menu and holds the rest."""
    lines = split_lines(render([list(MENU_ITEMS), *blocks]), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    labels = [first_label(f, OPTIONS) for f in features]
    weights = line_weights(lines, features, labels, code_blocks(lines, features, OPTIONS),
                           OPTIONS)
    return [line[TEXT] for line in lines], _past_notice_over_byline(
        lines, weights, features, (len(MENU_ITEMS), len(lines)), OPTIONS)


def test_a_headline_shaped_line_over_a_dated_head_is_no_notice() -> None:
    # The page's own headline, a question, over the author's name and the date line: the
    # lines over the date are the head's, not a notice, and stay.
    question = "Should the council raise the tax this year?"
    texts, start = _past_notice([[question], ["Jane Doe"], ["October 23, 2012"],
                                 *[[p] for p in STORY]])
    assert texts[start] == question
    texts, start = _past_notice([[DISCLOSURE], ["Jane Doe"], ["October 23, 2012"],
                                 *[[p] for p in STORY]])
    assert texts[start] == STORY[0]


def test_a_second_head_under_one_over_the_region_is_the_next_item_s() -> None:
    # A list of items, each under its own heading and "By" line: the region that opens
    # under the first head keeps the paragraph over the second.
    texts, (start, _end) = _story(render([list(MENU_ITEMS), ["First Garden Club"], ["By:"],
                                         [DISCLOSURE.replace("Every", "Each")], [HEADLINE],
                                         ["By:"], *[[p] for p in STORY], list(MENU_ITEMS)]))
    assert texts[start] != STORY[0]


# A recipe: its intro, a "Print" button, the recipe's name and its times, the supply list
# under a heading, the method. The intro and the method say what the list holds.
_INTRO = [
    "We make this soup every winter, when the first cold nights come and the garden is "
    "bare. It starts with sausage browned in olive oil, then onions and carrots go in.",
    "The beans make it thick and the thyme makes it smell like a kitchen should, and a "
    "handful of small pasta turns it into a whole meal for the family.",
]
_SUPPLIES = ["2 tablespoons olive oil", "1 pound sausage, taken out of its casings",
             "1 large onion, chopped", "2 carrots, diced", "2 cans white beans, drained",
             "4 sprigs of fresh thyme", "1 cup of small pasta", "6 cups of chicken broth",
             "1 bay leaf", "Salt and black pepper to taste", "A pinch of red pepper flakes",
             "Grated cheese for the bowls", "2 cloves of garlic, minced",
             "1 stalk of celery, diced", "1 sprig of fresh rosemary",
             "1 can of diced tomatoes", "2 cups of water", "Fresh bread for serving"]
_METHOD = [
    "Heat the olive oil in a large pot and brown the sausage, breaking it up as it cooks. "
    "Take it out and keep it warm while the vegetables soften.",
    "Add the onion and carrots and cook them for five minutes, then stir in the beans, the "
    "thyme and the broth. Bring it to a boil and add the pasta until it is tender, then "
    "season it with salt, pepper and a pinch of red pepper flakes and serve it with cheese.",
]


def _recipe(supplies: list[str]) -> list[list[str]]:
    return [list(MENU_ITEMS), *[[p] for p in _INTRO], ["Print This"],
            ["Winter Soup for the Family"], ["Prep time: 20 minutes", "Cook time: 40 minutes"],
            ["Ingredients"], supplies, ["Directions"],
            *[[p] for p in _METHOD], list(MENU_ITEMS)]


def test_a_list_that_says_the_story_s_words_between_its_prose_does_not_split_it() -> None:
    # The supply list stands too far under the intro for a subheading's list, and is too
    # long for an embed the story goes on under: the words it shares with the prose on
    # both sides make it the story's.
    texts, (start, end) = _region(render(_recipe(_SUPPLIES)))
    assert texts[start:end] == [*_INTRO, "Print This", "Winter Soup for the Family",
                                "Prep time: 20 minutes", "Cook time: 40 minutes",
                                "Ingredients", *_SUPPLIES, "Directions", *_METHOD]


def test_a_list_set_in_one_block_with_the_story_s_prose_does_not_split_it() -> None:
    # html-text writes a post's <br>s as line ends and no blank line between its
    # paragraphs and its supply list: the list is a run inside the post's one block, and it
    # says the words of the prose over and under it as a block of its own would.
    post = [*_INTRO, "Ingredients", *_SUPPLIES, "Directions", *_METHOD]
    texts, (start, end) = _region(render([list(MENU_ITEMS), post, list(MENU_ITEMS)]))
    assert texts[start:end] == post


def test_pieces_of_a_wrapped_paragraph_in_the_story_s_block_are_no_list() -> None:
    # A hard-wrapped paragraph the unwrapping left in pieces, between two of the story's
    # paragraphs in one block: each piece goes on with the sentence over it, as no list's
    # item does, and none is taken for one.
    pieces = ["Heat the olive oil in a large pot and brown the sausage,",
              "breaking it up as it cooks, and take it out and keep",
              "it warm while the onion and the carrots soften, then",
              "stir in the beans and the thyme and pour the broth"]
    lines = split_lines(render([list(MENU_ITEMS), [*_INTRO, *pieces, *_METHOD],
                                list(MENU_ITEMS)]), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    content = [first_label(f, OPTIONS).value in ("good", "near_good") for f in features]
    texts = [line[TEXT] for line in lines]
    assert not any(content[texts.index(piece)] for piece in pieces)
    items = topical_lists(lines, features, content, OPTIONS)
    assert not items & {texts.index(piece) for piece in pieces}


def test_a_list_that_says_other_words_between_prose_still_costs_the_region() -> None:
    # A list of other things in the same place (no word of the prose around it) is no
    # part of the story: the region stays on one side of it.
    others = ["Our guide to the best lawn mowers", "Ten walks along the northern coast",
              "How to choose a rain coat", "The history of the village fair",
              "Paint colours that brighten a room", "A weekend in the old harbour town",
              "Why we stopped buying new phones", "The quiet life of a lighthouse keeper",
              "Five films to watch on a plane", "Learning to swim at the age of forty",
              "A new museum opens downtown", "The return of vinyl records",
              "Inside the busiest train station", "What sleep does for the brain",
              "A guide to the city's bike lanes", "The oldest trees in the county",
              "Meet the team behind the radio show", "Street art that changed a town"]
    texts, (start, end) = _region(render(_recipe(others)))
    assert others[0] not in texts[start:end]


def test_a_list_of_links_between_prose_still_costs_the_region() -> None:
    # A list shown again on the page, or joined by bars, is links, whatever it says.
    barred = [f"{item} | More" for item in _SUPPLIES]
    texts, (start, end) = _region(render(_recipe(barred)))
    assert barred[0] not in texts[start:end]


def test_a_supply_list_some_of_whose_items_link_is_the_story_s_in_markdown() -> None:
    # A Markdown dump marks the products a supply list links to a shop; the plain dump of
    # the same page shows no links and keeps the list. What the list says tells, not its
    # links.
    menu = "\n".join(f"  * [{item}](/{item.lower()})" for item in MENU_ITEMS)
    items = "\n".join(f"  * [{item}](https://shop.example/{k})" if k % 2 == 0 else f"  * {item}"
                      for k, item in enumerate(_SUPPLIES))
    dump = "\n\n".join([menu, "# Winter Soup for the Family", *_INTRO, "Print This",
                        "Prep time: 20 minutes  \nCook time: 40 minutes", "## Ingredients",
                        items, "## Directions", *_METHOD, menu]) + "\n"
    texts, (start, end) = _region(dump)
    assert texts[start:end] == [*_INTRO, "Print This", "Prep time: 20 minutes",
                                "Cook time: 40 minutes", "Ingredients", *_SUPPLIES,
                                "Directions", *_METHOD]


def test_a_bar_of_links_to_the_posts_around_a_post_is_not_its_first_paragraph() -> None:
    # A blog prints "« previous post | Main | next post »" over the post: links, not the
    # post's opening line.
    bar = ("« A walk along the river at dawn with the dog and a camera | Main | Why the old "
           "lathe in the barn still runs after forty years »")
    dump = render([
        ["Notes From The Workshop"], ["Home", "Archives", "About"], [bar],
        ["September 25, 2012"],
        ["Tonight on the radio show we talk with a furniture maker about his hand tools."],
        ["In 2011 you heard Tom talk with the maker about his shop, and about the chairs he "
         "builds from green wood with nothing but an axe, a drawknife and a shave horse. "
         "Tonight he is back to tell us how the book he wrote came about."],
        ["Posted at 08:18 AM | Permalink"], ["Comments"],
    ])
    article = parse_text(dump)
    assert all("«" not in paragraph.text for paragraph in article.paragraphs)
    assert article.paragraphs[0].text.startswith("Tonight on the radio show")


FOOT_BLURB = ("The Harbour Times has written about money and homes since 1901, and it is "
              "read in every house by the sea.")


@pytest.mark.parametrize("foot", [
    "Posted by Jane Roe at 6:35 AM", "November 1, 2012",
    "Published on November 1st, 2012 - 4 Comments",
])
def test_the_post_s_foot_stamp_ends_the_region(foot: str) -> None:
    # What follows the stamp (an author's box, the next post's blurb) is the page's.
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], [foot],
                                         ["Email This | Share"], [FOOT_BLURB],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_date_over_the_story_s_last_paragraph_stays() -> None:
    # Prose alone under the date line: the story goes on past it (an update's date).
    texts, (_start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                          ["November 1, 2012"], [FOOT_BLURB],
                                          list(MENU_ITEMS)]))
    assert texts[end - 2:end] == ["November 1, 2012", FOOT_BLURB]


def test_a_date_in_the_tail_of_a_story_of_dated_items_stays() -> None:
    # A calendar, a timeline: dates stand between the story's paragraphs too.
    blocks: list[list[str]] = [list(MENU_ITEMS)]
    for n, paragraph in enumerate(PARAGRAPHS):
        blocks += [[f"March {n + 3}, 2026"], [paragraph]]
    blocks += [["March 9, 2026"], ["Email This | Share"], [FOOT_BLURB], list(MENU_ITEMS)]
    texts, (_start, end) = _story(render(blocks))
    assert texts[end - 3:end] == ["March 9, 2026", "Email This | Share", FOOT_BLURB]


@pytest.mark.parametrize("item", ["- June 9, 2026: Tampa", "10) Tampa, FL @ 8:30 PM"])
def test_a_dated_item_of_a_list_ends_no_region(item: str) -> None:
    # Tour dates, a numbered list: an item's date stamps no post.
    texts, (_start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], [item],
                                         ["Email This | Share"], [FOOT_BLURB],
                                         list(MENU_ITEMS)]))
    assert texts[end - 3:end] == [item, "Email This | Share", FOOT_BLURB]


# The blurbs of two other posts, which a blog sets under a post's labels and share bar:
# they weigh more than a stamp's tail may (``text_max_after_foot_share``), less than half
# of the story.
OTHER_POSTS = [
    "Our neighbour built a boat in his garden over the winter, and this week he finally "
    "took it down to the river to see if it would float.",
    "The old cinema on the high street is to open again in the spring, with a cafe and a "
    "small stage for the bands that play in the town.",
]


@pytest.mark.parametrize("labels", [
    "Tags: money, homes, dogs", "Posted in Money, Homes", "Filed under: Money",
    "Tagged with: money, homes",
])
def test_the_post_s_labels_end_the_region(labels: str) -> None:
    # A blog closes a post with its labels: what follows them is the page's.
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [labels], ["Email This | Share"],
                                         *[[post] for post in OTHER_POSTS],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_labels_over_more_than_the_tail_of_a_story_end_nothing() -> None:
    # As much prose under the labels as over them: the story goes on (a labels line
    # between two halves of a page, a list of posts each with its labels).
    story = [*[[p] for p in PARAGRAPHS[:2]], ["Tags: money, homes"], ["Email This | Share"],
             [THIRD], *[[post] for post in OTHER_POSTS]]
    texts, (_start, end) = _story(render([list(MENU_ITEMS), *story, list(MENU_ITEMS)]))
    assert texts[end - 1] == OTHER_POSTS[-1]


def test_labels_with_prose_alone_under_them_end_nothing() -> None:
    # No furniture between the labels and the prose under them: the story goes on.
    texts, (_start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                          ["Tags: money, homes"], [OTHER_POSTS[0]],
                                          list(MENU_ITEMS)]))
    assert texts[end - 1] == OTHER_POSTS[0]


@pytest.mark.parametrize("signature", [
    "Posted by Jane Roe", "Author: Jane Roe", "Written by Jane Roe",
])
def test_the_post_s_signature_ends_the_region(signature: str) -> None:
    # A post signed at its foot: the author's box and the next post's blurb under the
    # byline are the page's.
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [signature], ["Email This | Share"],
                                         [OTHER_POSTS[0]], list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


# A long story (16 paragraphs, some 1,260 words) and the blurbs of four other stories,
# two by two, under a line of furniture: they weigh more than the wall over them costs,
# under a tenth of the story (``text_max_after_soft_wall_share``).
LONG_STORY = [" ".join(sentences)
              for sentences in itertools.islice(itertools.permutations(SENTENCES, 4), 0, 160, 10)]
MORE_POSTS = [
    *OTHER_POSTS,
    "A family of otters has moved into the pond behind the library, and the children who "
    "walk past it on the way to school have given each of them a name.",
    "The bakery on the corner is looking for someone to help in the mornings, and the "
    "owner says that no experience is needed for the job at all.",
]


def _with_other_posts(wall: str, *foot: str) -> list[list[str]]:
    return [list(MENU_ITEMS), *[[p] for p in LONG_STORY], [wall], [MORE_POSTS[0]],
            [MORE_POSTS[1]], ["Read more"], [MORE_POSTS[2]], [MORE_POSTS[3]],
            *[[line] for line in foot], list(MENU_ITEMS)]


@pytest.mark.parametrize("wall", [
    "Related Posts", "More Stories", "You may also like", "Share this:",
])
def test_a_soft_wall_in_the_tail_ends_the_region(wall: str) -> None:
    # Other stories' blurbs set as short paragraphs under "Related Posts": no change of
    # form ends the region there, what little weighs under the wall does.
    texts, (start, end) = _story(render(_with_other_posts(wall)))
    assert texts[start:end] == LONG_STORY


def test_a_soft_wall_over_the_post_s_own_foot_ends_nothing() -> None:
    # The post's labels under the blurbs (and its share bar, and a note on the next
    # post): the list under the wall is the post's own ("More posts about the bridge"),
    # and the labels end it.
    texts, (_start, end) = _story(render(_with_other_posts(
        "Related Posts", "Tags: money, homes", "Email This | Share", FOOT_BLURB)))
    assert texts[end - 1] == MORE_POSTS[3]


def test_a_soft_wall_over_much_of_the_story_ends_nothing() -> None:
    # As much prose under the wall as a tenth of the story or more: the story goes on (a
    # subheading that reads as a wall, "Related Approaches").
    blocks = [list(MENU_ITEMS), *[[p] for p in LONG_STORY[:8]], ["Related Posts"],
              *[[p] for p in LONG_STORY[8:]], list(MENU_ITEMS)]
    texts, (_start, end) = _story(render(blocks))
    assert texts[end - 1] == LONG_STORY[-1]


def test_a_byline_over_its_date_in_the_tail_heads_the_next_story() -> None:
    # A page of several stories, each under its headline, byline and date: no foot.
    blocks = [list(MENU_ITEMS), *[[p] for p in PARAGRAPHS], ["The bridge, again"],
              ["By Jane Roe"], ["March 25, 2015"], [OTHER_POSTS[0]], list(MENU_ITEMS)]
    texts, (_start, end) = _story(render(blocks))
    assert texts[end - 1] == OTHER_POSTS[0]


CAPTION = "The mayor speaks to reporters outside the city hall after the vote on Monday."
DATELINED = f"LONDON (Reuters) - {SENTENCES[0]} {SENTENCES[1]}"


def test_a_caption_over_the_dateline_paragraph_is_left_out() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), ["Council keeps the tax"],
                                         [CAPTION], [DATELINED], *[[p] for p in PARAGRAPHS],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == [DATELINED, *PARAGRAPHS]


def test_a_first_paragraph_with_no_dateline_under_it_stays() -> None:
    # The story's own opening over a paragraph that opens with none; and a story that
    # opens with its dateline keeps its second paragraph's place.
    opening = f"{SENTENCES[2]} {SENTENCES[3]}"
    for story in ([opening, *PARAGRAPHS], [DATELINED, *PARAGRAPHS]):
        texts, (start, end) = _story(render([list(MENU_ITEMS), ["Council keeps the tax"],
                                             *[[p] for p in story], list(MENU_ITEMS)]))
        assert texts[start:end] == story


@pytest.mark.parametrize(("between", "left_out"), [
    ("By Jane Doe", True), ("January 15, 2008", True),
    # Read as the title once the caption is out: the region stays as it was.
    ("• Discuss this story on the message board...", False),
])
def test_a_caption_is_left_out_over_a_byline_only(between: str, left_out: bool) -> None:
    texts, (start, _) = _story(render([list(MENU_ITEMS), ["Council keeps the tax"],
                                       [CAPTION], [between], [DATELINED],
                                       *[[p] for p in PARAGRAPHS], list(MENU_ITEMS)]))
    assert (texts[start] == DATELINED) is left_out


CITATIONS = [
    "Doe, J. (2024). How cities pay for their bridges, and what it costs them later on. "
    "Journal of Public Works, 12(3), 45-67.",
    "Roe, R. (2023). The upkeep of old crossings: a survey of forty towns and their budgets "
    "over a decade. City Press.",
]


@pytest.mark.parametrize("label", ["References", "Sources:", "Works Cited", "Quellen"])
def test_the_story_s_sources_are_left_out_of_the_region(label: str) -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [label], *[[c] for c in CITATIONS],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


@pytest.mark.parametrize("label", ["Source", "Notes"])
def test_a_credit_or_a_note_is_no_list_of_sources(label: str) -> None:
    # "Source" alone credits a picture; "Notes" heads a recipe's tips as often.
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [label], *[[c] for c in CITATIONS],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, label, *CITATIONS]


def test_sources_that_weigh_much_of_the_story_stay() -> None:
    # A reference work's long apparatus (an encyclopedia's footnotes) is kept whole.
    story = PARAGRAPHS[:2]
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in story],
                                         ["References"], *[[c] for c in CITATIONS],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == [*story, "References", *CITATIONS]


PRINT_NOTE = ("A version of this article appeared in print on March 5, 2024, on page A8 of "
              "the city edition with the headline: Council Keeps the Tax.")


def test_a_note_that_the_story_ran_in_print_ends_the_region() -> None:
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [PRINT_NOTE], [AUTHOR_BIO.replace("Karina", "Kim")],
                                         list(MENU_ITEMS)]))
    assert texts[start:end] == PARAGRAPHS


def test_a_story_that_tells_of_an_edition_goes_on() -> None:
    # An edition or an issue the story speaks of is no note about the story itself.
    closing = ("The mayor appeared in the first edition of the show, and the council ran an "
               "advertisement in the Sunday edition of the paper to announce the vote.")
    texts, (start, end) = _story(render([list(MENU_ITEMS), *[[p] for p in PARAGRAPHS],
                                         [closing], list(MENU_ITEMS)]))
    assert texts[start:end] == [*PARAGRAPHS, closing]
