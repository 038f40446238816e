"""Fixing to a fixed point, with a revert when fixes never settle."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.engine.families import FAMILIES
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.engine.run import LintResult
from mtlint.fix.loop import MAX_PASSES, fix_each_to_fixed_point, fix_to_fixed_point
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


def test_fixing_together_gives_each_text_its_own_outcome_and_lints_only_the_unsettled(
        ) -> None:
    shrink = _lint_replacing("aa", "a", Applicability.SAFE)
    grow = _lint_replacing("x", "xx", Applicability.SAFE)
    lint_one = {"aaaa": shrink, "b": shrink, "x": grow}
    texts = ["aaaa", "b", "x"]
    asked: list[list[int]] = []

    def lint_each(indexes: Sequence[int], current: Sequence[str]) -> list[LintResult]:
        asked.append(list(indexes))
        return [lint_one[texts[index]](text)
                for index, text in zip(indexes, current, strict=True)]

    together = fix_each_to_fixed_point(texts, lint_each, Applicability.SAFE)
    alone = [fix_to_fixed_point(text, lint_one[text], Applicability.SAFE) for text in texts]
    assert [(o.text, len(o.applied), o.looping_rules) for o in together] == [
        (o.text, len(o.applied), o.looping_rules) for o in alone] == [
        ("a", 3, ()), ("b", 0, ()), ("x", 0, ("X101",))]
    assert asked[:2] == [[0, 1, 2], [0, 2]]  # "b" settled at once
    assert asked[-1] == [2]  # the original of the text that never settled, linted again
    assert len(asked) == MAX_PASSES + 1
