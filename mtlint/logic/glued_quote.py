"""L103: a double quote mark glued to the words on both sides: ``what”black hearts”``.

Whether the mark opens or closes a quotation is read from the number of
double quote marks before it in the paragraph: after an even number it
opens, so the space goes before it; after an odd number it closes, so the
space goes after it. Marks between digits (``12"``) are left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.lines import line_at
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule
from mtlint.fix.model import Fix
from mtlint.logic.quote_marks import marks_in

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_LETTER: Final = compile_pattern(r"[^\W\d_]")


class GluedQuote(Rule):
    """Flags a double quote mark with letters on both sides; the fix adds the space."""

    OPTIONS: ClassVar[OptionTypes] = {}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        marks = marks_in(doc)
        for index, at in enumerate(marks):
            if not (0 < at < len(text) - 1 and _LETTER.match(text[at - 1])
                    and _LETTER.match(text[at + 1])):
                continue
            line = line_at(doc, at)
            line_start = line.start if line else 0
            # the marks before it on its line (sorted: counted by bisection, not a scan)
            opens = (index - bisect_left(marks, line_start, 0, index)) % 2 == 0
            insert = at if opens else at + 1
            role = "opening" if opens else "closing"
            fix = Fix.replace(insert, insert, " ", self.meta.applicability,
                              f"Add a space {'before' if opens else 'after'} the quote mark")
            yield self.diagnostic(at - 1, at + 2, fix=fix, role=role,
                                  match=doc.text[at - 1 : at + 2])
