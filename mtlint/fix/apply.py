"""One pass of fixing: apply non-overlapping edits in order."""

from __future__ import annotations

from collections.abc import Iterable

from mtlint.fix.model import Edit, Fix


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix that overlaps none applied before it, in offset order.

    Returns the new text and the fixes applied. Ties are broken by the fix's
    edits, so the result does not depend on the order rules ran in.
    """
    chosen: list[Fix] = []
    taken: list[Edit] = []
    for fix in sorted(fixes, key=lambda f: (f.start, f.end, f.edits)):
        if any(_clash(edit, other) for edit in fix.edits for other in taken):
            continue
        chosen.append(fix)
        taken.extend(fix.edits)
    return _splice(text, sorted(taken)), chosen


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
