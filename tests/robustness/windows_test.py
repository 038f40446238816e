"""Whole-text work done in pieces, for memory, with the results of doing it at once.

``str.lower`` of a 30 MB text took a 360 MB buffer, the Aho-Corasick searches
250 MB (a character offset for each byte), the list of all matches of J102's
word search 270 MB and the list of all words of the article score 300 MB. The
text is now lowered and searched a piece at a time and the words counted as
found; these tests compare the pieces with the whole on short pieces.
"""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Callable
from typing import Any, TypeVar

import ahocorasick_rs
import pytest

from mtlint.document import Document
from mtlint.document import lines as lines_module
from mtlint.document.lines import lower_in_place
from mtlint.logic.untranslated import lexicon
from mtlint.logic.untranslated.lexicon import Found, WordFinder
from mtlint.score.article import count_words
from mtlint.tables import phrases
from mtlint.tables.phrases import find_matches

_T = TypeVar("_T")


def _lower_at_once(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "i".join(part.lower() for part in text.split("\u0130"))


def test_lowering_in_pieces_is_lowering_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a final sigma depends on its neighbours; İ lowers to two characters; soft hyphens,
    # apostrophes and accents are skipped when the neighbours are looked at
    monkeypatch.setattr(lines_module, "_LOWER_PIECE", 8)
    alphabet = ["Σ", "σ", "\u0130", "a", "A", " ", "\n", "'", "\u0301", "\u00ad", ".", "Ω",
                "中", "ß", "ǅ", "\u200b", "·"]
    chance = random.Random(7)
    for _ in range(5000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 60)))
        assert lower_in_place(text) == _lower_at_once(text), repr(text)
    assert lower_in_place("ΟΔΟΣ " * 9 + "中" * 30 + " ΟΔΟΣ") == _lower_at_once(
        "ΟΔΟΣ " * 9 + "中" * 30 + " ΟΔΟΣ")


def test_lowering_a_long_text_takes_no_big_buffer() -> None:
    text = "Ωmega rose 5 percent on Monday, ΑΘΗΝΑ said. " * 25_000  # 1.1 M characters
    low, peak = _with_peak(lambda: lower_in_place(text))
    assert low == text.lower()
    # the lowered text (2 bytes a character) and its pieces; at once it was 14 bytes
    assert peak < 5 * len(text), f"{peak / len(text):.1f} bytes a character"


class _Recording:
    """An automaton that notes the length of each text it searches."""

    def __init__(self, automaton: ahocorasick_rs.AhoCorasick) -> None:
        self.automaton = automaton
        self.lengths: list[int] = []

    def find_matches_as_indexes(self, text: str, overlapping: bool = False) -> Any:
        self.lengths.append(len(text))
        return self.automaton.find_matches_as_indexes(text, overlapping=overlapping)


@pytest.mark.parametrize(("kind", "overlapping"), [
    (ahocorasick_rs.MatchKind.LeftmostLongest, False),
    (ahocorasick_rs.MatchKind.LeftmostFirst, False),
    (ahocorasick_rs.MatchKind.Standard, False),
    (ahocorasick_rs.MatchKind.Standard, True),
])
def test_searching_in_windows_finds_what_one_search_finds(
        monkeypatch: pytest.MonkeyPatch, kind: Any, overlapping: bool) -> None:
    chance = random.Random(11)
    alphabet = "abé ą\n"
    for window in (1, 2, 3, 7):
        monkeypatch.setattr(phrases, "WINDOW", window)
        for _ in range(400):
            patterns = sorted({"".join(chance.choice(alphabet) for _ in range(chance.randint(1, 5)))
                               for _ in range(chance.randint(1, 6))})
            text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 60)))
            automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=kind)
            recording = _Recording(automaton)
            longest = max(map(len, patterns))
            found = list(find_matches(recording, text, longest, overlapping))  # type: ignore[arg-type]
            whole = automaton.find_matches_as_indexes(text, overlapping=overlapping)
            # overlapping matches come by their ends, so a window's may come earlier
            assert (sorted(found) if overlapping else found) == \
                (sorted(whole) if overlapping else whole), (patterns, text, window)
            assert all(length <= window + longest for length in recording.lengths)


def _found_at_once(finder: WordFinder, text: str) -> list[Found]:
    """What ``WordFinder.find`` finds, looked for word by word in the whole framed text:
    at each opening character, the longest listed word followed by a closing one."""
    framed = f"\n{text}\n"
    found = []
    for start in range(len(framed)):
        words = [w for w in finder._words if framed[start] in lexicon._LEFT
                 and framed.startswith(w, start + 1)
                 and framed[start + 1 + len(w) : start + 2 + len(w)] in set(lexicon._RIGHT)]
        if words:
            word = max(words, key=len)
            found.append(Found(start, start + len(word), word))
    return found


def test_words_are_found_in_windows_as_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    finder = WordFinder(["de", "de la", "la", "yang", "a", "dengan", "không", "el", "e",
                         "über", "się"])
    chance = random.Random(3)
    # the curly quotes, ellipsis, dash, Ü and ę hold bytes the search makes spaces
    alphabet = [*"dela yngkhôAD\n(\"“”‘’….,)—ÜübrsięĘ", " ", " ", " "]
    for window in (1, 2, 3, 5, 8, 64):
        monkeypatch.setattr(lexicon, "_WINDOW", window)
        for _ in range(600):
            text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 80)))
            assert finder.find(text) == _found_at_once(finder, text), (window, text)


def test_a_word_count_keeps_no_list_of_the_words() -> None:
    # words are listed a piece of the text at a time: the peak is one piece's list,
    # whatever the text's length (a list of a 30 MB file's words took 300 MB)
    peaks = []
    for copies in (20_000, 80_000):
        doc = Document("Prices rose 5 percent on Monday, traders said. " * copies)
        words, peak = _with_peak(lambda: count_words(doc))  # noqa: B023 (run at once)
        assert words == 8 * copies
        peaks.append(peak)
    assert peaks[1] < 1.2 * peaks[0], peaks
    assert peaks[1] < 1_500_000, peaks


def _with_peak(work: Callable[[], _T]) -> tuple[_T, int]:
    """What ``work`` returns, and the most memory Python held while it ran."""
    tracemalloc.start()
    try:
        return work(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
