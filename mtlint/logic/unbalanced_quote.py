"""L107: a double quotation mark without its partner in the paragraph.

A paragraph runs to a blank line, so a quotation may go on over a line
break of hard-wrapped text.

Curly marks are matched as pairs: a closing ``”`` with nothing open, or an
opening ``“`` while a quotation is already open, is reported. A straight
mark ``"`` opens when a space is before it and a word after it, closes
when a word or mark is before it and a space or punctuation after it, and
otherwise toggles; a closing one with nothing open,
or an opening one while another straight quotation is open, is reported. A straight mark closes
an open curly quotation (the mixed style is L108's finding). A quotation
left open at the end of a paragraph (or of a line) is fine when the next
paragraph (or line) opens with a quote mark: news style opens every
paragraph of a long quotation and closes only the last. Only reported: the
editor decides where the mark goes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.lines import blanks_before
from mtlint.document.span import Span
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule
from mtlint.logic.quote_marks import CLOSING, OPENING, STRAIGHT, marks_in

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_OPENING_CONTEXT: Final = "([{\u2014\u2013-/"
_CLOSING_CONTEXT: Final = ".,;:!?)]}\u2014\u2013-/"
_WORD_START: Final = "'\u2018([\u2026$\u00a3\u20ac#@"


class UnbalancedQuote(Rule):
    """Reports double quote marks that do not pair up within their paragraph."""

    OPTIONS: ClassVar[OptionTypes] = {}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        marks = marks_in(doc)
        if not marks:
            return
        paras = doc.paragraphs
        starts = [para.start for para in paras]
        k = 0  # the paragraphs holding marks are visited in order, no other
        while k < len(marks):
            i = bisect_right(starts, marks[k]) - 1
            if i < 0 or marks[k] >= paras[i].end:  # in no paragraph: a mark never is
                k += 1
                continue
            para = paras[i]
            end = bisect_left(marks, para.end, k)
            following = paras[i + 1] if i + 1 < len(paras) else None
            for at, problem in _unpaired(text, para, marks[k:end],
                                         _continues(text, following)):
                yield self.diagnostic(at, at + 1, mark=text[at], problem=problem)
            k = end


def _continues(text: str, following: Span | None) -> bool:
    return following is not None and text[following.start] in (OPENING, STRAIGHT)


def _unpaired(text: str, para: Span, marks: list[int],
              continued: bool) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    open_at: int | None = None
    for at in marks:
        mark = text[at]
        role = _role(text, at, para)
        if open_at is not None and role == "open" and _opens_a_line(text, at, para):
            open_at = at  # a long quotation reopened on its next line, as news style does
        elif open_at is None:
            if role == "close":
                problems.append((at, "closes a quotation that was never opened"))
            else:
                open_at = at
        elif mark == OPENING and text[open_at] == OPENING:
            problems.append((at, "opens a quotation while another is still open; "
                                 "it probably should close it"))
            open_at = None
        elif role == "open" and mark == STRAIGHT and text[open_at] == STRAIGHT:
            problems.append((open_at, "opens a quotation that is never closed"))
            open_at = at
        else:
            open_at = None
    if open_at is not None and not continued:
        problems.append((open_at, "opens a quotation that is never closed"))
    return sorted(problems)


def _opens_a_line(text: str, at: int, para: Span) -> bool:
    """Only white space between a line break in the paragraph and ``at``."""
    start = blanks_before(text, at, para.start)
    return start > para.start and text[start - 1] == "\n"


def _role(text: str, at: int, para: Span) -> str:
    """``open``, ``close`` or ``either``: curly marks say so; a straight one by its spacing."""
    mark = text[at]
    before = text[at - 1] if at > para.start else " "
    after = text[at + 1] if at + 1 < para.end else " "
    if mark == CLOSING and not before.isspace() and after.isalnum():
        return "open"  # a closing glyph glued to the next word opens (L103's finding)
    if mark != STRAIGHT:
        return "open" if mark == OPENING else "close"
    if (before.isspace() or before in _OPENING_CONTEXT) and (after.isalnum()
                                                          or after in _WORD_START):
        return "open"
    if not before.isspace() and (after.isspace() or after in _CLOSING_CONTEXT):
        return "close"
    return "either"
