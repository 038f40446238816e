"""Paragraphs and sentences, with exact offsets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.document.span import Span

# Titles and other abbreviations after which a period does not end a sentence.
_ABBREVIATIONS: Final = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen",
    "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m",
))
_LONGEST_ABBREVIATION: Final = max(map(len, _ABBREVIATIONS))
#: a sentence's end, which starts with one of ``_END_MARKS``; the group is the white
#: space after it, where the next sentence starts
_END_MARKS: Final = ".!?\u2026"
_SENTENCE_END: Final = compile_sre(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=(\s+)[\"'\u201c\u2018(\[]?[A-Z0-9])")


def paragraphs(text: str) -> list[Span]:
    r"""Non-blank blocks separated by one or more blank lines, trimmed.

    A separator is what ``\n[ \t\r]*\n\s*`` matches (``\s`` is ``str.isspace``), found as
    ``finditer`` would find it, from each line break on after the last one's end: a
    str.find per line break is faster than the pattern's scan."""
    spans: list[Span] = []
    start = 0
    end = len(text)
    at = text.find("\n")
    while at >= 0:
        after = at + 1
        while after < end and text[after] in " \t\r":
            after += 1
        if after < end and text[after] == "\n":
            _append_trimmed(spans, text, start, at)
            start = after + 1
            while start < end and text[start].isspace():
                start += 1
            at = text.find("\n", start)
        else:
            at = text.find("\n", at + 1)
    _append_trimmed(spans, text, start, end)
    return spans


def sentences(text: str, paras: list[Span]) -> list[Span]:
    """Sentences within each paragraph; a cheap splitter aware of abbreviations.

    A paragraph is trimmed, a sentence ends at punctuation and the next starts after
    the white space that follows it, so no sentence needs trimming."""
    spans: list[Span] = []
    # the pattern is tried where its first character is, as finditer would go on: a
    # search for each character is several times faster than finditer's scan
    marks = positions_of(text, _END_MARKS, 0, len(text))
    k = 0
    for para in paras:
        start = resume = para.start
        while k < len(marks) and marks[k] < para.end:
            at = marks[k]
            k += 1
            if at < resume or at + 2 >= para.end:
                continue  # the pattern needs a blank and a sentence's start after the mark
            if text[at + 1] == " " and _starts_plainly(text[at + 2]):
                # the common end, ". The": what the pattern would match, without a match
                end, after = at + 1, at + 2
            else:
                match = _SENTENCE_END.match(text, at, para.end)
                if match is None:
                    continue
                end, after = match.end(), match.end(1)
            resume = end
            if _may_abbreviate(text, max(para.start, at - 6), at):
                word = text[max(para.start, at - 6) : at].split()
                if word and (lower(word[-1]).lstrip("(") in _ABBREVIATIONS
                             or (len(word[-1]) == 1 and word[-1].isupper())):
                    continue  # "Mr.", an initial: "Donald J. Trump"
            spans.append(Span(start, end))
            start = after
        spans.append(Span(start, para.end))
    return spans


def _starts_plainly(char: str) -> bool:
    """Whether a sentence may start with ``char`` right after a mark and a space: an ASCII
    capital or digit, as the pattern has it."""
    return "A" <= char <= "Z" or "0" <= char <= "9"


def _may_abbreviate(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` ends with more letters than an abbreviation has: its
    last word is then no abbreviation (``(`` aside, it has only letters, and lowering never
    shortens a word) nor an initial (one letter)."""
    return end - start <= _LONGEST_ABBREVIATION or \
        not text[end - _LONGEST_ABBREVIATION - 1 : end].isalpha()


def positions_of(text: str, needles: Iterable[str], start: int, end: int) -> list[int]:
    """Where any of ``needles`` (characters or strings) starts in ``text[start:end]``, in
    order: a search for each is many times faster than a pattern of them all."""
    found = []
    for needle in needles:
        at = text.find(needle, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1, end)
    found.sort()
    return found


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
