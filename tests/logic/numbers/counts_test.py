"""M103: counts written as fractions."""

from __future__ import annotations

from mtlint.engine.registry import Registry
from mtlint.fix.model import Applicability
from mtlint.testing.cases import case_linter, lint_case


def test_the_suggestion_is_shown_not_applied(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M103"], registry)
    [finding] = lint_case(linter, "Only 51/70 organizations replied.").diagnostics
    assert finding.fix is not None
    assert finding.fix.applicability is Applicability.DISPLAY_ONLY
    assert finding.fix.edits[0].replacement == "51 of the 70 organizations"


def test_a_larger_first_number_is_a_ratio_or_a_score(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M103"], registry)
    assert lint_case(linter, "The team won 70/51 games and 12/3 matches.").diagnostics == []
