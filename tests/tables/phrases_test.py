"""Whole-word phrase finding: hits and near-misses."""

from __future__ import annotations

import pytest

from mtlint.tables.phrases import PhraseFinder

FINDER = PhraseFinder(["NU", "PDI Perjuangan", "PDI", "Jokowi"])


@pytest.mark.parametrize(("text", "found"), [
    ("volunteers Jokowi said", ["Jokowi"]),
    ("Jokowi's volunteers", ["Jokowi"]),  # a possessive still names him
    ("the PDI Perjuangan faction", ["PDI Perjuangan"]),  # longest wins
    ("NU, PDI and (Jokowi)", ["NU", "PDI", "Jokowi"]),
    ("NU", ["NU"]),
])
def test_finds_whole_words(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in FINDER.spans(text)] == found


@pytest.mark.parametrize("text", ["NUS", "MENU", "pro-Jokowi", "Jokowi-era", "d'NU", "nu",
                                  "PDIP", "Jokowi_2"])
def test_ignores_parts_of_words_and_other_cases(text: str) -> None:
    assert FINDER.spans(text) == []


def test_an_empty_list_finds_nothing() -> None:
    assert PhraseFinder([]).spans("anything") == []
