"""Whole-word lookup of listed words in one Aho-Corasick pass."""

from __future__ import annotations

from mtlint.logic.untranslated.lexicon import WordFinder


def _found(words: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(w.start, w.end, w.word) for w in WordFinder(words).find(text)]


def test_short_words_never_match_inside_longer_ones() -> None:
    assert _found(["de", "la"], "We decided to delay the plan.") == []


def test_words_match_at_the_edges_of_the_text_and_next_to_punctuation() -> None:
    assert _found(["yang", "tidak"], "yang (tidak), yang") == [
        (0, 4, "yang"), (6, 11, "tidak"), (14, 18, "yang")]


def test_neighbouring_words_share_the_space_between_them() -> None:
    assert [w for _, _, w in _found(["de", "la"], "Plaza de la Cruz")] == ["de", "la"]


def test_capitalised_forms_are_found_and_keep_their_case() -> None:
    assert _found(["tidak"], "Tidak ada.") == [(0, 5, "Tidak")]


def test_phrases_are_found_whole() -> None:
    assert _found(["sin embargo"], "Sin embargo, she left.") == [(0, 11, "Sin embargo")]


def test_an_empty_list_finds_nothing() -> None:
    assert _found([], "anything at all") == []
