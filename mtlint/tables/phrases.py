"""Listed phrases found as whole words in one Aho-Corasick pass.

A regular-expression alternation of fifty names scans a text at about
100 MB/s in ``regex``; the automaton scans it ten times faster. Matches are
leftmost-longest and case-sensitive; a match counts only when no word
character or hyphen touches it, nor an apostrophe before it (one after it
is a possessive: ``Jokowi's``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from string import ascii_letters, digits
from typing import Final

import ahocorasick_rs

from mtlint.document.nonascii import char_offsets

_JOINS_BEFORE: Final = "'’-_"
_JOINS_AFTER: Final = "-_"
#: the characters ``_free`` rejects that a set lookup finds faster: ASCII letters and digits
#: (``isalnum``) and the joiners
_ASCII_JOINS_BEFORE: Final = frozenset(ascii_letters + digits + _JOINS_BEFORE)
_ASCII_JOINS_AFTER: Final = frozenset(ascii_letters + digits + _JOINS_AFTER)
#: characters of a text searched at a time (see ``find_matches``)
WINDOW: Final = 1 << 20
#: a byte automaton of strings longer than this in all (UTF-8 bytes) is built as no DFA:
#: a DFA has a state per byte, each a table of 256 transitions
DFA_MOST_BYTES: Final = 5000


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


class PhraseLists:
    """Several lists of phrases looked for in one scan (``occurrences``): the scan of a
    text's UTF-8 bytes by one automaton costs what one list's own scan of the text
    costs, and with every list in it the lists' scans are one. ``whole_words`` then
    tells what a list's ``PhraseFinder`` finds."""

    def __init__(self, lists: Sequence[Iterable[object]]) -> None:
        member: dict[str, int] = {}  # a phrase and the lists holding it, a bit each
        for i, phrases in enumerate(lists):
            for phrase in {str(p) for p in phrases if str(p)}:
                member[phrase] = member.get(phrase, 0) | 1 << i
        patterns = sorted(member)
        encoded = [phrase.encode("utf-8", "surrogatepass") for phrase in patterns]
        self._count = len(lists)
        #: the lists holding each pattern
        self._members = [tuple(i for i in range(len(lists)) if member[phrase] >> i & 1)
                         for phrase in patterns]
        self._lengths = [len(phrase) for phrase in patterns]
        self._longest = max(map(len, encoded), default=0)
        # a DFA: its overlapping scan took a third of the time the default NFA's did; too
        # many phrases make too large a one (a state per byte), and the default is kept
        fast = sum(map(len, encoded)) <= DFA_MOST_BYTES
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            encoded, implementation=ahocorasick_rs.Implementation.DFA if fast else None
        ) if encoded else None

    def occurrences(self, text: str) -> list[list[tuple[int, int]]]:
        """For each list, (start, end) of every occurrence of its phrases in ``text``,
        inside words and overlapping ones too, by start, the longest first at one start.
        A phrase's UTF-8 matches only where the text's UTF-8 holds the phrase, from the
        first byte of a character."""
        found: list[list[tuple[int, int]]] = [[] for _ in range(self._count)]
        if self._automaton is None:
            return found
        data = text.encode("utf-8", "surrogatepass")
        # by start, the longest first: of two matches at one start, one holds the other
        matches = [(start, start - end, index) for index, start, end
                   in overlapping_byte_matches(self._automaton, data, self._longest)]
        matches.sort()
        starts = [start for start, _, _ in matches]
        if len(data) != len(text):  # byte offsets are not character offsets
            starts = char_offsets(data, starts)
        for (_, _, index), start in zip(matches, starts, strict=True):
            span = (start, start + self._lengths[index])
            for i in self._members[index]:
                found[i].append(span)
        return found


def overlapping_byte_matches(automaton: ahocorasick_rs.BytesAhoCorasick, data: bytes,
                             longest: int) -> list[tuple[int, int, int]]:
    """(pattern index, start, end) of every overlapping match in ``data``, a window of
    ``WINDOW`` bytes at a time (with ``longest`` more: it holds whole every match starting
    in it), so that a long text's matches are never all in one list of the automaton's."""
    if len(data) <= WINDOW:
        return automaton.find_matches_as_indexes(data, overlapping=True)
    view = memoryview(data)
    found = []
    for low in range(0, len(data), WINDOW):
        found += [(index, low + start, low + end) for index, start, end
                  in automaton.find_matches_as_indexes(view[low : low + WINDOW + longest],
                                                       overlapping=True) if start < WINDOW]
    return found


def whole_words(text: str, occurrences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What a ``PhraseFinder`` of one list finds in ``text``, from the list's
    ``PhraseLists.occurrences``: the leftmost-longest of them that do not overlap (the
    automaton's leftmost-longest scan takes the longest match at the first start, then
    goes on from its end), those that are whole words."""
    found = []
    resume = 0
    for start, end in occurrences:
        if start >= resume:
            resume = end
            if is_whole_word(text, start, end):
                found.append((start, end))
    return found


def is_whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a whole word, as ``PhraseFinder`` counts one."""
    return _free(text, start - 1, _JOINS_BEFORE) and _free(text, end, _JOINS_AFTER)


def _free(text: str, i: int, joiners: str) -> bool:
    """Whether position ``i`` (possibly outside the text) does not continue a word."""
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in joiners)
