"""Unified diffs that the ``patch`` program applies to give exactly the fixed file.

Lines end at ``\\n`` only (as ``patch`` reads them, so ``\\r``, form feeds
and U+2028 stay inside a line), a last line without a newline is marked
``\\ No newline at end of file``, and a UTF-8 byte-order mark is shown at
the start of the first line, where it is in the file. UTF-16 files are shown
as text; ``patch`` cannot apply to them.

Lines are aligned in one pass instead of by difflib's matcher, which took
over ten minutes on a 5 MB article full of repeated lines: fixes change a
few lines here and there, so after each difference the next pair of equal
lines (confirmed by the line after it) is searched nearby. Any alignment of
equal lines gives a correct patch; this one is also short for such changes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Literal

from mtlint.io.read import SourceText

_NO_NEWLINE = "\\ No newline at end of file\n"
_CONTEXT = 3
#: how many lines past a difference the search for equal lines looks
_REACH = 200

Opcode = tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]


def unified_diff(source: SourceText, fixed: str) -> Iterator[str]:
    """The diff from ``source`` to ``fixed`` text, headed ``a/PATH`` and ``b/PATH``."""
    bom = "\ufeff" if source.encoding == "utf-8-sig" else ""
    before, after = split_lines(bom + source.text), split_lines(bom + fixed)
    groups = list(_Aligned(align(before, after)).get_grouped_opcodes(_CONTEXT))
    if not groups:
        return
    yield f"--- a/{source.path}\n+++ b/{source.path}\n"
    for group in groups:
        yield _hunk_header(group)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                yield from _marked(" ", before[i1:i2])
                continue
            yield from _marked("-", before[i1:i2])
            yield from _marked("+", after[j1:j2])


def split_lines(text: str) -> list[str]:
    """``text`` cut after each ``\\n``; the last piece may lack one."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def align(before: list[str], after: list[str]) -> list[Opcode]:
    """difflib-style opcodes turning ``before`` into ``after``."""
    opcodes: list[Opcode] = []
    i = j = 0
    while i < len(before) and j < len(after):
        start_i, start_j = i, j
        while i < len(before) and j < len(after) and before[i] == after[j]:
            i, j = i + 1, j + 1
        if i > start_i:
            opcodes.append(("equal", start_i, i, start_j, j))
        if i < len(before) and j < len(after):
            skip_before, skip_after = _resynchronise(before, after, i, j)
            opcodes.append(_change(i, i + skip_before, j, j + skip_after))
            i, j = i + skip_before, j + skip_after
    if i < len(before) or j < len(after):
        opcodes.append(_change(i, len(before), j, len(after)))
    return opcodes


def _resynchronise(before: list[str], after: list[str], i: int, j: int) -> tuple[int, int]:
    """Lines to skip on each side, fewest first, to reach two equal lines again."""
    for total in range(1, _REACH):
        for skip_before in range(total + 1):
            a, b = i + skip_before, j + total - skip_before
            if a < len(before) and b < len(after) and before[a] == after[b] and \
                    (a + 1 == len(before) or b + 1 == len(after)
                     or before[a + 1] == after[b + 1]):
                return skip_before, total - skip_before
    return min(_REACH, len(before) - i), min(_REACH, len(after) - j)


def _change(i1: int, i2: int, j1: int, j2: int) -> Opcode:
    if i1 < i2 and j1 < j2:
        return "replace", i1, i2, j1, j2
    return ("delete", i1, i2, j1, j2) if i1 < i2 else ("insert", i1, i2, j1, j2)


class _Aligned(difflib.SequenceMatcher[str]):
    """difflib's grouping of opcodes into hunks, over opcodes found by ``align``."""

    def __init__(self, opcodes: list[Opcode]) -> None:
        super().__init__(None, "", "")
        self._opcodes = opcodes

    def get_opcodes(self) -> list[Opcode]:
        return self._opcodes or [("equal", 0, 0, 0, 0)]


def _hunk_header(group: list[tuple[str, int, int, int, int]]) -> str:
    first, last = group[0], group[-1]
    old = _range(first[1], last[2])
    new = _range(first[3], last[4])
    return f"@@ -{old} +{new} @@\n"


def _range(start: int, stop: int) -> str:
    """A unified-diff line range: 1-based start, and the length unless it is 1."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start if length == 0 else start + 1},{length}"


def _marked(mark: str, lines: list[str]) -> Iterator[str]:
    for line in lines:
        yield mark + line if line.endswith("\n") else mark + line + "\n" + _NO_NEWLINE
