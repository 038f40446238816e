"""B101 photo credits: line endings are kept when a credit is removed."""

from __future__ import annotations

import pytest

from mtlint.api import fix_text, lint_text


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_credits_end_before_the_line_break_whatever_its_style(newline: str) -> None:
    text = (f"Talks were held on Monday. Photo/REUTERS{newline}{newline}"
            f"Crowds gathered outside. AFP/John Doe{newline}")
    found = [text[d.start : d.end] for d in lint_text(text, config={"select": ["B101"]})]
    assert found == ["Photo/REUTERS", "AFP/John Doe"]
    fixed, _ = fix_text(text, config={"select": ["B101"]}, unsafe=True)
    assert fixed == f"Talks were held on Monday.{newline}{newline}Crowds gathered outside.{newline}"
