"""Bylines: parse_byline, find_byline and the metadata author clean-up."""

from __future__ import annotations

import pytest

from newsparse._options import DEFAULT_OPTIONS
from newsparse._reading.bylines import (
    author_link_name,
    bare_names,
    byline_names,
    display_byline,
    find_byline,
    has_name_line_shape,
    is_byline_furniture,
    is_role_line,
    names_from_metadata,
    opens_with_date,
    opens_with_lead,
    parse_byline,
)
from newsparse._reading.keys import site_key


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("by jane doe", ()),  # lower-case words are not a name
        ("BY JANE DOE", ("Jane Doe",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
        ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By Jane Doe, Senior Correspondent, Washington Bureau", ("Jane Doe",)),
        ("Jane Doe | Reuters", ("Jane Doe",)),
        ("Jane Doe / AFP", ("Jane Doe",)),
        ("Par Sébastien Farcis", ("Sébastien Farcis",)),
        ("Von Hans Müller und Eva Schmidt", ("Hans Müller", "Eva Schmidt")),
        ("Por César Salza", ("César Salza",)),
        ("Written by Rob Ewaschuk Edited by Betsy Beyer", ("Rob Ewaschuk",)),
        ("Posted by Andrew Zonenberg", ("Andrew Zonenberg",)),
        ("Author: Jane Doe", ("Jane Doe",)),
        ("By Michiel de Jong", ("Michiel de Jong",)),
        ("By Jane Doe @janedoe", ("Jane Doe",)),
        ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", ("Dan Goodin",)),
        ("By Jane Doe March 25, 2015", ("Jane Doe",)),
        ("Sarah Archer 1:39 PM ET", ("Sarah Archer",)),
        ("James Akinaka • 8h", ("James Akinaka",)),
        ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
         ("Martin Untersinger", "Damien Leloup", "Morgane Tual")),
        ("By Brenda Goodman, MA", ("Brenda Goodman",)),
        ("By Sleyca", ("Sleyca",)),  # one word is a name when the line says "By"
        ("肖春芳", ("肖春芳",)),
    ],
)
def test_parse_byline_finds_the_names(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Updated March 3, 2019",
        "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
        "Last Updated: January 7, 2025",
        "Email the author",
        "3 Hours Ago",
        "Follow Author",
        "https://example.com/authors/jane",
        "By Reuters",
        "The Associated Press",
        "Our Foreign Staff",
        "Oil and Gas",  # a menu line: capitalised words, but no byline marker and one word each
        "Sleyca",
        "Share this article",
        "x" * 300,
    ],
)
def test_parse_byline_rejects_what_is_not_a_byline(text: str) -> None:
    assert parse_byline(text) == ()


@pytest.mark.parametrize("text", [
    "Publié le 14 octobre 2019", "Mis à jour le 14/10/2019", "Modifié le 14 octobre 2019",
    "Pubblicato il 14 ottobre 2019", "Aggiornato il 14/10/2019",
    "Publicado el 14 de octubre de 2019", "Atualizado em 14/10/2019",
    "Veröffentlicht am 14. Oktober 2019", "Gepubliceerd op 14 oktober 2019",
])
def test_a_date_s_label_in_the_languages_read_names_no_one(text: str) -> None:
    assert parse_byline(text) == ()


def test_a_name_with_a_particle_before_a_date_is_still_a_name() -> None:
    assert parse_byline("Jean le Rond 14 octobre 2019") == ("Jean le Rond",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The full stop ends the sentence, not the name.
        ("Written by Jane Doe.", ("Jane Doe",)),
        ("By Jane Doe and John Roe.", ("Jane Doe", "John Roe")),
        # An initial, an abbreviation and a degree keep theirs.
        ("By Jane A.", ("Jane A.",)),
        ("By John Smith Jr.", ("John Smith Jr.",)),
        ("By Jane Doe, Ph.D.", ("Jane Doe",)),
    ],
)
def test_a_byline_s_names_leave_the_sentence_s_full_stop(
        text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


def test_find_byline_takes_the_first_line_that_says_it_is_a_byline() -> None:
    lines = ["Home", "World News", "Iran, Russia to boost military cooperation",
             "By Jane Doe and John Roe", "By Someone Else"]
    assert find_byline(lines, DEFAULT_OPTIONS) == ("Jane Doe", "John Roe")


def test_find_byline_ignores_bare_names_and_menus() -> None:
    assert find_byline(["Jane Doe", "Oil and Gas", "Email Us"], DEFAULT_OPTIONS) == ()


@pytest.mark.parametrize(("line", "names"), [
    ("作者︱春春", ("春春",)),
    ("本报记者 张三", ("张三",)),
    ("作者：阿诺德·施瓦辛格", ("阿诺德·施瓦辛格",)),
    ("[责任编辑:肖春芳]", ("肖春芳",)),
    # No author named: the editor in charge.
    ("2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳", ("肖春芳",)),
    # The author before the editor.
    ("来源：光明网 责任编辑：肖春芳 作者：春春", ("春春",)),
])
def test_find_byline_reads_chinese_credit_fields(line: str, names: tuple[str, ...]) -> None:
    assert find_byline([line], DEFAULT_OPTIONS) == names


@pytest.mark.parametrize("line", [
    "记者会上，他说", "[责任编辑：alonliu]", "来源：网易科学人", "作者：网易科学人栏目组",
    "发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版 中国青年网",
])
def test_find_byline_wants_a_name_after_a_chinese_credit_label(line: str) -> None:
    assert find_byline([line], DEFAULT_OPTIONS) == ()


def test_find_byline_accepts_an_agency_credit() -> None:
    assert find_byline(["Jane Doe | Reuters"], DEFAULT_OPTIONS) == ("Jane Doe",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Names followed by a full date, a time of day or an age: a byline without "By".
        ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", ("Dan Goodin",)),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ("Chris Davies",)),
        ("Sarah Gooding March 9, 2017 13", ("Sarah Gooding",)),
        ("Carlos Nadalim 27/09/2018 Comente!", ("Carlos Nadalim",)),
        ("Sarah Archer 1:39 PM ET", ("Sarah Archer",)),
        ("Alex Perry 1 day ago", ("Alex Perry",)),
        # Marks before the byline, and a handle glued to the name by the dump.
        ("// By Arun Sai Krishnan • Nov 11, 2020", ("Arun Sai Krishnan",)),
        ("— By Jane Doe", ("Jane Doe",)),
        ("By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT",
         ("Alissa Wilkinson",)),
        # A credit after a bar: a wire, a desk, the site, a date or an age.
        ("Catherine Shu @catherineshu / 2 days", ("Catherine Shu",)),
        ("Sleyca | Staff Writer", ("Sleyca",)),
        ("Sleyca / AFP", ("Sleyca",)),
        ("Jane Doe | March 3, 2015", ("Jane Doe",)),
        ("Globe Staff / December 31, 2007", ("Globe Staff",)),
        # A blog's date before its "by".
        ("on March 10, 2015 by Nikhil Marathe", ("Nikhil Marathe",)),
        ("Posted on Tuesday, 10 March 2015 at 8:05 pm by Jane Doe", ("Jane Doe",)),
        ("Published on 2015-03-10 by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_find_byline_knows_a_byline_by_its_date_marks_or_credit(
    line: str, names: tuple[str, ...]
) -> None:
    assert find_byline([line], DEFAULT_OPTIONS) == names


@pytest.mark.parametrize(
    "line",
    [
        # What follows the bar is the next menu item or a headline, not a credit.
        "« Vorige | Nächste »",
        "Registro / Acceso",
        "Maharashtra | Sonia Gandhi gives nod to Congress alliance with Shiv Sena: Reports",
        "Cristina Gil Lladanosa, at the Barcelona testing lab | photo by Joan Bardeletti",
        # A year, a weekday or a bare clock reading is no byline date; one word is no name.
        "World Cup 2018",
        "Election Night Monday results",
        "Current Time 0:00",
        "Politics – March 3",
        # Nor is one word before a bar and a date or a time: a section, a player's label.
        "Sides, Sourdough · December 9, 2021",
        "Listen · 3:51",
        # With only a date to go by, the whole line before it must be names.
        "Greenwich Winter Antiques, Art and Jewelry Show is December 6-8",
        "First Forecast Weather November 20, 2019",
        # A comment's header.
        "Milan Griffes on September 12, 2018 at 4:47 pm said:",
        # A date before "by" that is no blog's: a sentence, an update, a day with no year.
        "on March 10, 2015 the council voted by a large margin",
        "Updated on March 10, 2015 by Jane Doe",
        "on March 10 by Jane Doe",
        "jane@example.com",
        # A date's label or a weekday before the date, with or without a bar, names no one.
        "Last Modified March 3, 2025",
        "Originally Posted: Jan 5, 2024",
        "Date Published | 3 March 2025",
        "Tuesday | 3 March 2025",
        "Dienstag | 3. März 2025",
    ],
)
def test_find_byline_rejects_lines_that_only_look_like_bylines(line: str) -> None:
    assert find_byline([line], DEFAULT_OPTIONS) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)",
         ("Eleanor Ainge Roy",)),
        ("By Jane Doe, John Roe (graphics) and Ann Poe", ("Jane Doe", "Ann Poe")),
        ("Jane Doe (Photos)", ()),
        ("By Jane Doe (Washington)", ("Jane Doe",)),  # a bracket that credits no other work
    ],
)
def test_parse_byline_drops_names_credited_for_other_work(
    text: str, names: tuple[str, ...]
) -> None:
    assert parse_byline(text) == names


def test_parse_byline_keeps_one_word_only_with_a_credit() -> None:
    assert parse_byline("Vorige | Nächste") == ()
    assert parse_byline("Sleyca | Reuters") == ("Sleyca",)


def test_find_byline_looks_only_at_the_top_lines() -> None:
    lines = ["Menu item"] * 20 + ["By Jane Doe"]
    assert find_byline(lines, DEFAULT_OPTIONS) == ()


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Jane Doe", ("Jane Doe",)),
        ("  Jane   Doe ", ("Jane Doe",)),
        ("By Jane Doe", ("Jane Doe",)),
        ("Sleyca", ("Sleyca",)),  # declared: one word may be a name
        ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Stella Kim, Jennifer Jett", ("Stella Kim", "Jennifer Jett")),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ("Bradley M. Kuhn",)),
        ("史蒂文的家_藍天 (stevenhgm)", ("史蒂文的家_藍天 (stevenhgm)",)),
        ("Bruno (Henrique Zecchin) Rodrigues", ("Bruno (Henrique Zecchin) Rodrigues",)),
        ("Kooman, F.", ("F. Kooman",)),
        ("Jong, Michiel de", ("Michiel de Jong",)),
        ("Sarah E. Needleman", ("Sarah E. Needleman",)),
        ("Bruce Y. Lee", ("Bruce Y. Lee",)),
        ("José y María López", ("José", "María López")),
        ("JEFFREY GETTLEMAN", ("Jeffrey Gettleman",)),
        ("TOM KRISHER, AP Auto Writer", ("Tom Krisher",)),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ("Chris Cillizza",)),
        ("Ilana Muhlstein, MS, RDN", ("Ilana Muhlstein",)),
        ("Victor Tangermann, Futurism", ("Victor Tangermann",)),
        ("Troy L. Smith, Cleveland.com", ("Troy L. Smith",)),
        ("Organization for Transformative Works", ("Organization for Transformative Works",)),
        ("Текст: Лида Буслаева", ("Лида Буслаева",)),
        ("https://www.facebook.com/jane", ()),
        ("@janedoe", ()),
        ("jdadmin", ()),
        ("2019-04-28", ()),
        ("AFP", ()),
        ("PTI", ()),
        ("AppleInsider", ()),
        ("Staff Reports", ()),
        # A desk declared as the author signs for the site: it is the byline.
        ("Jerusalem Post Staff", ("Jerusalem Post Staff",)),
        ("Mac & i", ()),
        ("Имя *", ()),
        ("", ()),
    ],
)
def test_names_from_metadata(value: str, names: tuple[str, ...]) -> None:
    assert names_from_metadata(value, DEFAULT_OPTIONS) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Roy, Aniruddha", ("Aniruddha Roy",)),
        ("Kaufman, Jeff T.", ("Jeff T. Kaufman",)),
        ("Jane Doe", ("Jane Doe",)),
    ],
)
def test_a_value_naming_one_person_reads_its_comma_as_surname_first(
    value: str, names: tuple[str, ...]
) -> None:
    assert names_from_metadata(value, DEFAULT_OPTIONS, one_name=True) == names


def test_a_lone_comma_value_stays_a_list_of_names() -> None:
    # Alone, "Stella Kim, Jennifer Jett" is two people; nothing says it is one.
    assert names_from_metadata("Stella Kim, Jennifer Jett", DEFAULT_OPTIONS) == (
        "Stella Kim", "Jennifer Jett")


def test_names_from_metadata_drops_the_site_as_an_affiliation() -> None:
    keys = {site_key("www.businessinsider.com"), site_key("CNN")}
    read = names_from_metadata
    assert read("Charlie Wood, Business Insider", DEFAULT_OPTIONS, keys) == ("Charlie Wood",)
    assert read("Jill Disis, CNN Business", DEFAULT_OPTIONS, keys) == ("Jill Disis",)


@pytest.mark.parametrize(
    ("text", "site", "names"),
    [
        # The site's own name after the names, without a bar: its "Today" is no date.
        ("Kevin Johnson and Kevin McCoy USA TODAY", "www.usatoday.com",
         ("Kevin Johnson", "Kevin McCoy")),
        ("Elliot Brownstein Florida Today", "Florida Today", ("Elliot Brownstein",)),
        ("By Jane Doe The Daily Planet Published 5:04 p.m. ET", "The Daily Planet",
         ("Jane Doe",)),
        # The first word is never taken for the site: a blog named after its author.
        ("John Smith", "johnsmith.com", ("John Smith",)),
    ],
)
def test_byline_names_stop_at_the_site_name(text: str, site: str, names: tuple[str, ...]) -> None:
    assert byline_names(text, DEFAULT_OPTIONS, site_keys={site_key(site)}) == names


def test_byline_names_keep_a_desk_named_after_the_site_whole() -> None:
    # The site's name inside a desk's name is no affiliation to cut at ("The" is no name).
    keys = {site_key("www.investopedia.com")}
    assert byline_names("By The Investopedia Team", DEFAULT_OPTIONS, site_keys=keys) == (
        "The Investopedia Team",)
    assert byline_names("Jane Doe Investopedia", DEFAULT_OPTIONS, site_keys=keys) == (
        "Jane Doe",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By the Lavazza Team", ("the Lavazza Team",)),
        ("By The Currency editors", ("The Currency editors",)),
        ("By Staff", ("Staff",)),
        ("Von der Redaktion", ()),  # "der" is no capitalised word of a desk's name
        ("By Team Northwind", ("Team Northwind",)),
        ("Jane Doe, John Roe and the Data Team", ("Jane Doe", "John Roe", "the Data Team")),
        # After a comma a desk describes the person; a role alone is nobody.
        ("By Jane Doe, Sports Desk", ("Jane Doe",)),
        ("By Staff Writer", ()),
        # Without "By" a desk's name is as likely a menu item or a heading.
        ("Editorial Team", ()),
    ],
)
def test_byline_names_take_a_desk_that_signs_alone(text: str, names: tuple[str, ...]) -> None:
    assert byline_names(text, DEFAULT_OPTIONS) == names


def test_byline_names_without_the_site_read_today_as_a_date() -> None:
    assert byline_names("Jane Doe Today at 10:32", DEFAULT_OPTIONS) == ("Jane Doe",)


@pytest.mark.parametrize("dot", ["•", "·", "●", "⋅", "∙", "‧"])
def test_byline_names_read_any_bullet_as_the_separator(dot: str) -> None:
    # As in a dump's line (find_byline), the dot operator "⋅", the bullet operator "∙" and
    # their like part a byline's name from its role and date in an HTML header's line too.
    line = f"By Jane Doe {dot} Review Editor {dot} Updated May 6, 2025"
    assert byline_names(line, DEFAULT_OPTIONS, require_lead=True) == ("Jane Doe",)


def test_display_byline_joins_names_with_commas() -> None:
    assert display_byline(["Jane Doe", "John Roe"]) == "Jane Doe, John Roe"
    assert display_byline([]) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Doe", ("Jane Doe",)),
        ("John C. Welch", ("John C. Welch",)),
        # An initial that spells an article is still an initial.
        ("Jeffrey A. Slotnick", ("Jeffrey A. Slotnick",)),
        ("A. Jane Doe", ("A. Jane Doe",)),
        ("Michiel de Jong", ("Michiel de Jong",)),
        ("Meg Kinnard and Errin Haines, Associated Press", ("Meg Kinnard", "Errin Haines")),
        ("Tom Krisher, AP Auto Writer", ("Tom Krisher",)),
        ("VICTOR TANGERMANN, FUTURISM", ("Victor Tangermann",)),
        ("Aleš Vávra", ("Aleš Vávra",)),
        # A role or an outlet a dump glued to the name is no part of it; a name's own
        # capitals are.
        ("Jane DoeSenior Editor", ("Jane Doe",)),
        ("Jane DoeTech Reporter", ("Jane Doe",)),
        ("Jane DoeFounder at Example", ("Jane Doe",)),
        ("Jane DoeFOXBusiness", ("Jane Doe",)),
        ("Ronald McDonald", ("Ronald McDonald",)),
        ("Colin MacKenzie and LeBron James", ("Colin MacKenzie", "LeBron James")),
    ],
)
def test_bare_names_reads_a_line_of_names_without_by(text: str, names: tuple[str, ...]) -> None:
    assert bare_names(text, DEFAULT_OPTIONS) == names


@pytest.mark.parametrize(
    "text",
    [
        "Sleyca",  # one word: no full name
        "Jane Doe and Sleyca",
        "The GiveWell Blog",  # words of titles, labels and menus
        "Newer Article",
        "Search Text",
        "Watch Live",
        "Do Not Track",
        "Jane Doe 2",  # a digit: more than names
        "World Cup 2018",
        "Jane Doe Florida Today",  # a date word: the line goes on past the names
        "Jane Doe Photos Ann Poe",  # another credit
        "Oil and Gas",
        "jane doe",
        "Why Neon Is the Ultimate Symbol of the 20th Century",
        "Expert Reviewer",  # a role under a reviewer's name
        "Show Sidebar",  # a button's words
        "Toggle Navigation",
        "Printable Version",  # a story's tool beside its byline
    ],
)
def test_bare_names_rejects_lines_that_are_more_or_less_than_names(text: str) -> None:
    assert bare_names(text, DEFAULT_OPTIONS) == ()


def test_has_name_line_shape_is_a_cheap_test_that_bare_names_agrees_with() -> None:
    assert has_name_line_shape("Jane Doe", DEFAULT_OPTIONS)
    assert has_name_line_shape("Michiel de Jong", DEFAULT_OPTIONS)
    assert not has_name_line_shape("Jane", DEFAULT_OPTIONS)
    assert not has_name_line_shape("jane Doe", DEFAULT_OPTIONS)
    assert not has_name_line_shape("The Daily Planet", DEFAULT_OPTIONS)
    assert not has_name_line_shape("Jane Doe 2", DEFAULT_OPTIONS)
    assert not has_name_line_shape("Jane Doe " + "Roe " * 12, DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Nov 13, 2019 4:26 pm", True),
        ("1:39 PM ET", True),
        ("on Mar 1711 min", True),
        ("- Nov. 18th 2019 8:54 am PT", True),
        ("1 day ago", True),
        ("9/11/13 10:00AM", True),
        ("Games Editor", False),
        ("World Cup 2018", False),
        ("5 min read", False),
    ],
)
def test_opens_with_date(text: str, dated: bool) -> None:
    assert opens_with_date(text) is dated


def test_opens_with_lead() -> None:
    assert opens_with_lead("By Jane Doe, a deputy editor")
    assert opens_with_lead("Written by Jane Doe")
    assert not opens_with_lead("Jane Doe")
    assert not opens_with_lead("Bypass road opens")


def test_role_lines_and_byline_furniture() -> None:
    assert is_role_line("Games Editor", DEFAULT_OPTIONS)
    assert is_role_line("Staff Writer", DEFAULT_OPTIONS)
    assert not is_role_line("Jane Doe", DEFAULT_OPTIONS)
    assert not is_role_line("Editor of the year 2019", DEFAULT_OPTIONS)
    sentence = "The senior editor said the council would not raise the tax"
    assert not is_role_line(sentence, DEFAULT_OPTIONS)
    assert is_byline_furniture("Follow", DEFAULT_OPTIONS)
    assert is_byline_furniture("Email", DEFAULT_OPTIONS)
    assert not is_byline_furniture("Follow the money, says the mayor", DEFAULT_OPTIONS)
    assert not is_byline_furniture("Jane Doe", DEFAULT_OPTIONS)


@pytest.mark.parametrize(("line", "names"), [
    # What a dump glued to the names: the lead-in, a label, a section, a month, a separator.
    ("ByNina Pineda", ("Nina Pineda",)),
    ("By Korin MillerPublished: Jan 29, 2025", ("Korin Miller",)),
    ("By Gabby BoucherIn Budget Travel, Budget Travel Guides", ("Gabby Boucher",)),
    ("by Jeffrey ZeldmanNovember 20, 2007", ("Jeffrey Zeldman",)),
    ("Faith Katunga•Oct 20, 2025", ("Faith Katunga",)),
    ("by Jacob Trussell—10 min read", ("Jacob Trussell",)),
    ("By Workzone Team• 4 mins read", ("Workzone Team",)),
    # Other bullets for a separator.
    ("by Jane Doe ● December 23, 2025 ● 6 min read", ("Jane Doe",)),
    ("By Jane Doe ⋅ Review Editor", ("Jane Doe",)),
    ("By Jane Doe ∙ March 5, 2025", ("Jane Doe",)),
    # The story's dates after the names, without a separator.
    ("By Bhaval Patel Last Updated: December 6, 2024", ("Bhaval Patel",)),
    ("by Emily Temple. Posted on 1:00 pm Thursday Aug 9, 2012", ("Emily Temple",)),
])
def test_find_byline_sets_apart_what_a_dump_glued_to_the_names(
        line: str, names: tuple[str, ...]) -> None:
    assert find_byline([line], DEFAULT_OPTIONS) == names


@pytest.mark.parametrize("line", [
    "Byron Smith",  # a name that opens with "By"
    "Yahoo FinanceOctober 13, 2016",  # an outlet and its date: no "By"
    "Preparation Time – 10 Minutes",  # a recipe's line, its dash spaced
    "by ILongForDarkness (1134931)",  # a commenter's handle in camel case
])
def test_find_byline_takes_no_glued_line_that_is_no_byline(line: str) -> None:
    assert find_byline([line], DEFAULT_OPTIONS) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Md" is a given name's short form, "Ma" a surname: not the degrees MD and MA.
        ("By Md Aynal Haque", ("Md Aynal Haque",)),
        ("Md Aynal Haque | BSS", ("Md Aynal Haque",)),
        ("By Rui Ma and Heba Ledwon", ("Rui Ma", "Heba Ledwon")),
        # The degree after a comma still ends the names.
        ("By Jane Doe, MD", ("Jane Doe",)),
        ("By Jane Doe, MA, and John Roe", ("Jane Doe",)),
    ],
)
def test_a_degree_is_read_only_in_its_own_form_and_place(
        text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("text", "name", "labelled"),
    [
        ("More About Jana Novak »", "Jana Novak »", True),
        ("View all posts by Jana Novak", "Jana Novak", True),
        ("Alle Beiträge von Jana Novak", "Jana Novak", True),
        ("Tous les articles de Jana Novak", "Jana Novak", True),
        ("Todos los artículos de Jana Novak", "Jana Novak", True),
        ("Altri articoli di Jana Novak", "Jana Novak", True),
        ("Alle berichten van Jana Novak", "Jana Novak", True),
        ("Więcej od Jana Novak", "Jana Novak", True),
        ("Jana Novak", "Jana Novak", False),
        ("Of Mice and Men", "Of Mice and Men", False),
        ("Więcej informacji", "Więcej informacji", False),
    ],
)
def test_author_link_name_drops_the_label_before_the_name(
        text: str, name: str, labelled: bool) -> None:
    assert author_link_name(text) == (name, labelled)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The section the story is filed in, or the place it was written, after the name.
        ("By Jane Doe In Travel", ("Jane Doe",)),
        ("By Jane Doe In", ("Jane Doe",)),  # a dump lost the section's link
        ("Von Jane Doe in Berlin", ("Jane Doe",)),
        ("Par Jane Doe dans Culture", ("Jane Doe",)),
        ("Posted by Jane in Blogging, Early Retirement", ("Jane",)),
        ("By Jane Doe in Washington | Reuters", ("Jane Doe",)),
        ("BY JANE DOE in Los Angeles and JOHN ROE in New York", ("Jane Doe", "John Roe")),
        # …but not a phrase, a button, or a name that holds "In".
        ("Posted by: Curtains in my Tree", ()),
        ("By Jane Doe View In Digital Edition", ()),
        ("By Lee In-sook", ("Lee In-sook",)),
        # A name shown twice in a row, spaced or glued.
        ("Written by: Jane Doe Jane Doe", ("Jane Doe",)),
        ("By Jane DoeJane Doe", ("Jane Doe",)),
        ("By Bora Bora", ("Bora Bora",)),
        # A blog's "Posted by X at <time>" line.
        ("Posted by Jane Doe at 9:22 AM", ("Jane Doe",)),
        ("Posted by Jane at December 16, 2025 11:15 AM", ("Jane",)),
        # A job after a comma ends the names; a menu's first item is no name.
        ("Posted by Jane Doe, Software Engineer, Google Maps", ("Jane Doe",)),
        ("By Jane Doe, Marketing Coordinator", ("Jane Doe",)),
        ("By Jane Doe and Tom Coach", ("Jane Doe", "Tom Coach")),
        ("Home | News | Articles | Forum", ()),
        ("Home · Weather · News · Sports", ()),
        # Degrees after a full name without a comma.
        ("By Jane Doe PhD", ("Jane Doe",)),
        ("By Jane Doe MD RN", ("Jane Doe",)),
        ("By Rui Ma", ("Rui Ma",)),
    ],
)
def test_sections_doubled_names_and_degrees(text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe Senior Author", ("Jane Doe",)),
        ("By Jane Doe Founder & Lead Reviewer", ("Jane Doe",)),
        ("Written by: Jane Doe Head of Marketing", ("Jane Doe",)),
        ("By Michiel de Jong Former Deputy Tech Editor", ("Michiel de Jong",)),
        ("By Jane Doe Executive Editor and Master Gardener", ("Jane Doe",)),
        ("By Jane Doe Staff Writer and John Roe Senior Editor", ("Jane Doe", "John Roe")),
        ("Von Anna Schmidt Redakteurin", ("Anna Schmidt",)),
        ("Par Marie Dupont Rédactrice en chef", ("Marie Dupont",)),
        ("Por Juan Pérez Editor Jefe", ("Juan Pérez",)),
        ("di Giulia Rossi Giornalista", ("Giulia Rossi",)),
        ("Przez Anna Nowak Redaktorka", ("Anna Nowak",)),
        ("Napisane przez Anna Nowak Redaktorka", ("Anna Nowak",)),
    ],
)
def test_byline_names_cut_a_job_set_after_the_name_without_a_comma(
    text: str, names: tuple[str, ...]
) -> None:
    assert byline_names(text, DEFAULT_OPTIONS, require_lead=True) == names


def test_a_job_after_a_name_leaves_a_bare_line_of_names() -> None:
    assert bare_names("Jane Doe Founder & Lead Reviewer", DEFAULT_OPTIONS) == ("Jane Doe",)


@pytest.mark.parametrize(
    ("text", "declared", "names"),
    [
        # A third capitalised word before the job may be the job's: no cut, no name.
        ("By Jane Doe Games Writer", False, ()),
        # After a comma the job describes the name as before; it names no one.
        ("By Tom Roe, AP Auto Writer", False, ("Tom Roe",)),
        # A declared value holds a name alone: a blog signed "Luxury Travel Expert".
        ("Luxury Travel Expert", True, ("Luxury Travel Expert",)),
    ],
)
def test_a_job_is_cut_only_after_a_first_name_and_surname(
    text: str, declared: bool, names: tuple[str, ...]
) -> None:
    assert byline_names(text, DEFAULT_OPTIONS, declared=declared) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A surname that opens with a weekday's letters is no weekday.
        ("By Rita Friedman 12 March 2019", ("Rita Friedman",)),
        ("By Lena Monroe Jones", ("Lena Monroe Jones",)),
        ("By Lena Sun on May 3, 2019", ("Lena Sun",)),
        ("By Ted Satterfield and Mia Wedgwood", ("Ted Satterfield", "Mia Wedgwood")),
        # A weekday whole, or short before a date or with its comma, ends the names.
        ("By Jane Doe Thu., Aug. 9 2012 at 1:00 PM", ("Jane Doe",)),
        ("By Jane Doe on Sunday", ("Jane Doe",)),
        ("By Jane Doe Wed Mar 5", ("Jane Doe",)),
        ("By Jane Doe Mon, 3 Mar 2019", ("Jane Doe",)),
        ("Jane Doe Sunday, March 3, 2019", ("Jane Doe",)),
        # A spaced dash, single or double, sets off a description as a comma does.
        ("By Jane Doe - Daily Planet", ("Jane Doe",)),
        ("By JANE DOE -- Planet Media", ("Jane Doe",)),
        ("By Jean-Luc Roe -- Staff Writer", ("Jean-Luc Roe",)),
    ],
)
def test_parse_byline_reads_weekdays_and_dashes_after_the_names(
        text: str, names: tuple[str, ...]) -> None:
    assert parse_byline(text) == names
    assert find_byline([text], DEFAULT_OPTIONS) == (names if text.startswith("By") else ())
