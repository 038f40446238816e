"""Findings inside text that another finding's safe fix deletes are dropped."""

from __future__ import annotations

from mtlint.engine.moot import drop_moot
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.fix.model import Applicability, Edit, Fix

DOCS = RuleDocs("what", "why", "example", "instead")


def _finding(code: str, start: int, end: int, deletes: tuple[int, int] | None = None,
             applicability: Applicability = Applicability.SAFE) -> Diagnostic:
    meta = RuleMeta(code, "rule", code[0], "Other", Severity.WARNING, "m", DOCS)
    fix = Fix((Edit(*deletes),), applicability, "remove") if deletes else None
    return Diagnostic(meta, start, end, "m", fix)


def test_finding_inside_a_deleted_line_is_dropped() -> None:
    line = _finding("A102", 0, 20, deletes=(0, 21))
    spacing = _finding("L104", 9, 11)
    assert drop_moot([line, spacing]) == [line]


def test_unsafe_deletion_keeps_the_findings_inside() -> None:
    repeat = _finding("D101", 0, 20, deletes=(0, 21), applicability=Applicability.UNSAFE)
    spacing = _finding("L104", 9, 11)
    assert drop_moot([repeat, spacing]) == [repeat, spacing]


def test_two_findings_deleting_each_other_keep_the_first() -> None:
    first = _finding("A103", 0, 13, deletes=(0, 14))
    second = _finding("A104", 0, 13, deletes=(0, 14))
    assert drop_moot([first, second]) == [first]


def test_replacement_is_not_a_deletion() -> None:
    mojibake = _finding("N105", 5, 8)
    swap = Diagnostic(mojibake.meta, 0, 10, "m",
                      Fix((Edit(0, 10, "x"),), Applicability.SAFE, "write x"))
    assert drop_moot([swap, mojibake]) == [swap, mojibake]
