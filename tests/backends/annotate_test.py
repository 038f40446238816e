"""Paragraphs as LanguageTool annotations: masked text becomes markup."""

from __future__ import annotations

from mtlint.backends.annotate import Part, annotation, paragraphs_of
from mtlint.document import Document, Span


def test_each_paragraph_is_one_text_part_with_its_offset() -> None:
    doc = Document("First one.\n\nSecond one.\n")
    paragraphs = paragraphs_of(doc)
    assert [(p.start, p.parts) for p in paragraphs] == [
        (0, (Part("First one."),)), (12, (Part("Second one."),))]


def test_masked_text_inside_a_paragraph_is_markup() -> None:
    text = "See https://x.org for more."
    doc = Document(text, masked=[Span(4, 17)])
    (para,) = paragraphs_of(doc)
    assert para.parts == (Part("See "), Part("https://x.org", markup=True), Part(" for more."))
    assert para.text == text


def test_glued_markup_reads_as_a_space_and_multi_line_markup_as_a_line_break() -> None:
    doc = Document("word<!-- x -->word and `a\nb` end", masked=[Span(4, 14), Span(23, 28)])
    (para,) = paragraphs_of(doc)
    markup = [p for p in para.parts if p.markup]
    assert [m.interpret_as for m in markup] == [" ", "\n"]


def test_a_metadata_header_is_not_sent() -> None:
    doc = Document(" date 2023-10-01\n\nHe left.\n")
    assert [p.text for p in paragraphs_of(doc)] == ["He left."]


def test_annotation_joins_paragraphs_with_the_separator() -> None:
    doc = Document("One.\n\nSee `x` two.", masked=[Span(10, 13)])
    data = annotation(paragraphs_of(doc), "\n\n")
    assert data == {"annotation": [
        {"text": "One."}, {"text": "\n\n"}, {"text": "See "},
        {"markup": "`x`", "interpretAs": ""}, {"text": " two."}]}


def test_the_key_changes_with_the_text_only() -> None:
    first = paragraphs_of(Document("Same words."))[0]
    moved = paragraphs_of(Document("Other.\n\nSame words."))[1]
    changed = paragraphs_of(Document("Same word."))[0]
    assert first.key == moved.key
    assert first.key != changed.key
