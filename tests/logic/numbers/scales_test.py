"""M108: scale words calqued from the source's counting units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mtlint.engine.context import Context
from mtlint.engine.registry import Registry
from mtlint.engine.run import Linter
from mtlint.errors import PackError
from mtlint.logic.numbers.scales import CalquedScaleRule, english_amount
from mtlint.tables.styles import NEUTRAL
from mtlint.testing.cases import lint_case


@pytest.mark.parametrize(("value", "english"), [
    ("12000", "12,000"), ("999999", "999,999"), ("150000000", "150 million"),
    ("677000000000000", "677 trillion"), ("1500000000", "1.5 billion"), ("3.5", "3.5"),
])
def test_english_amount(value: str, english: str) -> None:
    assert english_amount(Decimal(value)) == english


@pytest.mark.parametrize("factor", [10000, 10000.0, "1e4", "10000"])
def test_a_factor_may_be_written_as_any_number(registry: Registry, factor: object) -> None:
    spec = registry.by_code()["M108"]
    rule = CalquedScaleRule(spec.replaced(options={"factors": {"ten thousand": factor}}))
    linter = Linter([rule], Context(style=NEUTRAL))
    [finding] = lint_case(linter, "It is 1.2 ten thousand yuan cheaper.").diagnostics
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == "12,000"


@pytest.mark.parametrize("factor", ["many", True, -10, "1_000", "NaN"])
def test_a_factor_that_is_no_number_in_digits_is_a_pack_error(registry: Registry,
                                                               factor: object) -> None:
    spec = registry.by_code()["M108"]
    with pytest.raises(PackError, match="every factor must be a number"):
        CalquedScaleRule(spec.replaced(options={"factors": {"ten thousand": factor}}))
