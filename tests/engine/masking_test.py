"""Edits a fix may not make: inside masked text, or half of a Markdown block marker."""

from __future__ import annotations

import pytest

from mtlint.document import Document
from mtlint.engine.masking import in_masked_text, touches_protected_text
from mtlint.fix.model import Edit

TEXT = "## Read also: news\n\nSee `code` here.\n"


@pytest.mark.parametrize(("edit", "protected"), [
    (Edit(3, 18), False),          # the heading's text
    (Edit(0, 20), False),          # the whole heading line with its marker
    (Edit(1, 3), True),            # half the marker
    (Edit(1, 1, "x"), True),       # an insertion inside the marker
    (Edit(24, 30), True),          # into the code span
    (Edit(24, 24, "x"), False),    # an insertion just before the code span
    (Edit(25, 25, "x"), True),     # an insertion inside it
    (Edit(30, 31), False),         # the space after it
    (Edit(20, 37), False),         # the whole line, code span and all
    (Edit(20, 27), True),          # the line's start, cutting the code span
], ids=["text", "whole-line", "half-marker", "in-marker", "code", "before-code", "inside-code",
        "after-code", "whole-line-with-code", "line-start-into-code"])
def test_protected_edits(edit: Edit, protected: bool) -> None:
    assert touches_protected_text(Document(TEXT, "a.md"), edit) is protected


def test_plain_text_has_nothing_protected_but_its_comment_lines() -> None:
    doc = Document("## Read also\n<!-- mtlint: disable -->\n", "a.txt")
    assert not touches_protected_text(doc, Edit(1, 3))
    assert touches_protected_text(doc, Edit(12, 14))


LINK_LINE = "The minister spoke.\n\n- Read also: [Army drills](https://example.com/a)\n"


@pytest.mark.parametrize(("span", "masked"), [
    ((23, 70), False),  # the list item's whole text, link target and all
    ((23, 50), True),   # up to the link's target: cuts its brackets off
    ((36, 70), True),   # from mid-line: a finding inside the line that reads the target
    ((50, 60), True),   # inside the target
    ((0, 19), False),   # prose without masked text
], ids=["whole-line", "cut", "mid-line", "inside", "prose"])
def test_findings_reading_masked_text_are_artefacts_unless_they_hold_whole_lines(
        span: tuple[int, int], masked: bool) -> None:
    assert in_masked_text(Document(LINK_LINE, "a.md"), *span) is masked
