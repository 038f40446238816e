"""M108: scale words calqued from the source's counting units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mtlint.logic.numbers.scales import english_amount


@pytest.mark.parametrize(("value", "english"), [
    ("12000", "12,000"), ("999999", "999,999"), ("150000000", "150 million"),
    ("677000000000000", "677 trillion"), ("1500000000", "1.5 billion"), ("3.5", "3.5"),
])
def test_english_amount(value: str, english: str) -> None:
    assert english_amount(Decimal(value)) == english
