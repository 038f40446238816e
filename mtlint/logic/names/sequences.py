"""Capitalised name sequences in the narration, and the windows of tokens compared.

A sequence is two or more capitalised tokens in a row (``Prime Minister
Pham Minh Chinh``), lower-case name particles allowed between them
(``Mohammed bin Salman``, ``Ursula von der Leyen``). Names end their
sequence (titles come before them: ``Prime Minister Phan Van Khai``), so the
candidate names are the sequence's last two to four tokens; a window cut
from the middle would compare ``Prime Minister Phan`` with ``Prime Minister
Fan`` of another person.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import Any, Final, NamedTuple

from mtlint.cache.patterns import compile_pattern, compile_re, compile_sre
from mtlint.logic.names.spelled_classes import LAST_SPELLED, PLACES, spelled_out
from mtlint.logic.speech import alternation

#: a capitalised token; hyphenated parts may be capitalised too (``Thien-Hue``, ``Jae-in``)
_TOKEN: Final = r"\p{Lu}[\p{Ll}\p{M}'’]*+(?:-\p{L}[\p{Ll}\p{M}'’]*+)*+-?+"
#: a capitalised word of at least four letters (F103's single words: ``token_variants``)
_LONG_WORD: Final = r"\p{Lu}[\p{L}\p{M}]{3,}+"
#: nothing of a word before or after a sequence or word
_ALONE: Final = r"(?<![\w'’-])"
_ALONE_AFTER: Final = r"(?![\w'’-])"
_WHOLE_LONG_WORD: Final = compile_pattern(_LONG_WORD)
_LONG_WORDS: Final = compile_pattern(rf"{_ALONE}{_LONG_WORD}{_ALONE_AFTER}")
_BLANK: Final = compile_sre(r"\s")
#: a text longer than this is searched for words a piece at a time (see ``words``)
_PIECE: Final = 1 << 20
_POSSESSIVE: Final = ("'s", "’s")
#: the longest window compared
MAX_TOKENS: Final = 4
#: the lines holding up to this many wanted names are scanned for them, not the text
_MOST_LOOKED_FOR: Final = 16


class Window(NamedTuple):
    """The last tokens of one sequence: a candidate name, with each token's start
    (named tuples: a document has thousands of windows)."""

    start: int
    end: int
    words: tuple[str, ...]
    starts: tuple[int, ...]

    def token_span(self, index: int) -> tuple[int, int]:
        """Where token ``index`` stands in the text."""
        start = self.starts[index]
        return start, start + len(self.words[index])


class SequenceFinder:
    """Finds capitalised sequences; ``particles`` may stand between their tokens."""

    def __init__(self, particles: Iterable[Any]) -> None:
        particle = rf"(?:{alternation(particles)})"
        sequence = rf"{_TOKEN}(?:[ ](?:{particle}[ ])*{_TOKEN})+{_ALONE_AFTER}"
        self._sequence = compile_pattern(rf"{_ALONE}{sequence}")
        self._sequence_or_word = compile_pattern(
            rf"{_ALONE}(?:{sequence}|{_LONG_WORD}{_ALONE_AFTER})")
        self._regex = _RegexPatterns(self._sequence_or_word, self._sequence)
        self._re = _RePatterns.made(particles)

    def names(self, text: str) -> set[tuple[str, ...]]:
        """The words of every distinct window in ``text``, found without offsets (fast)."""
        return set(chain.from_iterable(map(_name_windows, set(self._sequence.findall(text)))))

    def names_and_spellings(self, text: str, beyond_ascii: str | None = None
                            ) -> tuple[set[tuple[str, ...]], set[str]]:
        """``names(text)`` and F103's single spellings: ``words(text)`` and the two-word
        names joined by a space (``pairs``), in one scan for sequences or, where none
        starts, a word: a sequence has a space, a word none, and the words inside a
        sequence are those of its tokens that are words (their edges are spaces or the
        sequence's). A long text is scanned twice, for its words a piece at a time.
        ``beyond_ascii``, the text's characters beyond ASCII if known, lets ``re`` scan it
        (``_scanner``)."""
        if len(text) > _PIECE:
            names = self.names(text)
            return names, words(text) | pairs(names)
        return _names_and_spellings(self._sequences_or_words(text, beyond_ascii))

    def _sequences_or_words(self, text: str, beyond_ascii: str | None) -> list[str]:
        """What ``_sequence_or_word`` finds in ``text``."""
        found: list[str] = self._scanner(text, beyond_ascii).sequence_or_word.findall(text)
        return found

    def _scanner(self, text: str, beyond_ascii: str | None) -> _RePatterns | _RegexPatterns:
        """The patterns to scan ``text`` with: ``re``'s, whose classes hold what ``regex``'s
        hold up to ``LAST_SPELLED``, when no character of ``text`` is beyond it (all are
        ASCII, or ``beyond_ascii``, those beyond ASCII, say so); ``regex``'s otherwise."""
        if self._re is not None and (text.isascii() or (
                beyond_ascii is not None and max(beyond_ascii) <= LAST_SPELLED)):
            return self._re
        return self._regex

    def windows(self, text: str, wanted: Collection[tuple[str, ...]] | None = None,
                beyond_ascii: str | None = None) -> Iterator[Window]:
        """The last 2..MAX_TOKENS tokens of every sequence in ``text`` (only those whose
        words are ``wanted``, if given; ``beyond_ascii`` as for ``names_and_spellings``)."""
        pattern = self._scanner(text, beyond_ascii).sequence
        for low, high in _lines_to_scan(text, wanted):
            for sequence in pattern.finditer(text, low, high):
                offset, end = sequence.span()
                for words, starts in _relative_windows(text[offset:end]):
                    if wanted is None or words in wanted:
                        yield Window(offset + starts[0], offset + starts[-1] + len(words[-1]),
                                     words, tuple(offset + start for start in starts))


def _lines_to_scan(text: str, wanted: Collection[tuple[str, ...]] | None
                   ) -> list[tuple[int, int]]:
    """The lines of ``text`` holding the last word of a wanted name, in order (a sequence
    holds no line break, and a line break is no part of a word: the scan of a line finds
    what the scan of the text finds in it); the whole text for every name or many."""
    if wanted is None or len(wanted) > _MOST_LOOKED_FOR:
        return [(0, len(text))]
    spans = set()
    for last in {words[-1] for words in wanted}:
        at = text.find(last)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            spans.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(last, end)
    return sorted(spans)


class _RegexPatterns(NamedTuple):
    """``_sequence_or_word`` and ``_sequence``, for ``regex``."""

    sequence_or_word: Any
    sequence: Any


class _RePatterns(NamedTuple):
    """``_sequence_or_word`` and ``_sequence`` for ``re``, their classes spelled out up to
    ``LAST_SPELLED`` (``re`` scans a text three times as fast as ``regex``)."""

    sequence_or_word: re.Pattern[str]
    sequence: re.Pattern[str]

    @classmethod
    def made(cls, particles: Iterable[Any]) -> _RePatterns | None:
        """The patterns, if every particle is ASCII letters (the alternation is then plain
        words, the same for ``re``); kept in the pattern store under their templates,
        whose classes are named, not spelled out (``spelled_out``, slow)."""
        words = [str(p) for p in particles]
        if not all(w.isascii() and w.isalpha() for w in words):
            return None
        upper, body, letter = f"[{PLACES.upper}]", f"[{PLACES.body}]", f"[{PLACES.letter}]"
        joiner = f"[{PLACES.joiner}]"
        token = rf"{upper}{body}*+(?:-{letter}{body}*+)*+-?+"
        sequence = (rf"{body}*+(?:-{letter}{body}*+)*+-?+"
                    rf"(?:[ ](?:(?:{alternation(words)})[ ])*{token})+(?!{joiner})")
        start = rf"{upper}(?<!{joiner}{upper})"
        return cls(compile_re(rf"{start}(?:{sequence}|[{PLACES.long_body}]{{3,}}+(?!{joiner}))",
                              spelled_out),
                   compile_re(rf"{start}{sequence}", spelled_out))


#: how many matches ``_Parts`` keeps before forgetting them all
_MOST_PARTS: Final = 32768


class _Parts(dict[str, tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]):
    """What ``names_and_spellings`` takes from a sequence it found: its windows, and its
    spellings (its words and its last two joined). Kept for the run, as ``Prime
    Minister`` recurs in every article; forgotten all at once past ``_MOST_PARTS``
    sequences."""

    def __missing__(self, match: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
        if len(self) >= _MOST_PARTS:
            self.clear()
        windows = _name_windows(match)
        parts = windows, (*_words_of(match), *map(" ".join, windows[:1]))
        self[match] = parts
        return parts


_PARTS: Final = _Parts()


def _names_and_spellings(found: list[str]) -> tuple[set[tuple[str, ...]], set[str]]:
    """The windows and spellings of the sequences and words ``found``."""
    names: set[tuple[str, ...]] = set()
    spellings: set[str] = set()
    for match in found:
        if " " in match:  # a sequence: its windows, its words and its last two joined
            windows, its_spellings = _PARTS[match]
            names.update(windows)
            spellings.update(its_spellings)
        else:  # a word is its own spelling
            spellings.add(match)
    return names, spellings


def pairs(names: Iterable[tuple[str, ...]]) -> set[str]:
    """The names of two words, joined by a space (``Yun Chuan``)."""
    return {" ".join(name) for name in names if len(name) == 2}


def _name_windows(sequence: str) -> tuple[tuple[str, ...], ...]:
    """The last 2..MAX_TOKENS capitalised words of a sequence, the last two first."""
    words = tuple(w[:-2] if w.endswith(_POSSESSIVE) else w
                  for w in sequence.split(" ") if w[0].isupper())
    return tuple(words[-size:] for size in range(2, min(MAX_TOKENS, len(words)) + 1))


def _words_of(sequence: str) -> tuple[str, ...]:
    """The tokens of a sequence that are whole capitalised words of four letters or more."""
    return tuple(w for w in sequence.split(" ") if _WHOLE_LONG_WORD.fullmatch(w))


def words(text: str) -> set[str]:
    """The capitalised words of at least four letters standing alone, listed a piece of
    about ``_PIECE`` characters at a time (a list of a 30 MB text's words is 400 MB);
    pieces end at white space, which no word holds or touches."""
    found: set[str] = set()
    start = 0
    while start < len(text):
        end = len(text)
        if end - start > _PIECE:
            blank = _BLANK.search(text, start + _PIECE)
            end = blank.start() if blank is not None else len(text)
        found.update(_LONG_WORDS.findall(text, start, end))
        start = end
    return found


@lru_cache(maxsize=16384)
def _relative_windows(sequence: str) -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
    """The words of each window of a sequence and their starts in it (each recurring
    sequence is split once)."""
    words, starts = _tokens(sequence)
    return tuple((words[-size:], starts[-size:])
                 for size in range(2, min(MAX_TOKENS, len(words)) + 1))


def _tokens(sequence: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The capitalised words of a sequence, without a possessive ``'s``, and their starts."""
    words: list[str] = []
    starts: list[int] = []
    offset = 0
    for word in sequence.split(" "):
        if word[0].isupper():
            words.append(word[:-2] if word.endswith(_POSSESSIVE) else word)
            starts.append(offset)
        offset += len(word) + 1
    return tuple(words), tuple(starts)
