"""Fixing to a fixed point: lint, apply, lint again, at most ten passes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from mtlint.engine.run import LintResult
from mtlint.fix.apply import apply_fixes
from mtlint.fix.model import Applicability, Fix

MAX_PASSES = 10


@dataclass
class FixOutcome:
    """The fixed text, the fixes applied, what remains, and whether fixing looped."""

    text: str
    applied: list[tuple[str, Fix]] = field(default_factory=list)
    remaining: LintResult = field(default_factory=LintResult)
    looping_rules: tuple[str, ...] = ()


def fix_to_fixed_point(text: str, lint: Callable[[str], LintResult],
                       minimum: Applicability) -> FixOutcome:
    """Apply fixes of at least ``minimum`` applicability until none applies.

    If the text comes back to an earlier state or the pass cap is reached,
    the original text is returned and the rules involved are named.
    """
    original = text
    seen = {text}
    outcome = FixOutcome(text)
    for _ in range(MAX_PASSES):
        result = lint(text)
        outcome.remaining = result
        fixable = [(d.code, d.fix) for d in result.diagnostics
                   if d.fix is not None and d.fix.applicability >= minimum]
        if not fixable:
            outcome.text = text
            return outcome
        text, applied = apply_fixes(text, [fix for _, fix in fixable])
        codes = {id(fix): code for code, fix in fixable}
        outcome.applied += [(codes[id(fix)], fix) for fix in applied]
        if text in seen:
            break
        seen.add(text)
    looping = tuple(sorted({code for code, _ in outcome.applied}))
    return FixOutcome(original, [], lint(original), looping)
