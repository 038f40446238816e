"""E101: a parenthetical that repeats what stands right before it.

MT produces ``North Korea (North Korea)`` when the source gave a name and
its abbreviation (``Korea Utara (Korut)``) and both translate alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from mtlint.cache.patterns import compile_pattern
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.fix.model import Applicability
from mtlint.tables.entities import Mention

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: a parenthetical; it starts at the blanks between it and the word before it, found
#: behind the "(" (a pattern opening with the lookbehind was tried at every position)
_PARENTHETICAL = compile_pattern(r"\(([^()\n]{1,80})\)")
_VISIBLE = compile_pattern(r"\S")
_WORD = compile_pattern(r"[\w'’.-]+")


class RedundantParentheticalRule(Rule):
    """Flags ``X (X)`` and ``X (abbreviation never used again)``."""

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
            if _repeats_words_before(text, start, inner):
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


def _repeats_words_before(text: str, end: int, inner: str) -> bool:
    """Whether the words just before ``end`` are the parenthetical's words."""
    words = _WORD.findall(inner)
    if not words or len(words) > 8:
        return False
    window = text[max(0, end - len(inner) - 40) : end]
    # casefolding goes character by character: a word of the window folds to a part of
    # the folded window, so the words cannot be the same unless the last one is there
    if words[-1].casefold() not in window.casefold():
        return False
    before = _WORD.findall(window)[-len(words) :]
    return [w.casefold() for w in before] == [w.casefold() for w in words]


def _last_abbreviations(mentions: list[Mention]) -> dict[str, int]:
    """Where each entity's abbreviation is last used: scanning all mentions for every
    parenthetical instead grew with the square of the text's length (issue 7)."""
    last: dict[str, int] = {}
    for m in mentions:
        if m.form.abbr:
            last[m.form.entity] = max(m.start, last.get(m.form.entity, -1))
    return last
