"""Listed words standing alone in a text, found in one Aho-Corasick pass.

Each word is searched with a character that may open it before it (``" yang"``,
``"(tidak"``) and kept only if a character that may close it follows, so a match
is always a whole word and short words (``de``, ``la``) never match inside
English ones (``decide``). Words of up to ``_CLOSED_LENGTH`` letters are
searched with their closing character too: alone, ``" o"`` and ``" de"``
matched at the start of a fifth of all English words. So that the openers
and closers do not multiply the automaton, the text is searched as UTF-8
with the byte of each next to a word made a space (``_SPACES``), one string
a word (``" de "``, ``" dengan"``); each match is then read in the text
itself, where its opener and closer are checked. With one string for each
opener and closer, the automaton held five times as many strings and took
9 ms of a small file's run to build.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Final

import ahocorasick_rs

from mtlint.document.nonascii import char_offsets
from mtlint.record import Record

_LEFT: Final = " \t\n(“\"‘"
_RIGHT: Final = " \t\n,.;:?!)”\"’…"
#: the byte of each opener next to the word it opens (its last) and of each closer (its
#: first), all searched as spaces: a text's other characters may hold those bytes too,
#: which only adds matches that the text then rules out
_SPACES: Final = bytes({c.encode()[-1] for c in _LEFT} | {c.encode()[0] for c in _RIGHT})
_STAND_INS: Final = bytes.maketrans(_SPACES, b" " * len(_SPACES))
#: words this long or shorter are searched with the character closing them
_CLOSED_LENGTH: Final = 3
#: characters of the text searched at a time
_WINDOW: Final = 1 << 20


class Found(Record):
    """A listed word in the text, as written (case kept)."""

    __match_args__ = ("start", "end", "word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.word: Final = word


class WordFinder:
    """Whole-word occurrences of listed words, lower-case or capitalised."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(w for word in words for w in (word, word[:1].upper() + word[1:]))
        self._automaton, self._lengths = _automaton(self._words)
        #: the longest searched string (a word and the characters around it)
        self._longest = 2 + max(map(len, self._words), default=0)
        self._newline = any("\n" in word for word in self._words)

    def find(self, text: str) -> list[Found]:
        """Occurrences in ``text``, in order (overlapping bounds are shared)."""
        if not self._words:
            return []
        # The text is searched as if framed by line breaks, a window at a time: all matches
        # of a 30 MB text at once were a list of 6 million tuples (270 MB). A match belongs
        # to the window holding its start, which is searched with the longest string's
        # length of text beyond it. In a window, a match starting before ``limit`` ends
        # before the window does, so the character closing it is in the window too.
        found: dict[int, str] = {}
        framed = len(text) + 2  # the length of "\n" + text + "\n"
        for low in range(0, framed, _WINDOW):
            limit = min(low + _WINDOW, framed) - low
            self._add_window(found, text, low, min(low + limit + self._longest, framed), limit)
        return [Found(start, start + len(word), word) for start, word in sorted(found.items())]

    def spans_in(self, text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) in ``text`` of what ``find`` finds in each of ``stretches`` (in
        order, apart) searched alone. The stretches are searched in one pass, joined by
        line breaks: each is then framed as ``find`` frames it, and a match across a
        line break would hold one, as no listed word does (else each is searched alone)."""
        pieces = [text[start:end] for start, end in stretches]
        if self._newline:
            return [(start + w.start, start + w.end) for (start, _), piece
                    in zip(stretches, pieces, strict=True) for w in self.find(piece)]
        bases = [0, *accumulate(len(piece) + 1 for piece in pieces)]
        spans = []
        for word in self.find("\n".join(pieces)):
            i = bisect_right(bases, word.start) - 1
            shift = stretches[i][0] - bases[i]
            spans.append((word.start + shift, word.end + shift))
        return spans

    def _add_window(self, found: dict[int, str], text: str, low: int, high: int,
                    limit: int) -> None:
        """Into ``found``, the longest listed word whose opening character is at each
        offset before ``limit`` of the window ``f"\n{text}\n"[low:high]``. Only the
        window's bytes are framed: its characters are read in ``text``, one offset on
        (``text[0:len(text)]`` is ``text``, not a copy)."""
        inner = text[max(low - 1, 0) : high - 1]
        data = ((b"\n" if low == 0 else b"") + inner.encode("utf-8", "surrogatepass")
                + (b"\n" if high == len(text) + 2 else b""))
        matches = self._automaton.find_matches_as_indexes(_searched(data), overlapping=True)
        if len(data) != high - low:  # byte offsets are not character offsets
            matches.sort(key=itemgetter(1))
            # a match starts at its opener's last byte, and the word one byte on, at a
            # character unless it holds no listed word (a continuation byte made a space)
            matches = [m for m in matches if data[m[1] + 1] & 0xC0 != 0x80]
            starts = [at - 1 for at in char_offsets(data, [start + 1 for _, start, _ in matches])]
        else:
            starts = [start for _, start, _ in matches]
        size = len(text)
        for (index, _, _), at in zip(matches, starts, strict=True):
            # the word, its opener and its closer are read as written: the word starts at
            # ``low + at`` of the text, the framing's line breaks are before and after it
            start = low + at
            end = start + self._lengths[index]
            word = text[start:end] if end <= size else text[start:] + "\n"
            if at < limit and word in self._words \
                    and (text[start - 1] if start else "\n") in _LEFT \
                    and (text[end] if end < size else "\n") in _RIGHT \
                    and len(word) > len(found.get(start, "")):
                found[start] = word


def _searched(data: bytes) -> bytes:
    """UTF-8 ``data`` as searched: the bytes of ``_SPACES`` made spaces."""
    return data.translate(_STAND_INS)


@lru_cache(maxsize=8)
def _automaton(words: frozenset[str]) -> tuple[ahocorasick_rs.BytesAhoCorasick, tuple[int, ...]]:
    """Built once per word set: several rules and every test share it. With it, the length
    of the word in each searched string (words alike but for openers and closers are as
    long)."""
    searched = {b" " + _searched(w.encode("utf-8", "surrogatepass"))
                + (b" " if len(w) <= _CLOSED_LENGTH else b""): len(w) for w in sorted(words)}
    automaton = ahocorasick_rs.BytesAhoCorasick(list(searched) or [b"\0"],
                                                matchkind=ahocorasick_rs.MatchKind.Standard)
    return automaton, tuple(searched.values())
