"""A report keeps only the lines its findings touch, and answers as the document would."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtlint.document import Document
from mtlint.report.excerpts import Excerpts

_LINES = st.lists(st.text(alphabet="ab \t\r“", max_size=12), min_size=1, max_size=8)


@given(_LINES, st.data())
def test_kept_lines_answer_like_the_document(lines: list[str], data: st.DataObject) -> None:
    text = "\n".join(lines)
    doc = Document(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    excerpts = Excerpts(doc, [(start, end)])
    assert excerpts.excerpt(start, end) == text[start:end]
    assert excerpts.position(start) == doc.position(start)
    assert excerpts.position(end) == doc.position(end)
    line, _ = doc.position(start)
    assert excerpts.line_span(line) == doc.line_span(line)
    assert excerpts.length == len(text)


def test_only_the_lines_with_findings_are_kept() -> None:
    filler = "A clean line of an article that reports nothing odd.\n" * 20_000
    text = filler + "Read also: the residue line\n" + filler
    offset = text.index("Read also")
    excerpts = Excerpts(Document(text), [(offset, offset + 9)])
    kept = sum(len(piece) for piece in excerpts._pieces)
    assert kept == len("Read also: the residue line\n")
    with pytest.raises(ValueError, match="not on"):
        excerpts.excerpt(0, 5)


def test_spans_on_neighbouring_lines_share_one_piece() -> None:
    text = "one\ntwo\nthree\nfour\n"
    excerpts = Excerpts(Document(text), [(4, 7), (8, 13)])
    assert excerpts._pieces == ["two\nthree\n"]
    assert excerpts.excerpt(4, 13) == "two\nthree"


def test_a_span_across_lines_keeps_every_line_it_crosses() -> None:
    text = "first\nsecond\nthird\nfourth"
    excerpts = Excerpts(Document(text), [(3, 15)])
    assert excerpts.excerpt(3, 15) == text[3:15]
    with pytest.raises(ValueError, match="not on"):  # the line after the span is not kept
        excerpts.excerpt(19, 25)


def test_whole_keeps_the_text_and_the_word_count() -> None:
    doc = Document("Three words here.\r\nAnd four more words.")
    excerpts = Excerpts(doc, [], whole=True)
    assert excerpts.text == doc.text
    assert excerpts.words == 7
    assert excerpts.line_span(1) == doc.line_span(1)  # the \r is not part of the line


def test_excerpts_survive_pickling_for_worker_processes() -> None:
    doc = Document("Alpha line.\nBeta line with a finding.\n", "news/a.txt")
    excerpts = Excerpts(doc, [(12, 16)])
    copy = pickle.loads(pickle.dumps(excerpts))
    assert (copy.path, copy.words, copy.excerpt(12, 16)) == ("news/a.txt", 7, "Beta")
    assert copy.position(16) == doc.position(16)
