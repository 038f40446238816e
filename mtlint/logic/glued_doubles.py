"""Doubled words with marks glued to the outer copies: ``(the the``, ``*the the*``, ``the the,``.

:mod:`mtlint.logic.word_repeats` compares whole tokens, punctuation kept, so
``(the`` and ``the`` differ. Here the first copy may open with marks
(``(``, quotes, ``*``, ``_``) and the last close with marks (``,``, ``.``,
``)``, quotes, ``*``, ``_``); the copies between are bare, and no mark may
stand between two copies (``Bern, Bern.`` is no doubled word), except
emphasis around one copy of two (``the **the**``, ``*the* the``). A word
may hold an apostrophe (``(don't don't)``).

Most articles hold none, and this runs on every article, so a cheap
superset is found in C first: in the UTF-8 text every mark becomes one
byte, and a regular expression with that byte as its literal start finds a
word doubled after marks, forwards for opening marks and in the reversed
text for closing ones (in a text holding emphasis markers, a second pass
gives them a byte of their own, which may also stand between the copies).
Only the words it finds are then read exactly, on the lines that hold one
of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.lines import Line, lines, lowered, lowered_utf8
from mtlint.logic.word_repeats import Run

if TYPE_CHECKING:
    from mtlint.document import Document

OPENING: Final = "([{\"'\u201c\u2018*_"
CLOSING: Final = ".,;:!?\u2026)]}\"'\u201d\u2019*_"
_ASCII_MARKS: Final = "".join(sorted({c for c in OPENING + CLOSING if c.isascii()})).encode()
_OTHER_MARKS: Final = compile_sre(b"|".join(
    sorted({re.escape(c.encode()) for c in OPENING + CLOSING if not c.isascii()})))
_MARK: Final = b"\x01"
_TO_MARK: Final = bytes.maketrans(_ASCII_MARKS, _MARK * len(_ASCII_MARKS))
#: a word: ASCII letters, digits, hyphens, any non-ASCII byte; marks between them, as an
#: apostrophe is one
_BYTES_WORD: Final = rb"[0-9A-Za-z\x80-\xff-]++(?:\x01[0-9A-Za-z\x80-\xff-]++)*+"
#: a mark, then a word twice
_MARKED_DOUBLE: Final = compile_sre(rb"\x01\x01*+(" + _BYTES_WORD + rb")[ \t]++\1(?![^\s\x01])")
#: emphasis markers, the only marks that may stand between two copies (``the **the**``);
#: in the C pass for them they get a byte of their own (the other marks one too)
EMPHASIS: Final = "*_"
_EMPHASIS_BYTES: Final = EMPHASIS.encode()
_TO_EMPHASIS: Final = bytes.maketrans(
    _ASCII_MARKS, bytes(0x02 if c in _EMPHASIS_BYTES else 0x01 for c in _ASCII_MARKS))
#: emphasis markers, then a word twice, more of them around the space between the copies
_EMPHASISED_DOUBLE: Final = compile_sre(
    rb"\x02\x02*+(" + _BYTES_WORD + rb")\x02*+[ \t]++\x02*+\1(?![^\s\x01\x02])")
_APOSTROPHES: Final = "'\u2019"
#: a word: no white space and no mark but apostrophes between its letters ("don't")
_WORD: Final = (rf"[^\s{re.escape(OPENING + CLOSING)}]+"
                rf"(?:[{_APOSTROPHES}][^\s{re.escape(OPENING + CLOSING)}]+)*")
#: one word repeated, marks glued only before the first copy and after the last
_EXACT: Final = compile_sre(
    rf"(?<!\S)[{re.escape(OPENING)}]*(?P<word>{_WORD})"
    rf"(?:[ \t]+(?P=word))+(?P<close>[{re.escape(CLOSING)}]*)(?!\S)")
#: a word twice, one copy in emphasis markers (``*the* the``, ``the **the**``); other
#: marks only before the first copy and after the last
_EMPHASISED: Final = compile_sre(
    rf"(?<!\S)[{re.escape(OPENING)}]*?"
    rf"(?:(?P<marks>[{re.escape(EMPHASIS)}]+)(?P<word>{_WORD})(?P=marks)[ \t]+(?P=word)"
    rf"|(?P<bare>{_WORD})[ \t]+(?P<bare_marks>[{re.escape(EMPHASIS)}]+)(?P=bare)"
    rf"(?P=bare_marks))"
    rf"(?P<close>[{re.escape(CLOSING)}]*)(?!\S)")
_TOKEN: Final = compile_sre(r"\S+")
#: an apostrophe as the C search shows it: one mark byte
_AS_MARKED: Final = str.maketrans(dict.fromkeys(_APOSTROPHES, "\x01"))


def glued_doubles(doc: Document) -> list[Run]:
    """Runs of one word repeated with marks glued to the first or last copy only, by
    position; a run's ``starts``/``ends`` are those of the words, marks left out."""
    return doc.memo("glued_doubles",
                    lambda: _find(lowered(doc), lowered_utf8(doc), lines(doc)))


def _find(low: str, data: bytes, all_lines: list[Line]) -> list[Run]:
    """The runs in the lowered text ``low``, whose UTF-8 is ``data``."""
    words = _candidates(data)
    if not words:
        return []
    found = []
    emphasis = any(marker in low for marker in EMPHASIS)
    for line in _lines_holding(low, all_lines, words):
        for match in _EXACT.finditer(low, line.start, line.end):
            if match.group("word").translate(_AS_MARKED) not in words or (
                    match.start("word") == match.start() and match.start("close") == match.end()):
                continue  # not found in C, or no marks: a plain run, found by word_repeats
            spans = [m.span() for m in _TOKEN.finditer(low, match.start("word"),
                                                         match.start("close"))]
            found.append(Run(1, tuple(s for s, _ in spans), tuple(e for _, e in spans)))
        if not emphasis:
            continue
        for match in _EMPHASISED.finditer(low, line.start, line.end):
            run = _emphasised_run(match)
            if low[run.start : run.ends[0]].translate(_AS_MARKED) in words:
                found.append(run)
    return sorted(found, key=lambda run: run.start)


def _emphasised_run(match: re.Match[str]) -> Run:
    """The two copies of an ``_EMPHASISED`` match, marks left out."""
    last_end = match.start("close")
    if match.group("word") is not None:  # "*the* the": the first copy in emphasis
        length = len(match.group("word"))
        return Run(1, (match.start("word"), last_end - length), (match.end("word"), last_end))
    length = len(match.group("bare"))  # "the **the**": the second copy in emphasis
    last_end -= len(match.group("bare_marks"))
    return Run(1, (match.start("bare"), last_end - length), (match.end("bare"), last_end))


def _lines_holding(low: str, all_lines: list[Line], words: set[str]) -> Iterator[Line]:
    """The lines of ``low`` holding a piece of one of ``words`` (the longest between its
    marks): a match holds no line break, and one on a line holding none is not wanted."""
    pieces = {max(word.split("\x01"), key=len) for word in words}
    for line in all_lines:
        if any(low.find(piece, line.start, line.end) >= 0 for piece in pieces):
            yield line


def _candidates(data: bytes) -> set[str]:
    """Words that may stand doubled with marks glued on, in the lowered text's UTF-8
    ``data``: a superset, found in C."""
    found = _doubled_both_ways(_MARKED_DOUBLE, _marked(data, _TO_MARK))
    if any(marker in data for marker in _EMPHASIS_BYTES):  # rare: a second pass
        found |= _doubled_both_ways(_EMPHASISED_DOUBLE, _marked(data, _TO_EMPHASIS))
    return {word.decode("utf-8", "ignore") for word in found}


def _marked(data: bytes, table: bytes) -> bytes:
    """``data`` with its ASCII marks translated by ``table`` and every other mark made
    ``_MARK`` (byte offsets do not matter here)."""
    marked = data.translate(table)
    return marked if data.isascii() else _OTHER_MARKS.sub(_MARK, marked)


def _doubled_both_ways(pattern: re.Pattern[bytes], marked: bytes) -> set[bytes]:
    """The words ``pattern`` finds after marks in ``marked``, forwards, and before marks
    (in the reversed bytes)."""
    found = set(pattern.findall(marked))
    found.update(word[::-1] for word in pattern.findall(marked[::-1]))
    return found
