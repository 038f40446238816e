"""Digit grouping and currency lookups shared by the number rules."""

from __future__ import annotations

import pytest

from mtlint.logic.numbers.context import currency_before, group_thousands, start_with_currency


@pytest.mark.parametrize(("number", "grouped"), [
    ("4300", "4,300"), ("150000", "150,000"), ("12500.5", "12,500.5"), ("12", "12"),
    ("1,500", "1,500"),
])
def test_group_thousands(number: str, grouped: str) -> None:
    assert group_thousands(number) == grouped


def test_an_amount_starts_at_the_currency_sign_before_it() -> None:
    pattern = currency_before(["Rp", "US$"])
    text = "paid Rp. 5 and US$7 and 9"
    assert start_with_currency(pattern, text, text.index("5")) == text.index("Rp")
    assert start_with_currency(pattern, text, text.index("7")) == text.index("US$")
    assert start_with_currency(pattern, text, text.index("9")) == text.index("9")
