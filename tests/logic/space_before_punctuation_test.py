"""L104: a space or tab before a mark; the rule looks for the pair before its patterns run."""

from __future__ import annotations

from tests.kinds.rule_helpers import flagged


def test_a_tab_before_the_mark_is_flagged() -> None:
    assert flagged("L104", "Jakarta\t, Indonesia.") == ["\t,"]


def test_a_mark_after_a_word_is_not_flagged() -> None:
    assert flagged("L104", "Jakarta, Indonesia ; Bali: Denpasar.") == [" ;"]
