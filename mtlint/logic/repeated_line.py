"""D101: a paragraph or headline given twice: scraped twice, or repeated by the MT system.

A line repeats an earlier one when both read the same, ignoring case and
closing punctuation. A line that follows a nearly identical
line (the page title, then the same headline translated a little
differently) nearly repeats it: at least ``near_overlap`` of the shorter line's
distinct words are in the other, neither is much longer than the other, and
neither gives a number the other contradicts (``rose 5 percent`` and ``rose 7
percent`` are two facts, not one said twice; a year only one of them gives is
no contradiction). Rows of a table (``| … |``) are alike by design and are
not compared with their neighbours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.document.lines import Line, lines, lowered
from mtlint.document.nonascii import non_ascii
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_WORD: Final = compile_sre(r"\w+")
_NON_ASCII_WORD_CHARACTER: Final = compile_sre(r"[^\W\x00-\x7f]")
#: the ASCII characters ``\w`` matches kept, every other byte made a space
_ASCII_WORDS: Final = bytes(c if c < 0x80 and (chr(c).isalnum() or chr(c) == "_") else 0x20
                            for c in range(256))
#: ``_ASCII_WORDS`` keeping the bytes beyond ASCII (UTF-8 of characters in words)
_UTF8_WORDS: Final = _ASCII_WORDS[:0x80] + bytes(range(0x80, 0x100))
#: characters made spaces one ``str.replace`` each, at most (else in one translation)
_MOST_REPLACED: Final = 16
_NUMBER: Final = compile_sre(r"\d+")
_MIN_LENGTH_RATIO: Final = 0.6
_CLOSING: Final = " .!?\u2026"
_LONG_WORD: Final = 12  # characters per word above which a line is too long to be a near copy


class RepeatedLine(Rule):
    """Flags each later copy of a line of at least ``min_words`` words."""

    OPTIONS: ClassVar[OptionTypes] = {
        "min_words": (int, True),
        "near_overlap": (float, True),
        "near_max_words": (int, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.min_words = int(spec.options["min_words"])
        self.near_overlap = float(spec.options["near_overlap"])
        self.near_max_words = int(spec.options["near_max_words"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        low = lowered(doc)
        longest = self.near_max_words * _LONG_WORD
        split: Callable[[Line], list[bytes]] | None = None  # made for the first line compared
        first: dict[str, Line] = {}
        # the line before with its words, when it is compared (not too long, no table
        # row), and their set once made: kept while it is compared with the next line,
        # not longer (keeping every line's words took 57 MB for a 10 MB file)
        before: tuple[Line, list[bytes]] | None = None
        distinct_before: set[bytes] | None = None
        for line in lines(doc):
            key = low[line.start : line.end].rstrip(_CLOSING)
            earlier = first.setdefault(key, line)
            repeats = earlier is not line and len(key.split()) >= self.min_words
            if repeats:
                yield self._finding(doc, line, earlier, "repeats")
            words = None
            if line.end - line.start <= longest and not low.startswith("|", line.start):
                split = split or _splitter(doc)
                words = split(line)
            distinct = None
            if not repeats and words is not None and before is not None and \
                    self._alike_counts(len(before[1]), len(words)):
                if distinct_before is None:
                    distinct_before = set(before[1])
                distinct = set(words)
                if self._near_copy(distinct_before, distinct):
                    yield self._finding(doc, line, before[0], "nearly repeats")
            before = None if words is None else (line, words)
            distinct_before = distinct

    def _alike_counts(self, count_a: int, count_b: int) -> bool:
        """Whether lines of these many words may nearly repeat each other."""
        fewer, more = (count_a, count_b) if count_a < count_b else (count_b, count_a)
        return self.min_words <= fewer and more <= self.near_max_words and \
            fewer >= _MIN_LENGTH_RATIO * more

    def _near_copy(self, words_a: set[bytes], words_b: set[bytes]) -> bool:
        """Whether two neighbouring lines of alike counts, of distinct words ``words_a`` and
        ``words_b``, say nearly the same."""
        if len(words_a & words_b) < self.near_overlap * min(len(words_a), len(words_b)):
            return False
        numbers_a, numbers_b = _numbers(words_a), _numbers(words_b)
        return not (numbers_a - numbers_b and numbers_b - numbers_a)  # each has one the other lacks

    def _finding(self, doc: Document, line: Line, earlier: Line, how: str) -> Diagnostic:
        where, _ = doc.position(earlier.start)
        fix = self.removal(doc, line.start, line.end, "Remove the repeated paragraph")
        return self.diagnostic(line.start, line.end, fix=fix, line=str(where), how=how)


def _splitter(doc: Document) -> Callable[[Line], list[bytes]]:
    """How a line's words (``\\w+``) are found: as bytes split in C, never by the pattern.

    Where no character beyond ASCII is a word character, the lowered text is encoded
    once, one byte a character (those beyond ASCII as "?"), and its bytes that are not
    word characters made spaces. Else each character beyond ASCII that is not a word
    character is made a space in each line first, so that the UTF-8 bytes beyond
    ASCII left in it are all in words. Lowering makes no character a word
    character beyond ASCII that was not one (checked for every code point), and each
    character of the lowered text is one of a character of the text, lowered alone.
    """
    low = lowered(doc)
    beyond = set(non_ascii(doc))
    if not any(map(_NON_ASCII_WORD_CHARACTER.match, beyond)):
        data = low.encode("ascii", "replace").translate(_ASCII_WORDS)
        return lambda line: data[line.start : line.end].split()
    others = {character for found in beyond for character in found + lower(found)
              if not character.isascii() and not _NON_ASCII_WORD_CHARACTER.match(character)}
    if len(others) > _MOST_REPLACED:  # one pass, slower a character than each replace
        table = dict.fromkeys(map(ord, others), " ")
        return lambda line: _utf8_words(low[line.start : line.end].translate(table))

    def split(line: Line) -> list[bytes]:
        piece = low[line.start : line.end]  # a line at a time: no copy of the whole text
        for character in others:
            piece = piece.replace(character, " ")
        return _utf8_words(piece)
    return split


def _utf8_words(text: str) -> list[bytes]:
    """The words of a text whose characters beyond ASCII are all word characters."""
    return text.encode().translate(_UTF8_WORDS).split()


def _numbers(words: set[bytes]) -> set[str]:
    return set(_NUMBER.findall(b" ".join(words).decode()))  # none runs across a space
