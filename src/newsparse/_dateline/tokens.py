"""Split the head of a story lead into the tokens the dateline grammar reads.

Only a bounded window at the start of the text is tokenised: a dateline is short, so
the cost of looking for one does not grow with the paragraph it opens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

from newsparse._dateline.words import ARTICLE_PREFIXES, DOMAIN_SUFFIXES
from newsparse._options import ParseOptions

# Characters a lead may start with that carry nothing: byte-order and zero-width marks.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"

WORD = "word"
NUMDATE = "numdate"
DASH = "dash"
PUNCT = "punct"

# Every alternative starts on a different kind of character, and inside the word
# alternative each repetition must begin with a joiner that the letter run cannot take,
# so matching is linear. Joiners keep "N.Y.", "Itar-Tass", "O'Hare" and
# "PanARMENIAN.Net" whole; a trailing dot stays on the word ("Calif.", "Sept.", "4.").
_TOKEN = re.compile(
    r"(?P<numdate>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?![^\W_]))"
    r"|(?P<word>[^\W_]+(?:['’.\-][^\W_]+)*\.?)"
    r"|(?P<dash>-{2,3}|[—–―‒−]|_{1,2}|-)"
    r"|(?P<punct>\S)"
)


class Token(NamedTuple):
    """One token: its kind, its text and where it lies in the lead."""

    kind: str
    text: str
    start: int
    end: int


def _glued_sentence(word: str) -> int:
    """Where a word glued to the next sentence by a period splits ("Lima.El" → 5), or 0.

    Only a name of two letters or more, a period, then a capitalised word that is not a
    web address's ending ("PanARMENIAN.Net", "News.Az" stay whole).
    """
    dot = word.find(".")
    if dot < 2 or dot + 3 > len(word) or not word[:dot].isalpha():
        return 0
    tail = word[dot + 1 :].rstrip(".")
    if not tail.isalpha() or not (tail[0].isupper() and tail[1:2].islower()):
        return 0
    return 0 if tail.casefold() in DOMAIN_SUFFIXES else dot + 1


class Tokens(Sequence[Token]):
    """A head's tokens, made only as far as the grammar reads them: most leads are no
    dateline, and the grammar knows that after their first few words."""

    __slots__ = ("_made", "_matches")

    def __init__(self, matches: Iterator[re.Match[str]]) -> None:
        self._matches: Iterator[re.Match[str]] | None = matches
        self._made: list[Token] = []

    def _make(self, count: int) -> None:
        """Make tokens until there are ``count`` or none is left (``-1``: all of them)."""
        while self._matches is not None and (count < 0 or len(self._made) < count):
            match = next(self._matches, None)
            if match is None:
                self._matches = None
                break
            kind, text, start = match.lastgroup or PUNCT, match.group(), match.start()
            cut = _glued_sentence(text) if kind == WORD else 0
            if cut:
                # "Lima.El presidente…": a dateline's period with the story glued to it.
                self._made.append(Token(WORD, text[:cut], start, start + cut))
                text, start = text[cut:], start + cut
            self._made.append(Token(kind, text, start, start + len(text)))

    def has(self, i: int) -> bool:
        """True when there is a token at ``i`` (``i`` ≥ 0)."""
        if i < len(self._made):
            return True
        self._make(i + 1)
        return i < len(self._made)

    def get(self, i: int) -> Token | None:
        """The token at ``i``, or None past the end (or for ``i`` < 0)."""
        if i < 0:
            return None
        if i < len(self._made) or self.has(i):
            return self._made[i]
        return None

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            stop = index.stop
            simple = index.step is None and stop is not None and stop >= 0 and (
                index.start is None or index.start >= 0)
            self._make(stop if simple else -1)
            return self._made[index]
        if not 0 <= index < len(self._made):
            self._make(index + 1 if index >= 0 else -1)
        return self._made[index]

    def __len__(self) -> int:
        self._make(-1)
        return len(self._made)

    def __bool__(self) -> bool:
        return self.has(0)


class LeadTokens(NamedTuple):
    """The tokens of the lead's first line, or of its first ``window`` characters."""

    text: str
    tokens: Tokens
    #: True when the tokens run to the end of the first line (or of the text).
    line_complete: bool
    #: The options the grammar reads its word counts from (``dateline_*``).
    options: ParseOptions


def lead_tokens(text: str, window: int, options: ParseOptions) -> LeadTokens:
    """Tokenise the first line of ``text``, looking at no more than ``window`` characters."""
    start = 0
    while start < len(text) and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    limit = min(len(text), start + window)
    newline = text.find("\n", start, limit)
    if newline >= 0:
        stop, complete = newline, True
    else:
        stop, complete = limit, limit == len(text)
    return LeadTokens(text, Tokens(_TOKEN.finditer(text, start, stop)), complete, options)


def is_number(token: Token) -> bool:
    """True for a token of ASCII digits only."""
    return token.kind == WORD and token.text.isascii() and token.text.isdigit()


def is_name_word(token: Token) -> bool:
    """True for a capitalised word: the stuff of place and agency names."""
    if token.kind != WORD:
        return False
    text = token.text
    if any(ch.isdigit() for ch in text):
        return False
    if text[0].isupper():
        return True
    prefix, hyphen, rest = text.partition("-")
    return bool(hyphen) and prefix in ARTICLE_PREFIXES and rest[:1].isupper()


def is_caps(token: Token) -> bool:
    """True for a word written in capitals ("WASHINGTON", "N.Y.", "McALLEN")."""
    upper = lower = 0
    for ch in token.text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper > 0 and (lower == 0 or (upper >= 3 and lower <= 1))


def token(head: LeadTokens, i: int) -> Token | None:
    """The token at ``i``, or None past the end."""
    return head.tokens.get(i)


def text_at(head: LeadTokens, i: int) -> str:
    """The text of the token at ``i``, or "" past the end."""
    found = head.tokens.get(i)
    return found.text if found is not None else ""


def span(head: LeadTokens, i: int, j: int) -> str:
    """The text from token ``i`` up to token ``j`` (exclusive), white space squashed."""
    return " ".join(head.text[head.tokens[i].start : head.tokens[j - 1].end].split())


def line_end(head: LeadTokens, i: int) -> bool:
    """True when token ``i`` is past the last token of a complete first line."""
    return head.line_complete and not head.tokens.has(i)
