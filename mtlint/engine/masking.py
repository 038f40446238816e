"""Which edits a rule's fix may not make: inside masked text, or half of a block marker."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.fix.model import Edit


def touches_protected_text(doc: Document, edit: Edit) -> bool:
    """Whether ``edit`` changes masked text or a Markdown block marker.

    Masked text (front matter, code, link targets, HTML, suppression
    comments) is never edited, except that deleting whole lines removes the
    masked spans lying wholly inside them (a related-article line with its
    link). A block marker (``#``, ``>``, a list bullet) may only go together
    with its whole line, so a fix cannot leave a half-edited marker or glue
    text onto one.
    """
    if edit.start == edit.end:  # an insertion touches a span only strictly inside it
        span = doc.masked.find(edit.start) or doc.markup.find(edit.start)
        return span is not None and span.start < edit.start
    masked = doc.masked.overlaps(edit.start, edit.end)
    if not masked and not doc.markup.overlaps(edit.start, edit.end):
        return False  # most edits: nothing protected near them
    if not _deletes_whole_lines(doc, edit):
        return True
    return masked and doc.masked.cuts(edit.start, edit.end)


def in_masked_text(doc: Document, start: int, end: int) -> bool:
    """Whether a finding at ``[start, end)`` reads masked text, which the rules saw as
    blanks: one inside or across a masked span is an artefact of the blanking (``the
    `x` the`` is no doubled word). A finding on whole lines that holds masked spans
    whole (a related-article line with its link) is about the lines, and stands."""
    if not doc.masked.overlaps(start, end):
        return False
    return doc.masked.cuts(start, end) or not _whole_lines(doc, start, end)


def _whole_lines(doc: Document, start: int, end: int) -> bool:
    """Only blanks (or blanked block markers) before ``start`` and after ``end`` on their lines."""
    line_start = doc.lint_text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    return not doc.lint_text[line_start:start].strip() and not doc.text[end:line_end].strip()


def _deletes_whole_lines(doc: Document, edit: Edit) -> bool:
    text = doc.text
    starts_line = edit.start == 0 or text[edit.start - 1] == "\n"
    ends_line = edit.end == len(text) or text[edit.end - 1] == "\n" or text[edit.end] in "\r\n"
    return starts_line and ends_line and not edit.replacement.strip()
