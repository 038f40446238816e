"""X102 unused-suppression and X103 invalid-suppression: rules about the comments themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mtlint.engine.rule import Diagnostic
from mtlint.engine.suppress import SuppressionReport, SuppressionReview, Unused
from mtlint.fix.model import Fix

if TYPE_CHECKING:
    from mtlint.document import Document


class UnusedSuppression(SuppressionReview):
    """A suppression comment, or some of its codes, that suppressed nothing (like ruff's RUF100)."""

    def review(self, doc: Document, report: SuppressionReport) -> Iterator[Diagnostic]:
        for unused in report.unused:
            span = unused.directive.span
            yield self.diagnostic(span.start, span.end, fix=self._fix(doc, unused),
                                  detail=_detail(unused))

    def _fix(self, doc: Document, unused: Unused) -> Fix:
        directive = unused.directive
        if unused.whole or directive.codes is None:
            return self.removal(doc, directive.span.start, directive.span.end,
                                "Remove the suppression comment")
        codes = directive.codes
        written = doc.text[codes.start : codes.end]
        lead = written[: len(written) - len(written.lstrip())]
        separator = ", " if ", " in written else ","
        kept = [s for s in directive.selectors if s not in unused.selectors]
        dropped = ", ".join(s for s in unused.selectors if s is not None)
        return Fix.replace(codes.start, codes.end, lead + separator.join(kept),
                           self.meta.applicability, f"Remove {dropped} from the comment")


class InvalidSuppression(SuppressionReview):
    """A comment addressed to mtlint that it cannot read, so it suppresses nothing."""

    def review(self, doc: Document, report: SuppressionReport) -> Iterator[Diagnostic]:
        for malformed in report.malformed:
            yield self.diagnostic(malformed.span.start, malformed.span.end,
                                  problem=malformed.problem)


def _detail(unused: Unused) -> str:
    action = unused.directive.action
    named = [s for s in unused.selectors if s is not None]
    if action == "enable":
        return f"'{_written(action, named)}' ends no suppression"
    idle = [s for s in named if s not in unused.unknown]
    parts = []
    if idle or not named:
        parts.append(f"'{_written(action, idle)}' suppresses nothing here")
    if unused.unknown:
        parts.append(f"no rule has the code {', '.join(sorted(unused.unknown))}")
    return "; ".join(parts)


def _written(action: str, selectors: list[str]) -> str:
    return f"{action}={','.join(selectors)}" if selectors else action
