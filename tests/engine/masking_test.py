"""Edits a fix may not make: inside masked text, or half of a Markdown block marker."""

from __future__ import annotations

import pytest

from mtlint.document import Document
from mtlint.engine.masking import touches_protected_text
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
], ids=["text", "whole-line", "half-marker", "in-marker", "code", "before-code", "inside-code",
        "after-code"])
def test_protected_edits(edit: Edit, protected: bool) -> None:
    assert touches_protected_text(Document(TEXT, "a.md"), edit) is protected


def test_plain_text_has_nothing_protected_but_its_comment_lines() -> None:
    doc = Document("## Read also\n<!-- mtlint: disable -->\n", "a.txt")
    assert not touches_protected_text(doc, Edit(1, 3))
    assert touches_protected_text(doc, Edit(12, 14))
