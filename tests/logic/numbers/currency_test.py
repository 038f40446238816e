"""M104: currency codes after the amount."""

from __future__ import annotations

import pytest

from mtlint.engine.registry import Registry
from mtlint.errors import PackError
from mtlint.logic.numbers.currency import CurrencyAfterAmountRule
from mtlint.testing.cases import case_linter, lint_case


def test_the_message_gives_the_english_order(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M104"], registry)
    [finding] = lint_case(linter, "The cost is 4300 RMB.").diagnostics
    assert finding.message == ("'4300 RMB' puts the currency code after the amount; "
                               "English writes '4,300 yuan'")


def test_an_amount_already_grouped_keeps_its_commas(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M104"], registry)
    [finding] = lint_case(linter, "It cost 12,500 USD.").diagnostics
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == "$12,500"


def test_dot_thousands_in_the_amount_become_commas(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M104"], registry)
    [finding] = lint_case(linter, "A ticket costs 15.000 VND.").diagnostics
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == "15,000 dong"


def test_a_code_pattern_without_the_amount_is_a_pack_error(registry: Registry) -> None:
    spec = registry.by_code()["M104"]
    with pytest.raises(PackError, match="amount"):
        CurrencyAfterAmountRule(spec.replaced(options={**spec.options, "codes": {"USD": "$"}}))


def test_every_code_passes_the_shared_scan_gate(registry: Registry) -> None:
    # the finder runs only when the shared scan finds a code in lower case: each of the
    # pack's codes, alone in a text, must get there
    spec = registry.by_code()["M104"]
    linter = case_linter(spec, registry)
    for code in spec.options["codes"]:
        assert len(lint_case(linter, f"It cost 4300 {code}.").diagnostics) == 1, code
