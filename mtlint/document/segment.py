"""Paragraphs and sentences, with exact offsets."""

from __future__ import annotations

import re

from mtlint.document.span import Span

_BLANK_LINES = re.compile(r"\n[ \t\r]*\n[\s]*")
# Titles and other abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen",
    "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m",
))
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


def paragraphs(text: str) -> list[Span]:
    """Non-blank blocks separated by one or more blank lines, trimmed."""
    spans: list[Span] = []
    start = 0
    for match in _BLANK_LINES.finditer(text):
        _append_trimmed(spans, text, start, match.start())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def sentences(text: str, paras: list[Span]) -> list[Span]:
    """Sentences within each paragraph; a cheap splitter aware of abbreviations."""
    spans: list[Span] = []
    for para in paras:
        start = para.start
        for match in _SENTENCE_END.finditer(text, para.start, para.end):
            word = text[max(para.start, match.start() - 6) : match.start()].split()
            if word and word[-1].lower().lstrip("(") in _ABBREVIATIONS:
                continue
            if len(word) and len(word[-1]) == 1 and word[-1].isupper():
                continue  # an initial: "Donald J. Trump"
            _append_trimmed(spans, text, start, match.end())
            start = match.end()
        _append_trimmed(spans, text, start, para.end)
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
