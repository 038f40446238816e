"""Removal edits take exactly the white space the deletion leaves surplus."""

from __future__ import annotations

import pytest

from mtlint.api import fix_text
from mtlint.fix.spacing import removal_edit


def _remove(text: str, part: str) -> str:
    start = text.index(part)
    edit = removal_edit(text, start, start + len(part))
    return text[: edit.start] + edit.replacement + text[edit.end :]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        pytest.param(" date 2023-10-01 loading…\n\nX", "loading…", " date 2023-10-01\n\nX",
                     id="after-header"),
        pytest.param("a\n\nRead also: X\n\nb\n", "Read also: X", "a\n\nb\n", id="paragraph"),
        pytest.param("a\nRead also: X\nb\n", "Read also: X", "a\nb\n", id="line"),
        pytest.param("a\n\nRead also: X\n", "Read also: X", "a\n", id="last-paragraph"),
        pytest.param("a\r\n\r\nRead also: X\r\n\r\nb\r\n", "Read also: X", "a\r\n\r\nb\r\n",
                     id="crlf"),
        pytest.param("Russia. Photo/REUTERS\n\nNext", "Photo/REUTERS", "Russia.\n\nNext",
                     id="end-of-line"),
        pytest.param("loading… The talks", "loading…", "The talks", id="line-start"),
        pytest.param("Korea (North Korea) Im", "(North Korea)", "Korea Im", id="inline"),
    ],
)
def test_removal_keeps_single_spacing(text: str, part: str, expected: str) -> None:
    assert _remove(text, part) == expected


@pytest.mark.parametrize(("text", "fixed"), [
    ("## Read also: Flood victims receive aid\n\nThe governor thanked volunteers.\n",
     "The governor thanked volunteers.\n"),
    ("> Read also: Flood victims receive aid\n\nThe governor thanked volunteers.\n",
     "The governor thanked volunteers.\n"),
    ("Intro text here.\n\n- item one\n- Read also: Flood victims receive aid\n- item three\n",
     "Intro text here.\n\n- item one\n- item three\n"),
    ("## Talks resume [ad_1]\n\nText.\n", "## Talks resume\n\nText.\n"),
    ("## [ad_1]\n\nText.\n", "Text.\n"),
], ids=["heading", "quote", "list-item", "heading-keeps-its-words", "heading-of-a-placeholder"])
def test_a_removed_markdown_line_takes_its_markers(text: str, fixed: str) -> None:
    assert fix_text(text, config={"select": ["A"]}, path="a.md")[0] == fixed
