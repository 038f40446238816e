"""Listed phrases found as whole words in one Aho-Corasick pass.

A regular-expression alternation of fifty names scans a text at about
100 MB/s in ``regex``; the automaton scans it ten times faster. Matches are
leftmost-longest and case-sensitive; a match counts only when no word
character or hyphen touches it, nor an apostrophe before it (one after it
is a possessive: ``Jokowi's``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from string import ascii_letters, digits

import ahocorasick_rs

_JOINS_BEFORE = "'’-_"
_JOINS_AFTER = "-_"
#: the characters ``_free`` rejects that a set lookup finds faster: ASCII letters and digits
#: (``isalnum``) and the joiners
_ASCII_JOINS_BEFORE = frozenset(ascii_letters + digits + _JOINS_BEFORE)
_ASCII_JOINS_AFTER = frozenset(ascii_letters + digits + _JOINS_AFTER)
#: characters of a text searched at a time (see ``find_matches``)
WINDOW = 1 << 20


def find_matches(automaton: ahocorasick_rs.AhoCorasick, text: str, longest: int,
                 overlapping: bool = False) -> Iterable[tuple[int, int, int]]:
    """``automaton.find_matches_as_indexes(text, overlapping)``, searched a window at a time
    when ``text`` is longer than ``WINDOW`` (see ``_windowed``); a shorter text's matches
    come as the automaton's list, not through a generator (a resumption per match)."""
    if len(text) <= WINDOW:
        return automaton.find_matches_as_indexes(text, overlapping=overlapping)
    return _windowed(automaton, text, longest, overlapping)


def _windowed(automaton: ahocorasick_rs.AhoCorasick, text: str, longest: int,
              overlapping: bool) -> Iterator[tuple[int, int, int]]:
    """The matches of ``find_matches`` in a long text.

    The automaton maps each byte of the text it is given to a character offset:
    8 bytes per byte, 250 MB at once for a 30 MB text that is not all ASCII.
    ``longest`` is the length of the longest pattern. A match is taken from the
    window holding its start, searched with that much text beyond it; without
    overlapping, the next window starts where the last match taken ends, as
    the search over the whole text would go on, so the matches are the same.
    """
    low = 0
    while low < len(text):
        high = min(low + WINDOW, len(text))
        window = text[low : min(high + longest, len(text))]
        resume = high
        for index, start, end in automaton.find_matches_as_indexes(window,
                                                                   overlapping=overlapping):
            if start + low >= high:
                if overlapping:  # overlapping matches come by their ends
                    continue
                break
            yield index, start + low, end + low
            resume = max(resume, end + low)
        low = high if overlapping else resume


class PhraseFinder:
    """Whole-word occurrences of fixed phrases (``PDI Perjuangan``, ``Jokowi``)."""

    def __init__(self, phrases: Iterable[object]) -> None:
        patterns = sorted({str(p) for p in phrases if str(p)})
        self._automaton = (ahocorasick_rs.AhoCorasick(
            patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if patterns else None)
        self._longest = max(map(len, patterns), default=0)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every whole-word occurrence, in text order."""
        if self._automaton is None:
            return []
        last = len(text)
        # most matches inside a word touch an ASCII letter, rejected by a set lookup; the
        # others are given the whole test
        return [(start, end) for _, start, end in find_matches(self._automaton, text, self._longest)
                if not (start and text[start - 1] in _ASCII_JOINS_BEFORE)
                and not (end < last and text[end] in _ASCII_JOINS_AFTER)
                and _free(text, start - 1, _JOINS_BEFORE) and _free(text, end, _JOINS_AFTER)]


def is_whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a whole word, as ``PhraseFinder`` counts one."""
    return _free(text, start - 1, _JOINS_BEFORE) and _free(text, end, _JOINS_AFTER)


def _free(text: str, i: int, joiners: str) -> bool:
    """Whether position ``i`` (possibly outside the text) does not continue a word."""
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in joiners)
