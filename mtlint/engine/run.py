"""Running the selected rules over one document."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.masking import touches_protected_text
from mtlint.engine.moot import drop_moot
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.engine.suppress import apply_suppressions
from mtlint.fix.model import Applicability, Fix


@dataclass(frozen=True, slots=True)
class RuleFailure:
    """A rule that raised or timed out on a document: a bug to report, not a finding."""

    code: str
    message: str


@dataclass
class LintResult:
    """The findings in one document, sorted by position, and any rule failures."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)


class ResultStore(Protocol):
    """Stored lint results (``mtlint.cache``), asked before the rules run."""

    def load(self, rules: list[Rule], doc: Document) -> LintResult | None: ...

    def save(self, rules: list[Rule], doc: Document, result: LintResult) -> None: ...


class Linter:
    """A set of instantiated rules and the context they share, reused for every file."""

    def __init__(self, rules: list[Rule], ctx: Context) -> None:
        self.rules = rules
        self.ctx = ctx

    def lint(self, doc: Document) -> LintResult:
        """The result of the rules on ``doc``: from the result store if it has it."""
        store = self.ctx.results
        stored = store.load(self.rules, doc) if store is not None else None
        if stored is not None:
            return stored
        result = self._run_rules(doc)
        if store is not None:
            store.save(self.rules, doc, result)
        return result

    def prepare(self) -> None:
        """Build every rule and shared table now: forked workers then inherit them
        instead of each building its own copy."""
        for rule in self.rules:
            rule.prepare()
        _ = self.ctx.entities

    def _run_rules(self, doc: Document) -> LintResult:
        """Run every rule; findings in masked text are dropped, fixes in quotations disarmed."""
        result = LintResult()
        seen: set[tuple[str, int, int]] = set()
        for rule in self.rules:
            try:
                found = list(rule.check(doc, self.ctx))
            except TimeoutError as exc:
                message = str(exc) if exc.args else "a pattern timed out"
                result.failures.append(RuleFailure(rule.meta.code, message))
                continue
            except Exception as exc:  # a crashing rule must not stop the others
                result.failures.append(RuleFailure(rule.meta.code, f"{type(exc).__name__}: {exc}"))
                continue
            for diagnostic in found:
                key = (diagnostic.code, diagnostic.start, diagnostic.end)
                if key in seen or doc.masked.overlaps(diagnostic.start, diagnostic.end):
                    continue
                seen.add(key)
                result.diagnostics.append(_disarm_in_quotes(doc, diagnostic))
        result.diagnostics = apply_suppressions(doc, drop_moot(result.diagnostics), self.rules,
                                                self.ctx.rule_codes)
        result.diagnostics.sort(key=lambda d: (d.start, d.end, d.code))
        return result


def _disarm_in_quotes(doc: Document, diagnostic: Diagnostic) -> Diagnostic:
    """Quoted words are the speaker's: a fix that edits inside a quotation is only shown."""
    fix = diagnostic.fix
    if fix is None or fix.applicability is Applicability.DISPLAY_ONLY:
        return diagnostic
    if any(_edits_quote(doc, edit.start, edit.end) or touches_protected_text(doc, edit)
           for edit in fix.edits):
        return replace(diagnostic, fix=Fix(fix.edits, Applicability.DISPLAY_ONLY, fix.message))
    return diagnostic


def _edits_quote(doc: Document, start: int, end: int) -> bool:
    if start == end:  # an insertion touches a quotation only strictly inside it
        span = doc.quotes.find(start)
        return span is not None and span.start < start
    return doc.quotes.overlaps(start, end)
