"""Listed words standing alone in a text, found in one Aho-Corasick pass.

Each word is searched with the characters that may open it (``" yang"``,
``"(tidak"``) and kept only if a closing character follows, so a match is
always a whole word and short words (``de``, ``la``) never match inside
English ones (``decide``). Adding the closing characters to the searched
strings too would multiply the automaton, and its build time, by twelve.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

_LEFT = " \t\n(“\"‘"
_RIGHT = " \t\n,.;:?!)”\"’…"


@dataclass(frozen=True, slots=True)
class Found:
    """A listed word in the text, as written (case kept)."""

    start: int
    end: int
    word: str


class WordFinder:
    """Whole-word occurrences of listed words, lower-case or capitalised."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(w for word in words for w in (word, word[:1].upper() + word[1:]))
        self._automaton = _automaton(self._words)

    def find(self, text: str) -> list[Found]:
        """Occurrences in ``text``, in order (overlapping bounds are shared)."""
        if not self._words:
            return []
        padded = f"\n{text}\n"
        found = {}
        for _, start, end in self._automaton.find_matches_as_indexes(padded, overlapping=True):
            if padded[end] in _RIGHT:
                found[start] = Found(start, end - 1, padded[start + 1 : end])
        return [found[start] for start in sorted(found)]


@lru_cache(maxsize=8)
def _automaton(words: frozenset[str]) -> ahocorasick_rs.AhoCorasick:
    """Built once per word set: several rules and every test share it."""
    patterns = [f"{left}{word}" for word in sorted(words) for left in _LEFT]
    return ahocorasick_rs.AhoCorasick(patterns or ["\0"],
                                      matchkind=ahocorasick_rs.MatchKind.Standard)
