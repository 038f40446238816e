"""Capitalised sequences and the name windows taken from their ends."""

from __future__ import annotations

from mtlint.logic.names.sequences import SequenceFinder

FINDER = SequenceFinder(["bin", "von", "der"])


def test_windows_are_the_last_two_to_four_tokens() -> None:
    text = "Prime Minister Pham Minh Chinh spoke."
    assert [w.words for w in FINDER.windows(text)] == [
        ("Minh", "Chinh"), ("Pham", "Minh", "Chinh"), ("Minister", "Pham", "Minh", "Chinh")]


def test_particles_join_a_name_and_a_possessive_is_dropped() -> None:
    text = "Mohammed bin Salman's plan and Ursula von der Leyen."
    windows = list(FINDER.windows(text))
    assert [w.words for w in windows] == [("Mohammed", "Salman"), ("Ursula", "Leyen")]
    assert text[windows[0].start : windows[0].end] == "Mohammed bin Salman"


def test_token_spans_point_into_the_text() -> None:
    text = "Yesterday Fadel Rahman left."
    window = next(FINDER.windows(text))
    assert window.words == ("Fadel", "Rahman")
    start, end = window.token_span(0)
    assert text[start:end] == "Fadel"


def test_names_without_offsets_match_the_windows() -> None:
    text = "Agus Setiawan met Agus Setiyawan and Agus Setiawan."
    assert FINDER.names(text) == {("Agus", "Setiawan"), ("Agus", "Setiyawan")}
