"""D103: a dateline written twice; its copy is looked for only where its first letter is."""

from __future__ import annotations

from tests.kinds.rule_helpers import flagged


def test_a_copy_in_other_letter_case_is_flagged() -> None:
    assert flagged("D103", "Jakarta - JAKARTA - Rice prices rose again.") == ["JAKARTA -"]


def test_a_different_dateline_after_one_is_not_flagged() -> None:
    assert flagged("D103", "Jakarta - Bandung - Rice prices rose again.") == []
