"""The shared scan answers each rule's substring test on the lowered text."""

from __future__ import annotations

import pytest
import regex

from mtlint.document import Document
from mtlint.kinds.gated import GatedPattern, _scan_ids
from mtlint.kinds.presence import holds_any, literal_ids
from mtlint.kinds.substitution import _unusual_gate
from mtlint.tables import phrases


def test_a_literal_is_found_in_any_letter_case() -> None:
    ids = literal_ids(["[gambas:", "translat"])
    assert holds_any(Document("See [GAMBAS:Video] below."), ids)
    assert holds_any(Document("Translated by the desk."), ids)
    assert not holds_any(Document("A gambas dish, translation-free."), ids - literal_ids(
        ["translat"]))


def test_no_literal_and_the_empty_literal_always_hold() -> None:
    assert holds_any(Document("anything"), frozenset())
    assert holds_any(Document("anything"), literal_ids(["", "zzqx"]))


def test_a_literal_inside_another_is_found_too() -> None:
    ids = literal_ids(["thousands of", "sand"])
    assert holds_any(Document("Thousands of people"), literal_ids(["sand"]))
    assert holds_any(Document("Thousands of people"), ids)


def test_literals_registered_after_a_scan_are_looked_for() -> None:
    doc = Document("The qqwv marker.")
    assert not holds_any(doc, literal_ids(["zzqx"]))
    assert holds_any(doc, literal_ids(["qqwv"]))


def test_a_case_sensitive_literal_with_capitals_passes_the_lowered_scan() -> None:
    gated = GatedPattern(regex.compile(r"QXW\d"), "QXW", False, _scan_ids("QXW"))
    assert [m.group() for m in gated.finditer(Document("Code QXW7 here."))] == ["QXW7"]
    assert not list(gated.finditer(Document("Code qxw7 here.")))


def test_a_substitution_table_of_mojibake_is_gated_on_its_unusual_characters() -> None:
    gate = _unusual_gate(["\u00e2\u20ac\u2122", "\u00c3\u00a9"])
    assert gate is not None
    assert [bool(gate.search(c)) for c in "\u00c3\u00e2\u20ac"] == [True, True, False]
    assert _unusual_gate(["\u00c3\u00a9", "teh"]) is None


def test_the_automaton_built_to_scan_fast_finds_the_same_literals() -> None:
    ids = literal_ids([" ,", "thousand", "zzqx"])
    texts = ["Jakarta , Indonesia", "a thousand people", "none here", "Jakarta, Indonesia"]
    first = [holds_any(Document(text), ids) for text in texts]
    for _ in range(40):  # past the scans after which the automaton is rebuilt
        holds_any(Document("filler text"), ids)
    assert [holds_any(Document(text), ids) for text in texts] == first == [
        True, True, False, False]


def test_a_literal_beyond_ascii_is_found_after_other_such_characters() -> None:
    # the scan is of UTF-8 bytes: the literal is found where the text holds it, whatever
    # the characters of several bytes before it
    ids = literal_ids(["\u3010\u6765\u6e90"])
    assert holds_any(Document("\u524d\u6587\u3002\u3010\u6765\u6e90: AP\u3011"), ids)
    assert not holds_any(Document("\u524d\u6587\u3002\u3010\u6765: AP\u3011"), ids)


def test_a_literal_across_two_windows_of_a_long_text_is_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "WINDOW", 8)
    ids = literal_ids(["qqzvw"])
    for at in range(12):  # the literal starts before, at and after the window's end
        assert holds_any(Document("x" * at + "QQZVW" + "y" * 20), ids), at
    assert not holds_any(Document("x" * 6 + "QQZV" + "y" * 20), ids)
