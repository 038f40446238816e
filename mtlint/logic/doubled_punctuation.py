"""L105: punctuation typed twice: ``,,``, ``;;``, ``..``, ``said,.``, and six-dot ellipses.

A run of the marks in ``marks`` is looked up in ``replace`` (safe fixes)
and ``mixed`` (unsafe fixes, the writer may have meant either mark); runs of
``dots_from`` or more full stops (a Chinese ellipsis ``……`` rendered as
``......``) become ``...``. Three or four full stops are an ellipsis and are
left alone, and so is a run between digits (``1..5``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from mtlint.cache.patterns import compile_sre
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Applicability, Fix
from mtlint.kinds.presence import holds_any, literal_ids

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class DoubledPunctuation(Rule):
    """Flags doubled punctuation; the fix keeps one mark."""

    OPTIONS: ClassVar[OptionTypes] = {
        "marks": (str, True),
        "replace": (dict, True),
        "mixed": (dict, True),
        "dots_from": (int, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        marks = re.escape(str(spec.options["marks"]))
        self.run = compile_sre(f"[{marks}]{{2,}}")  # stdlib re scans classes faster
        self.replace = {str(k): str(v) for k, v in spec.options["replace"].items()}
        self.mixed = {str(k): str(v) for k, v in spec.options["mixed"].items()}
        self.dots_from = int(spec.options["dots_from"])
        #: every finding starts with one of these pairs (the shared scan finds them)
        self.pairs = literal_ids(sorted({k[:2] for k in (*self.replace, *self.mixed)} | {".."}))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        if not holds_any(doc, self.pairs):  # skips most texts (marks are the same lowered)
            return
        for match in self.run.finditer(text):
            start, end = match.span()
            if _between_digits(text, start, end):
                continue
            found = match.group()
            good, applicability = self._replacement(found)
            if good is None:
                continue
            fix = Fix.replace(start, end, good, applicability, f"Write '{good}'")
            yield self.diagnostic(start, end, fix=fix, match=found, replacement=good)

    def _replacement(self, found: str) -> tuple[str | None, Applicability]:
        if found in self.replace:
            return self.replace[found], self.meta.applicability
        if found in self.mixed:
            return self.mixed[found], Applicability.UNSAFE
        if set(found) == {"."} and len(found) >= self.dots_from:
            return "...", self.meta.applicability
        return None, Applicability.DISPLAY_ONLY


def _between_digits(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()
