"""The widget-line and vocabulary-line kinds: short lines that are not prose."""

from __future__ import annotations

from tests.kinds.rule_helpers import flagged


def test_widget_needs_two_different_signals() -> None:
    assert flagged("A110", "Hanoi 31°C\n\nText.") == []
    assert flagged("A110", "Hanoi 31°C Sunny\n\nText.") == ["Hanoi 31°C Sunny"]


def test_widget_line_that_reads_as_a_sentence_is_prose() -> None:
    assert flagged("A110", "The IHSG fell ▼ 0.4% on Monday\n\nText.") == []


def test_vocabulary_line_needs_only_known_words() -> None:
    assert flagged("A112", "Share on Facebook\n\nText.") == ["Share on Facebook"]
    assert flagged("A112", "Share on Facebook rose\n\nText.") == []


def test_vocabulary_line_needs_two_keywords() -> None:
    assert flagged("A112", "Share\n\nText.") == []
