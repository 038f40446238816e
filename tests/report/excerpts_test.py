"""A report keeps only the lines its findings touch, and answers as the document would."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtlint.document import Document
from mtlint.report.excerpts import CONTEXT, Excerpts

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


@given(_LINES, st.data())
def test_several_spans_keep_their_lines_in_order(lines: list[str], data: st.DataObject) -> None:
    text = "\n".join(lines)
    doc = Document(text)
    bounds = st.integers(0, len(text))
    spans = [(min(a, b), max(a, b)) for a, b in data.draw(st.lists(st.tuples(bounds, bounds),
                                                                    max_size=6))]
    excerpts = Excerpts(doc, spans)
    numbers = excerpts._line_numbers
    assert list(numbers) == sorted(set(numbers))  # bisected by position(): in order, once
    for start, end in spans:
        assert excerpts.excerpt(start, end) == text[start:end]
        assert excerpts.position(start) == doc.position(start)
        assert excerpts.position(end) == doc.position(end)
        for line in range(doc.position(start)[0], doc.position(end)[0] + 1):
            assert excerpts.line_span(line) == doc.line_span(line)


def test_only_the_text_near_findings_is_kept() -> None:
    filler = "A clean line of an article that reports nothing odd.\n" * 20_000
    text = filler + "Read also: the residue line\n" + filler
    offset = text.index("Read also")
    excerpts = Excerpts(Document(text), [(offset, offset + 9)])
    assert excerpts._pieces == ("Read also: the residue line",)
    assert excerpts._line_numbers == (20_001,)  # one line of 40,001 is kept
    with pytest.raises(ValueError, match="not near"):
        excerpts.excerpt(0, 5)
    with pytest.raises(ValueError, match="not on a line"):
        excerpts.position(0)


def test_context_is_kept_either_side_within_the_line() -> None:
    line = "x" * 200 + "FOUND" + "y" * 200
    text = "before\n" + line + "\nafter\n"
    offset = text.index("FOUND")
    excerpts = Excerpts(Document(text), [(offset, offset + 5)])
    assert excerpts._pieces == ("x" * (CONTEXT + 1) + "FOUND" + "y" * (CONTEXT + 1),)
    assert excerpts.line_span(2) == Document(text).line_span(2)


def test_a_clean_file_keeps_no_text_and_no_lines() -> None:
    excerpts = Excerpts(Document("Nothing to report here.\nOr here.\n", "a.txt"), [])
    assert (excerpts._pieces, excerpts._lines, excerpts.words) == ((), {}, 6)


def test_nearby_findings_share_one_piece() -> None:
    text = "one two three four\n"
    excerpts = Excerpts(Document(text), [(0, 3), (8, 13)])
    assert excerpts._pieces == ("one two three four",)


def test_a_span_across_lines_keeps_every_line_it_crosses() -> None:
    text = "first\nsecond\nthird\n" + "z" * 100
    excerpts = Excerpts(Document(text), [(3, 15)])
    assert excerpts.excerpt(3, 15) == text[3:15]
    with pytest.raises(ValueError, match="not near"):  # the line after the span is not kept
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
