"""Quotation spans: curly, straight, guillemets, and quotes left open."""

from __future__ import annotations

import pytest

from mtlint.document import Document


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Document(text).quotes.spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“We will win,” he said.", ["“We will win,”"], id="curly"),
        pytest.param('He said "no" twice and "yes" once.', ['"no"', '"yes"'], id="straight"),
        pytest.param("«Da», she said.", ["«Da»"], id="guillemets"),
        pytest.param("“First paragraph.\n\n“Second.” he said", ["“First paragraph.", "“Second.”"],
                     id="open-at-paragraph-end"),
        pytest.param("It is 5\" long and 6\" wide.", [], id="inch-marks"),
        pytest.param("Kim Jong-un’s subordinate", [], id="apostrophe"),
    ],
)
def test_finds_quotations(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_the_last_character_of_mojibake_is_no_quote_mark() -> None:
    # "â€“" is an en dash read as Windows-1252: its "“" opened a quotation that hid the
    # rest of the paragraph from the rules; "â€”" (em dash) ends in "”"
    assert _quoted("Prices â€“ sugar and rice â€” rose, “he said” twice.") == ["“he said”"]
    assert _quoted("The “€” sign and “€“ marks” stay.") == ["“€”", "“€“ marks”"]


def test_in_quote_covers_the_marks_and_nothing_outside() -> None:
    doc = Document("He said “America” today.")
    assert doc.in_quote(8, 9)
    assert doc.in_quote(9, 16)
    assert not doc.in_quote(0, 7)
    assert not doc.in_quote(18, 23)


def test_each_paragraph_pairs_only_its_own_marks() -> None:
    text = "“A,” he said. “B\n\n‘C’ and “D,” she said.\n\n„E“ and «F\n\nG»."
    assert _quoted(text) == ["“A,”", "“B", "‘C’", "“D,”", "„E“", "«F"]
