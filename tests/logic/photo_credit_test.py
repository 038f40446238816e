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


@pytest.mark.parametrize(("text", "credit"), [
    ("Crowds gathered. Photo\t/ REUTERS\n", "Photo\t/ REUTERS"),
    ("Crowds gathered. Photo © Theo Rouby / AFP\n", "Photo © Theo Rouby / AFP"),
    ("Crowds gathered. Photo by Xinhua reporter Chen Zhonghao\n",
     "Photo by Xinhua reporter Chen Zhonghao"),
    ("Crowds gathered [Photo] on Monday.", "[Photo]"),
    ("Crowds gathered (Getty Images) on Monday.", "(Getty Images)"),
    ("Crowds gathered. EFE/Ailen Díaz\n", "EFE/Ailen Díaz"),
], ids=["tab-slash", "copyright", "by", "bracket-before", "bracket-after", "agency"])
def test_each_way_a_label_or_agency_stands_in_a_credit_is_found(text: str, credit: str) -> None:
    # the label patterns run only where a label has a bracket before it or a separator
    # or a bracket after it, the agency pattern only in texts with a slash
    found = [text[d.start : d.end] for d in lint_text(text, config={"select": ["B101"]})]
    assert found == [credit]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_the_label_patterns_are_tried_on_every_line_holding_a_label(newline: str) -> None:
    # they run line by line, on the lines where the finder found a label: the first
    # line's credit, two on one line, and the last line's without a line break after it
    text = (f"Photo: Antara{newline}The photo went viral.{newline}{newline}"
            f"Crowds gathered (Photo: AP) and (DHA Photo) left.{newline}"
            "Talks ended. Photo/REUTERS")
    found = [text[d.start : d.end] for d in lint_text(text, config={"select": ["B101"]})]
    assert found == ["Photo: Antara", "(Photo: AP)", "(DHA Photo)", "Photo/REUTERS"]


def _credits(text: str) -> list[str]:
    return [text[d.start : d.end] for d in lint_text(text, config={"select": ["B101"]})]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_the_agency_patterns_are_tried_on_every_line_holding_a_slash(newline: str) -> None:
    # they run on the lines holding a "/", each with the line before it (an agency of two
    # words may break between them): the first line's credit, a bracketed one, a name
    # broken over blank lines, and the last line's without a line break after it
    text = (f"EFE/Ailen Díaz{newline}Rain fell.{newline}"
            f"Crowds gathered (ANTARA FOTO/Dewi Rahmawati) and left.{newline}"
            f"Talks ended. RIA{newline}{newline}Novosti/Ivan Petrov{newline}"
            "Talks ended. AFP/John Doe")
    assert _credits(text) == ["EFE/Ailen Díaz", "(ANTARA FOTO/Dewi Rahmawati)",
                              f"RIA{newline}{newline}Novosti/Ivan Petrov", "AFP/John Doe"]


def test_an_agency_credit_must_close_its_line_with_blanks_and_tabs_only() -> None:
    # the line's trailing no-break space is no blank before its end: no credit
    assert _credits("Crowds gathered. AFP/John Doe\u00a0\nRain fell.") == []
