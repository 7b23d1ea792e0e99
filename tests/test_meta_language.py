"""Language: declared tags in canonical BCP 47 form, else a stop-word guess."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._reading.language import (
    checked_language,
    first_language,
    guess_language,
    language_sample,
    normalise_language,
)
from newsparse._reading.textstats import STOPWORDS, STOPWORDS_BY_LANGUAGE


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-us", "en-US"),
        ("en_US", "en-US"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("en, fr", "en"),
        ("de;q=0.9", "de"),
        ("und", None),
        ("x-default", None),
        ("english", None),
        ("", None),
    ],
)
def test_normalise_language(value: str, tag: str | None) -> None:
    assert normalise_language(value) == tag


def test_first_language_skips_blanks_and_non_tags() -> None:
    assert first_language([None, "", "und", "pt_BR", "en"]) == "pt-BR"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the plan would be ready by the end of the year and that it "
         "was one of the most important things the government had done for the people who "
         "live in the north of the country.", "en"),
        ("Le ministre a dit que le plan sera prêt à la fin de l'année et que c'est une des "
         "choses les plus importantes que le gouvernement a faites pour les gens qui vivent "
         "dans le nord du pays et pour les autres.", "fr"),
        ("Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird und dass "
         "es eine der wichtigsten Sachen ist, die die Regierung für die Menschen im Norden "
         "des Landes gemacht hat, und das ist nicht alles.", "de"),
    ],
)
def test_guess_language_from_function_words(text: str, language: str) -> None:
    assert guess_language(text, DEFAULT_OPTIONS) == language


_ENGLISH = ("The minister said that the plan would be ready by the end of the year and that it "
            "was one of the most important things the government had done for the people who "
            "live in the north of the country. ") * 4
_GERMAN = ("Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird und dass "
           "es eine der wichtigsten Sachen ist, die die Regierung für die Menschen im Norden "
           "des Landes gemacht hat, und das ist nicht alles. ") * 4


def test_a_declared_language_the_body_plainly_contradicts_yields_to_the_body() -> None:
    assert checked_language("de-DE", _ENGLISH, DEFAULT_OPTIONS) == "en"
    assert checked_language("en-US", _GERMAN, DEFAULT_OPTIONS) == "de"


def test_a_declared_language_stands_when_the_body_agrees_or_cannot_tell() -> None:
    assert checked_language("en-US", _ENGLISH, DEFAULT_OPTIONS) == "en-US"
    # Too short to overrule.
    assert checked_language("de", _GERMAN[:200], DEFAULT_OPTIONS) == "de"
    scores = "Viera 28, Rockledge 14. Melbourne 35, Palm Bay 7. " * 20
    # No language scores high either.
    assert checked_language("en", scores, DEFAULT_OPTIONS) == "en"
    # The stop words do not know Catalan.
    assert checked_language("ca", _ENGLISH, DEFAULT_OPTIONS) == "ca"


def test_guess_language_refuses_short_or_unknown_text() -> None:
    assert guess_language("Too short to tell", DEFAULT_OPTIONS) is None
    assert guess_language(" ".join(["Xqzt"] * 60), DEFAULT_OPTIONS) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("肉をくわえたイヌが、橋を渡っていました。"
         "ふと下を見ると、川の中にも肉をくわえたイヌがいます。", "ja"),
        ("翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，"
         "是许多人的梦想。科学家们正在研究新的方法。", "zh"),
        ("서울시는 오늘 새로운 교통 정책을 발표했다. "
         "시민들은 이번 정책이 출퇴근 시간을 줄일 것이라고 기대하고 있다.", "ko"),
        ("กรุงเทพมหานครประกาศมาตรการใหม่เพื่อแก้ปัญหาการจราจรในช่วงเวลาเร่งด่วนของทุกวัน", "th"),
        ("ראש העיר הודיע היום על תוכנית חדשה לשיפור התחבורה הציבורית בעיר ובסביבתה הקרובה.", "he"),
        ("Ο δήμαρχος ανακοίνωσε σήμερα ένα νέο σχέδιο για τη βελτίωση των δημόσιων συγκοινωνιών "
         "στην πόλη.", "el"),
        ("أعلن رئيس البلدية اليوم عن خطة جديدة لتحسين وسائل النقل العام "
         "في المدينة وضواحيها القريبة.", "ar"),
        ("شهردار امروز از برنامه‌ای تازه برای بهبود حمل و نقل عمومی در شهر و حومه‌های نزدیک آن خبر "
         "داد. این برنامه چند سال طول می‌کشد.", "fa"),
        ("شہر کے میئر نے آج عوامی نقل و حمل کو بہتر بنانے کے لیے ایک نیا منصوبہ پیش کیا۔ یہ منصوبہ "
         "کئی سال میں مکمل ہوگا۔", "ur"),
        # a script several languages write: no guess
        ("नगर के महापौर ने आज सार्वजनिक परिवहन को बेहतर बनाने के लिए एक नई योजना की घोषणा की।", None),
        # Latin letters with a few Greek ones: the script says nothing
        ("Die Werte α und β liegen nahe beieinander, sagt Forscherin Anna Beck", None),
        # too few letters to tell
        ("東京 2020", None),
    ],
)
def test_guess_language_from_the_script(text: str, language: str | None) -> None:
    assert guess_language(text, DEFAULT_OPTIONS) == language


def test_a_japanese_quote_in_chinese_text_does_not_make_it_japanese() -> None:
    chinese = "翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是许多人的梦想。" * 4
    assert guess_language(chinese + "「いいね」", DEFAULT_OPTIONS) == "zh"


# Paragraphs in several languages and scripts, and options that read short heads of them,
# so that the sample stops inside the texts as often as after them.
_PARAGRAPHS = st.sampled_from([
    _ENGLISH, _GERMAN, _ENGLISH[:90], _GERMAN[:70], "東京で会議が開かれた。", "北京举行了会议。",
    "Στην Αθήνα έγινε συνεδρίαση.", "Home", "", "1 2 3",
])
_SAMPLE_OPTIONS = st.builds(
    lambda guess, check, script: attrs.evolve(
        DEFAULT_OPTIONS, meta_language_guess_words=guess, meta_language_min_guess_words=1,
        meta_language_check_words=check, meta_language_min_check_words=1,
        meta_language_script_sample_chars=script),
    st.integers(1, 60), st.integers(1, 60), st.integers(1, 400))


@settings(max_examples=200)
@given(st.lists(_PARAGRAPHS, max_size=12), _SAMPLE_OPTIONS | st.just(DEFAULT_OPTIONS),
       st.sampled_from(["en", "de", "ja", "fr-CA"]))
def test_the_language_sample_gives_what_the_whole_text_gives(
    texts: list[str], options: ParseOptions, declared: str
) -> None:
    whole = "\n\n".join(texts)
    sample = language_sample(texts, options)
    assert whole.startswith(sample)
    assert guess_language(sample, options) == guess_language(whole, options)
    assert checked_language(declared, sample, options) == checked_language(declared, whole,
                                                                          options)


def test_the_language_sample_stops_where_the_readers_stop() -> None:
    sample = language_sample([_ENGLISH] * 10_000, DEFAULT_OPTIONS)
    assert len(sample) < 2 * max(DEFAULT_OPTIONS.meta_language_guess_words * 8,
                                 DEFAULT_OPTIONS.meta_language_script_sample_chars)


def test_every_language_s_stop_words_are_stop_words() -> None:
    # The stop-word guess counts only the words of STOPWORDS: a language's word left out
    # of it would never count for its language.
    for stopwords in STOPWORDS_BY_LANGUAGE.values():
        assert stopwords <= STOPWORDS
