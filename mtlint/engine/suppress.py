"""Applying suppression comments to a document's findings, centrally, after every rule ran
(and after LanguageTool's findings, when a run has them, were added: ``Linter.suppress``).

Each selector of a directive becomes a *claim* on a range of offsets: the
rest of the file for ``disable-file``, the next line for
``disable-next-line``, up to the ``enable`` that names the same selector
(or any ``enable`` without codes) for ``disable``. A finding is suppressed
when a claim covering its start selects its code; every such claim is then
used. The review rules (unused and malformed suppressions) run last, on
what this module records; their own findings are suppressed only by
comments that name their codes, which are never reported as unused.
"""

from __future__ import annotations

import abc
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Final

from mtlint.engine.directives import Directive, Malformed, read_directive
from mtlint.engine.families import FAMILIES
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.record import Record

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class Claim:
    """One selector of one directive (None: every rule) over ``[start, end)``; ``used``
    once it suppressed a finding."""

    def __init__(self, directive: Directive, selector: str | None, start: int, end: int
                 ) -> None:
        self.directive: Final = directive
        self.selector: Final = selector
        self.start: Final = start
        self.end = end  # an enable comment ends it
        self.used = False


class Closing(Record):
    """What one selector of an ``enable`` comment ended."""

    __match_args__ = ("directive", "selector", "ended")

    def __init__(self, directive: Directive, selector: str | None, ended: tuple[Claim, ...]
                 ) -> None:
        self.directive: Final = directive
        self.selector: Final = selector
        self.ended: Final = ended


class Unused(Record):
    """Selectors of one directive that did nothing; ``unknown`` name no registered rule."""

    __match_args__ = ("directive", "selectors", "unknown")

    def __init__(self, directive: Directive, selectors: tuple[str | None, ...],
                 unknown: frozenset[str] = frozenset()) -> None:
        self.directive: Final = directive
        self.selectors: Final = selectors
        self.unknown: Final = unknown

    @property
    def whole(self) -> bool:
        """Whether every selector of the directive is unused."""
        return set(self.selectors) == set(self.directive.selectors or (None,))


class SuppressionReport:
    """The suppression comments of a document and how they were used, gathered as it is
    read."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.closings: list[Closing] = []
        self.malformed: list[Malformed] = []
        self.unused: list[Unused] = []


class SuppressionReview(Rule):
    """A rule about the suppression comments themselves, run after the other rules."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        return iter(())

    @abc.abstractmethod
    def review(self, doc: Document, report: SuppressionReport) -> Iterator[Diagnostic]:
        """Yield findings about the comments in ``report``."""


def apply_suppressions(doc: Document, diagnostics: list[Diagnostic], rules: Sequence[Rule],
                       known_codes: Collection[str] = (),
                       looked_for: Collection[str] = ()) -> list[Diagnostic]:
    """The findings no comment suppresses, plus those of the review rules among ``rules``.

    ``diagnostics`` may include findings from outside ``rules`` (LanguageTool's
    O codes); ``looked_for`` are the codes such checks looked for in ``doc``,
    which are judged like those of ``rules``. ``known_codes`` (every
    registered code) lets a comment naming no rule at all be reported; codes
    of registered rules that did not run are never judged.
    """
    if not doc.suppression_comments:
        return diagnostics
    reviews = [rule for rule in rules if isinstance(rule, SuppressionReview)]
    review_codes = {rule.meta.code for rule in reviews}
    report = _read_comments(doc)
    kept = [d for d in diagnostics if not _suppress(report.claims, d.code, d.start, review_codes)]
    running = [rule.meta.code for rule in rules if rule.meta.code not in review_codes]
    running += [code for code in looked_for if code not in review_codes]
    report.unused = _unused(report, running, review_codes, known_codes)
    for rule in reviews:
        kept += [d for d in rule.review(doc, report)
                 if not _suppress(report.claims, d.code, d.start, review_codes)]
    return kept


def _read_comments(doc: Document) -> SuppressionReport:
    report = SuppressionReport()
    open_claims: list[Claim] = []
    beyond = len(doc.text) + 1  # claims reach past the last offset: insertions at the end
    for span in doc.suppression_comments:
        directive = read_directive(doc.text, span)
        if isinstance(directive, Malformed):
            report.malformed.append(directive)
            continue
        selectors: tuple[str | None, ...] = directive.selectors or (None,)
        if directive.action == "enable":
            for selector in selectors:
                ended = tuple(c for c in open_claims if selector is None or c.selector == selector)
                for claim in ended:
                    claim.end = span.start
                open_claims = [c for c in open_claims if c not in ended]
                report.closings.append(Closing(directive, selector, ended))
            continue
        start, end = _reach(doc.text, directive, beyond)
        claims = [Claim(directive, selector, start, end) for selector in selectors]
        report.claims += claims
        if directive.action == "disable":
            open_claims += claims
    return report


def _reach(text: str, directive: Directive, beyond: int) -> tuple[int, int]:
    """The offsets a disabling directive covers (until an ``enable``, for ``disable``)."""
    if directive.action == "disable-file":
        return 0, beyond
    if directive.action == "disable":
        return directive.span.end, beyond
    newline = text.find("\n", directive.span.end)
    if newline < 0:
        return beyond, beyond  # no next line
    following = text.find("\n", newline + 1)
    return newline + 1, (beyond if following < 0 else following + 1)


def _suppress(claims: list[Claim], code: str, start: int, review_codes: Collection[str]) -> bool:
    """Whether a claim covers a finding at ``start`` of rule ``code``; marks such claims used."""
    covering = [c for c in claims if c.start <= start < c.end and (
        code.startswith(c.selector) if c.selector is not None else code not in review_codes)]
    for claim in covering:
        claim.used = True
    return bool(covering)


def _unused(report: SuppressionReport, running: Sequence[str], review_codes: Collection[str],
            known_codes: Collection[str]) -> list[Unused]:
    idle: dict[int, list[Claim]] = {}
    unknown: set[str] = set()
    for claim in report.claims:
        if claim.used:
            continue
        verdict = _judge(claim.selector, running, review_codes, known_codes)
        if verdict is not None:
            idle.setdefault(id(claim.directive), []).append(claim)
            if verdict == "unknown":
                unknown.add(str(claim.selector))
    idle_claims = {id(c) for claims in idle.values() for c in claims}
    found = [Unused(claims[0].directive, tuple(c.selector for c in claims),
                    frozenset(unknown & {str(c.selector) for c in claims}))
             for claims in idle.values()]
    return found + _idle_enables(report.closings, idle_claims)


def _judge(selector: str | None, running: Sequence[str], review_codes: Collection[str],
           known_codes: Collection[str]) -> str | None:
    """Whether an idle selector is "unused", "unknown", or None: not judged in this run."""
    if selector is None:
        return "unused" if running else None
    if any(code.startswith(selector) for code in review_codes):
        return None  # comments silencing the review rules are never reported by them
    if any(code.startswith(selector) for code in running):
        return "unused"
    if known_codes and not any(code.startswith(selector) for code in known_codes) and (
            selector[0] not in FAMILIES or any(code[0] == selector[0] for code in known_codes)):
        return "unknown"  # families without packed rules (O: LanguageTool) are never unknown
    return None


def _idle_enables(closings: list[Closing], idle_claims: set[int]) -> list[Unused]:
    """``enable`` selectors that end nothing, or only disables reported as unused."""
    idle: dict[int, list[Closing]] = {}
    for closing in closings:
        if all(id(claim) in idle_claims for claim in closing.ended):
            idle.setdefault(id(closing.directive), []).append(closing)
    return [Unused(group[0].directive, tuple(c.selector for c in group))
            for group in idle.values()]
