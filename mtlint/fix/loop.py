"""Fixing to a fixed point: lint, apply, lint again, at most ten passes."""

from __future__ import annotations

import hashlib
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
    seen = {_fingerprint(text)}  # not the texts: a 30 MB file's were 60 MB a pass
    outcome = FixOutcome(text)
    for _ in range(MAX_PASSES):
        outcome.remaining = LintResult()  # the last pass's findings go before the next pass
        outcome.remaining = lint(text)
        fixable = [(d.code, d.fix) for d in outcome.remaining.diagnostics
                   if d.fix is not None and d.fix.applicability >= minimum]
        if not fixable:
            outcome.text = text
            return outcome
        text, applied = apply_fixes(text, [fix for _, fix in fixable])
        codes = {id(fix): code for code, fix in fixable}
        outcome.applied += [(codes[id(fix)], fix) for fix in applied]
        del fixable, applied, codes
        fingerprint = _fingerprint(text)
        if fingerprint in seen:
            break
        seen.add(fingerprint)
    looping = tuple(sorted({code for code, _ in outcome.applied}))
    return FixOutcome(original, [], lint(original), looping)


def _fingerprint(text: str) -> bytes:
    """The SHA-256 digest of ``text`` (in UTF-8, lone surrogates kept), one slice at a time."""
    digest = hashlib.sha256()
    for start in range(0, len(text), _SLICE):
        digest.update(text[start : start + _SLICE].encode("utf-8", "surrogatepass"))
    return digest.digest()


_SLICE = 1 << 20
