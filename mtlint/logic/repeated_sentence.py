"""D102: a sentence given twice in one article, within a paragraph or across paragraphs.

Sentences of at least ``min_words`` words are compared ignoring case and
closing punctuation. A sentence that repeats an earlier one up to a clause
break (``X, which freed …`` then ``X.``), or the other way round, counts
too. A sentence whose whole line repeats an earlier line is left to D101,
which reports the paragraph once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.lines import line_at, lines, lowered
from mtlint.document.span import Span
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_CLOSING: Final = " .!?\u2026"
_OPENING: Final = 30  # characters that index sentences for the repeated-beginning check


class RepeatedSentence(Rule):
    """Flags each later copy of a sentence; the unsafe fix deletes it."""

    OPTIONS: ClassVar[OptionTypes] = {
        "min_words": (int, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.min_words = int(spec.options["min_words"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        low = lowered(doc)
        if not _openings_repeat(low, doc.sentences):
            return
        first: dict[str, Span] = {}
        by_opening: dict[str, list[tuple[str, Span]]] = {}
        repeated_lines: set[int] | None = None
        for sentence in doc.sentences:
            key = low[sentence.start : sentence.end].rstrip(_CLOSING)
            earlier: Span | None = first.setdefault(key, sentence)
            if earlier is sentence:
                earlier = _repeated_opening(by_opening, key, sentence)
            if earlier is None or len(key.split()) < self.min_words:
                continue
            if repeated_lines is None:
                repeated_lines = _repeated_line_starts(doc)
            line = line_at(doc, sentence.start)
            if line is not None and line.start in repeated_lines:
                continue
            where, _ = doc.position(earlier.start)
            fix = self.removal(doc, sentence.start, sentence.end, "Remove the repeated sentence")
            yield self.diagnostic(sentence.start, sentence.end, fix=fix, line=str(where))


def _openings_repeat(low: str, sentences: list[Span]) -> bool:
    """Whether two sentences open alike: ``key[:_OPENING].rstrip(_CLOSING)`` is the same
    for both, where ``key`` is the sentence in lower case without its closing. Sentences
    that repeat one another, or the beginning of one another, have equal openings; this
    finds out with ``_OPENING`` characters of each sentence, not the whole sentence."""
    openings = {low[s.start : min(s.end, s.start + _OPENING)].rstrip(_CLOSING)
                for s in sentences}
    return len(openings) < len(sentences)


def _repeated_line_starts(doc: Document) -> set[int]:
    """Starts of the lines that repeat an earlier line word for word."""
    low = lowered(doc)
    seen: set[str] = set()
    repeated = set()
    for line in lines(doc):
        key = low[line.start : line.end].rstrip(_CLOSING)
        if key in seen:
            repeated.add(line.start)
        seen.add(key)
    return repeated


def _repeated_opening(by_opening: dict[str, list[tuple[str, Span]]], key: str,
                      sentence: Span) -> Span | None:
    """An earlier sentence that this one repeats the beginning of, or that repeats its own.

    Only a repeat that stops at a clause break counts: ``X, which …`` then ``X.``.
    """
    candidates = by_opening.setdefault(key[:_OPENING], [])
    found = None
    for other_key, other in candidates:
        shorter, longer = sorted((key, other_key), key=len)
        if longer.startswith(shorter) and longer[len(shorter) : len(shorter) + 1] in ",;:(":
            found = other
            break
    candidates.append((key, sentence))
    return found
