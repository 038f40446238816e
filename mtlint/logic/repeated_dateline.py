"""D103: a dateline given twice: ``JAKARTA, KOMPAS.com - JAKARTA, KOMPAS.com - …``.

The ``patterns`` (pack data) are tried at the start of every line that has
a dash and a space within its first 90 characters.
A dateline repeated right after itself, or opening a later paragraph with
the same words as an earlier one, is flagged; the unsafe fix deletes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.document.lines import lines
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.kinds.pattern import PATTERN_TIMEOUT, compile_patterns
from mtlint.kinds.presence import holds_any, literal_ids

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


_DASHES: Final = "-\u2013\u2014"
_DASH: Final = compile_sre(f"[{_DASHES}][ \t]")
_LONGEST_DATELINE: Final = 90


class RepeatedDateline(Rule):
    """Flags the second copy of a dateline."""

    OPTIONS: ClassVar[OptionTypes] = {
        "patterns": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.patterns = compile_patterns(spec)
        self.dashes = literal_ids(dash + gap for dash in _DASHES for gap in " \t")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not holds_any(doc, self.dashes):
            return  # every line looked at has a ``_DASH`` match (lowering keeps dashes)
        text = doc.lint_text
        seen: set[str] = set()
        for line in lines(doc):
            start = line.core_start
            if not _DASH.search(text, start, min(line.end, start + _LONGEST_DATELINE)):
                continue  # every dateline ends with a dash within its first words
            end = self._dateline_end(text, start)
            if end is None:
                continue
            key = " ".join(lower(text[start:end]).split())
            if key in seen:
                yield self._finding(doc, start, end)
            seen.add(key)
            after = end
            while after < len(text) and text[after] in " \t":
                after += 1
            if not _may_begin(text, after, key):
                continue
            again = self._dateline_end(text, after)
            if again is not None and " ".join(lower(text[after:again]).split()) == key:
                yield self._finding(doc, after, again)

    def _dateline_end(self, text: str, start: int) -> int | None:
        for pattern in self.patterns:
            match = pattern.match(text, start, timeout=PATTERN_TIMEOUT)
            if match:
                return int(match.end())
        return None

    def _finding(self, doc: Document, start: int, end: int) -> Diagnostic:
        fix = self.removal(doc, start, end, "Remove the repeated dateline")
        return self.diagnostic(start, end, fix=fix, match=doc.text[start:end])


def _may_begin(text: str, at: int, key: str) -> bool:
    """Whether a copy of the dateline ``key`` may start at ``at``: its first character,
    in lower case, starts the key (or is white space, which the key leaves out)."""
    first = text[at : at + 1]
    return not key or first.isspace() or (bool(first) and key.startswith(lower(first)))
