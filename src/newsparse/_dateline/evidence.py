"""The evidence that makes a capitalised opening a dateline's place.

Most leads open with a capitalised word, so a place is only taken as such when the
evidence agrees: the gazetteer knows it, or it is in capitals before a dash, or a date or
a known agency comes with it; and a colon, which follows labels far more often than
places, asks for more.
"""

from __future__ import annotations

from newsparse._dateline.grammar import Place, Separator, Source
from newsparse._dateline.tokens import WORD, LeadTokens, is_caps, line_end, text_at, token


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
) -> bool:
    """Whether the evidence makes ``place`` a dateline's place and not a capitalised word."""
    if place.label_like:
        return False
    vouched = dated or (source is not None and source.known)
    if sep is not None and not sep.colon:
        return _accept_dash(head, place, dated=dated, source=source, after=sep.end)
    if sep is not None:
        # Colons follow labels ("DEAR ABBY:", "US:", "England (Group A):") far more often
        # than places. A city in capitals ("NEW DELHI:"), a city and its region, or a city
        # before a sentence ("Mumbai: The…", not "Paris: the city of…") will do.
        if place.is_city and (place.caps or _sentence_follows(head, sep.end)):
            return True
        return (place.known and (place.regions > 0 or vouched)) or (place.caps and vouched)
    if source is not None:
        # CNN style, nothing between the source and the story: "Hong Kong (CNN Business)A".
        return source.known
    # Nothing after the place: only a place alone on its line ("Pittsburgh\n\nBody"),
    # not a list entry such as "SpaceX, Hawthorne, California".
    alone = place.city_known or (place.regions == 1 and place.region_known)
    return line_end(head, after) and (alone or (dated and (place.caps or place.regions > 0)))


def _accept_dash(
    head: LeadTokens, place: Place, *, dated: bool, source: Source | None, after: int
) -> bool:
    if place.known or dated:
        return True
    if source is not None:
        return source.known or place.caps
    return place.caps and not place.acronym_like and not _shouting(head, after)


def _shouting(head: LeadTokens, i: int) -> bool:
    """True when the words after a dash are capitals too: a headline, not a story."""
    words = [token(head, k) for k in (i, i + 1)]
    return all(w is not None and w.kind == WORD and len(w.text) > 1 and is_caps(w) for w in words)
