"""D103: a dateline written twice; its copy is looked for only where its first letter is."""

from __future__ import annotations

import pytest

from tests.kinds.rule_helpers import flagged


def test_a_copy_in_other_letter_case_is_flagged() -> None:
    assert flagged("D103", "Jakarta - JAKARTA - Rice prices rose again.") == ["JAKARTA -"]


def test_a_different_dateline_after_one_is_not_flagged() -> None:
    assert flagged("D103", "Jakarta - Bandung - Rice prices rose again.") == []


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
@pytest.mark.parametrize("gap", [" ", "\t"])
def test_a_dateline_ending_in_any_dash_and_gap_is_looked_at(dash: str, gap: str) -> None:
    text = f"Rice prices rose.\n\nJAKARTA {dash}{gap}JAKARTA {dash}{gap}Traders blamed the drought."
    assert flagged("D103", text) == [f"JAKARTA {dash}"]
