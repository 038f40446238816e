"""Fixing to a fixed point: lint, apply, lint again, at most ten passes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mtlint.cache.digest import blake2b
from mtlint.engine.run import LintResult
from mtlint.fix.apply import apply_fixes
from mtlint.fix.model import Applicability, Fix

MAX_PASSES = 10


class FixOutcome:
    """The fixed text, the fixes applied, what remains, and whether fixing looped."""

    def __init__(self, text: str, applied: list[tuple[str, Fix]] | None = None,
                 remaining: LintResult | None = None, looping_rules: tuple[str, ...] = ()
                 ) -> None:
        self.text = text
        self.applied: list[tuple[str, Fix]] = [] if applied is None else applied
        self.remaining = LintResult() if remaining is None else remaining
        self.looping_rules = looping_rules


def fix_to_fixed_point(text: str, lint: Callable[[str], LintResult],
                       minimum: Applicability) -> FixOutcome:
    """Apply fixes of at least ``minimum`` applicability until none applies.

    If the text comes back to an earlier state or the pass cap is reached,
    the original text is returned and the rules involved are named.
    """
    [outcome] = fix_each_to_fixed_point([text], lambda _, texts: [lint(t) for t in texts],
                                        minimum)
    return outcome


def fix_each_to_fixed_point(texts: Sequence[str], lint_each: LintEach,
                            minimum: Applicability) -> list[FixOutcome]:
    """``fix_to_fixed_point`` of each text; each pass lints the texts still changing
    together: ``lint_each(indexes, current)`` gives the findings of ``current[k]``, the
    text ``indexes[k]`` has become."""
    fixing = [_Fixing(text) for text in texts]
    for _ in range(MAX_PASSES):
        active = [index for index, one in enumerate(fixing) if not one.finished]
        if not active:
            break
        _step_each(fixing, active, lint_each(active, [fixing[index].text for index in active]),
                   minimum)
    unsettled = [index for index, one in enumerate(fixing) if not one.settled]
    if unsettled:  # looping or still changing after the last pass: the originals stay
        originals = lint_each(unsettled, [fixing[index].original for index in unsettled])
        for index, result in zip(unsettled, originals, strict=True):
            fixing[index].revert(result)
    return [one.outcome for one in fixing]


def _step_each(fixing: list[_Fixing], active: list[int], results: list[LintResult],
               minimum: Applicability) -> None:
    """Apply each active text's fixes; a pass's findings end with this call, before the
    next pass lints (those of a file with a million findings would double its peak)."""
    for index, result in zip(active, results, strict=True):
        fixing[index].step(result, minimum)


#: lints texts (the current state of the texts at the given indexes), one result each
LintEach = Callable[[Sequence[int], Sequence[str]], list[LintResult]]


class _Fixing:
    """One text on its way to a fixed point."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = text
        self.seen = {_fingerprint(text)}  # not the texts: a 30 MB file's were 60 MB a pass
        self.outcome = FixOutcome(text)
        self.settled = False  # no fix applies any more
        self.looping = False  # came back to an earlier state

    @property
    def finished(self) -> bool:
        return self.settled or self.looping

    def step(self, result: LintResult, minimum: Applicability) -> None:
        """Apply the fixes ``result`` offers for the current text."""
        self.outcome.remaining = result
        fixable = [(d.code, d.fix) for d in result.diagnostics
                   if d.fix is not None and d.fix.applicability >= minimum]
        if not fixable:
            self.outcome.text = self.text
            self.settled = True
            return
        self.text, applied = apply_fixes(self.text, [fix for _, fix in fixable])
        codes = {id(fix): code for code, fix in fixable}
        self.outcome.applied += [(codes[id(fix)], fix) for fix in applied]
        self.outcome.remaining = LintResult()  # the last pass's findings go before the next
        fingerprint = _fingerprint(self.text)
        self.looping = fingerprint in self.seen
        self.seen.add(fingerprint)

    def revert(self, original: LintResult) -> None:
        """Keep the original text, naming the rules whose fixes did not settle."""
        looping = tuple(sorted({code for code, _ in self.outcome.applied}))
        self.outcome = FixOutcome(self.original, [], original, looping)


def _fingerprint(text: str) -> bytes:
    """The BLAKE2b digest of ``text`` (in UTF-8, lone surrogates kept), one slice at a time."""
    digest = blake2b(digest_size=32)
    for start in range(0, len(text), _SLICE):
        digest.update(text[start : start + _SLICE].encode("utf-8", "surrogatepass"))
    return digest.digest()


_SLICE = 1 << 20
