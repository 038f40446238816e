"""Grammar findings added to a document's built-in findings, duplicates merged."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic
from mtlint.engine.run import Linter, LintResult
from mtlint.fix.model import Applicability, Fix

if TYPE_CHECKING:  # the backend (HTTP client included) is imported only when used
    from mtlint.backends.grammar import GrammarSession


def lint_with_grammar(linter: Linter, grammar: GrammarSession | None,
                      doc: Document) -> LintResult:
    """The linter's findings in ``doc`` plus LanguageTool's, duplicates merged."""
    result = linter.lint(doc)
    if grammar is None:
        return result
    extra = [_speaker_words_kept(doc, d) for d in grammar.findings(doc, linter.ctx)
             if not doc.masked.overlaps(d.start, d.end)]
    kept = [d for d in extra if not _duplicates(d, result.diagnostics)]
    if kept:
        result.diagnostics = sorted([*result.diagnostics, *kept],
                                    key=lambda d: (d.start, d.end, d.code))
    return result


def _duplicates(finding: Diagnostic, builtin: list[Diagnostic]) -> bool:
    """A built-in finding on the same span, or overlapping it with the same MQM category."""
    return any((d.start, d.end) == (finding.start, finding.end)
               or (d.meta.category == finding.meta.category
                   and d.start < finding.end and finding.start < d.end)
               for d in builtin)


def _speaker_words_kept(doc: Document, finding: Diagnostic) -> Diagnostic:
    """As for every rule, a fix inside a direct quotation is only shown."""
    fix = finding.fix
    if fix is None or not any(_edits_quote(doc, e.start, e.end) for e in fix.edits):
        return finding
    return dataclasses.replace(finding, fix=Fix(fix.edits, Applicability.DISPLAY_ONLY,
                                                fix.message))


def _edits_quote(doc: Document, start: int, end: int) -> bool:
    if start == end:  # an insertion touches a quotation only strictly inside it
        span = doc.quotes.find(start)
        return span is not None and span.start < start
    return doc.quotes.overlaps(start, end)
