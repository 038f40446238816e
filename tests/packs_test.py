"""Every example of every built-in rule pack: hits flag exactly, misses stay quiet."""

from __future__ import annotations

import pytest

from mtlint.engine.registry import load_registry
from mtlint.engine.rule import RuleCase, RuleSpec
from mtlint.fix.model import Applicability
from mtlint.testing.cases import case_linter, fix_case, flagged_texts, lint_case

SPECS = load_registry().specs
HITS = [(spec, case) for spec in SPECS for case in spec.hits]
MISSES = [(spec, text) for spec in SPECS for text in spec.misses]


def _id(value: object) -> str:
    if isinstance(value, RuleSpec):
        return value.meta.code
    text = value.text if isinstance(value, RuleCase) else str(value)
    return text[:40]


@pytest.mark.parametrize(("spec", "case"), HITS, ids=_id)
def test_hit_flags_exactly_the_listed_matches(registry, spec: RuleSpec, case: RuleCase) -> None:
    linter = case_linter(spec, registry)
    assert flagged_texts(linter, case.text) == list(case.matches)


@pytest.mark.parametrize(("spec", "case"), [(s, c) for s, c in HITS if c.fixed is not None],
                         ids=_id)
def test_hit_fixes_to_the_listed_text_which_then_lints_clean(registry, spec: RuleSpec,
                                                             case: RuleCase) -> None:
    linter = case_linter(spec, registry)
    assert fix_case(linter, case.text) == case.fixed
    leftover = [d for d in lint_case(linter, case.fixed).diagnostics
                if d.fix and d.fix.applicability is not Applicability.DISPLAY_ONLY]
    assert leftover == []


@pytest.mark.parametrize(("spec", "case"), [(s, c) for s, c in HITS if c.fixed is None],
                         ids=_id)
def test_hit_without_fixed_text_is_left_unchanged(registry, spec: RuleSpec,
                                                  case: RuleCase) -> None:
    assert fix_case(case_linter(spec, registry), case.text) == case.text


@pytest.mark.parametrize(("spec", "text"), MISSES, ids=_id)
def test_miss_is_not_flagged(registry, spec: RuleSpec, text: str) -> None:
    assert flagged_texts(case_linter(spec, registry), text) == []


@pytest.mark.parametrize("spec", SPECS, ids=_id)
def test_every_rule_has_hits_and_misses(spec: RuleSpec) -> None:
    assert spec.hits, f"{spec.meta.code} has no [[rule.hit]]"
    assert spec.misses, f"{spec.meta.code} has no [[rule.miss]]"
