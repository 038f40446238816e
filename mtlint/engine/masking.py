"""Which edits a rule's fix may not make: inside masked text, or half of a block marker."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.fix.model import Edit


def touches_protected_text(doc: Document, edit: Edit) -> bool:
    """Whether ``edit`` changes masked text or a Markdown block marker.

    Masked text (front matter, code, link targets, HTML, suppression
    comments) is never edited. A block marker (``#``, ``>``, a list bullet)
    may only go together with its whole line, so a fix cannot leave a
    half-edited marker or glue text onto one.
    """
    if edit.start == edit.end:  # an insertion touches a span only strictly inside it
        span = doc.masked.find(edit.start) or doc.markup.find(edit.start)
        return span is not None and span.start < edit.start
    if doc.masked.overlaps(edit.start, edit.end):
        return True
    return doc.markup.overlaps(edit.start, edit.end) and not _deletes_whole_lines(doc, edit)


def _deletes_whole_lines(doc: Document, edit: Edit) -> bool:
    text = doc.text
    starts_line = edit.start == 0 or text[edit.start - 1] == "\n"
    ends_line = edit.end == len(text) or text[edit.end - 1] == "\n" or text[edit.end] in "\r\n"
    return starts_line and ends_line and not edit.replacement.strip()
