"""M107: the percent sign before the number."""

from __future__ import annotations

from mtlint.engine.registry import Registry
from mtlint.fix.model import Applicability
from mtlint.testing.cases import case_linter, lint_case


def test_the_fix_is_safe_and_converts_a_decimal_comma(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M107"], registry)
    [finding] = lint_case(linter, "Prices rose %3,5 in May.").diagnostics
    assert finding.fix is not None
    assert finding.fix.applicability is Applicability.SAFE
    assert finding.fix.edits[0].replacement == "3.5%"


def test_a_sign_after_a_word_or_sign_is_not_a_leading_percent(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M107"], registry)
    assert lint_case(linter, "A 100%25 URL and 5%%2 in a format string.").diagnostics == []
