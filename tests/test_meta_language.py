"""Language: declared tags in canonical BCP 47 form, else a stop-word guess."""

from __future__ import annotations

import pytest

from newsparse._meta_language import first_language, guess_language, normalise_language


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
    assert guess_language(text) == language


def test_guess_language_refuses_short_or_unknown_text() -> None:
    assert guess_language("Too short to tell") is None
    assert guess_language(" ".join(["Xqzt"] * 60)) is None
