"""E101: a parenthetical that repeats what stands right before it.

MT produces ``North Korea (North Korea)`` when the source gave a name and
its abbreviation (``Korea Utara (Korut)``) and both translate alike. The
repetition may leave out a generic head noun of the name before it (``West
Manggarai Regency (West Manggarai)``) or put the head last (``the Ministry of
Energy and Mineral Resources (Energy and Mineral Resources Ministry)``); the
pack lists those heads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Applicability
from mtlint.tables.entities import Mention

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: a parenthetical; it starts at the blanks between it and the word before it, found
#: behind the "(" (a pattern opening with the lookbehind was tried at every position)
_PARENTHETICAL: Final = compile_pattern(r"\(([^()\n]{1,80})\)")
_VISIBLE: Final = compile_pattern(r"\S")
_WORD: Final = compile_pattern(r"[\w'’.-]+")
#: the last ``_WORD`` of a text, searched from its end
_LAST_WORD: Final = compile_pattern(r"(?r)[\w'’.-]+")
#: the most words a parenthetical repeating a name has
_MOST_WORDS: Final = 8
#: characters beyond the parenthetical's length in which the name before it is read:
#: room for a dropped head, or a moved one and its "of"
_SLACK: Final = 60


class RedundantParentheticalRule(Rule):
    """Flags ``X (X)`` and ``X (abbreviation never used again)``."""

    OPTIONS: ClassVar[OptionTypes] = {
        "dropped_heads": (list, False),
        "moved_heads": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        #: heads a repetition may leave out: "West Manggarai Regency (West Manggarai)"
        self.dropped = {str(w).casefold() for w in spec.options.get("dropped_heads", [])}
        #: heads a repetition may put last: "Ministry of Energy (Energy Ministry)"
        self.moved = {str(w).casefold() for w in spec.options.get("moved_heads", [])}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        found = [(start, match) for match in _parentheticals(text)
                 if (start := _after_word(text, match.start())) >= 0]
        if not found:
            return
        mentions = ctx.entities.mentions_in(doc)
        ends = {m.end: m for m in mentions}
        starts = {m.start: m for m in mentions}
        last_abbreviation = _last_abbreviations(mentions)
        for start, match in found:
            inner = match.group(1)
            paren = match.span()
            if self._repeats_words_before(text, start, inner):
                yield self._redundant(doc, paren, inner, Applicability.SAFE)
                continue
            before = ends.get(start)
            inside = starts.get(match.start(1))
            if before is None or inside is None or inside.end != match.end(1):
                continue
            if before.form.entity != inside.form.entity:
                continue
            if not inside.form.abbr and inside.form.name == before.form.name:
                yield self._redundant(doc, paren, inner, Applicability.SAFE)
            elif inside.form.abbr and last_abbreviation[inside.form.entity] < match.end():
                yield self._unused_abbreviation(doc, paren, inner)

    def _repeats_words_before(self, text: str, end: int, inner: str) -> bool:
        """Whether the words just before ``end`` are the parenthetical's words, perhaps
        with a dropped head after them or a moved head (``Ministry of``) before them."""
        last = _LAST_WORD.search(inner)
        if last is None:
            return False
        window = text[max(0, end - len(inner) - _SLACK) : end]
        # casefolding goes character by character: a word of the window folds to a part of
        # the folded window, so the words cannot be the same unless the last one is there
        # (a moved head stands before "of" in the window too); most parentheticals stop
        # here, before their words are all found
        if last.group().casefold() not in window.casefold():
            return False
        words = [w.casefold() for w in _WORD.findall(inner)]
        if len(words) > _MOST_WORDS:
            return False
        before = [w.casefold() for w in _WORD.findall(window)[-len(words) - 1 :]]
        if before[-len(words) :] == words:
            return True
        if len(before) <= len(words):
            return False
        *name, head = words
        return ((before[-1] in self.dropped and before[:-1] == words)
                or (head in self.moved and before == [head, "of", *name]))

    def _redundant(self, doc: Document, paren: tuple[int, int], inner: str,
                   applicability: Applicability) -> Diagnostic:
        fix = self.removal(doc, *paren, f"Remove the repeated '({inner})'")
        return self.diagnostic(*paren, fix=fix.with_applicability(applicability), inner=inner)

    def _unused_abbreviation(self, doc: Document, paren: tuple[int, int],
                             inner: str) -> Diagnostic:
        fix = self.removal(doc, *paren, f"Remove '({inner})'")
        message = (f"The abbreviation '({inner})' is introduced but never used again; "
                   "it only repeats the name before it")
        return self.diagnostic(*paren, message, fix.with_applicability(Applicability.UNSAFE))


def _parentheticals(text: str) -> Iterator[Any]:
    """``_PARENTHETICAL.finditer(text)``, the pattern tried only at each "(" (found by
    ``str.find``, many times faster than the pattern's scan)."""
    at = text.find("(")
    while at >= 0:
        match = _PARENTHETICAL.match(text, at)
        if match is not None:
            yield match
        at = text.find("(", match.end() if match is not None else at + 1)


def _after_word(text: str, bracket: int) -> int:
    """Where the blanks (spaces and tabs) between a word and the ``(`` at ``bracket``
    start, or -1 when white space of another kind or the text's start comes first."""
    start = bracket
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start if start > 0 and _VISIBLE.match(text, start - 1) else -1


def _last_abbreviations(mentions: list[Mention]) -> dict[str, int]:
    """Where each entity's abbreviation is last used: scanning all mentions for every
    parenthetical instead grew with the square of the text's length (issue 7)."""
    last: dict[str, int] = {}
    for m in mentions:
        if m.form.abbr:
            last[m.form.entity] = max(m.start, last.get(m.form.entity, -1))
    return last
