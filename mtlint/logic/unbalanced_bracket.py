"""L106: a bracket without its partner in the same paragraph: ``((reference``, ``said)``.

Brackets are matched within a paragraph (lines up to a blank line: hard-wrapped
text and Markdown paragraphs run over several lines). A closing bracket ending a list marker
(``1)``, ``a)``, ``iv)``) or an emoticon (``:)``) is not a bracket. Only reported: where the partner
belongs is for the editor to decide.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_sre
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_BRACKETS: Final = compile_sre(r"[()\[\]]")  # stdlib re scans classes faster
_PARTNER: Final = {")": "(", "]": "["}
#: every byte but the brackets and the line break (``_nested_on_lines`` keeps those)
_NOT_BRACKET: Final = bytes(b for b in range(256) if b not in b"()[]\n")
_MAX_LINE_BRACKETS: Final = 200
_LIST_MARKER: Final = compile_sre(r"[0-9]{1,2}|[A-Za-z]|(?i:i{1,3}|iv|vi{0,3}|ix|x)")


class UnbalancedBracket(Rule):
    """Reports each bracket left open or closed without an opener."""

    OPTIONS: ClassVar[OptionTypes] = {}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        if _nested_on_lines(text):
            return
        for at in (at for para in doc.paragraphs for at in _unmatched(text, para.start, para.end)):
            kind = "opening" if text[at] in "([" else "closing"
            yield self.diagnostic(at, at + 1, mark=text[at], kind=kind)


def _nested_on_lines(text: str) -> bool:
    """Whether every bracket closes its partner with no line break between them, at
    most ``_MAX_LINE_BRACKETS`` openers in all (the walk never gives up): then every
    paragraph, which ends at a line break, holds whole pairs only, and none is unmatched.

    Found in C: the brackets and line breaks alone (an ASCII byte is never part of
    another character's UTF-8), with ``()`` and ``[]`` removed until none is left."""
    if not ("(" in text or ")" in text or "[" in text or "]" in text):
        return True
    marks = text.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACKET)
    if marks.count(b"(") + marks.count(b"[") > _MAX_LINE_BRACKETS:
        return False
    while True:
        fewer = marks.replace(b"()", b"").replace(b"[]", b"")
        if fewer == marks:
            return not fewer.strip(b"\n")
        marks = fewer


def _unmatched(text: str, start: int, end: int) -> list[int]:
    """Offsets of the brackets in ``text[start:end]`` that have no partner there."""
    lonely: list[int] = []
    stack: list[int] = []
    line_start, searched = start, start  # the newline before each bracket, found as they come
    for match in _BRACKETS.finditer(text, start, end):
        at = match.start()
        newline = text.rfind("\n", searched, at)
        if newline >= 0:
            line_start = newline + 1
        searched = at
        mark = text[at]
        if mark in "([":
            stack.append(at)
        elif stack and text[stack[-1]] == _PARTNER[mark]:
            stack.pop()
        elif not _is_list_marker_or_emoticon(text, line_start, at):
            lonely.append(at)
        if len(stack) > _MAX_LINE_BRACKETS:
            break
    return sorted(lonely + stack)


def _is_list_marker_or_emoticon(text: str, line_start: int, at: int) -> bool:
    """A list marker (``1)``, ``b)``, ``iv)``) after a space or clause break, or ``:)``."""
    if text[max(line_start, at - 2) : at].endswith((":", ";", ":-", ";-", "=")):
        return True
    token_start = at
    while token_start > max(line_start, at - 4) and text[token_start - 1].isalnum():
        token_start -= 1
    token = text[token_start:at]
    if not _LIST_MARKER.fullmatch(token):
        return False
    return token_start == line_start or text[token_start - 1] in " \t(;:,"
