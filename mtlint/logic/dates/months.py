"""Month names left in the source language next to a day number or a year (``20 Juni``).

Only spellings that are not English words are listed: ``April`` or
``September`` are the same in several languages, ``Mac`` (Malay March) and
``Jun`` are English words, and ``Mars`` is matched only in lower case.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import Final

import ahocorasick_rs
import regex as re

from mtlint.cache.patterns import compile_pattern
from mtlint.document.casing import lower
from mtlint.record import Record
from mtlint.tables.styles import FULL_MONTHS

LANGUAGE_NAMES: Final = {"id": "Indonesian", "ms": "Malay", "es": "Spanish", "fr": "French",
                         "de": "German", "nl": "Dutch", "tr": "Turkish", "pt": "Portuguese",
                         "it": "Italian"}

# language -> month number -> spellings
_MONTHS: Final[Mapping[str, Mapping[int, tuple[str, ...]]]] = {
    "id": {1: ("Januari",), 2: ("Februari", "Pebruari"), 3: ("Maret",), 5: ("Mei",),
           6: ("Juni",), 7: ("Juli",), 8: ("Agustus",), 10: ("Oktober",),
           11: ("Nopember",), 12: ("Desember",)},
    "ms": {1: ("Januari",), 2: ("Februari",), 5: ("Mei",), 7: ("Julai",), 8: ("Ogos",),
           10: ("Oktober",), 12: ("Disember",)},
    "es": {1: ("enero",), 2: ("febrero",), 3: ("marzo",), 4: ("abril",), 5: ("mayo",),
           6: ("junio",), 7: ("julio",), 8: ("agosto",), 9: ("septiembre", "setiembre"),
           10: ("octubre",), 11: ("noviembre",), 12: ("diciembre",)},
    "fr": {1: ("janvier",), 2: ("février", "fevrier"), 3: ("mars",), 4: ("avril",),
           5: ("mai",), 6: ("juin",), 7: ("juillet",), 8: ("août", "aout"),
           9: ("septembre",), 10: ("octobre",), 12: ("décembre", "decembre")},
    "de": {1: ("Januar", "Jänner"), 2: ("Februar",), 3: ("März", "Maerz"), 5: ("Mai",),
           6: ("Juni",), 7: ("Juli",), 10: ("Oktober",), 12: ("Dezember",)},
    "nl": {1: ("januari",), 2: ("februari",), 3: ("maart",), 5: ("mei",), 6: ("juni",),
           7: ("juli",), 8: ("augustus",), 10: ("oktober",)},
    # Turkish "Mart" (March) is left out: after a number it may be an English "mart"
    "tr": {1: ("Ocak",), 2: ("Şubat", "Subat"), 4: ("Nisan",), 5: ("Mayıs", "Mayis"),
           6: ("Haziran",), 7: ("Temmuz",), 8: ("Ağustos", "Agustos"), 9: ("Eylül", "Eylul"),
           10: ("Ekim",), 11: ("Kasım", "Kasim"), 12: ("Aralık", "Aralik")},
    "pt": {1: ("janeiro",), 2: ("fevereiro",), 3: ("março",), 4: ("abril",), 5: ("maio",),
           6: ("junho",), 7: ("julho",), 8: ("agosto",), 9: ("setembro",), 10: ("outubro",),
           11: ("novembro",), 12: ("dezembro",)},
    "it": {1: ("gennaio",), 2: ("febbraio",), 3: ("marzo",), 4: ("aprile",), 5: ("maggio",),
           6: ("giugno",), 7: ("luglio",), 8: ("agosto",), 9: ("settembre",),
           10: ("ottobre",), 11: ("novembre",), 12: ("dicembre",)},
}
_CASE_SENSITIVE: Final = frozenset(("mars",))
_ASCII_LETTERS: Final = frozenset(bytes([c]) for c in string.ascii_letters.encode())


class ForeignMonth(Record):
    """A foreign month name with its day or year; ``replacement`` is the English form."""

    __match_args__ = ("start", "end", "word", "month", "languages", "replacement")

    def __init__(self, start: int, end: int, word: str, month: int, languages: tuple[str, ...],
                 replacement: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.word: Final = word
        self.month: Final = month
        self.languages: Final = languages
        self.replacement: Final = replacement


class MonthFinder:
    """Finds the month names of the chosen languages in text."""

    def __init__(self, languages: Iterable[str]) -> None:
        self.names: dict[str, tuple[int, tuple[str, ...]]] = {}
        for lang in languages:
            for month, spellings in _MONTHS[lang].items():
                for spelling in spellings:
                    _, langs = self.names.get(spelling.casefold(), (month, ()))
                    self.names[spelling.casefold()] = (month, (*langs, lang))
        # Anchored on the digits, the month word is any word, looked up afterwards:
        # an alternation of every month name would be tried at every position.
        self.day_first = compile_pattern(
            r"(?<![\w.,])(?P<day>\d{1,2})(?:\.|er)?\s+(?:de\s+)?(?P<word>[^\W\d_]+)\b"
            r"(?:\s+de(?=\s+\d{4}\b))?")
        self.with_year = compile_pattern(r"(?<=\b(?P<word>[^\W\d_]+)\s+)(?P<year>\d{4})\b")
        #: the names' UTF-8, searched in the lowered text's: a DFA scans bytes fastest
        self.spellings = ahocorasick_rs.BytesAhoCorasick(
            [name.encode() for name in sorted(self.names)] or [b"\0"],
            implementation=ahocorasick_rs.Implementation.DFA)

    def may_name(self, others: str, low_utf8: Callable[[], bytes]) -> bool:
        """Whether the text may hold a month name: false only when no word of it is one,
        so ``find`` would find nothing. ``others`` are the text's non-ASCII characters and
        ``low_utf8`` gives it lowered in place, as UTF-8. One search spares ``find`` its two
        scans."""
        # a name is looked up case-folded; where folding is not lowering (ſ, ß, ﬆ) the lowered
        # text may not show it
        if any(c.casefold() != lower(c) for c in set(others)):
            return True
        # a name is a whole word, so never right before a letter, of which those that lower
        # to an ASCII letter ("Januar" in "January"; a byte of one is a character) are seen
        data = low_utf8()
        return any(data[end : end + 1] not in _ASCII_LETTERS
                   for _, _, end in self.spellings.find_matches_as_indexes(data, overlapping=True))

    def find(self, text: str) -> list[ForeignMonth]:
        """Every foreign month name next to a day number or a four-digit year, in order."""
        found = [f for m in self.day_first.finditer(text) if (f := self._day(m)) is not None]
        found += [f for m in self.with_year.finditer(text)
                  if (f := self._year(m)) is not None
                  and not any(g.start <= f.start < g.end for g in found)]
        return sorted(found, key=lambda f: f.start)

    def _day(self, match: re.Match[str]) -> ForeignMonth | None:
        day = int(match.group("day"))
        month, langs = self._lookup(match.group("word"))
        if not langs or not 1 <= day <= 31:
            return None
        return ForeignMonth(match.start(), match.end(), match.group("word"), month, langs,
                            f"{day} {FULL_MONTHS[month - 1]}")

    def _year(self, match: re.Match[str]) -> ForeignMonth | None:
        month, langs = self._lookup(match.group("word"))
        if not langs:
            return None
        return ForeignMonth(match.start("word"), match.end("word"), match.group("word"), month,
                            langs, FULL_MONTHS[month - 1])

    def _lookup(self, word: str) -> tuple[int, tuple[str, ...]]:
        month, langs = self.names.get(word.casefold(), (0, ()))
        if word.casefold() in _CASE_SENSITIVE and word != lower(word):
            return month, ()
        return month, langs
