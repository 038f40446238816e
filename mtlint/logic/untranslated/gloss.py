"""Deliberate foreign text: quoted or bracketed and translated, or named as a mention.

``“Мы победим,” which translates as “We will win”``, ``“Merdeka!” (“Freedom!”)``,
``“Le lagon n’est pas un parc,” said the mayor. “The lagoon is not a park.”``,
``Xi Jinping (习近平)``, ``(Chinese: 习近平)``, ``the slogan “Bhinneka Tunggal
Ika”`` and words set in italics or single quotes (``*gotong royong*``,
``‘tidak’``) are the writer's choice, not MT residue. A source sentence left bare
before its translation is residue, so bare text needs an explicit marker
(``… (meaning …)``). The marker phrases and English words are pack data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document import Span
from mtlint.document.span import SpanSet
from mtlint.tables.order import longest_first

if TYPE_CHECKING:
    from mtlint.document import Document

#: how far around the foreign text brackets and markers are looked for
_REACH: Final = 120
#: how far after a foreign quotation its English translation may follow as another quotation
_TRANSLATION_REACH: Final = 240
#: an English quotation has at least this many English function words
_ENGLISH_WORDS: Final = 2
_WORD: Final = compile_pattern(r"[\p{L}'’]+")
#: a translation right after quoted text: ``(“We will win”)``, ``— “We will win”``
_TRANSLATION_AFTER: Final = compile_pattern(r"(?:\(\s*[\"“‘']?|[—–-]\s*[\"“‘']|[\"“‘])\s*\p{Latin}")
#: a bracketed translation after bare text: ``Merdeka (freedom)``
_BRACKETED_AFTER: Final = compile_pattern(r"\(\s*[\"“‘']?\s*\p{Latin}")
#: ``(Chinese: 习近平``, ``(pinyin: …``: a labelled original form
_LABEL: Final = compile_pattern(r"\(\s*\p{Latin}[\p{Latin} ]{1,20}:\s*$")
#: what a bracketed original form may follow: a capitalised name or a closing quote mark
_NAME_OR_QUOTE_END: Final = compile_pattern(r"(?:\p{Lu}[\p{Latin}\p{M}'’.-]*|[\"”’'])\s*$")
_SET_OFF: Final = {("*", "*"), ("_", "_"), ("‘", "’"), ("'", "'")}


class GlossMarkers:
    """Words announcing a translation after foreign text (``which means``), a
    mention before it (``the slogan``), and English function words (to tell an
    English quotation that translates a foreign one)."""

    def __init__(self, after: Iterable[str], before: Iterable[str],
                 english: Iterable[str]) -> None:
        self.after = tuple(sorted({m.casefold() for m in after}, key=longest_first))
        self.before = tuple(sorted({m.casefold() for m in before}, key=longest_first))
        self.english = frozenset(w.casefold() for w in english)

    def is_deliberate(self, doc: Document, start: int, end: int) -> bool:
        """Whether the foreign text at ``[start, end)`` is glossed, labelled or a mention."""
        text = doc.lint_text
        if _set_off(text, start, end):
            return True
        outer = _container(doc, start, end)
        bare = outer == Span(start, end)
        after = text[outer.end : outer.end + _REACH].lstrip(" \t,;:")
        before = text[max(0, outer.start - _REACH) : outer.start]
        return (self._marked_after(after)
                or bool((_BRACKETED_AFTER if bare else _TRANSLATION_AFTER).match(after))
                or self._translated_later(doc, outer)
                or self._mention_before(before)
                or (text[outer.start] == "(" and bool(_NAME_OR_QUOTE_END.search(before)))
                or bool(_LABEL.search(text, max(0, start - 40), start)))

    def _marked_after(self, after: str) -> bool:
        rest = after.lstrip("(—–- \t\"“‘'").casefold()
        return bool(self.after) and rest.startswith(self.after)

    def _translated_later(self, doc: Document, quote: Span) -> bool:
        """A quotation followed, in its paragraph, by an English one (after an attribution)."""
        # by bisection: scanning every quotation and paragraph for each foreign quotation
        # took minutes on a 30 MB file
        if doc.lint_text[quote.start] == "(" or not doc.quotes.holds(quote):
            return False
        paragraphs = doc.memo("gloss.paragraphs", lambda: SpanSet(doc.paragraphs))
        paragraph = paragraphs.find(quote.start) or quote
        limit = min(paragraph.end, quote.end + _TRANSLATION_REACH)
        other = doc.quotes.first_from(quote.end)  # the next quotation
        if other is None or other.start >= limit:
            return False
        words = _WORD.findall(doc.lint_text, other.start, other.end)
        english = sum(w.casefold() in self.english for w in words)
        # a short translation ("Everyone should have electricity.") is half English
        return english >= _ENGLISH_WORDS or (english >= 2 and 2 * english >= len(words))

    def _mention_before(self, before: str) -> bool:
        tail = before.rstrip(" \t\"“‘'(*_").casefold()
        return bool(self.before) and tail.endswith(self.before)


def _container(doc: Document, start: int, end: int) -> Span:
    """The quotation or brackets around the foreign text, else the text itself."""
    quote = doc.quotes.find(start)
    if quote is not None and quote.end >= end:
        return quote
    text = doc.lint_text
    opening = text.rfind("(", max(0, start - _REACH), start)
    if opening >= 0 and ")" not in text[opening:start]:
        closing = text.find(")", end, end + _REACH)
        if closing >= 0 and "(" not in text[end:closing]:
            return Span(opening, closing + 1)
    return Span(start, end)


def _set_off(text: str, start: int, end: int) -> bool:
    """``*tidak*``, ``_tidak_``, ``‘tidak’``: a word set off the way English marks
    foreign terms."""
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    return (before, after) in _SET_OFF
