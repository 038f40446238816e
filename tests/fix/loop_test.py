"""Fixing to a fixed point, with a revert when fixes never settle."""

from __future__ import annotations

from mtlint.engine.families import FAMILIES
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.engine.run import LintResult
from mtlint.fix.loop import MAX_PASSES, fix_to_fixed_point
from mtlint.fix.model import Applicability, Fix

META = RuleMeta("X101", "test-rule", "X", FAMILIES["X"].category, Severity.WARNING, "m",
                RuleDocs("w", "y", "e", "i"))


def _lint_replacing(old: str, new: str, applicability: Applicability):
    def lint(text: str) -> LintResult:
        at = text.find(old)
        if at < 0:
            return LintResult()
        fix = Fix.replace(at, at + len(old), new, applicability, "")
        return LintResult([Diagnostic(META, at, at + len(old), "m", fix)])
    return lint


def test_repeats_until_nothing_applies() -> None:
    outcome = fix_to_fixed_point("aaaa", _lint_replacing("aa", "a", Applicability.SAFE),
                                 Applicability.SAFE)
    assert outcome.text == "a"
    assert len(outcome.applied) == 3


def test_unsafe_fixes_wait_for_unsafe_minimum() -> None:
    lint = _lint_replacing("x", "y", Applicability.UNSAFE)
    assert fix_to_fixed_point("x", lint, Applicability.SAFE).text == "x"
    assert fix_to_fixed_point("x", lint, Applicability.UNSAFE).text == "y"


def test_oscillating_fixes_are_reverted_and_named() -> None:
    def lint(text: str) -> LintResult:
        new = "b" if text == "a" else "a"
        return LintResult([Diagnostic(META, 0, 1, "m",
                                      Fix.replace(0, 1, new, Applicability.SAFE, ""))])
    outcome = fix_to_fixed_point("a", lint, Applicability.SAFE)
    assert outcome.text == "a"
    assert outcome.looping_rules == ("X101",)


def test_growing_fixes_stop_at_the_pass_cap() -> None:
    outcome = fix_to_fixed_point("x", _lint_replacing("x", "xx", Applicability.SAFE),
                                 Applicability.SAFE)
    assert outcome.text == "x"
    assert outcome.looping_rules == ("X101",)
    assert MAX_PASSES == 10
