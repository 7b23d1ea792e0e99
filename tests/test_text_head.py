"""Text dumps, stage 5: title, dateline line, byline and date above the story."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ParseOptions, parse_text
from text_dumps import MENU_ITEMS, SENTENCES, render

P1 = " ".join(SENTENCES[0:3])
P2 = " ".join(SENTENCES[3:6])
P3 = " ".join(SENTENCES[1:4])
TITLE = "Council drops tax rise and sells the old depot for the bridge"


def test_title_is_the_headline_above_the_story_not_a_menu_line() -> None:
    article = parse_text(render([["4 September IranExpert"], [TITLE], list(MENU_ITEMS),
                                 [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.dateline is not None
    assert (article.dateline.day, article.dateline.month) == (4, 9)
    assert article.dateline.source == "IranExpert"
    assert article.site_name == "IranExpert"
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_no_headline_no_title() -> None:
    article = parse_text(render([list(MENU_ITEMS), [P1], [P2], [P3]]))
    assert article.title is None
    assert article.dateline is None


def test_byline_and_date_lines_are_read_and_dropped() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["By Jane Doe and John Roe"],
                                 ["March 25, 2015"], [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.byline == "Jane Doe, John Roe"
    assert article.published == dt.date(2015, 3, 25)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


@pytest.mark.parametrize(
    "lead", ["Geschrieben von", "Ein Beitrag von", "Écrit par", "Escrito por", "Postado por",
             "Scritto da", "A cura di", "Geschreven door", "Przez", "Di"])
def test_a_byline_in_another_language_is_read_without_its_lead_in(lead: str) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [f"{lead} Jane Doe"],
                                 ["March 25, 2015"], [P1], [P2], [P3]]))
    assert article.authors == ("Jane Doe",)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_the_byline_keeps_the_credentials_printed_after_the_names() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["By Jane Doe, MS, RD"],
                                 ["March 25, 2015"], [P1], [P2], [P3]]))
    assert article.authors == ("Jane Doe",)
    assert article.byline == "Jane Doe, MS, RD"


@pytest.mark.parametrize(("line", "authors"), [
    ("Written By: Jane Doe Gardener & Astrologer", ("Jane Doe",)),
    ("By Jane Doe Global Commons", ("Jane Doe",)),
    # A separator after the name: a second person, as the line says.
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
])
def test_a_byline_s_name_ends_where_the_author_s_box_sets_it_apart(
        line: str, authors: tuple[str, ...]) -> None:
    box = ["About the author", "Jane Doe", "Gardener & Astrologer"]
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], ["March 25, 2015"], [P1],
                                 [P2], [P3], box]))
    assert article.authors == authors


def test_a_byline_s_name_the_page_never_sets_apart_stays_whole() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["By Jane Doe Global Commons"],
                                 ["March 25, 2015"], [P1], [P2], [P3]]))
    assert article.authors == ("Jane Doe Global Commons",)


def test_a_lead_dateline_stays_in_the_paragraph_unless_stripped() -> None:
    lead = "WASHINGTON (AP) — " + P1
    kept = parse_text(render([list(MENU_ITEMS), [lead], [P2], [P3]]))
    assert kept.dateline is not None and kept.dateline.place == "WASHINGTON"
    assert kept.paragraphs[0].text == lead
    stripped = parse_text(render([list(MENU_ITEMS), [lead], [P2], [P3]]),
                          options=ParseOptions(strip_dateline=True))
    assert stripped.paragraphs[0].text == P1
    assert stripped.site_name is None



def test_a_byline_above_a_missed_or_later_title_is_still_found() -> None:
    dump = render(
        [list(MENU_ITEMS), ["By Jane Doe"], ["Council votes on the bridge"], [P1], [P2], [P3]]
    )
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_by_line_far_over_the_headline_is_a_menu_s_not_the_byline() -> None:
    # "By Region" heads a menu's list of regions, far over the headline.
    menu = ["By Region", *(f"Region {n}" for n in range(1, 11))]
    dump = render([list(MENU_ITEMS), menu, [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()
    near = render([list(MENU_ITEMS), ["By Jane Doe"], menu[1:3], [TITLE], [P1], [P2], [P3]])
    assert parse_text(near).authors == ("Jane Doe",)


def test_a_name_with_an_initial_that_spells_an_article_is_the_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Jeffrey A. Slotnick"], ["March 3, 2025"],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jeffrey A. Slotnick",)


def test_a_byline_among_the_first_story_lines_is_found() -> None:
    dump = render([list(MENU_ITEMS), [P1], ["The bridge at dusk"], ["By Jane Doe"], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert "By Jane Doe" not in article.body


# Bare name lines: names without "By", which the lines beside them vouch for.


def test_a_name_line_followed_by_a_date_line_is_the_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Jane Doe", "March 25, 2015"], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2015, 3, 25)
    assert "Jane Doe" not in article.body


@pytest.mark.parametrize("date_line", ["1:39 PM ET", "on Mar 17", "9/11/13 10:00AM",
                                       "Friday 25 December 2015"])
def test_a_date_or_a_time_after_a_name_line_vouches_for_it(date_line: str) -> None:
    dump = render([list(MENU_ITEMS), ["Jane Doe", date_line], [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_follow_button_between_the_name_and_the_date_is_skipped() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["John C. Welch", "Follow", "Oct 15, 2015"],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("John C. Welch",)


@pytest.mark.parametrize("next_line", ["Games Editor", "5 min read", "před 2 hodinami"])
def test_a_name_under_the_headline_needs_a_role_or_a_number_after_it(next_line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Jane Doe"], [next_line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


@pytest.mark.parametrize("after", [["Tech Writer"], ["Marketing Operations Analyst"],
                                   ["5 min read"], ["Last Updated:", "March 25, 2015"]])
def test_a_name_in_the_headline_s_header_is_the_byline_when_its_role_follows(
        after: list[str]) -> None:
    # Past a standfirst, a date line and a reading time, still in the headline's header.
    dump = render([list(MENU_ITEMS), [TITLE], ["The bridge plan, explained."],
                   ["March 25, 2015", "•", "4 min read"], ["Jane Doe", *after],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


@pytest.mark.parametrize("after", ["$76B", "93%", "0", "Author", "Copy Link"])
def test_a_table_s_value_or_a_label_after_a_name_in_the_header_vouches_for_nothing(
        after: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["The bridge plan, explained."],
                   ["Market Cap", after], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_name_far_below_the_headline_needs_more_than_a_role() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["The bridge plan, explained."],
                   ["Update one", "Update two", "Update three", "Update four", "Update five"],
                   ["Jane Doe", "Tech Writer"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_separator_between_the_name_and_its_date_is_skipped() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Jane Doe", "•", "March 17, 2025"],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_name_after_a_menu_line_of_another_block_is_no_list() -> None:
    dump = render([["Order Now", "Holiday Schedules"], ["Jane Doe"], ["March 17, 2025"],
                   [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_name_under_another_set_apart_is_one_of_a_list() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Miguel Bernal North"], ["Ben Patton Trinity"],
                   ["Posted: Fri 6:45 PM, Feb 16, 2018"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_name_repeated_on_the_next_line_is_no_list() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Jane Doe"], ["Jane Doe"],
                   ["Published Jun 4, 2025"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_name_between_a_date_line_and_a_role_is_the_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Ann Poe"], ["The bridge plan, explained."],
                   ["posted on April 21, 2015, at 11:29 a.m.", "Jane Doe",
                    "BuzzFeed News Reporter"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_person_s_name_right_under_the_headline_is_the_byline() -> None:
    # No "By", no date or role after it: the standfirst follows.
    dump = render([list(MENU_ITEMS), [TITLE], ["Jane Doe"], ["The bridge plan, explained."],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_name_under_the_headline_s_date_line_is_the_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["July 5, 2025"], ["Madison Green"],
                   [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Madison Green",)
    assert article.published == dt.date(2025, 7, 5)


STANDFIRST = "Why the town sold its depot to pay for a bridge nobody asked for."


NOTICE = ["© 2026 Wyndo · Privacy ∙ Terms"]


def test_one_word_over_the_head_s_date_signs_the_post_with_the_notice_s_name() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [STANDFIRST],
                   ["Wyndo", "Dec 04, 2025", "Share"], [P1], [P2], [P3], NOTICE])
    article = parse_text(dump)
    assert article.authors == ("Wyndo",)
    assert article.published == dt.date(2025, 12, 4)


@pytest.mark.parametrize(("head", "notice"), [
    (["Wyndo", "Dec 04, 2025", "Share"], ["© 2026 Daily Planet · Privacy"]),  # a label
    # A list's heading over its dates; a tag under the date.
    (["Wyndo", "Dec 04, 2025", "Dec 11, 2025: the council meets again"], NOTICE),
    (["Dec 04, 2025", "Wyndo", "Advanced"], NOTICE),
])
def test_one_word_beside_the_head_s_date_that_signs_nothing_is_no_byline(
        head: list[str], notice: list[str]) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [STANDFIRST], head, [P1], [P2],
                                 [P3], notice]))
    assert article.authors == ()


@pytest.mark.parametrize("heading", ["Bridge Council", "Old Depot Sale"])
def test_a_heading_of_the_story_s_own_words_under_the_headline_is_no_byline(
        heading: str) -> None:
    # Name-shaped, but the story writes every word of it in lower case: common words.
    story = P1 + " The bridge council met at the old depot, and the sale went ahead."
    dump = render([list(MENU_ITEMS), [TITLE], [heading], [story], [P2], [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize("team", ["Metro Desk Team", "Daily Planet Staff", "Team Planet"])
def test_a_team_credit_over_a_date_line_is_the_byline(team: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [team], ["Nov 8, 2025 · 7 min read"],
                   [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == (team,)
    assert article.published == dt.date(2025, 11, 8)


@pytest.mark.parametrize("after", [["The bridge plan, explained."], []])
def test_a_team_credit_with_no_date_line_after_it_is_no_byline(after: list[str]) -> None:
    # "Our Team" is as likely a menu's or a section's label.
    dump = render([list(MENU_ITEMS), [TITLE], ["Our Team", *after], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize("desk", ["Planet Staff", "Newsdesk", "The Example Team", "Editorial"])
def test_a_desk_s_credit_alone_under_the_headline_is_the_byline(desk: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [desk], [P1], [P2], [P3]])
    assert parse_text(dump).authors == (desk,)


@pytest.mark.parametrize("label", ["Our Team", "Meet the Team"])
def test_a_label_of_the_language_s_words_under_the_headline_is_no_desk(label: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [label], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_four_capitalised_words_under_the_headline_are_no_byline_by_themselves() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Far West Capital Partners"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_vouched_name_further_down_beats_a_bare_name_under_the_headline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Ann Poe"], ["The bridge plan, explained."],
                   ["Jane Doe", "March 25, 2015"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_kicker_above_the_headline_is_no_byline() -> None:
    # "Middle East" reads as a name, but no date line follows it and it is above the title.
    dump = render([list(MENU_ITEMS), ["Middle East"], [TITLE], ["Council Budget"], [P1], [P2],
                   [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize("label", ["The GiveWell Blog", "Newer Article", "Search Text",
                                   "Watch Live"])
def test_labels_before_a_date_line_are_no_byline(label: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [label, "March 25, 2015"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_name_the_headline_repeats_is_its_subject_not_its_author() -> None:
    title = "Lupita Nyong'o says the council will sell the old depot for the bridge"
    dump = render([list(MENU_ITEMS), [title], ["Lupita Nyong'o", "March 25, 2015"], [P1],
                   [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_name_line_under_another_is_one_of_a_list() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Miguel Bernal North", "Ben Patton Trinity",
                                               "Posted: Fri 6:45 PM, Feb 16, 2018"],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_handle_after_the_name_over_a_date_line_is_dropped() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Jane Doe, @janedoe", "11.03.17 in Gadgetry"],
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


# A headline far above the story, over a video player: its byline is under it.
PLAYER = [f"Caption setting {n}" for n in range(50)]


@pytest.mark.parametrize("byline", [["By Jane Doe March 11, 2015 3:46 PM Morning Show"],
                                    ["Jane Doe", "Friday 25 December 2015"]])
def test_the_byline_under_a_far_headline_is_found(byline: list[str]) -> None:
    standfirst = "Hotel bosses spill the beans on cost cutting and horrible hygiene"
    story = " ".join(SENTENCES)
    dump = render([list(MENU_ITEMS), [TITLE], [standfirst], byline, PLAYER, [story], [P2],
                   [P3]])
    article = parse_text(dump)
    assert article.title == TITLE
    assert article.authors == ("Jane Doe",)


def test_a_chinese_credit_line_over_the_story_gives_the_byline() -> None:
    credit = "2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳"
    dump = render([list(MENU_ITEMS), [TITLE], [credit], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("肖春芳",)


@pytest.mark.parametrize(("lead", "name"), [("By", "Benjamin Romano"), ("by", "Sleyca")])
def test_a_by_broken_off_its_name_is_joined_to_it(lead: str, name: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["April 28, 2019 at 6:01 am"], [lead, name],
                   [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == (name,)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_a_by_over_a_newsletter_s_name_is_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["By", "The Water Coolest"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize(("line", "names"), [
    ("September 10, 2018 | by Catherine", ("Catherine",)),
    ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin "
     "Untersinger (avec Damien Leloup et Morgane Tual)",
     ("Martin Untersinger", "Damien Leloup", "Morgane Tual")),
])
def test_the_part_of_a_line_that_opens_with_by_is_the_byline(
        line: str, names: tuple[str, ...]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == names


@pytest.mark.parametrize("line", [
    "11/19/2019 by Jane Doe", "5:45 AM PST 11/19/2019 by Jane Doe",
    "Monday November 18, 2019 7:45 am PST by Jane Doe", "Tuesday 15 October 2019 by Jane Doe",
])
def test_a_by_after_a_date_stamp_opens_the_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_by_after_words_that_are_no_date_opens_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Photographs taken by Jane Doe"], [P1], [P2],
                   [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize(("line", "name"), [
    ("By Meg JamesStaff Writer", "Meg James"),
    ("By Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
    ("By Jane Doe - Live Science Contributor 2019-11-19T12:48:14Z Space", "Jane Doe"),
    ("Текст: Венера Ерофеева·24 сентября 2018", "Венера Ерофеева"),
    ("By Jonathan GarberFOXBusiness", "Jonathan Garber"),
])
def test_what_a_dump_glues_to_a_by_line_is_set_apart(line: str, name: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == (name,)


def test_a_picture_s_credit_among_the_story_lines_is_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], ["Jane Doe | Bloomberg | Getty Images"],
                   [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_name_with_capitals_inside_is_not_cut() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["By Jane McDonald"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane McDonald",)


def test_a_date_glued_to_the_name_ends_it() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["by Lucas Nolan22 Dec 2016651"], [P1], [P2],
                   [P3]])
    assert parse_text(dump).authors == ("Lucas Nolan",)


# A blog signs a post under it.


def test_a_signature_right_after_the_story_is_the_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3],
                   ["Jane Doe — 2013-09-29— in Code — Permalink"], list(MENU_ITEMS)])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2013, 9, 29)


@pytest.mark.parametrize("line", [
    "— Jane Doe (@janedoe) October 9, 2018",  # an embedded tweet's attribution
    ". Movie Nation. Retrieved 19 June 2018.",  # a citation's tail
    "The Nigerian Senate — October 9, 2018",
])
def test_a_quote_s_attribution_or_a_citation_after_the_story_is_no_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], [line], list(MENU_ITEMS)])
    assert parse_text(dump).authors == ()


def test_a_signature_further_down_the_page_is_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], ["Related", "Bridge plan"],
                   ["Jane Doe — 2013-09-29"], list(MENU_ITEMS)])
    assert parse_text(dump).authors == ()


def test_a_by_line_with_its_date_dates_the_story_before_a_caption_does() -> None:
    dump = render([list(MENU_ITEMS), [TITLE],
                   ["By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m."],
                   ["A cargo ship leaves the port, on Aug. 31, 2019. (AP)"], [P1], [P2], [P3]])
    assert parse_text(dump).published == dt.date(2019, 11, 18)


def test_the_first_line_of_a_dump_is_the_masthead_not_a_byline() -> None:
    dump = render([["Silicon Exposed", "Sunday, May 8, 2016"], [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_masthead_the_copyright_notice_names_is_the_site_owner_and_author() -> None:
    dump = render([["Jane Doe", "About", "Subscribe", "21 September 2020"], [TITLE], [P1],
                   [P2], [P3], ["Home", "© Jane Doe 2016-2020", "Credits"]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_masthead_under_the_page_title_written_first_is_the_site_owner() -> None:
    # html-text and markdownify write the page's <title> first; the headline says it again.
    dump = render([[f"{TITLE} | Jane Doe"], ["Jane Doe", "About", "Subscribe",
                                              "21 September 2020"], [TITLE], [P1], [P2],
                   [P3], ["Home", "© Jane Doe 2016-2020", "Credits"]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_second_line_is_no_masthead_under_a_first_line_no_headline_repeats() -> None:
    dump = render([["The Daily Planet Weekly"], ["Jane Doe", "About", "Subscribe",
                                                  "21 September 2020"], [TITLE], [P1], [P2],
                   [P3], ["Home", "© Jane Doe 2016-2020", "Credits"]])
    assert parse_text(dump).authors == ()


def test_a_masthead_is_no_author_when_the_copyright_notice_names_another() -> None:
    dump = render([["Silicon Exposed", "Sunday, May 8, 2016"], [TITLE], [P1], [P2], [P3],
                   ["Copyright (C) 2012-2014 Andrew Zonenberg. Powered by Blogger."]])
    assert parse_text(dump).authors == ()


def test_a_line_that_says_it_is_a_byline_wins_over_a_bare_name() -> None:
    dump = render([list(MENU_ITEMS), ["Ann Poe", "March 24, 2015"], [TITLE],
                   ["By Jane Doe"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


def test_a_long_by_line_that_describes_the_author_is_the_byline() -> None:
    line = ("By Jane Doe, a deputy editor and author of the Command Line newsletter. She has "
            "covered the council for over a decade at The Daily Planet and other outlets.")
    assert len(line) > 100
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert line not in article.body


def test_a_long_sentence_opening_with_by_is_no_byline() -> None:
    line = ("By Christmas, the council had sold the old depot and paid for the bridge, "
            "which opened to trucks again in March after years of delays and protests.")
    assert len(line) > 100
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [line], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_role_or_a_number_vouches_for_a_name_only_under_the_headline() -> None:
    dump = render([list(MENU_ITEMS), ["Ann Poe", "Games Editor"], ["Eve Roe", "5 min read"],
                   [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_the_date_line_under_a_byline_among_the_story_lines_is_the_date() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], ["By Jane Doe"],
                   ["Jun 7, 2023, 8:54 PM UTC|"], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2023, 6, 7)


@pytest.mark.parametrize(("line", "expected"), [
    ("기사입력 :[ 2018-08-25 15:24 ]", dt.date(2018, 8, 25)),
    ("by Lighthouse ／ 2016.12.01", dt.date(2016, 12, 1)),
    ("Posted 2019/11/18", dt.date(2019, 11, 18)),
])
def test_a_date_written_year_first_in_figures_is_read(line: str, expected: dt.date) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.published == expected
    assert article.title == TITLE


@pytest.mark.parametrize("line", ["Version 2018.13.01", "Release 1.2018.12.01",
                                  "Season 2018-2019"])
def test_figures_that_are_no_year_first_date_are_no_date(line: str) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.published is None


def test_a_blog_line_with_the_date_before_by_gives_the_byline_and_the_date() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["Older Article", "Newer Article"],
                                 ["on March 10, 2015 by Jane Doe"], [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2015, 3, 10)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


# Past the head's reach, even for a headline far above the story (text_far_head_lines).
TOC = [f"Chapter {n}: what the council said about the bridge" for n in range(1, 200)]


@pytest.mark.parametrize(("header", "date"), [
    (["By Jane Doe", "Associate Editor, Daily Planet Mar 11, 2026 9:00 am PDT"],
     dt.date(2026, 3, 11)),
    (["Written by Jane Doe", "Researched by John Roe", "Updated on February 24, 2026"], None),
    (["By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST"], None),
    # The dump broke the line after its lead-in, around the names' link.
    (["By", "Jane Doe", "Updated on October 21, 2025"], dt.date(2025, 10, 21)),
])
def test_a_dated_by_line_far_above_the_story_is_its_byline(
        header: list[str], date: dt.date | None) -> None:
    # A long table of contents between the header and the story: out of the head's reach.
    dump = render([list(MENU_ITEMS), [TITLE], header, TOC, [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    if date is not None:
        assert article.published == date


@pytest.mark.parametrize("facet", ["By Company Size", "By Region", "By Jane Doe"])
def test_a_by_line_far_above_the_story_without_a_date_is_no_byline(facet: str) -> None:
    dump = render([list(MENU_ITEMS), [facet, "Small Business", "Enterprise"], [TITLE], TOC,
                   [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize(("line", "expected"), [
    ("Published: Apr 10, 2023", dt.date(2023, 4, 10)),
    ("Published Date: June 11, 2025", dt.date(2025, 6, 11)),
    ("Posted on 15 August 2025", dt.date(2025, 8, 15)),
    ("Veröffentlicht am 12.10.2019", dt.date(2019, 10, 12)),
])
def test_a_labelled_date_line_far_above_the_story_dates_it(
        line: str, expected: dt.date) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], TOC, [P1], [P2], [P3]])
    assert parse_text(dump).published == expected


@pytest.mark.parametrize(("label", "line", "expected"), [
    ("Published on", "Oct 31, 2025", dt.date(2025, 10, 31)),
    ("Published:", "15 November 2018", dt.date(2018, 11, 15)),
    ("Veröffentlicht am", "12.10.2019", dt.date(2019, 10, 12)),
])
def test_a_lone_label_line_dates_the_story_with_the_line_under_it(
        label: str, line: str, expected: dt.date) -> None:
    # A dump breaks "Published on <date>" after its label, as it does around inline tags.
    dump = render([list(MENU_ITEMS), [TITLE], [label, line], TOC, [P1], [P2], [P3]])
    assert parse_text(dump).published == expected


@pytest.mark.parametrize("label", ["Published in", "Published by the council"])
def test_a_label_line_with_more_than_a_label_does_not_date_the_line_under_it(
        label: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [label, "Oct 31, 2025"], TOC, [P1], [P2], [P3]])
    assert parse_text(dump).published is None


@pytest.mark.parametrize("foot", [
    [["Published On: 15 August 2025"]],
    [["Share", "Subscribe"], ["Posted on August 15, 2025"]],
])
def test_a_labelled_date_right_after_the_story_dates_it(foot: list[list[str]]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], *foot, list(MENU_ITEMS)])
    assert parse_text(dump).published == dt.date(2025, 8, 15)


def test_a_labelled_date_after_a_comment_under_the_story_is_the_comments() -> None:
    # Past a paragraph under the story (a reader's comment), a stamp is not the story's.
    comment = " ".join(SENTENCES[4:7])
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], ["Comments"],
                   [comment, "Posted on August 15, 2025"], list(MENU_ITEMS)])
    assert parse_text(dump).published is None


@pytest.mark.parametrize("foot", [
    [["Filed under News"], ["August 15, 2025"]],
    [["Friday, August 15th, 2025 at 11:00 am | Categories: News, Council |"]],
])
def test_a_stamp_alone_right_after_the_story_dates_it(foot: list[list[str]]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], *foot, list(MENU_ITEMS)])
    assert parse_text(dump).published == dt.date(2025, 8, 15)


@pytest.mark.parametrize("foot", [
    # A list of other stories, each over its date.
    [["More news"], ["August 15, 2025", "Bridge reopens", "August 16, 2025", "Depot sold"]],
    # A comment's stamp, past the comments' heading.
    [["Comments"], ["Jane Doe says"], ["August 15, 2025"]],
    # A date inside a sentence is the story's, not its stamp.
    [["The vote is set for August 15, 2025"]],
])
def test_dates_after_the_story_that_are_no_stamp_of_it(foot: list[list[str]]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], *foot, list(MENU_ITEMS)])
    assert parse_text(dump).published is None


def test_an_unlabelled_date_far_above_the_story_does_not_date_it() -> None:
    dump = render([list(MENU_ITEMS), ["Apr 10, 2023"], TOC, [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).published is None


def test_a_date_alone_at_the_top_of_the_page_yields_to_the_date_under_the_headline() -> None:
    # The masthead's "today" opens the dump; the story's own date stands under its title.
    dump = render([["Friday, December 19, 2025"], list(MENU_ITEMS), [TITLE],
                   ["By Jane Doe"], ["12.12.2025"], [P1], [P2], [P3]])
    assert parse_text(dump).published == dt.date(2025, 12, 12)


def test_a_date_alone_at_the_top_still_dates_a_story_that_shows_no_other() -> None:
    dump = render([["Friday, December 19, 2025"], list(MENU_ITEMS), [TITLE], [P1], [P2], [P3]])
    assert parse_text(dump).published == dt.date(2025, 12, 19)


def test_a_placed_dateline_at_the_top_dates_the_story() -> None:
    dump = render([["4 September 2024 IranExpert"], list(MENU_ITEMS), [TITLE],
                   ["March 25, 2015"], [P1], [P2], [P3]])
    assert parse_text(dump).published == dt.date(2024, 9, 4)


def test_an_update_line_before_the_date_line_does_not_date_the_publication() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Last updated on September 16th, 2023"],
                   ["March 26, 2023"], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.published == dt.date(2023, 3, 26)
    assert article.modified == dt.date(2023, 9, 16)


@pytest.mark.parametrize("line", [
    "Posted on December 20, 2025 by Jane Doe - 5 Comments on " + TITLE,
    "On December 20, 2025December 22, 2025 By Jane Doe In Budget Travel, Travel Guides, "
    "Travel Resources, Travel Tips",
    "Published: December 20th, 2025 | Tags: Council, Bridge, Depot, Taxes, Budget, Board, "
    "Mayor, Residents",
])
def test_a_long_post_line_that_opens_with_its_date_dates_the_story(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).published == dt.date(2025, 12, 20)


def test_a_sentence_that_opens_with_a_date_does_not_date_the_story() -> None:
    sentence = ("On January 23, 1998, the council made two announcements: first, that the "
                "bridge would close; second, that the depot would be sold to the state.")
    dump = render([list(MENU_ITEMS), [TITLE], [sentence], [P1], [P2], [P3]])
    assert parse_text(dump).published is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("by whova | Apr 21, 2025", "whova"),
        ("Posted on July 1, 2024 by infuy", "infuy"),
        ("January 20th, 2025 by JWU", "JWU"),
        ("March 15, 2022 · 3 min read · By ASU Online", "ASU Online"),
        # The date after the credit, set off by "on" (or its like), is no part of it.
        ("Posted by IndustrySelect on Tuesday, August 29, 2023", "IndustrySelect"),
        ("Par Rédaction Web le 3 mars 2021", "Rédaction Web"),
    ],
)
def test_a_dated_credit_to_a_handle_or_a_site_is_the_byline(line: str, credit: str) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.authors == (credit,)


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe 15 min read", ("Jane Doe",)),
    ("By the Example Team 2–3 minutes", ("the Example Team",)),
    ("Posted on December 18, 2025 Posted by Jane Doe 59 Comments", ("Jane Doe",)),
    ("By: Jane Doe on 04-ago-2021 5:11:10", ("Jane Doe",)),
])
def test_a_stamp_glued_after_the_byline_s_names_is_cut(line: str, names: tuple[str, ...]
                                                       ) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.authors == names


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe Metro Weekly Sport", ("Jane Doe",)),
    ("By JANE DOE Planet Press Writer", ("Jane Doe",)),
    ("By J. R. Doe View In Digital Edition", ("J. R. Doe",)),
    ("By Michiel de Jong RSS feed", ("Michiel de Jong",)),
])
def test_a_by_line_s_person_is_read_before_an_outlet_s_words(line: str,
                                                              names: tuple[str, ...]) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.authors == names


@pytest.mark.parametrize("line", [
    # An agency's name, a comment's header, a sentence: no person before a tail.
    "By European Space Agency",
    "by jdoe ( 1311177 ) writes:",
    "By the time the council met on Monday the plan was dead",
])
def test_words_after_by_that_name_no_person_in_full_are_no_byline(line: str) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.authors == ()


@pytest.mark.parametrize(("stamp", "names"), [
    ("October 8, 2024 Acmeworks", ("Acmeworks",)),
    ("Dec 17, 2025 Jane R. Doe", ("Jane R. Doe",)),
])
def test_a_dateline_line_with_no_place_over_the_headline_names_its_author(
        stamp: str, names: tuple[str, ...]) -> None:
    # Read as a dateline (a date and a source), the line is a post's stamp too.
    article = parse_text(render([list(MENU_ITEMS), [stamp], [TITLE], [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.authors == names
    assert article.published is not None and article.published.year in (2024, 2025)


@pytest.mark.parametrize(("line", "names"), [
    ("Contributors: Jane Doe", ("Jane Doe",)),
    ("CONTRIBUTOR: Jane Doe", ("Jane Doe",)),
    ("Contributors: Jane Doe, John Roe", ("Jane Doe", "John Roe")),
])
def test_a_contributors_label_leads_into_the_byline(line: str, names: tuple[str, ...]) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.authors == names


@pytest.mark.parametrize("line", ["By the numbers 2021", "by the council 3 days ago"])
def test_words_before_a_stamp_that_name_nobody_are_no_byline(line: str) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        # A handle with no date beside it: a menu's facet as likely as a credit.
        "by whova",
        "By ASU Online",
        # A sentence after "by", not a name.
        "Posted on July 1, 2024 by the council press office team",
        "Updated July 1, 2024 by a reader with a long note",
    ],
)
def test_an_undated_or_sentence_credit_is_no_byline(line: str) -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]]))
    assert article.authors == ()


def test_a_credit_under_a_lone_by_is_the_byline() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE, "By", "The Example Team"],
                                 [P1], [P2], [P3]]))
    assert article.title == TITLE
    assert article.authors == ("The Example Team",)


def test_a_person_s_byline_wins_over_a_dated_credit() -> None:
    article = parse_text(render([list(MENU_ITEMS), [TITLE], ["by whova | Apr 21, 2025"],
                                 ["By Jane Doe"], [P1], [P2], [P3]]))
    assert article.authors == ("Jane Doe",)


# A post signed at its foot: the head gives no byline, an author box closes the story.
BIO = ("Jane has covered the council for ten years and writes about the city's budget, its "
       "schools and its roads.")
STORY_LINES = [[" ".join(SENTENCES[k % len(SENTENCES):][:2]) + f" It was day {k}."]
               for k in range(12)]


def test_a_by_line_at_the_story_s_foot_signs_it_when_the_head_has_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Written by Jane Doe"], [BIO],
                   list(MENU_ITEMS)])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert "Written by Jane Doe" not in article.body


def test_a_by_line_after_the_story_signs_it_until_a_paragraph_ends_the_search() -> None:
    signed = render([list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Share", "Tweet"],
                     ["By Jane Doe and John Roe"], list(MENU_ITEMS)])
    assert parse_text(signed).authors == ("Jane Doe", "John Roe")
    comment = ("I have lived in this town for thirty years and I can tell you that the council "
               "has never once kept a promise about that bridge, and I do not expect them to "
               "start now, whatever the mayor says at the next meeting of the board.")
    past_a_comment = render([list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Comments"], [comment],
                             ["By Jane Doe"], list(MENU_ITEMS)])
    assert parse_text(past_a_comment).authors == ()


@pytest.mark.parametrize("line", ["Post written by Jane Doe.", "Guide by Jane Doe Senior Editor",
                                  "Article written by Jane Doe"])
def test_words_that_name_the_piece_before_its_by_lead_the_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert line not in article.body


def test_a_sentence_that_says_who_wrote_the_story_names_the_byline_and_stays() -> None:
    credit = "This post was written by Jane Doe, Head of Research at the Planet Institute."
    for dump in (render([list(MENU_ITEMS), [TITLE], [credit], *STORY_LINES, list(MENU_ITEMS)]),
                 render([list(MENU_ITEMS), [TITLE], *STORY_LINES, [credit], list(MENU_ITEMS)])):
        article = parse_text(dump)
        assert article.authors == ("Jane Doe",)
        assert credit in article.body


@pytest.mark.parametrize("line", ["Guide by Region", "Post by Category", "Review by a reader"])
def test_a_piece_s_by_with_no_name_in_full_is_no_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_a_foot_line_without_a_by_is_no_signature() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Related Stories"],
                   ["Council keeps the tax by a single vote"], list(MENU_ITEMS)])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize("name", ["Gabo", "inikosoftseo", "Staff"])
def test_one_word_under_the_headline_over_a_date_line_is_the_byline(name: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [name], ["Nov 8, 2025"], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == (name,)
    assert article.published == dt.date(2025, 11, 8)


@pytest.mark.parametrize("word", ["Published", "Council", "Monday", "About"])
def test_a_label_or_a_word_of_the_headline_over_a_date_line_is_no_byline(word: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [word], ["Nov 8, 2025"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_one_word_over_a_list_of_dates_is_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Schedule"], ["Nov 8, 2025 at noon"],
                   ["Nov 15, 2025 at noon"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize("line", [
    "Dec 17, 2025Jane Doe",
    "December 15, 2025 · 30 min · 6279 words · Jane Doe",
    "Jane Doe•Updated on Jul 4, 2024 •28 min read",
    "109 Comments | Jane Doe | Last Updated: March 11, 2019",
])
def test_names_beside_the_date_on_a_head_line_are_the_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ("Jane Doe",)


@pytest.mark.parametrize("line", [
    "View Rate : 106 Print Date : Saturday, January 12, 2008",
    "by Bridge Desk on Rice Council on November 12, 2012",
    "Dec 17, 2025 · Council Tax",
])
def test_a_label_or_words_of_the_story_beside_the_date_are_no_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1 + " The council tax is due."],
                   [P2], [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize(("line", "credit"), [
    ("Susan December 9, 2024 0 Comments", "Susan"),
    ("Gabo · 3 min read · Dec 19, 2025", "Gabo"),
    ("EcoFlow- 2025/4/29", "EcoFlow"),
])
def test_one_word_beside_the_date_on_a_head_line_is_the_byline(line: str, credit: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1], [P2], [P3]])
    assert parse_text(dump).authors == (credit,)


@pytest.mark.parametrize("line", [
    "Published: Wednesday, 2 January, 2008, 02:42 AM Doha Time",  # amid the stamp
    "August 9, 2012 03:41 PM\tBiology",  # a table's cell
    "EditorialNovember 22, 2018",  # a label glued to the date
    "Dec 17, 2025 · Council",  # a word of the headline
    "Dec 17, 2025 · Bridge",  # a word the story writes in lower case
    "Dec 17, 2025 · GMT",  # capitals: a zone or a label
    "Expires: Dec 17, 2025",  # a label before its colon
])
def test_one_word_amid_a_stamp_or_a_label_beside_the_date_is_no_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [line], [P1 + " The bridge is old."], [P2],
                   [P3]])
    assert parse_text(dump).authors == ()


@pytest.mark.parametrize("name", ["Jane Doe", "By Jane Doe"])
def test_the_byline_under_the_headline_beats_a_by_line_over_it(name: str) -> None:
    # "By John Roe" over the headline is a teaser's byline; "Jane Doe" over the date line
    # under it is the story's.
    dump = render([list(MENU_ITEMS), ["Bridge vote delayed again"], ["By John Roe"], [TITLE],
                   [name], ["March 25, 2015"], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.title == TITLE
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(("head", "name"), [
    (["Published", "March 25, 2015", "Jane Doe"], "Jane Doe"),
    (["March 25, 2015", "By Ask the Doctors"], "Ask the Doctors"),
    (["March 25, 2015", "•", "Podium Staff"], "Podium Staff"),
    (["March 25, 2015", "Staff Clinician"], "Staff Clinician"),
])
def test_a_name_beside_the_heads_date_line_is_the_byline(head: list[str], name: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], *([line] for line in head), [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == (name,)
    assert article.published == dt.date(2015, 3, 25)
    assert name not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("line", ["Pin It", "Categories England", "Sports News Editor",
                                  "Motivation", "From: Daily Mail", "Council Tax"])
def test_a_button_a_label_a_role_or_a_subheading_beside_the_date_is_no_byline(
        line: str) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Posted on March 25, 2015"], [line], [P1],
                   [P2], [P3]])
    assert parse_text(dump).authors == ()


def test_the_last_line_of_a_menu_over_the_date_is_no_byline() -> None:
    dump = render([list(MENU_ITEMS), [TITLE], ["Topics", "Bridge Reports", "Council Budgets"],
                   ["March 25, 2015"], [P1], [P2], [P3]])
    assert parse_text(dump).authors == ()


# An author's box at the story's foot: the name, then a paragraph about the person.
BOX_BIO = ("Jane Doe has covered the council for ten years and writes about the city's "
           "budget, its schools and its roads.")


@pytest.mark.parametrize("box", [
    [["Jane Doe"], [BOX_BIO]],
    [["Jane Doe"], [BOX_BIO.replace("Jane Doe", "Jane", 1)]],
    # The given name past a role; the person speaking in the first person.
    [["Jane Doe"], ["(Editor / Reporter) – " + BOX_BIO.replace("Jane Doe", "Jane", 1)]],
    [["Jane Doe"], ["I'm the founder of this site, and I have covered the council and its "
                    "budget for ten years."]],
    [["Written by"], ["Jane Doe"]],
    [["Author:"], ["Jane Doe"]],
])
def test_an_author_s_box_at_the_story_s_foot_names_the_byline(box: list[list[str]]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], *STORY_LINES, *box, list(MENU_ITEMS)])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize("box", [
    # A subheading in capitals over a paragraph that opens with its word.
    [["COUNCIL BUDGET"], ["Council members said on Monday that the budget would hold for "
                          "the year, whatever the cost of the bridge."]],
    # A heading of common words the story writes in lower case.
    [["Tax Bridge"], ["Tax on the bridge was the first question at the meeting, and the "
                      "mayor said it would not rise."]],
    # A name over a line that is no paragraph about the person.
    [["Jane Doe"], ["Jane Doe on the bridge"]],
    # A heading's words in a teaser, called together or not the subject of a verb.
    [["Bridge Square"], ["The new Bridge Square Market opens its doors on Monday, and the "
                         "council says the stalls are all let."]],
    [["Harbour Walk"], ["Tips for the Harbour walk season, from the council's own guides "
                        "and the residents who spoke at the meeting."]],
])
def test_a_heading_or_a_name_with_no_paragraph_about_it_is_no_author_s_box(
        box: list[list[str]]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], *STORY_LINES, *box, list(MENU_ITEMS)])
    assert parse_text(dump).authors == ()


def test_a_heading_over_the_first_person_of_a_post_told_so_is_no_author_s_box() -> None:
    told = [[f"I went to the meeting on day {k}, and I heard the council say it would not "
             "raise the tax this year."] for k in range(12)]
    dump = render([list(MENU_ITEMS), [TITLE], *told, ["Harbour Bootcamp"],
                   ["I'm going to run the bootcamp again this spring, so sign up for my "
                    "newsletter if you want in."], list(MENU_ITEMS)])
    assert parse_text(dump).authors == ()


# A label of the author's field or box beside a line of names, wherever the page sets it.
@pytest.mark.parametrize("blocks", [
    [list(MENU_ITEMS), [TITLE], *STORY_LINES, list(MENU_ITEMS), ["Jane Doe"], ["Author"]],
    [list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Share this"], ["Jane Doe"], ["Author's profile"]],
    [list(MENU_ITEMS), ["author"], ["Jane Doe"], ["Senior Engineer"], [TITLE], *STORY_LINES],
    [list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Über den Autor"], ["Jane Doe"]],
])
def test_a_label_of_the_author_s_field_names_the_byline(blocks: list[list[str]]) -> None:
    assert parse_text(render(blocks)).authors == ("Jane Doe",)


@pytest.mark.parametrize("blocks", [
    # A label with no line of names beside it, or a heading of the word's cousins.
    [list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Author"], ["Sign up for our newsletter"]],
    [list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Authorization"], ["Jane Doe"]],
    # A row of a table, not a field's label set apart.
    [list(MENU_ITEMS), [TITLE], *STORY_LINES, ["Jane Doe", "Author"]],
    # A label too long for a field's.
    [list(MENU_ITEMS), [TITLE], *STORY_LINES,
     ["Read more from this author and the rest of the council desk"], ["Jane Doe"]],
])
def test_no_author_label_beside_names_gives_no_byline(blocks: list[list[str]]) -> None:
    assert parse_text(render(blocks)).authors == ()


@pytest.mark.parametrize("foot", [
    # Past a sign-up box and related links, however far.
    [["Sign up for our newsletter"], *STORY_LINES[:10], ["Published August 15, 2025"]],
    [list(MENU_ITEMS), ["Published"], ["Aug 15, 2025"]],
    [list(MENU_ITEMS), ["Last updated: August 15, 2025"]],
    # The update's label said of the page, as an agency's page stamps its foot.
    [list(MENU_ITEMS), ["Page last modified Aug. 15, 2025 @ 01:39 PM EST"]],
    [list(MENU_ITEMS), ["This page was last updated on Friday, August 15, 2025 at 12:13 AM"]],
])
def test_the_only_labelled_date_below_the_story_dates_it(foot: list[list[str]]) -> None:
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], *foot, list(MENU_ITEMS)])
    assert parse_text(dump).published == dt.date(2025, 8, 15)


def test_a_publication_label_below_the_story_wins_over_an_update_label() -> None:
    # "Last updated" and "Published" both at the foot: the publication's date is the one.
    foot = [["Last updated on August 20, 2025"], ["Published on August 15, 2025"]]
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], *foot, list(MENU_ITEMS)])
    assert parse_text(dump).published == dt.date(2025, 8, 15)


def test_labelled_dates_above_and_below_the_story_that_differ_do_not_date_it() -> None:
    # Far above the story past a contents list, and far below it: neither is the only one.
    dump = render([list(MENU_ITEMS), [TITLE], ["Published: Apr 10, 2023"], TOC, [P1], [P2],
                   [P3], list(MENU_ITEMS), ["Published August 15, 2025"], list(MENU_ITEMS)])
    assert parse_text(dump).published is None


def test_labelled_dates_of_a_list_below_the_story_do_not_date_it() -> None:
    teasers = [["Bridge reopens", "Published August 15, 2025"],
               ["Depot sold", "Published August 16, 2025"]]
    dump = render([list(MENU_ITEMS), [TITLE], [P1], [P2], [P3], list(MENU_ITEMS), *teasers,
                   list(MENU_ITEMS)])
    assert parse_text(dump).published is None


def test_a_post_line_opening_the_story_dates_it() -> None:
    # Long enough for the region to take it in as the story's first line.
    post = ("Posted on March 10, 2015 by Jane Doe - 5 Comments on Council drops tax rise and "
            "sells the old depot by the river for the new bridge?")
    article = parse_text(render([list(MENU_ITEMS), [post], [P1], [P2], [P3]]))
    assert article.published == dt.date(2015, 3, 10)


def test_a_dated_name_line_under_a_headline_that_opens_the_story_is_the_byline() -> None:
    # The region opens with the headline (a question ends a sentence as prose does): the
    # dated line under it, above the first paragraph, is still the headline's header.
    dump = render([list(MENU_ITEMS), ["What do people love about the bridge?"],
                   ["Dec. 19, 2025 · Jane Doe on behalf of the desk"], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2025, 12, 19)


@pytest.mark.parametrize("kicker", [
    ["Politics", "December 14, 2025", "/", "Jane Doe"],
    ["December 14, 2025", "Jane Doe"],
])
def test_a_name_under_a_date_right_over_the_headline_is_the_byline(kicker: list[str]) -> None:
    # The kicker's stamp: the date, a glyph, the author's name, then the headline.
    dump = render([list(MENU_ITEMS), kicker, [TITLE], [P1], [P2], [P3]])
    article = parse_text(dump)
    assert article.title == TITLE
    assert article.authors == ("Jane Doe",)
    assert article.published == dt.date(2025, 12, 14)


@pytest.mark.parametrize("line", [
    "Scalability Time:",  # a label before its colon
    "Bridge Repairs",  # words the story writes in lower case
])
def test_a_label_under_a_date_over_the_headline_is_no_byline(line: str) -> None:
    dump = render([list(MENU_ITEMS), ["December 14, 2025", "/", line], [TITLE],
                   [P1 + " The bridge repairs are late."], [P2], [P3]])
    assert parse_text(dump).authors == ()
