"""A result store kept in memory, for tests of what the engine does with stored results."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.engine.rule import Rule
from mtlint.engine.run import LintResult


class MemoryStore:
    """Lint results kept by text, counting those given back (``loads``)."""

    def __init__(self) -> None:
        self.results: dict[str, LintResult] = {}
        self.loads = 0

    def load(self, rules: list[Rule], doc: Document) -> LintResult | None:
        found = self.results.get(doc.text)
        if found is None:
            return None
        self.loads += 1
        return LintResult(list(found.diagnostics), list(found.failures))

    def save(self, rules: list[Rule], doc: Document, result: LintResult) -> None:
        self.results[doc.text] = result
