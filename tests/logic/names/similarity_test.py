"""When two spellings of a name token are one name."""

from __future__ import annotations

import itertools
import random

import pytest

from mtlint.logic.names.similarity import Transliteration
from tests.kinds.rule_helpers import spec

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


def _spellings(rng: random.Random, count: int) -> list[str]:
    """Tokens and variants of them: letters replaced, added, dropped or swapped, accents,
    digraphs the rewrites fold (``kh``, ``ph``, ``y``)."""
    letters = "aeiouykhpsdjtnrl"
    tokens = []
    for _ in range(count):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
        tokens.append(word.capitalize())
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(word))
            edit = rng.choice(["replace", "add", "drop", "swap", "accent", "digraph"])
            if edit == "replace":
                word = word[:at] + rng.choice(letters) + word[at + 1 :]
            elif edit == "add":
                word = word[:at] + rng.choice(letters) + word[at:]
            elif edit == "drop" and len(word) > 2:
                word = word[:at] + word[at + 1 :]
            elif edit == "swap" and at < len(word) - 1:
                word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
            elif edit == "accent":
                word = word.replace(rng.choice("aeiou"), rng.choice("áéíöü"), 1)
            else:
                word = word[:at] + rng.choice(["kh", "ph", "y", "i", "f", "h"]) + word[at:]
            tokens.append(word.capitalize())
    return tokens


def test_tokens_taken_for_one_name_share_a_near_key() -> None:
    # F103 compares a big group's tokens only where they share a key: any pair same_name
    # takes must share one, or a variant would go unreported
    same = Transliteration((str(a), str(b)) for a, b in spec("F103").options["transliteration"])
    tokens = sorted(set(_spellings(random.Random(3), 400)))
    taken = 0
    for a, b in itertools.combinations(tokens, 2):
        if same.same_name(a, b, given_name=False):
            taken += 1
            assert set(same.near_keys(a)) & set(same.near_keys(b)), (a, b)
    assert taken > 300
