"""The paragraph and sentence splitters' shortcuts against the plain ones they stand for.

``segment.sentences`` skips the sentence-end pattern at the common ``. The``
and the abbreviation test after a word too long to be one; the reference
below tries the pattern at every mark and tests every word before one, as the
splitter did before: both must split every text alike.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.document.casing import lower
from mtlint.document.segment import (
    _ABBREVIATIONS,
    _SENTENCE_END,
    paragraphs,
    positions_of,
    sentences,
)
from mtlint.document.span import Span

_MARKS = re.compile(r"[.!?\u2026]")
_BLANK_LINES = re.compile(r"\n[ \t\r]*\n[\s]*")


def _reference_paragraphs(text: str) -> list[Span]:
    spans = []
    start = 0
    for match in _BLANK_LINES.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip()))
               for a, b in spans]
    return [Span(a, b) for a, b in trimmed if b > a]


def _reference(text: str, paras: list[Span]) -> list[Span]:
    spans: list[Span] = []
    for para in paras:
        start = resume = para.start
        for mark in _MARKS.finditer(text, para.start, para.end):
            at = mark.start()
            match = _SENTENCE_END.match(text, at, para.end) if at >= resume else None
            if match is None:
                continue
            resume = match.end()
            word = text[max(para.start, at - 6) : at].split()
            if word and (lower(word[-1]).lstrip("(") in _ABBREVIATIONS
                         or (len(word[-1]) == 1 and word[-1].isupper())):
                continue
            spans.append(Span(start, match.end()))
            start = match.end(1)
        spans.append(Span(start, para.end))
    return spans


_PIECES = st.sampled_from([
    ".", "!", "?", "\u2026", " ", "  ", "\t", "\n", "\n\n", "A", "Z", "7", "a", "z", "é", "É",
    "\u0130", "\u212a", "\u24b6", '"', "'", "\u201c", "\u201d", "\u2019", "(", ")", "[", "]",
    "Mr", "Corp", "Sept", "sept", "(Sept", "U.S", "p.m", "Trump", "Paris", "spoke", "J",
    "word", "votes", "etc", "No", "Inc", "eTc", "CAPT", "Janu", "ary",
    ". The", ". the", ". 7", "? A", "! é", ".\tA", ".  A", ". \u201cA", ".\u201d A", ". [A",
    "Corp. A", "Sept. B", "Trump. C", "spoke. D", "Inc. e", "J. K", "\u24b6. L", "U.S. M",
    "(Sept. N", "votes. 9", "...", "?! A", ". \u0130", ". \u212a", "\r\n", "\n \t\r\n",
    "\n\u2028\n", "\n\u00a0\n", "\u3000", "\x1c", "\n\n\n", " \n",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_sentences_split_as_the_pattern_at_every_mark_does(text: str) -> None:
    paras = paragraphs(text)
    assert paras == _reference_paragraphs(text)
    assert sentences(text, paras) == _reference(text, paras)


def test_a_sentence_of_one_capital_closes_the_paragraph() -> None:
    # ". A" closing a paragraph: the next sentence's capital is its last character
    text = "He left. A"
    assert sentences(text, paragraphs(text)) == [Span(0, 8), Span(9, 10)]
    assert positions_of(text, ".", 0, len(text)) == [7]


def test_a_mark_two_characters_before_the_paragraph_end_can_end_a_sentence() -> None:
    # the pattern needs a blank and a capital after the mark: at the paragraph's end, or
    # with one character after it, the mark ends none
    for text, found in (("Go. A", ["Go.", "A"]), ("Go.\tA", ["Go.", "A"]), ("Go. a", ["Go. a"]),
                        ("Go.A", ["Go.A"]), ('Go."', ['Go."']), ("Go.\n\nA.", ["Go.", "A."])):
        assert [text[s.start : s.end] for s in sentences(text, paragraphs(text))] == found, text


def test_a_four_letter_abbreviation_and_a_five_letter_word_before_a_period() -> None:
    text = "Shares of Acme Corp. Ltd rose. Their value fell. Trump. Then"
    assert [text[s.start : s.end] for s in sentences(text, paragraphs(text))] == [
        "Shares of Acme Corp. Ltd rose.", "Their value fell.", "Trump.", "Then"]
