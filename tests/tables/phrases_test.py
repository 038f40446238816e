"""Whole-word phrase finding: hits and near-misses."""

from __future__ import annotations

import random

import pytest

from mtlint.tables.phrases import WINDOW, PhraseFinder, PhraseLists, whole_words

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


# PhraseLists: one scan for several lists finds every occurrence of each list's phrases,
# and ``whole_words`` of a list's occurrences is what its PhraseFinder finds
_LISTS = [["Minister", "Head", "Ban"], ["NU", "PDI Perjuangan", "PDI", "Jokowi", "Bank"],
          ["Bank", "Banking", "Bä", "Ministerium"]]
_PIECES = ["Minister", "Ministerium", "Head", "Ban", "Bank", "Banking", "Bä", "NU", "PDI",
           "Perjuangan", "Jokowi", "k", "é", "Ü", "中", "-", "'", "’", "_", " ", "  ", "\n"]


def _every_occurrence(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    spans = set()
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            spans.add((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    return sorted(spans, key=lambda span: (span[0], -span[1]))


def test_phrase_lists_find_what_each_list_finds() -> None:
    lists = PhraseLists(_LISTS)
    finders = [PhraseFinder(phrases) for phrases in _LISTS]
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        found = lists.occurrences(text)
        assert found == [_every_occurrence(text, phrases) for phrases in _LISTS], text
        assert [whole_words(text, spans) for spans in found] == \
            [finder.spans(text) for finder in finders], text


@pytest.mark.parametrize("lead", ["a", "é"])
@pytest.mark.parametrize("before", [2, 5, 9, 16])
def test_phrase_lists_read_a_long_text_in_windows(lead: str, before: int) -> None:
    # phrases across the edge of the first window of bytes, ``before`` bytes before it
    text = lead * ((WINDOW - before) // len(lead.encode())) + " Minister Banking NU Bä Jokowi"
    found = PhraseLists(_LISTS).occurrences(text)
    assert found == [_every_occurrence(text, phrases) for phrases in _LISTS]
    assert whole_words(text, found[1]) == PhraseFinder(_LISTS[1]).spans(text) != []


def test_phrase_lists_of_no_phrases_find_nothing() -> None:
    assert PhraseLists([[], [""]]).occurrences("anything") == [[], []]


def test_phrase_lists_of_many_phrases_find_every_occurrence() -> None:
    many = [f"Name{i}" for i in range(1000)]  # 7,890 bytes: built as no DFA
    lists = PhraseLists([many, ["Name1", "Name12"]])
    text = "Name1 Name12, Name999 Name1000 xName5 Name12x"
    found = lists.occurrences(text)
    assert found == [_every_occurrence(text, many), _every_occurrence(text, ["Name1", "Name12"])]
    assert whole_words(text, found[0]) == PhraseFinder(many).spans(text)
