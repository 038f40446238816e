"""Direct quotations: the speaker's words, which fixes never rewrite.

Double quotations (``“…”``, ``"…"``, ``«…»``, ``„…“``) pair their marks in
order. Single quotations (``‘…’``, ``'…'``) are told from apostrophes by the
marks' surroundings, since ``’`` and ``'`` are apostrophes far more often:

- a mark between two letters or digits is an apostrophe (``don’t``,
  ``O'Brien``, ``1990’s``);
- ``‘`` or ``'`` opens after the paragraph start, white space, an opening
  bracket, a dash, a slash or a double quote mark, before a character that is
  neither white space nor closing punctuation, unless it elides the start of a
  word or year (``'tis``, ``'em``, ``'n'``, ``’90s``, ``'92``); ``’`` never opens;
- ``’`` or ``'`` closes after a character that is neither white space nor an
  opening bracket, before white space, punctuation or the paragraph end
  (``rock ’n’ roll``'s second mark excepted);
- a closing mark after a plural ``s`` followed by white space may be a
  possessive (``students’ union``): it closes only when no other closing mark
  follows before the next opening one;
- an opening mark while a single quotation is open restarts it: the first was
  no quotation (``'Ali`` transliterating an ayn);
- a single quotation left open at its paragraph's end counts only when the
  next paragraph opens with a single quote mark (a quotation running over
  paragraphs); otherwise its opening mark is taken for an apostrophe.

A double mark that is the last character of mojibake (``â€“`` is an en dash
whose UTF-8 was read as Windows-1252: its third character is ``“``) is no
quote mark.

Single quotations nested in a double one are inside it anyway and are not
listed; a double quotation nested in a single one (British style) gives way to
it; a single quotation crossing a double one is dropped.
"""

from __future__ import annotations

import re
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.segment import positions_of
from mtlint.document.span import Span

_CLOSER: Final = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", '"': '"'}
_DOUBLE_MARKS: Final = '\u201c\u201d\u00ab\u00bb\u201e"'

_SINGLE_MARKS: Final = "\u2018\u2019'"
_LEFT: Final = "\u2018"
_RIGHT: Final = "\u2019"
#: what a single opening mark may follow (white space aside)
_OPENS_AFTER: Final = "([{\u2014\u2013-/\u201c\u201e\u00ab\""
#: what a single opening mark may not precede (white space aside)
_NOT_OPENING: Final = ",;:.!?)]}"
#: what a single closing mark may precede (white space aside)
_CLOSES_BEFORE: Final = ".,;:!?)]}\u2014\u2013-/\u2026\u201d\u00bb\"'\u2019"
#: a word or year whose start an apostrophe elides: ``'tis``, ``’90s``, ``'n'``
_ELIDED: Final = compile_sre(r"(?:\d\ds?|tis|twas|twere|em|n|s|cause|cos|til|till|bout)(?!\w)",
                            re.IGNORECASE)

_NONE: Final = 0
_OPEN: Final = 1
_CLOSE: Final = 2
_POSSESSIVE: Final = 3
#: UTF-8's E2 80 read as Windows-1252: the start of a mojibake dash, quote or ellipsis,
#: whose third byte may read as a double quote mark (``â€“``, ``â€”``, ``â€œ``)
_MOJIBAKE_LEAD: Final = "\u00e2\u20ac"


def find_quotations(text: str, paragraphs: list[Span]) -> list[Span]:
    """Spans of quoted text, marks included, sorted and not overlapping.

    Quotations never cross a paragraph; a double one left open at a
    paragraph's end runs to that end (news style opens every paragraph of a
    long quotation and closes only the last), a single one only when the next
    paragraph opens a single quotation.
    """
    found: list[Span] = []
    # the marks of the whole text, handed to each paragraph in turn, and where the next
    # single mark that can open is (no scan per paragraph)
    marks = positions_of(text, _DOUBLE_MARKS, 0, len(text))
    if _MOJIBAKE_LEAD in text:
        marks = [i for i in marks if text[max(0, i - 2) : i] != _MOJIBAKE_LEAD]
    first = 0
    left = _Next(text, _LEFT)
    straight = _Next(text, "'")
    for n, para in enumerate(paragraphs):
        while first < len(marks) and marks[first] < para.start:
            first += 1
        last = first
        while last < len(marks) and marks[last] < para.end:
            last += 1
        doubles = _in_paragraph(text, para, marks[first:last]) if last > first else []
        first = last
        if left.at_or_after(para.start) >= para.end and \
                straight.at_or_after(para.start) >= para.end:
            found.extend(doubles)  # no single mark can open: the common case
            continue
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        continued = following is not None and text[following.start] in "\u2018'" and \
            _single_role(text, following.start, following) == _OPEN
        found.extend(_merge(doubles, _singles_in(text, para, continued)))
    return found


class _Next:
    """The next occurrence of a character in a text, found as the offsets asked about
    grow: each stretch of the text is searched once."""

    def __init__(self, text: str, char: str) -> None:
        self._text = text
        self._char = char
        self._at = text.find(char)

    def at_or_after(self, offset: int) -> int:
        """Where the character next occurs at or after ``offset``; the text's length when
        it does not."""
        if 0 <= self._at < offset:
            self._at = self._text.find(self._char, offset)
        return self._at if self._at >= 0 else len(self._text)


def _in_paragraph(text: str, para: Span, marks: list[int]) -> list[Span]:
    """The double quotations of a paragraph whose double quote marks are at ``marks``."""
    found: list[Span] = []
    opener = ""
    open_at = 0
    for i in marks:
        ch = text[i]
        if opener:
            if ch == _CLOSER[opener]:
                found.append(Span(open_at, i + 1))
                opener = ""
        elif ch in _CLOSER and _can_open(text, i, para):
            opener, open_at = ch, i
    if opener:
        found.append(Span(open_at, para.end))
    return found


def _can_open(text: str, i: int, para: Span) -> bool:
    """A straight quote opens only at a word start; typographic ones always do."""
    if text[i] != '"':
        return True
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    return (before.isspace() or before in "([{-\u2014\u2013/") and not after.isspace()


def _singles_in(text: str, para: Span, continued: bool) -> list[Span]:
    """Single quotations of the paragraph, by the roles of its single marks."""
    marks = [(i, role) for i, role in
             ((i, _single_role(text, i, para))
              for i in positions_of(text, _SINGLE_MARKS, para.start, para.end))
             if role != _NONE]
    found: list[Span] = []
    open_at: int | None = None
    for k, (i, role) in enumerate(marks):
        if role == _OPEN:
            open_at = i  # a second opening mark: the first was an apostrophe
        elif open_at is not None and (role == _CLOSE or k + 1 == len(marks)
                                      or marks[k + 1][1] == _OPEN):
            found.append(Span(open_at, i + 1))
            open_at = None
    if open_at is not None and continued:
        found.append(Span(open_at, para.end))
    return found


def _single_role(text: str, i: int, para: Span) -> int:
    """Whether the single mark at ``i`` opens, closes, may close, or is an apostrophe."""
    mark = text[i]
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    if before.isalnum() and after.isalnum():
        return _NONE  # don’t, O'Brien
    if mark != _RIGHT and (before.isspace() or before in _OPENS_AFTER) and \
            not (after.isspace() or after in _NOT_OPENING):
        return _NONE if _ELIDED.match(text, i + 1, para.end) else _OPEN
    if mark == _LEFT or before.isspace() or before in "([{" or \
            not (after.isspace() or after in _CLOSES_BEFORE):
        return _NONE
    if before in "nN" and (i - 2 < para.start or text[i - 2].isspace()
                           or text[i - 2] in "\u2018\u2019'"):
        return _NONE  # rock ’n’ roll
    if before in "sS" and after.isspace() and i - 2 >= para.start and text[i - 2].isalnum():
        return _POSSESSIVE  # students’ union
    return _CLOSE


def _merge(doubles: list[Span], singles: list[Span]) -> list[Span]:
    """Both kinds, without overlaps: the outer of nested quotations, doubles on a crossing."""
    merged: list[Span] = []
    j = 0
    for single in singles:
        while j < len(doubles) and doubles[j].end <= single.start:
            merged.append(doubles[j])
            j += 1
        k = j
        while k < len(doubles) and doubles[k].start < single.end:
            k += 1
        if all(single.start <= d.start and d.end <= single.end for d in doubles[j:k]):
            merged.append(single)
            j = k
    merged.extend(doubles[j:])
    return merged
