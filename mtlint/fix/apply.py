"""One pass of fixing: apply non-overlapping edits in order."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from mtlint.fix.model import Edit, Fix


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix that overlaps none applied before it, in offset order.

    Returns the new text and the fixes applied. Ties are broken by the fix's
    edits, so the result does not depend on the order rules ran in.
    """
    chosen: list[Fix] = []
    taken = _TakenEdits()
    for fix in sorted(fixes, key=lambda f: (f.start, f.end, f.edits)):
        if any(taken.clashes(edit) for edit in fix.edits):
            continue
        chosen.append(fix)
        for edit in fix.edits:
            taken.add(edit)
    return _splice(text, taken.edits), chosen


class _TakenEdits:
    """The edits applied so far, by start: they never overlap one another, so an edit
    is checked against its neighbours only (checking all of them took minutes for the
    thousands of fixes of a 5 MB file)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[Edit] = []

    def clashes(self, edit: Edit) -> bool:
        at = bisect_left(self.starts, edit.start)
        if at and _clash(edit, self.edits[at - 1]):
            return True
        while at < len(self.edits) and self.starts[at] <= edit.end:
            if _clash(edit, self.edits[at]):
                return True
            at += 1
        return False

    def add(self, edit: Edit) -> None:
        at = bisect_right(self.starts, edit.start)
        self.starts.insert(at, edit.start)
        self.edits.insert(at, edit)


def _clash(a: Edit, b: Edit) -> bool:
    """Edits clash when their ranges overlap or both insert at one point."""
    if a.start == a.end or b.start == b.end:
        return a.start == b.start or (b.start < a.start < b.end) or (a.start < b.start < a.end)
    return a.start < b.end and b.start < a.end


def _splice(text: str, edits: list[Edit]) -> str:
    parts: list[str] = []
    last = 0
    for edit in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.replacement)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)
