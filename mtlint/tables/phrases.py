"""Listed phrases found as whole words in one Aho-Corasick pass.

A regular-expression alternation of fifty names scans a text at about
100 MB/s in ``regex``; the automaton scans it ten times faster. Matches are
leftmost-longest and case-sensitive; a match counts only when no word
character or hyphen touches it, nor an apostrophe before it (one after it
is a possessive: ``Jokowi's``).
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs

_JOINS_BEFORE = "'’-_"
_JOINS_AFTER = "-_"


class PhraseFinder:
    """Whole-word occurrences of fixed phrases (``PDI Perjuangan``, ``Jokowi``)."""

    def __init__(self, phrases: Iterable[object]) -> None:
        patterns = sorted({str(p) for p in phrases if str(p)})
        self._automaton = (ahocorasick_rs.AhoCorasick(
            patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if patterns else None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every whole-word occurrence, in text order."""
        if self._automaton is None:
            return []
        return [(start, end) for _, start, end in self._automaton.find_matches_as_indexes(text)
                if _free(text, start - 1, _JOINS_BEFORE) and _free(text, end, _JOINS_AFTER)]


def _free(text: str, i: int, joiners: str) -> bool:
    """Whether position ``i`` (possibly outside the text) does not continue a word."""
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in joiners)
