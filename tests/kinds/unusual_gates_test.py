"""Rules that look for characters other than printable ASCII first look among the
document's ``unusual`` ones: an otherwise plain text holding one is still flagged."""

from __future__ import annotations

from tests.kinds.rule_helpers import flagged


def test_an_ascii_control_in_ascii_text_is_flagged() -> None:
    assert flagged("N103", "Prices\x0bfell on Monday.") == ["\x0b"]


def test_a_private_use_character_in_ascii_text_is_flagged() -> None:
    assert flagged("N104", "The rate \ue001 rose.") == ["\ue001"]


def test_mojibake_split_by_nothing_else_is_flagged() -> None:
    assert flagged("N105", "President Erdo\u00c4\u0178an spoke.") == ["\u00c4\u0178"]


def test_plain_text_with_other_unusual_characters_is_not_flagged() -> None:
    text = "Caf\u00e9 \u201cprices\u201d rose \u2014 as did rents."
    assert [flagged(code, text) for code in ("N102", "N103", "N104", "N106")] == [[]] * 4
