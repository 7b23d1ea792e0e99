"""The evidence that makes a capitalised opening a dateline's place.

Most leads open with a capitalised word, so a place is only taken as such when the
evidence agrees: the gazetteer knows it, or it is in capitals before a dash, or a date or
a known agency comes with it; and a colon, which follows labels far more often than
places, asks for more.
"""

from __future__ import annotations

from newsparse._dateline.grammar import Place, Separator, Source, name_run
from newsparse._dateline.tokens import (
    WORD,
    LeadTokens,
    is_caps,
    is_name_word,
    line_end,
    span,
    text_at,
    token,
)
from newsparse._dateline.words import (
    PLACE_PARTICLES,
    PLACE_PREFIXES,
    TOWN_ENDINGS,
    is_label,
    is_outlet_word,
    is_rubric,
    key,
)

# Endings of abstract nouns in the languages we read: a capitalised opening ending so is a
# rubric or a topic ("MEINUNG", "DELAÇÃO DA ODEBRECHT", "DÉCRYPTAGE"), seldom a town.
_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "keit", "schaft", "ismus", "ção", "ções", "são", "sões",
    "ción", "ciones", "sión", "siones", "zione", "zioni", "tion", "tions", "sion",
    "isme", "ismo", "ität", "idade", "idad", "ment", "mento", "menti", "age", "ure",
    "ness", "ship", "ncia", "nza", "ство", "ние", "ция",
)


def _sentence_follows(head: LeadTokens, i: int) -> bool:
    """True when a sentence, not a headline, starts at ``i``: a capital, then a sentence
    end on the line (or a line too long to be a headline)."""
    opener = text_at(head, i)
    if not opener or not (opener[0].isupper() or opener[0] in "\"“‘«"):
        return False
    return not head.line_complete or any(
        tok.text.endswith((".", "!", "?")) for tok in head.tokens[i + 1 :]
    )


def opens_sentence(text: str) -> bool:
    """True when ``text`` may begin a sentence: a capital, a digit or a quote."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘«'")


def accept_place(
    head: LeadTokens,
    place: Place,
    *,
    dated: bool,
    source: Source | None,
    sep: Separator | None,
    after: int,
    dotted: bool = False,
) -> bool:
    """Whether the evidence makes ``place`` a dateline's place and not a capitalised word.

    ``dotted`` is a Mexican ".-" separator, which follows datelines and section names
    ("Internacional.-") but hardly anything else.
    """
    if place.label_like:
        return False
    if sep is not None and not sep.colon:
        return (dotted and not place.known and not _noun_like(place)) or _accept_dash(
            head, place, dated=dated, source=source, after=sep.end
        )
    if sep is not None:
        vouched = dated or (source is not None and source.known)
        return _accept_colon(head, place, sep, vouched=vouched)
    if source is not None:
        # CNN style, nothing between the source and the story: "Hong Kong (CNN Business)A".
        return source.known
    # Nothing after the place: only a place alone on its line ("Pittsburgh\n\nBody"),
    # not a list entry such as "SpaceX, Hawthorne, California", nor a menu's "US & Canada"
    # or "Eswatini (Swaziland)".
    if place.parts > 1 or "(" in place.text:
        return False
    alone = place.city_known or (place.regions == 1 and place.region_known)
    return line_end(head, after) and (alone or (dated and (place.caps or place.regions > 0)))


def _accept_colon(head: LeadTokens, place: Place, sep: Separator, *, vouched: bool) -> bool:
    """Colons follow labels ("DEAR ABBY:", "US:", "England (Group A):") far more often
    than places. A city in capitals ("NEW DELHI:"), a city and its region, or a city
    before a sentence ("Mumbai: The…", not "Paris: the city of…") will do."""
    if place.is_city and (place.caps or _sentence_follows(head, sep.end)):
        return True
    return (place.known and (place.regions > 0 or vouched)) or (place.caps and vouched)


def _accept_dash(
    head: LeadTokens, place: Place, *, dated: bool, source: Source | None, after: int
) -> bool:
    if place.parts > 1 and _noun_like(place):
        return False  # a section's name: "U.S. & World —", "Hollywood & Entertainment —"
    if place.known or dated or source is not None:
        return place.known or dated or (source is not None and (source.known or place.caps))
    if _noun_like(place):
        return False
    if place.parts > 1:
        # "Saalfelden / Zell am See –", "DUBAI/PARIS –": towns filed from at once; not
        # "Obama/Biden –" or "AC/DC –".
        return _place_shaped(place, prefixes=True) or _caps_places(place)
    story = token(head, after)
    if _place_shaped(place, prefixes=False) or (
        _town_word(place) and story is not None and story.text[0].isupper()
    ):
        return True  # "Neumarkt am Wallersee –", "Oberhausen – Die Stadt…"
    return place.caps and not place.acronym_like and not _shouting(head, after)


def _place_shaped(place: Place, *, prefixes: bool) -> bool:
    """True when the name is built like a place's: a particle only place names carry
    ("Zell am See"), or, with ``prefixes``, a part opening with "Bad", "Sankt", "São"."""
    city = place.text.split(",", 1)[0]
    for part in city.split("/"):
        words = part.split()
        if any(word in PLACE_PARTICLES for word in words[1:-1]):
            return True
        if prefixes and len(words) > 1 and key(words[0]) in PLACE_PREFIXES:
            return True
    return False


def _town_word(place: Place) -> bool:
    """True for one capitalised word with a German or Dutch town's ending: "Oberhausen"."""
    word = place.text
    return (
        place.parts == 1
        and place.regions == 0
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and len(word) >= 7
        and word.endswith(TOWN_ENDINGS)
    )


def _caps_places(place: Place) -> bool:
    """True when every joined place is a name in capitals, not an acronym ("AC/DC")."""
    city = place.text.split(",", 1)[0]
    return place.caps and all(
        sum(ch.isalpha() for ch in part) >= 3 for part in city.split("/")
    )


def _noun_like(place: Place) -> bool:
    """True when a word of the place is a rubric or ends like an abstract noun."""
    for word in place.text.replace("/", " ").split():
        bare = word.strip(".,").casefold()
        if is_rubric(bare) or (len(bare) > 4 and bare.endswith(_NOUN_ENDINGS)):
            return True
    return False


def accept_source_first_place(place: Place, *, dated: bool) -> bool:
    """A place after a credit that opens the lead ("(AP) HONOLULU -"): the place must be
    known or in capitals, as a sentence's first words after a credit are not."""
    if place.label_like or (_noun_like(place) and not place.known):
        return False
    return place.known or (place.caps and (dated or not place.acronym_like))


def accept_run_on(head: LeadTokens, place: Place, j: int, *, dated: bool) -> bool:
    """A place with no separator before the story at ``j``.

    Either the place's own period closes it ("Lecce. Il sindaco…": a known city, or a
    place with its region) or, where a feed dropped the dash, a place in capitals with
    its region or date runs into a sentence ("BAGHDAD, Iraq The …").
    """
    if place.label_like:
        return False
    after = token(head, j)
    if after is None or after.kind != WORD or not after.text[0].isupper():
        return False
    if place.text.endswith(".") and not place.abbreviated:
        return place.is_city or (place.regions > 0 and (place.known or place.caps))
    if place.abbreviated and place.regions > 0 and place.region_known:
        return not is_caps(after) and place.known  # "Toluca, Mex. La policía…"
    city = place.text.split(",", 1)[0]
    dated_after_comma = dated and text_at(head, place.end) == ","
    return (
        place.caps
        and len(city) >= 4
        # A region alone needs a known city: "RANDY SPORTAK, Calgary Sun" is a byline.
        and (dated_after_comma or (place.region_known and place.city_known))
        and not is_caps(after)
    )


def is_outlet_name(head: LeadTokens, i: int) -> Source | None:
    """An outlet's name opening the lead without brackets: capitalised words, the last
    an outlet's noun ("Multichannel News -", "Investor's Business Daily -")."""
    end = name_run(head, i, head.options.dateline_max_outlet_words)
    words = [t for t in head.tokens[i:end] if is_name_word(t)]
    if len(words) < 2 or not is_outlet_word(words[-1].text):
        return None
    if is_label(words[0].text) or is_rubric(words[0].text):
        return None
    return Source(end, span(head, i, end), False)


def _shouting(head: LeadTokens, i: int) -> bool:
    """True when the words after a dash are capitals too: a headline, not a story."""
    words = [token(head, k) for k in (i, i + 1)]
    return all(w is not None and w.kind == WORD and len(w.text) > 1 and is_caps(w) for w in words)
