"""When two spellings of a name token are one name."""

from __future__ import annotations

import pytest

from mtlint.logic.names.similarity import Transliteration

SAME = Transliteration([("kh", "h"), ("ph", "f"), ("^ye", "e"), ("y", "i")])


@pytest.mark.parametrize(("a", "b"), [
    ("Sergei", "Sergey"), ("Philip", "Philippe"), ("Setiyawan", "Setiawan"),
    ("Erdoğan", "Erdogan"), ("Asy'ari", "Asyari"), ("Yevgeny", "Evgeny"), ("Faye", "Fay"),
    ("Fadil", "Fadel"), ("Mohammed", "Mohamed"), ("Aleksandr", "Aleksander"),
    ("Boluarte", "Boularte"), ("Snaders", "Sanders"), ("Kılıçdaroğlu", "Kilicdaroglu"),
])
def test_one_name(a: str, b: str) -> None:
    assert SAME.same_name(a, b, given_name=False)


@pytest.mark.parametrize(("a", "b", "given"), [
    ("John", "Joan", True), ("Eastern", "Western", False), ("Korea", "Korean", False),
    ("Petrov", "Petrova", False), ("Mario", "Maria", True), ("Zheng", "Cheng", False),
    ("Qiang", "Keqiang", False), ("Hassan", "Hussein", True), ("Sabir", "Sabri", False),
    ("Bashir", "Bashri", False), ("Abel", "Aebl", False),
], ids=["short", "first letter", "demonym", "feminine", "given-name vowel", "consonant",
        "two letters", "two edits", "swap-at-the-end", "swap-at-the-end-2",
        "swap-in-a-short-name"])
def test_different_names(a: str, b: str, given: bool) -> None:
    assert not SAME.same_name(a, b, given_name=given)


def test_a_final_vowel_may_differ_in_a_surname() -> None:
    assert SAME.same_name("Clavijo", "Clavija", given_name=False)


def test_a_word_start_rewrite_applies_only_at_the_start() -> None:
    assert SAME.fold("Yelena") == "elena"
    assert SAME.fold("Faye") == "fai"
