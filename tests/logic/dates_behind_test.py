"""The numeric-date patterns for the words before a token search backwards from it: each
must find what a forward search of the window finds (the same weekday, for a weekday)."""

from __future__ import annotations

import random

import pytest
import regex

from mtlint.logic.dates import tokens

_PIECES = ["on", "On", "ON", " ", "  ", "\n", "Friday", "FRIDAY", "friday", "Sunday", "morning",
           "noon", "(", ",", "the", "of", "page", "pp.", "No.", "rose", "by", "and", "-", "\u2013",
           "/", "Thursday", "x", "Monday,", "since", "as of", "dated", "\u0130", "\u017f",
           "Wedne\u017fday", "Satur", "day", "evening", "up", "gate", "the morning of", "rose by ",
           "up  by\n"]


@pytest.mark.parametrize("name", ["_WEEKDAY_BEFORE", "_WEEKDAY_LISTED_BEFORE", "_CONTEXT_WORD",
                                  "_DOTTED_CONTEXT_WORD", "_AMOUNT_BY", "_LABEL_BEFORE"])
def test_a_backward_search_finds_what_a_forward_one_does(name: str) -> None:
    backward = getattr(tokens, name)
    assert backward.flags & regex.REVERSE
    forward = regex.compile(backward.pattern, regex.IGNORECASE)
    generator = random.Random(name)
    found = 0
    for _ in range(20000):
        text = "".join(generator.choice(_PIECES) for _ in range(generator.randint(1, 8)))
        start = generator.randint(0, 3)
        want, got = forward.search(text, start, len(text)), backward.search(text, start, len(text))
        assert (got is None) == (want is None), text
        if want is not None:
            assert (got.span(), got.groups()) == (want.span(), want.groups()), text
            found += 1
    assert found > 50, found  # the texts do end with the words
