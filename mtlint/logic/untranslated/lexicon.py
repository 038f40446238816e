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
#: characters of the text searched at a time
_WINDOW = 1 << 20


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
        #: the longest searched string (a word and the character opening it)
        self._longest = 1 + max(map(len, self._words), default=0)

    def find(self, text: str) -> list[Found]:
        """Occurrences in ``text``, in order (overlapping bounds are shared)."""
        if not self._words:
            return []
        # The text is searched as if framed by line breaks, a window at a time: all matches
        # of a 30 MB text at once, most of them cut short by no closing character, were a
        # list of 6 million tuples (270 MB). A match belongs to the window holding its
        # start, which is searched with the longest string's length of text beyond it.
        # In a window, a match starting before ``limit`` ends before the window does, so
        # the character closing it is in the window too.
        found = {}
        framed = len(text) + 2  # the length of "\n" + text + "\n"
        for low in range(0, framed, _WINDOW):
            limit = min(low + _WINDOW, framed) - low
            window = _framed_slice(text, low, min(low + limit + self._longest + 1, framed))
            for _, start, end in self._automaton.find_matches_as_indexes(window,
                                                                         overlapping=True):
                if start < limit and window[end] in _RIGHT:
                    found[low + start] = Found(low + start, low + end - 1, window[start + 1 : end])
        return [found[start] for start in sorted(found)]


def _framed_slice(text: str, low: int, high: int) -> str:
    """``f"\\n{text}\\n"[low:high]`` without copying all of ``text``."""
    inner = text[max(low - 1, 0) : max(high - 1, 0)]
    return ("\n" if low == 0 else "") + inner + ("\n" if high == len(text) + 2 else "")


@lru_cache(maxsize=8)
def _automaton(words: frozenset[str]) -> ahocorasick_rs.AhoCorasick:
    """Built once per word set: several rules and every test share it."""
    patterns = [f"{left}{word}" for word in sorted(words) for left in _LEFT]
    return ahocorasick_rs.AhoCorasick(patterns or ["\0"],
                                      matchkind=ahocorasick_rs.MatchKind.Standard)
