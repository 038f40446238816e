"""F103's single words: the capitalised words it compares."""

from __future__ import annotations

import random

from mtlint.logic.names.sequences import words
from mtlint.logic.names.token_variants import _WORD


def test_capitalised_words_are_those_of_four_letters_or_more() -> None:
    # the search leaves the short words out (a filter on every word found did before)
    rng = random.Random(11)
    pieces = ["A", "Ab", "Abc", "Abcd", "abcd", "Ébcd", "Ab\u0301c", "Ab\u0301", "-", "'", "’",
              " ", " ", "\n", "x", "Ş", "1", ".", "ABCD"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        assert words(text) == {w for w in _WORD.findall(text) if len(w) >= 4}, text
