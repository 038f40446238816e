"""Choosing the layout by file name; plain-text suppression comment lines; merging spans."""

from __future__ import annotations

from mtlint.document.layout import is_markdown, merge_spans, read_layout
from mtlint.document.span import Span


def test_markdown_is_chosen_by_suffix_in_any_case() -> None:
    assert [is_markdown(p) for p in ("news/a.md", "A.MARKDOWN", "a.txt", "-", "md")] == [
        True, True, False, False, False]


def test_plain_text_comment_lines_are_masked_comments() -> None:
    text = "Text.\n  <!-- mtlint: disable=G101 -->  \r\nNot <!-- mtlint: enable --> here.\n"
    layout = read_layout(text, "a.txt")
    start = text.index("<!--")
    assert layout.suppression_comments == [Span(start, start + 29)]
    assert layout.masked == layout.suppression_comments
    assert layout.markup == []
    assert layout.date is None


def test_plain_text_without_comments_has_an_empty_layout() -> None:
    layout = read_layout("Text with --> arrows.\n", "a.txt")
    assert layout.masked == []
    assert layout.suppression_comments == []


def test_merge_joins_overlapping_and_touching_spans_and_drops_empty_ones() -> None:
    spans = [Span(5, 8), Span(0, 2), Span(2, 3), Span(6, 10), Span(12, 12), Span(11, 13)]
    assert merge_spans(spans) == [Span(0, 3), Span(5, 10), Span(11, 13)]
