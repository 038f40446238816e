"""Line index, metadata header and masking."""

from __future__ import annotations

import datetime as dt

import pytest

from mtlint.document import Document


def test_positions_are_one_based_code_points() -> None:
    doc = Document("ab\r\n😀cd\nef")
    assert doc.position(0) == (1, 1)
    assert doc.position(2) == (1, 3)  # the \r is part of line 1
    assert doc.position(4) == (2, 1)
    assert doc.position(5) == (2, 2)  # one code point per emoji
    assert doc.position(9) == (3, 2)


def test_line_span_excludes_the_line_break() -> None:
    doc = Document("ab\r\ncd\n")
    first = doc.line_span(1)
    assert doc.text[first.start : first.end] == "ab"


def test_header_date_is_read_and_masked() -> None:
    doc = Document(" date 2023-10-01 loading…\n\nText.")
    assert doc.article_date == dt.date(2023, 10, 1)
    assert doc.lint_text.startswith(" " * 16 + " loading…")
    assert len(doc.lint_text) == len(doc.text)


def test_no_header_without_a_valid_date() -> None:
    assert Document(" date 2023-13-01\nText").article_date is None
    assert Document("The date 2023-10-01 was set.").article_date is None


def test_sentences_respect_abbreviations_and_initials() -> None:
    text = "Mr. Kim met Donald J. Trump in the U.S. capital. They talked. Then left."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "Mr. Kim met Donald J. Trump in the U.S. capital.", "They talked.", "Then left."]


@pytest.mark.parametrize(("text", "sentences"), [
    # a run of marks ends one sentence once; the next starts after all the white space
    ("He left... She came?! \t\u00a0Then “Go.” Yes.",
     ["He left...", "She came?!", "Then “Go.”", "Yes."]),
    ("Prices rose 2.5 percent… (The bank) said so.\nNo. 5 won.",
     ["Prices rose 2.5 percent…", "(The bank) said so.", "No. 5 won."]),
    # the last sentence of a paragraph ends with it, whatever follows
    ("It rained.\n\nIt stopped. \n\n  Then.", ["It rained.", "It stopped.", "Then."]),
    ("Mr. Kim. Ms. Lee left. A. B. Smith came.", ["Mr. Kim.", "Ms. Lee left.",
                                                   "A. B. Smith came."]),
], ids=["runs-and-blanks", "ellipsis-and-bracket", "paragraph-ends", "abbreviations"])
def test_sentences_split_after_each_end(text: str, sentences: list[str]) -> None:
    assert [text[s.start : s.end] for s in Document(text).sentences] == sentences


def test_memo_computes_once_per_key_even_when_the_value_is_none() -> None:
    doc = Document("Text.")
    calls: list[str] = []

    def compute(key: str) -> None:
        calls.append(key)

    for _ in range(3):
        assert doc.memo("a", lambda: compute("a")) is None
        doc.memo("b", lambda: compute("b"))
    assert calls == ["a", "b"]
    assert Document("Text.").memo("a", lambda: 1) == 1  # another document computes its own


@pytest.mark.parametrize(("text", "starts"), [
    ("", [0]), ("a", [0]), ("a\n", [0, 2]), ("\n\n", [0, 1, 2]), ("ab\r\ncd\nef", [0, 4, 7]),
])
def test_line_starts_are_zero_and_each_offset_after_a_line_break(text: str,
                                                                 starts: list[int]) -> None:
    assert Document(text).line_starts == starts
