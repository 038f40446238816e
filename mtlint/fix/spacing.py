"""Removal edits that take the white space a deletion would leave behind."""

from __future__ import annotations

from typing import Final

from mtlint.fix.model import Edit

_SPACE: Final = " \t\u00a0"


def removal_edit(text: str, start: int, end: int) -> Edit:
    """An edit deleting ``[start, end)`` and only the white space that becomes surplus.

    A span that is a whole line goes with its line break (and a blank line
    that would then double a paragraph break). An inline span goes with the
    spaces before it, or, at a line start, the spaces after it.
    """
    # Only the white space around the span is scanned, never the whole line:
    # a 5 MB single-line file has tens of thousands of removals (issue 7).
    before = _blank_before(text, start)
    after_blank = _blank_after(text, end)
    at_line_start = before == 0 or text[before - 1] == "\n"
    if at_line_start and (after_blank == len(text) or text[after_blank] == "\n"):
        return _whole_line(text, before, after_blank)
    before = start
    while before > 0 and text[before - 1] in _SPACE:
        before -= 1
    if before < start and before > 0 and text[before - 1] != "\n":
        return Edit(before, end)
    after = end
    while after < len(text) and text[after] in _SPACE:
        after += 1
    return Edit(start, after)


def _blank_before(text: str, offset: int) -> int:
    """Where the run of white space (not line breaks) ending at ``offset`` starts."""
    while offset > 0 and text[offset - 1] != "\n" and text[offset - 1].isspace():
        offset -= 1
    return offset


def _blank_after(text: str, offset: int) -> int:
    """Where the run of white space (not line breaks) starting at ``offset`` ends."""
    while offset < len(text) and text[offset] != "\n" and text[offset].isspace():
        offset += 1
    return offset


def _line_end(text: str, offset: int) -> int:
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline


def _whole_line(text: str, line_start: int, line_end: int) -> Edit:
    end = line_end + 1 if line_end < len(text) else line_end
    blank_before = line_start == 0 or _is_blank_line_before(text, line_start)
    if blank_before:
        # Take the blank lines after it too, so one paragraph break remains.
        while end < len(text):
            next_end = _line_end(text, end)
            if text[end:next_end].strip():
                break
            end = next_end + 1 if next_end < len(text) else next_end
    if end == len(text) and line_start > 0:
        # The last line: drop the line breaks before it instead, keep a final newline.
        content_end = len(text[:line_start].rstrip())
        newline = "\r\n" if text.endswith("\r\n") else "\n"
        keep = newline if text.endswith("\n") and content_end > 0 else ""
        return Edit(content_end, end, keep)
    return Edit(line_start, end)


def _is_blank_line_before(text: str, line_start: int) -> bool:
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return not text[prev_start : line_start - 1].strip()
