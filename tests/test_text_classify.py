"""Text dumps, stage 2: line features, first labels and jusText-style smoothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import ParseOptions
from newsparse._reading.textstats import words
from newsparse._text import classify
from newsparse._text.classify import Label, first_label, first_labels, smooth
from newsparse._text.features import (
    _CAPTION,
    _HARD_WALL,
    _HARD_WALL_FIRSTS,
    _LABEL_FIRSTS,
    _LABELS_LINE,
    _LINK_PREFIX,
    _LOWER_HARD_WALL,
    _LOWER_OTHER_STORIES,
    _LOWER_POST_NAVIGATION,
    _LOWER_SOFT_WALL,
    _OTHER_STORIES,
    _POST_NAVIGATION,
    _SOFT_WALL,
    _SOFT_WALL_FIRSTS,
    LineFeatures,
    is_comment_head,
)
from newsparse._text.lines import Line
from pattern_words import first_words

OPTIONS = ParseOptions()
PROSE = (
    "The council said on Monday that it would not raise the tax this year, and that the "
    "money for the new bridge would come from the sale of the old depot instead."
)
G, S, N, B = Label.GOOD, Label.SHORT, Label.NEAR_GOOD, Label.BAD


def test_prose_is_good() -> None:
    assert first_label(LineFeatures.of(PROSE), OPTIONS) is Label.GOOD


def test_short_lines_are_short() -> None:
    assert first_label(LineFeatures.of("Oil and Gas"), OPTIONS) is Label.SHORT


def test_long_lines_without_function_words_or_sentences_are_bad() -> None:
    menu = "Events Hot 100 Billboard 200 Honda Stage AMAs Voting Chart Search Boxscore Beat"
    assert first_label(LineFeatures.of(menu), OPTIONS) is Label.BAD


@pytest.mark.parametrize(
    "line", ["Tags: archives, archives photo, photography", "Posted in history, photos",
             "Filed under: Events, Harrison", "Tagged as: fall, fall craft, tissue paper",
             "Categories: News", "Posted in: bc, cheap fun, vancouver"]
)
def test_a_post_s_labels_on_one_line_are_chrome(line: str) -> None:
    assert LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(
    "line", ["« A walk in the hills | Main | Notes on baking bread »",
             "« Older: A walk in the hills | Blog Home", "‹ Previous | Next ›",
             "« Vorige | Nächste »", "14 Photos | View Gallery »",
             "All Local Politics » | Politics Forum »"]
)
def test_a_bar_of_links_to_the_posts_around_a_post_is_chrome(line: str) -> None:
    assert LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(
    "line", ["Posted at 08:18 AM | Permalink", "November 9, 2012, | Permalink",
             "Go to permalink", "Advertise | AdChoices"]
)
def test_a_post_s_link_to_itself_and_an_ad_s_mark_are_chrome(line: str) -> None:
    assert LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(
    "line", ["Le maire a dit « non » au projet, et la séance fut levée.",
             "« Nous reviendrons », a promis la ministre.", "Sales | Profit | Margin",
             "It's a Girl for the Bachelorette »"]
)
def test_guillemets_without_a_bar_of_links_are_no_chrome(line: str) -> None:
    assert not LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(
    "line", ["Category 5 storms hit the coast twice this year.", "Tags are what the site uses",
             "Posted on Monday, the letter reached the mayor a week later.",
             # "terms of" is prose's ("in terms of cost"), not only a footer's link.
             "Here is how the plans compare in terms of cost."]
)
def test_a_story_s_line_opening_with_a_label_word_is_no_chrome(line: str) -> None:
    assert not LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(
    "line",
    ["© 2019 CNBC LLC. All Rights Reserved.", "Privacy Policy", "Sign up for our newsletter",
     "We use cookies to improve your experience"],
)
def test_chrome_phrases_are_bad(line: str) -> None:
    features = LineFeatures.of(line)
    assert features.chrome_phrase
    assert first_label(features, OPTIONS) is Label.BAD


@pytest.mark.parametrize(
    "line", ["Related Articles", "Share this:", "Tags", "Most Popular", "You may also like",
             "More from Sportsnet", "About the Author", "Related Recipes & Stories:",
             "Other news", "More tennis news...", "Also In The News", "Explore more",
             "People who read this also read:"]
)
def test_soft_walls(line: str) -> None:
    features = LineFeatures.of(line)
    assert features.soft_wall and not features.hard_wall


@pytest.mark.parametrize(
    "line", ["Comments", "34 Comments", "[ 167 comments ]", "Leave a Reply", "View Comments",
             "thelastchargersfan says:", "Milan Griffes on September 12, 2018 at 4:47 pm said:",
             "Comments are closed.", "Comments are now closed for this story",
             "Discussion about this post", "Comments on this article", "Comment on this post:",
             "Kommentare zu diesem Artikel", "Commentaires sur cet article",
             # The post's links to its neighbours, alone or over the neighbour's title.
             "PREVIOUS POST", "« Previous Post", "Next Article »", "Nächster Beitrag",
             "Article précédent", "Next post: Council keeps the tax as it is"]
)
def test_hard_walls(line: str) -> None:
    assert LineFeatures.of(line).hard_wall


@pytest.mark.parametrize(
    "line", ["In a wide-ranging interview, President Obama also said:", "Related coverage of the "
             "election is on our politics page, which the desk updates hourly.",
             "Comments are now closed for this story, the editor said, after the threats.",
             # A colon announces a list that the story may hold.
             "More games news:", "Other stories the council heard on Monday were shorter.",
             "Comments on this article were closed after the mayor's office complained.",
             "The next article in the series asks what the bridge will cost.", "Older Posts"]
)
def test_story_lines_are_no_walls(line: str) -> None:
    features = LineFeatures.of(line)
    assert not features.hard_wall and not features.soft_wall


@pytest.mark.parametrize(
    "line", ["22 Responses to “Continuous improvement: An Abbreviated List (And Yours?)”",
             "244 thoughts on “9 Best Online Course Selling Platforms For Creators (2026)”",
             "14 comments to What the council said about the bridge and the old depot sale"]
)
def test_a_count_of_comments_naming_a_long_headline_is_a_hard_wall(line: str) -> None:
    assert len(line) > ParseOptions().text_wall_max_chars
    assert LineFeatures.of(line).hard_wall


@pytest.mark.parametrize(
    "line", ["12 replies to the survey came from people who had never been to the meeting.",
             "3 thoughts on the new bridge were shared by the mayor at the meeting on Monday, "
             "and none of them were about money."]
)
def test_a_long_story_line_opening_with_a_count_is_no_wall(line: str) -> None:
    assert not LineFeatures.of(line).hard_wall


def test_cjk_lines_count_characters() -> None:
    line = "人工智能迈上新台阶，研究人员表示，新电脑已可利用记忆自学。"
    features = LineFeatures.of(line)
    assert features.n_words >= 10
    assert features.chars > len(line)


@pytest.mark.parametrize(
    ("labels", "want"),
    [
        # A short line between good lines is good (a heading); between bad lines, bad.
        ([G, S, G], [G, G, G]),
        ([B, S, B], [B, B, B]),
        # Between good and bad, a short line goes with the bad side.
        ([G, S, B], [G, B, B]),
        # Near-good lines are good unless bad lines surround them.
        ([G, N, B], [G, G, B]),
        ([B, N, B], [B, B, B]),
        # The edges of the page count as bad.
        ([S, G], [B, G]),
        ([], []),
    ],
)
def test_smooth(labels: list[Label], want: list[Label]) -> None:
    assert smooth(labels) == want


def test_smooth_runs_in_linear_time_on_long_menus() -> None:
    labels = [S] * 50_000 + [G] + [S] * 50_000
    out = smooth(labels)
    assert out.count(G) == 1


def _smooth_line_by_line(labels: list[Label]) -> list[Label]:
    """jusText's smoothing as written: every line looks for its nearest decided lines."""

    def nearest(seq: list[Label], i: int, step: int, undecided: set[Label]) -> Label:
        j = i + step
        while 0 <= j < len(seq):
            if seq[j] not in undecided:
                return seq[j]
            j += step
        return B

    out = list(labels)
    for i, label in enumerate(labels):
        if label is S:
            prev, nxt = nearest(labels, i, -1, {S, N}), nearest(labels, i, 1, {S, N})
            if prev is G and nxt is G:
                out[i] = G
            elif prev is B and nxt is B:
                out[i] = B
            else:
                loose = (nearest(labels, i, -1, {S}), nearest(labels, i, 1, {S}))
                out[i] = B if B in loose else G
    return [
        (B if nearest(out, i, -1, {S, N}) is B and nearest(out, i, 1, {S, N}) is B else G)
        if label is N else label
        for i, label in enumerate(out)
    ]


@given(st.lists(st.sampled_from([G, S, N, B]), max_size=40))
def test_smooth_by_runs_equals_smoothing_line_by_line(labels: list[Label]) -> None:
    # smooth() works a run of equal labels at a time; each line must end as it would alone.
    assert smooth(labels) == _smooth_line_by_line(labels)


def test_smooth_of_a_long_run_costs_one_step_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # A dump of a million short lines is one run: its neighbours are looked up once, not
    # once a line (the per-line loops made 1 MB of "x" lines cost seconds).
    looked_up: list[int] = []
    real = classify._nearest

    def counting(runs: list[tuple[Label, int]], *, skip_near_good: bool
                 ) -> tuple[list[Label], list[Label]]:
        looked_up.append(len(runs))
        return real(runs, skip_near_good=skip_near_good)

    monkeypatch.setattr(classify, "_nearest", counting)
    out = smooth([S] * 100_000 + [G] + [S] * 100_000)
    assert out == [B] * 100_000 + [G] + [B] * 100_000
    assert looked_up == [3, 3, 3]


@pytest.mark.parametrize(
    "line",
    ["Protesters have worn masks to protect their identities (Image: GETTY )",
     "Natalie Naccache | Getty Images", "Photo: Getty Images",
     "The core stage after the installation of its engines. (credit: NASA/Jude Guidry)",
     "The family at home in 1962 (Courtesy of the Smith family)",
     "SEE MORE: Hong Kong protests: 800 students under siege in university",
     "Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures"],
)
def test_captions_and_link_lead_ins_are_chrome(line: str) -> None:
    assert LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(
    "line",
    ["fetch(url).then(function(res) {", "console.log(res.status);", "});", "// a comment"],
)
def test_code_lines(line: str) -> None:
    assert LineFeatures.of(line).code


@pytest.mark.parametrize(
    ("line", "want"),
    [("Here's Where Commercial Landers Will Land on the Moon", True),
     ("The tour dates and the venues", False), ("Oil and Gas", False)],
)
def test_headline_case(line: str, want: bool) -> None:
    assert LineFeatures.of(line).headline_case is want


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Milan Griffes on September 12, 2018 at 4:47 pm said:", True),
        ("Jane Doe says:", True),
        ("Jane · March 10, 2017 at 12:20 AM", True),
        ("Comments", False),
        ("12 thoughts on “Open thread”", False),
    ],
)
def test_is_comment_head(line: str, head: bool) -> None:
    assert is_comment_head(line) is head


def test_a_comment_stamp_is_a_hard_wall() -> None:
    assert LineFeatures.of("Sallie Goetsch · March 10, 2017 at 12:20 AM").hard_wall
    assert not LineFeatures.of("November 19th, 2019 at 8:40 AM").hard_wall


@given(st.lists(st.sampled_from(("Image", "PHOTO", "pictures", "Foto", "bild", "Getty",
                                 "images", "(AP", "credit", "courtesy", "(", ")", ":", "s",
                                 "photograph", "İmage", "x", "1", "courteſy", "Pıcture",
                                 "\u212aredit", "“", "é")), min_size=1, max_size=8))
def test_every_line_the_caption_pattern_finds_is_chrome(parts: list[str]) -> None:
    line = " ".join(parts)
    if _CAPTION.search(line):  # the caption-word shortcut must never hide one
        assert LineFeatures.of(line).chrome_phrase


@given(st.lists(st.sampled_from(("Image", "PHOTO", "pictures", "Foto", "bild", "Getty",
                                 "images", "(AP", "Credit", "courtesy", "(", ")", ":", "s",
                                 "_", "1", "photo_", "x", " ", "  ")), min_size=1, max_size=10))
def test_every_glued_line_the_caption_pattern_finds_is_chrome(parts: list[str]) -> None:
    # The caption's words are looked for whole among the line's words: glued to figures,
    # "_" or letters, they must be told from the pattern's words as the pattern tells them.
    line = "".join(parts).strip() or "x"
    if _CAPTION.search(line):
        assert LineFeatures.of(line).chrome_phrase


@pytest.mark.parametrize(("pattern", "twin"), [(_SOFT_WALL, _LOWER_SOFT_WALL),
                                               (_HARD_WALL, _LOWER_HARD_WALL),
                                               (_OTHER_STORIES, _LOWER_OTHER_STORIES),
                                               (_POST_NAVIGATION, _LOWER_POST_NAVIGATION)])
def test_a_wall_s_lower_case_twin_can_read_ascii_lines_lower_cased(
        pattern: re.Pattern[str], twin: re.Pattern[str]) -> None:
    # Only so does the twin find what the case-blind pattern finds: every letter of the
    # pattern in lower case (escapes aside), no flag set inside it, and none of the
    # letters beyond ASCII that fold to an ASCII one.
    bare = re.sub(r"\\.", "", pattern.pattern)
    assert bare == bare.lower()
    assert re.search(r"\(\?[aiLmsux-]", pattern.pattern) is None
    assert not any(char in pattern.pattern for char in "ſıİ\u212a")
    assert twin.pattern == pattern.pattern and not twin.flags & re.IGNORECASE


def _wall_words(pattern: re.Pattern[str]) -> list[str]:
    return sorted(set(re.findall(r"[a-z]+", re.sub(r"\\.", " ", pattern.pattern))))


@given(st.data())
@pytest.mark.parametrize(("pattern", "twin"), [(_SOFT_WALL, _LOWER_SOFT_WALL),
                                               (_HARD_WALL, _LOWER_HARD_WALL),
                                               (_OTHER_STORIES, _LOWER_OTHER_STORIES),
                                               (_POST_NAVIGATION, _LOWER_POST_NAVIGATION)])
def test_a_wall_s_twin_finds_what_the_wall_finds_in_ascii_lines(
        pattern: re.Pattern[str], twin: re.Pattern[str], data: st.DataObject) -> None:
    words = st.sampled_from(_wall_words(pattern)).flatmap(
        lambda word: st.sampled_from((word, word.upper(), word.title())))
    parts = data.draw(st.lists(st.one_of(words, st.sampled_from(
        (" ", "  ", ":", "12", "-", "&", "'", "...", "x"))), min_size=1, max_size=8))
    line = " ".join(parts)
    assert (pattern.match(line) is None) == (twin.match(line.lower()) is None)
    assert LineFeatures.of(line.strip() or "x") is not None


@pytest.mark.parametrize("line", ["A view of the bay at dusk (courteſy NASA)",
                                  "«Le pont» (Photo: AFP)", "Pıcture: “the bridge”"])
def test_a_caption_beyond_ascii_is_chrome(line: str) -> None:
    # Case-blind, "ſ" is an "s" and "ı" an "i": no lower-casing shows the caption's word.
    assert LineFeatures.of(line).chrome_phrase


@given(st.text(alphabet="{};[/*}x ", min_size=1, max_size=12).map(str.strip).filter(bool))
def test_code_lines_are_those_the_code_pattern_finds(line: str) -> None:
    assert LineFeatures.of(line).code == bool(re.search(r"[{};\[]$|^(?://|/\*|[{}])", line))


@pytest.mark.parametrize("line", ["Videos More »", "It's a Girl for Bachelorette Jen Schefft »",
                                  "28 Photos | View Gallery »"])
def test_a_more_arrow_ends_no_sentence(line: str) -> None:
    assert not LineFeatures.of(line).ends_sentence


@pytest.mark.parametrize("line", ["That's the question we asked for t… Read More...",
                                  "Council Drops Tax Rise, Bridge Sale Delayed...",
                                  "On July 9, 2012 at 4:09 pm, Jane said...",
                                  "Here comes another tax rise — in the spring…"])
def test_a_line_cut_short_with_an_ellipsis_ends_no_sentence(line: str) -> None:
    # An excerpt, a headline cut to fit, a comment's head: no sentence ends there.
    assert not LineFeatures.of(line).ends_sentence


@pytest.mark.parametrize("line", ["News (1752)", "Guerreiro da Luz (192)", "October (18)",
                                  "Tutorials (1,204)"])
def test_a_count_in_brackets_ends_no_sentence(line: str) -> None:
    # An archive's or a category's entry, one of a list: no prose.
    assert not LineFeatures.of(line).ends_sentence


@pytest.mark.parametrize("line", ["The vote passed (by a wide margin).",
                                  "The council kept the tax (see the budget for 2012)",
                                  "It rose by a third (33)."])
def test_brackets_closing_a_sentence_still_end_it(line: str) -> None:
    assert LineFeatures.of(line).ends_sentence


def test_a_quote_closed_by_guillemets_ends_a_sentence() -> None:
    line = "Le maire a dit : « Nous ne lèverons pas l'impôt cette année »"
    assert LineFeatures.of(line).ends_sentence


def _label_words(pattern: re.Pattern[str]) -> list[str]:
    return sorted(set(re.findall(r"[a-z]+", re.sub(r"\\.", " ", pattern.pattern))))


@given(st.data())
@pytest.mark.parametrize("pattern", [_LINK_PREFIX, _LABELS_LINE])
def test_a_label_line_has_a_colon_or_opens_with_a_label_first(
        pattern: re.Pattern[str], data: st.DataObject) -> None:
    # The chrome test tries these patterns only on lines with a colon or opening with one
    # of _LABEL_FIRSTS: nothing else may match them.
    words = st.sampled_from(_label_words(_LINK_PREFIX) + _label_words(_LABELS_LINE)).flatmap(
        lambda word: st.sampled_from((word, word.upper(), word.title())))
    parts = data.draw(st.lists(st.one_of(words, st.sampled_from(
        (" ", "  ", ":", "12", "-", "ſ", "\u212a", "İ", "x", "é"))), min_size=1, max_size=6))
    line = " ".join(parts)
    if pattern.match(line):
        assert ":" in line or line[:1] in _LABEL_FIRSTS


@given(st.data())
def test_a_link_lead_in_has_a_colon(data: st.DataObject) -> None:
    # The chrome test tries _LINK_PREFIX only on lines with a colon: nothing else may match.
    words = st.sampled_from(_label_words(_LINK_PREFIX)).flatmap(
        lambda word: st.sampled_from((word, word.upper(), word.title())))
    parts = data.draw(st.lists(st.one_of(words, st.sampled_from(
        (" ", "  ", ":", "12", "-", "ſ", "\u212a", "İ", "x", "é", "："))), min_size=1,
        max_size=6))
    line = " ".join(parts)
    if _LINK_PREFIX.match(line):
        assert ":" in line


@pytest.mark.parametrize("line", [
    "Photo courtesy of NASA", "Getty Images", "Image credit NASA", "copyright notice",
    "Cookies", "Newsletter", "Login", "Sign up", "Privacy Policy", "Read more", "All rights",
    "Click here", "Follow us", "sponsored content", "Recommended for you"])
def test_a_chrome_word_or_pair_on_a_short_line_is_chrome(line: str) -> None:
    # Each list of words the chrome test looks for (captions' credits, furniture words,
    # furniture pairs) is reached past the shortcut for lines with none of them.
    assert LineFeatures.of(line).chrome_phrase
    assert not LineFeatures.of(" ".join(word[::-1] for word in line.split())).chrome_phrase


@pytest.mark.parametrize("line", ["Tagged as: fall", "tagged with craft", "Posted in News",
                                  "filed under Events", "FILED IN Archive", "Related: more"])
def test_label_lines_without_a_colon_first_are_chrome(line: str) -> None:
    assert LineFeatures.of(line).chrome_phrase


@given(st.text(st.sampled_from("aAbZ1_-'’ .İıſéÉ\u212a\u0301\u00a0\u3000\u1680ǅ"), max_size=40))
def test_a_line_of_few_tokens_is_in_no_headline_case(line: str) -> None:
    # Every long word opening with a letter holds a word token: the shortcut that skips
    # the headline test for lines of fewer tokens than it needs can change nothing.
    firsts = [w[0] for w in line.split() if len(w) >= OPTIONS.text_headline_word_chars
              and w[0].isalpha()]
    assert len(firsts) <= len(words(line))


@given(st.lists(st.tuples(
    st.sampled_from([PROSE, "Oil and Gas", "Tags: news", "Here's Where Landers Will Land Now",
                     "Events Hot 100 Billboard 200 Honda Stage AMAs Voting Chart Search Beat",
                     "It is.", "Comments"]),
    st.integers(1, 4), st.sampled_from([None, 0.0, 0.3, 0.9])), min_size=1, max_size=12))
def test_first_labels_are_each_line_s_first_label(
        rows: list[tuple[str, int, float | None]]) -> None:
    lines: list[Line] = [(text, i, size, None if share is None else (None, share, False))
                         for i, (text, size, share) in enumerate(rows)]
    features = [LineFeatures.of(text) for text, _, _ in rows]
    assert first_labels(lines, features, OPTIONS) == [
        first_label(f, OPTIONS, in_run=size > 2, link_share=share or 0.0)
        for f, (_, size, share) in zip(features, rows, strict=True)]


@pytest.mark.parametrize(("patterns", "firsts"), [
    ((_SOFT_WALL, _OTHER_STORIES), _SOFT_WALL_FIRSTS),
    ((_HARD_WALL, _POST_NAVIGATION), _HARD_WALL_FIRSTS | {"0"}),
])
def test_the_first_words_of_a_pattern_are_those_its_shortcut_looks_for(
        patterns: tuple[re.Pattern[str], ...], firsts: frozenset[str]) -> None:
    derived = set().union(*map(first_words, patterns))
    assert {word for word in derived if word.isascii()} == firsts


def test_the_first_words_walk_reads_a_pattern_as_it_matches() -> None:
    pattern = re.compile(r"^\W*(?:\d+\s*)?(?:(?:see|all)\s+)?(?:tags?|top\s+x)\W*(?:\d+)?$",
                         re.IGNORECASE)
    assert first_words(pattern) == {"0", "see", "all", "tag", "tags", "top"}
    with pytest.raises(ValueError, match="cannot tell"):
        first_words(re.compile(r"^\w+:"))


_FIRST_WORD_PARTS = st.sampled_from(sorted(
    _SOFT_WALL_FIRSTS | _HARD_WALL_FIRSTS
    | {"stories", "news", "this", "post", "a", "reply", "cancel", "under", "in", "on", "to",
       "of", "now", "you", "like"})).flatmap(
    lambda word: st.sampled_from((word, word.upper(), word.title())))


@given(st.lists(st.one_of(_FIRST_WORD_PARTS, st.sampled_from(
    (" ", "  ", ":", "12", "3", "-", "&", "'", "...", "x", "_", "»", "(", ")", "/", "$"))),
    min_size=1, max_size=8), st.booleans())
def test_ascii_lines_are_walls_as_the_patterns_read_them(parts: list[str], glue: bool) -> None:
    # The first-word shortcut of ASCII lines against the walls' patterns (on lines short
    # enough to be walls).
    line = ("" if glue else " ").join(parts)[:OPTIONS.text_wall_max_chars].strip() or "x"
    features = LineFeatures.of(line)
    assert features.soft_wall == (
        _SOFT_WALL.match(line) is not None
        or (line[-1] != ":" and _OTHER_STORIES.match(line) is not None))
    assert features.hard_wall == (
        _HARD_WALL.match(line) is not None or _POST_NAVIGATION.match(line) is not None
        or is_comment_head(line))
