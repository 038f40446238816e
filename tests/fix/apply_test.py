"""One fixing pass: non-overlapping edits, deterministic order."""

from __future__ import annotations

from mtlint.fix.apply import apply_fixes
from mtlint.fix.model import Applicability, Edit, Fix

SAFE = Applicability.SAFE


def _fix(start: int, end: int, text: str) -> Fix:
    return Fix.replace(start, end, text, SAFE, "")


def test_applies_edits_at_their_offsets() -> None:
    text, applied = apply_fixes("abc def ghi", [_fix(8, 11, "GHI"), _fix(0, 3, "ABC")])
    assert text == "ABC def GHI"
    assert len(applied) == 2


def test_skips_a_fix_overlapping_an_earlier_one() -> None:
    text, applied = apply_fixes("abcdef", [_fix(2, 5, "X"), _fix(0, 3, "Y")])
    assert text == "Ydef"
    assert [f.start for f in applied] == [0]


def test_result_does_not_depend_on_input_order() -> None:
    fixes = [_fix(0, 2, "1"), _fix(1, 3, "2"), _fix(4, 5, "3"), _fix(4, 4, "4")]
    results = {apply_fixes("abcdefg", order)[0] for order in (fixes, fixes[::-1])}
    assert len(results) == 1


def test_two_insertions_at_one_point_do_not_both_apply() -> None:
    text, _ = apply_fixes("ab", [_fix(1, 1, "x"), _fix(1, 1, "y")])
    assert text in ("axb", "ayb")


def test_multi_edit_fix_applies_all_or_nothing() -> None:
    pair = Fix((Edit(0, 1, "A"), Edit(4, 5, "E")), SAFE, "")
    text, applied = apply_fixes("abcde", [_fix(3, 5, "Z"), pair])
    assert text == "AbcdE"
    assert len(applied) == 1
