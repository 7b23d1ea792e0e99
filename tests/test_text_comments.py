"""Text dumps: threads of reader comments, told by their repeated stamp lines."""

from __future__ import annotations

import newsparse
from newsparse import ParseOptions
from newsparse._text.comments import comment_threads, form_notes
from newsparse._text.features import LineFeatures, code_blocks
from newsparse._text.lines import TEXT, split_lines
from text_dumps import MENU_ITEMS, SENTENCES, render

OPTIONS = ParseOptions()
STORY = [" ".join(SENTENCES[i:i + 2]) for i in range(0, 6, 2)]
COMMENT = " ".join(SENTENCES[2:4])
READERS = ("Jane Roe", "kokopuff", "Mike", "Dana McMahan", "R. Smith")


def _stamp_texts(text: str) -> list[str]:
    lines = split_lines(text, OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    threads = comment_threads(lines, features, code_blocks(lines, features, OPTIONS), OPTIONS)
    return [lines[i][TEXT] for i in sorted(threads.stamps)]


def _thread(stamp: str, count: int = 5) -> list[list[str]]:
    """``count`` comments, each under a stamp line made by ``stamp`` from a reader's
    name and a day of the month."""
    blocks: list[list[str]] = []
    for n in range(count):
        blocks += [[stamp.format(name=READERS[n % len(READERS)], day=n + 3)], [COMMENT],
                   ["Reply"]]
    return blocks


def test_repeated_stamps_with_comments_between_are_a_thread() -> None:
    stamps = _stamp_texts(render(_thread("{name} July {day}, 2012 at 4:{day:02d} pm")))
    assert len(stamps) == 5


def test_two_stamps_are_no_thread() -> None:
    assert _stamp_texts(render(_thread("{name} July {day}, 2012 at 4:{day:02d} pm", 2))) == []


def test_stamps_without_prose_between_are_no_thread() -> None:
    # A list of dated links: no comment text between the dates.
    links = [[f"Story number {n} of the week", f"Posted by {READERS[n]} on 0{n + 1}/07/12"]
             for n in range(5)]
    assert _stamp_texts(render(links)) == []


def test_bare_dates_and_quote_attributions_are_no_stamps() -> None:
    # Dates alone head a timeline's entries; a dash opens an embedded post's attribution.
    timeline = [block for n in range(5) for block in ([f"July {n + 3}, 2012"], [COMMENT])]
    quotes = [block for n in range(5)
              for block in ([COMMENT], [f"— {READERS[n]} (@reader{n}) July {n + 3}, 2012"])]
    assert _stamp_texts(render(timeline)) == []
    assert _stamp_texts(render(quotes)) == []


def test_a_stamp_in_a_closing_bracket_is_read() -> None:
    # "TonyZ (6 days ago)": the bracket closing the line ends no sentence. (Four readers:
    # the fifth's initial, "R. Smith", reads as a sentence's end before the bracket.)
    assert len(_stamp_texts(render(_thread("{name} ({day} days ago)", 4)))) == 4
    # A sentence before the bracket is prose, whatever the bracket holds.
    assert _stamp_texts(render(_thread("{name} agreed. ({day} days ago)"))) == []


def test_a_name_over_a_bare_date_is_a_stamp_a_date_s_words_are_not() -> None:
    assert len(_stamp_texts(render(_thread("{name} 0{day} Nov 12")))) == 5
    # A weekday over the date, or a label, is the date's own: a timeline's entries.
    assert _stamp_texts(render(_thread("Monday 0{day} Nov 12"))) == []
    assert _stamp_texts(render(_thread("Updated: 0{day} Nov 12"))) == []


def test_a_span_of_days_is_no_stamp() -> None:
    # An event's dates, each over its description: a calendar, not a thread.
    assert _stamp_texts(render(_thread("{name} Live: May {day}-June 4, 2026 | Austin"))) == []


def test_numbered_stamps_share_their_shape_from_the_date_on() -> None:
    # "1 Emily October 25, 2012 at 10:47 pm", "2 Nate @ House of Annie October 25, …": the
    # comment's number and its author's words before the date differ from one to the next.
    names = ("Emily", "Nate @ House of Annie", "Averie @ Averie Cooks", "Kathryn",
             "alexandra @ sweet betweens [blog]")
    blocks: list[list[str]] = []
    for n, name in enumerate(names):
        blocks += [[f"{n + 1} {name} October {n + 3}, 2012 at 10:4{n} pm"], [COMMENT],
                   ["Reply"], ["Report"], ["Like"], ["Tweet"], ["Share"]]
    assert len(_stamp_texts(render(blocks))) == 5


def test_stamps_that_trail_off_with_an_ellipsis_make_a_thread() -> None:
    # "On October 29, 2012 at 2:35am, Rosa said...": the dots end no sentence.
    stamps = _stamp_texts(render(_thread("On July {day}, 2012 at 4:{day:02d} pm, {name} said...")))
    assert len(stamps) == 5


def test_the_story_s_own_byline_stamp_is_not_part_of_the_thread() -> None:
    # The byline has another shape than the comments' stamps under the story.
    text = render([["by Jane Doe on June 27, 2012"], *[[p] for p in STORY],
                   *_thread("{name} July {day}, 2012 at 4:{day:02d} pm")])
    stamps = _stamp_texts(text)
    assert "by Jane Doe on June 27, 2012" not in stamps
    assert len(stamps) == 5


def test_names_of_any_length_make_one_shape() -> None:
    assert len(_stamp_texts(render(_thread("0{day}. Jul, 2012 / {name} says:")))) == 5


def test_a_long_comment_does_not_break_the_thread() -> None:
    blocks = _thread("{name} July {day}, 2012 at 4:{day:02d} pm", 3)
    blocks += [["Some Reader July 9, 2012 at 4:09 pm"], *[[COMMENT] for _ in range(20)],
               *_thread("{name} July {day}, 2012 at 5:{day:02d} pm", 2)]
    assert len(_stamp_texts(render(blocks))) == 6


def test_a_short_story_over_a_thread_without_a_heading_is_the_article() -> None:
    # No "Comments" heading: the comments, wordier than the story, are told by their
    # stamps, and the story above them is the article.
    long_comment = " ".join(SENTENCES)
    blocks: list[list[str]] = [list(MENU_ITEMS), ["Forgiving your enemies"],
                               ["by Jane Doe on June 27, 2012"], [STORY[0]], [STORY[1]]]
    for n in range(6):
        blocks += [[f"{READERS[n % 5]} July {n + 3}, 2012 at 4:1{n} pm"], [long_comment],
                   [long_comment], ["Reply"]]
    blocks.append(list(MENU_ITEMS))
    article = newsparse.parse(render(blocks))
    assert [p.text for p in article.paragraphs] == STORY[:2]


def test_a_comment_head_of_a_name_and_a_stamp_with_a_slash_makes_a_thread() -> None:
    # "Jean" / "November 8, 2012 / Permalink": a two-line head whose slash reads as code.
    blocks: list[list[str]] = []
    for n in range(5):
        blocks += [[READERS[n], f"November {n + 3}, 2012 / Permalink"], ["You look amazing!"]]
    assert len(_stamp_texts(render(blocks))) == 5


def test_a_one_paragraph_post_over_a_wordier_thread_is_the_article() -> None:
    # One paragraph boxed in by its title and a comment count, then comments of short
    # sentences, which together outweigh the post: the thread is no story.
    post = " ".join(SENTENCES[:2])
    cheers = ["I really like your blog, dear friend!", "Keep up with the great work please!",
              "And your look is so city chic today!"]
    blocks: list[list[str]] = [["example.com About / Contact"], ["CRUISING THE STREETS"],
                               [post], ["6 Comments"]]
    for n in range(6):
        blocks += [[READERS[n % 5], f"November {n + 3}, 2012, | Permalink"], cheers]
    blocks += [["Archives"], list(MENU_ITEMS)]
    article = newsparse.parse(render(blocks))
    assert [p.text for p in article.paragraphs] == [post]


def test_a_link_list_parted_by_bars_after_the_story_is_no_code_kept_with_it() -> None:
    # Bars part the links of a list of other stories: no code block, which would weigh
    # nothing and carry the story's region (and its preformatted text) through the list.
    links = ["NHL, NHLPA resume talks in NY | Fehr", "White House visits: Stars | Wings",
             "Hall of Famers: Last 20 years | Steady Sakic", "Winter Classic off | Tickets"]
    blocks = [list(MENU_ITEMS), [STORY[0]], [STORY[1]], [STORY[2]], ["TOP HEADLINES"], links,
              ["Contact us"], [" ".join(SENTENCES[:2]) + " It is the official site."]]
    article = newsparse.parse(render(blocks))
    assert [p.text for p in article.paragraphs] == STORY


def test_a_teaser_glued_to_its_date_is_not_the_prose_between_stamps() -> None:
    # html2text writes a linked teaser's section, headline and date on one line, long
    # enough to pass for prose; a stamp line is never the comment between two stamps.
    teasers = [[f"[BiologyStory number {n} of the week in the news December {n + 3}, 2007"
                f" 04:4{n} PM](/s/{n})" for n in range(3)]]
    story = [["[Home](/) [News](/n)"], ["August 9, 2012 03:41 PM | [Biology](/b)"],
             *[[p] for p in STORY], *teasers]
    assert _stamp_texts(render(story)) == []


# A comment form's notes, as the web's comment systems word them.
FORM_NOTES = [
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.",
    "You can follow any responses to this entry through the RSS 2.0 feed.",
    "You must be logged in to post a comment.",
    "Comments are moderated, and will not appear until the author has approved them.",
]


def test_a_comment_form_s_notes_are_told_and_a_story_s_sentences_are_not() -> None:
    story = ["We e-mailed the council, which replied in a comment to the paper.",
             "Readers sent in their responses by the hundred.",
             "Share your thoughts in the comments below."]
    lines = split_lines(render([[line] for line in FORM_NOTES + story]), OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    assert [lines[i][TEXT] for i in sorted(form_notes(lines, features, OPTIONS))] == FORM_NOTES


def test_a_short_post_over_a_comment_form_is_the_article() -> None:
    # Two short lines of a post under its headline and date, then the form: its notes
    # read as sentences and weighed more than the post.
    post = ["We walked along the river after lunch.",
            "The ducks were out, and so was the sun."]
    blocks = [["Quiet Days", "Home", "About", "Contact"], ["A walk by the river"],
              ["March 3, 2024"], *[[line] for line in post], ["Posted in Walks"],
              ["Leave a Reply"], [FORM_NOTES[0]], ["Name *"], ["Email *"],
              *[[note] for note in FORM_NOTES[1:3]], ["Notify me of new posts by email."]]
    article = newsparse.parse_text(render(blocks))
    assert [p.text for p in article.paragraphs] == post


def test_a_comment_form_s_note_is_not_the_fallback_story() -> None:
    # No line reads as prose: the densest run of text is the poem, not the form's note.
    poem = ["He sang of the storms,", "and of the peace they bring."]
    blocks = [["Home", "Archives"], ["A Verse"], poem, ["Leave a Reply"],
              ["You may use these HTML tags and attributes: <a href> <b> <blockquote> "
               "<cite> <code> <em> <i> <q cite> <strike> <strong>"]]
    article = newsparse.parse_text(render(blocks))
    assert "HTML" not in article.body
