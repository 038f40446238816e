"""F103's single words: the capitalised words it compares."""

from __future__ import annotations

import random

import pytest

from mtlint.logic.names import token_variants
from mtlint.logic.names.sequences import words
from mtlint.logic.names.token_variants import _WORD, _occurrences


def test_capitalised_words_are_those_of_four_letters_or_more() -> None:
    # the search leaves the short words out (a filter on every word found did before)
    rng = random.Random(11)
    pieces = ["A", "Ab", "Abc", "Abcd", "abcd", "Ébcd", "Ab\u0301c", "Ab\u0301", "-", "'", "’",
              " ", " ", "\n", "x", "Ş", "1", ".", "ABCD"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        assert words(text) == {w for w in _WORD.findall(text) if len(w) >= 4}, text


def _occurrences_one_by_one(text: str, spellings: set[str]) -> list[tuple[int, int, str]]:
    """Words as ``_WORD`` finds them; each pair by ``str.find``, copies not overlapping."""
    found = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)
             if m.group() in spellings]
    for pair in (s for s in spellings if " " in s):
        at = text.find(pair)
        while at >= 0:
            end = at + len(pair)
            if _WORD.match(text, at) and (end == len(text) or not text[end].isalnum()):
                found.append((at, end, pair))
            at = text.find(pair, end)
    return sorted(found)


def test_occurrences_found_in_one_scan_are_those_of_a_word_search() -> None:
    # the suspects are looked for, not every capitalised word: a suspect inside a longer
    # word, a possessive or a hyphenated name, or touching a letter with an accent, is none
    rng = random.Random(3)
    pieces = ["Setiawan", "Setiawans", "Setiawan's", "Ab\u0301cd", "Abcd", "Yun", "Chuan",
              "Yunchuan", "Yun Chuan", "ABCD", "-", "'", "’", "_", " ", " ", "\n", "x", "1",
              "\u0301", "."]
    spellings = {"Setiawan", "Abcd", "ABCD", "Yunchuan", "Yun Chuan", "Chuan Yun"}
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert _occurrences(text, spellings) == _occurrences_one_by_one(text, spellings), text


def test_spellings_are_keyed_by_fold_and_without_their_space() -> None:
    index = token_variants.spelling_keys(str.casefold)
    assert index.sharing({"Olkhon", "Olhon", "Yun Chuan", "Yunchuan"}).keys() == {
        "Yun Chuan", "Yunchuan"}
    assert index.keys["Olkhon"] == ("fold:olkhon", "compact:olkhon")
    assert index.keys["Yun Chuan"] == ("compact:yunchuan",)


@pytest.mark.parametrize("one_by_one", [0, 16])
def test_few_suspects_are_found_by_str_find_where_the_automaton_finds_them(
        one_by_one: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # up to _FOUND_ONE_BY_ONE suspects are looked for one at a time: every start, the
    # overlapping ones too (AAAA in AAAAA twice), in order, as the automaton gives them
    monkeypatch.setattr(token_variants, "_FOUND_ONE_BY_ONE", one_by_one)
    rng = random.Random(7)
    pieces = ["AAAA", "A", "Ab", "Abab", "Yun Chuan", "Yun", " ", "é", "\n"]
    spellings = ["AAAA", "Abab", "Abab Ab", "Yun Chuan", "AAAAA"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        found = token_variants._starts(text, spellings)
        assert found == {s: [i for i in range(len(text)) if text.startswith(s, i)]
                         for s in spellings}, text


def test_the_ascii_joiners_are_the_ascii_characters_the_joiner_pattern_takes() -> None:
    # _joins tests an ASCII character by a set lookup, others by the pattern
    assert {chr(c) for c in range(128) if token_variants._JOINER.match(chr(c))} == \
        token_variants._ASCII_JOINERS


def test_comparable_spellings_are_comparable_either_way_round() -> None:
    # _sharing_a_key compares each pair of a group once
    spellings = ["Olkhon", "Olhon", "OLKHON", "Yun Chuan", "Yunchuan", "YUNCHUAN", "Şehir",
                 "Sehir", "Philippe", "Filip", "Abcd", "Abcde"]
    for a in spellings:
        for b in spellings:
            assert token_variants._comparable(a, b) == token_variants._comparable(b, a), (a, b)
