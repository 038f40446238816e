"""Grammar findings added to a document's built-in findings, duplicates merged, and the
suppression comments applied to both at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mtlint.document import Document
from mtlint.engine.masking import in_masked_text
from mtlint.engine.rule import Diagnostic
from mtlint.engine.run import Linter, LintResult, disarm_in_quotes

if TYPE_CHECKING:  # the backend (HTTP client included) is imported only when used
    from mtlint.backends.grammar import GrammarSession


def lint_with_grammar(linter: Linter, grammar: GrammarSession | None,
                      doc: Document) -> LintResult:
    """The linter's findings in ``doc`` plus LanguageTool's, duplicates merged.

    Suppression comments apply once, to the merged findings, as they do to
    the built-in ones alone: a grammar finding is silenced by the comments
    that would silence a built-in finding with its code at its place, and a
    comment that silenced only grammar findings is not unused.
    """
    if grammar is None:
        return linter.lint(doc)
    builtin = linter.findings(doc)
    extra = [disarm_in_quotes(doc, d) for d in grammar.findings(doc, linter.ctx)
             if not in_masked_text(doc, d.start, d.end)]
    # asked after findings(): none if the server failed on doc; judged only where comments are
    looked_for = grammar.codes(doc.path) if doc.suppression_comments else ()
    kept = [d for d in extra if not _duplicates(d, builtin.diagnostics)]
    merged = sorted([*builtin.diagnostics, *kept], key=lambda d: (d.start, d.end, d.code))
    return linter.suppress(doc, LintResult(merged, builtin.failures), looked_for)


def lint_each_with_grammar(linter: Linter, grammar: GrammarSession | None,
                           docs: Sequence[Document]) -> list[LintResult]:
    """``lint_with_grammar`` of each document; without a grammar backend, the built-in
    rules run over the documents together (``Linter.lint_each``)."""
    if grammar is None:
        return linter.lint_each(docs)
    return [lint_with_grammar(linter, grammar, doc) for doc in docs]


def _duplicates(finding: Diagnostic, builtin: list[Diagnostic]) -> bool:
    """A built-in finding on the same span, or overlapping it with the same MQM category."""
    return any((d.start, d.end) == (finding.start, finding.end)
               or (d.meta.category == finding.meta.category
                   and d.start < finding.end and finding.start < d.end)
               for d in builtin)
