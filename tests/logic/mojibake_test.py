"""N105: UTF-8 mojibake found by turning characters back into bytes."""

from __future__ import annotations

import pytest

from tests.kinds.rule_helpers import findings, flagged


@pytest.mark.parametrize(("text", "bad", "good"), [
    ("President ErdoÄŸan spoke.", "ÄŸ", "ğ"),
    ("Farmer Nguyá»…n smiled.", "á»…", "ễ"),
    ("Officials in ÐœÐ¾Ñ\u0081ÐºÐ²Ð° met.", "ÐœÐ¾Ñ\u0081ÐºÐ²Ð°", "Москва"),
    ("He smiled ðŸ˜€ at them.", "ðŸ˜€", "😀"),
], ids=["turkish", "vietnamese", "cyrillic", "emoji"])
def test_mojibake_is_decoded(text: str, bad: str, good: str) -> None:
    [found] = findings("N105", text)
    assert text[found.start : found.end] == bad
    assert found.fix is not None
    assert found.fix.edits[0].replacement == good


@pytest.mark.parametrize("text", [
    "São Paulo, naïve, Việt Nam, Müller”s, Fuß… and GÖTZ’s rival.",
    "The ministerâ€™s statement.",  # N101's table sequence
], ids=["accented-text", "known-sequence"])
def test_not_flagged(text: str) -> None:
    assert flagged("N105", text) == []


def test_truncated_sequence_is_not_guessed() -> None:
    assert flagged("N105", "Nguyá» spoke.") == []
