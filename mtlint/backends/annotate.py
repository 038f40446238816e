"""The lintable text of a document as LanguageTool's ``data`` annotation, paragraph by paragraph.

Masked regions (metadata lines, Markdown code, links and URLs) are sent as
markup, which LanguageTool skips while still counting it in its offsets, so
findings point into the file's own text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from mtlint.document import Document, Span


@dataclass(frozen=True, slots=True)
class Part:
    """A stretch of a paragraph: text to check, or markup read as ``interpret_as``."""

    text: str
    markup: bool = False
    interpret_as: str = ""

    def as_json(self) -> dict[str, str]:
        if not self.markup:
            return {"text": self.text}
        return {"markup": self.text, "interpretAs": self.interpret_as}


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document: where it starts and its annotated parts."""

    start: int
    parts: tuple[Part, ...]

    @cached_property
    def text(self) -> str:
        """The paragraph as it is in the file, markup included."""
        return "".join(part.text for part in self.parts)

    @cached_property
    def key(self) -> str:
        """A hash of what LanguageTool is asked about this paragraph."""
        digest = hashlib.sha256()
        for part in self.parts:
            marker = f"\0markup\0{part.interpret_as}\0" if part.markup else "\0text\0"
            digest.update(f"{marker}{part.text}".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


def paragraphs_of(doc: Document) -> list[Paragraph]:
    """The document's paragraphs with their masked regions as markup."""
    return [Paragraph(span.start, _parts(doc, span)) for span in doc.paragraphs]


def _parts(doc: Document, para: Span) -> tuple[Part, ...]:
    parts: list[Part] = []
    position = para.start
    for masked in doc.masked.spans:
        start, end = max(masked.start, para.start), min(masked.end, para.end)
        if start >= end:
            continue
        if start > position:
            parts.append(Part(doc.text[position:start]))
        parts.append(_markup(doc.text, start, end))
        position = end
    if position < para.end:
        parts.append(Part(doc.text[position : para.end]))
    return tuple(parts)


def _markup(text: str, start: int, end: int) -> Part:
    """Masked text stands for a line break if it spans one, else for a word break if needed."""
    inner = text[start:end]
    if "\n" in inner:
        return Part(inner, markup=True, interpret_as="\n")
    glued = start > 0 and end < len(text) and not text[start - 1].isspace() \
        and not text[end].isspace()
    return Part(inner, markup=True, interpret_as=" " if glued else "")


def annotation(paragraphs: list[Paragraph], separator: str) -> dict[str, Any]:
    """The ``data`` value of one request checking ``paragraphs``, joined by ``separator``."""
    items: list[dict[str, str]] = []
    for i, para in enumerate(paragraphs):
        if i:
            items.append({"text": separator})
        items.extend(part.as_json() for part in para.parts)
    return {"annotation": items}
