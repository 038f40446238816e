"""Running a rule on its pack examples: what it flags and what its fixes make."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import Registry, instantiate
from mtlint.engine.rule import RuleSpec
from mtlint.engine.run import Linter, LintResult
from mtlint.fix.loop import fix_to_fixed_point
from mtlint.fix.model import Applicability


def case_linter(spec: RuleSpec, registry: Registry, style: str = "neutral") -> Linter:
    """A linter running only ``spec``'s rule, with the registry's tables."""
    return Linter([instantiate(spec)], Context(registry.styles[style], registry.entity_files,
                                               rule_codes=frozenset(registry.by_code())))


def lint_case(linter: Linter, text: str) -> LintResult:
    """The rule's findings on one example text."""
    return linter.lint(Document(text, "<case>"))


def flagged_texts(linter: Linter, text: str) -> list[str]:
    """The flagged substrings, in order."""
    return [text[d.start : d.end] for d in lint_case(linter, text).diagnostics]


def fix_case(linter: Linter, text: str) -> str:
    """The example after applying the rule's safe and unsafe fixes to a fixed point."""
    outcome = fix_to_fixed_point(text, lambda t: lint_case(linter, t), Applicability.UNSAFE)
    assert not outcome.looping_rules, f"fixes did not settle: {outcome.looping_rules}"
    return outcome.text
