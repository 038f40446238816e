"""L106: texts whose brackets all pair up on their lines are passed over at once; the
others are walked paragraph by paragraph as before."""

from __future__ import annotations

import pytest

from tests.kinds.rule_helpers import flagged


@pytest.mark.parametrize(("text", "marks"), [
    ("Prices (in dollars) rose [sharply]. ((reference", ["(", "("]),
    ("He left (then [came] back) said)", [")"]),
    ("a (b [c) d]", ["(", ")"]),
    ("(a)\n\n(b)\n\nc (d", ["("]),
    ("Deep " + "(" * 201 + ")" * 201, ["("] * 201),
], ids=["opened", "closed", "crossed", "last-paragraph", "nested-past-the-limit"])
def test_unmatched_brackets_are_found(text: str, marks: list[str]) -> None:
    assert flagged("L106", text) == marks


@pytest.mark.parametrize("text", [
    "Prices (in [US] dollars) rose.\n\nItems: (1) a (2) b",
    "A list (first\nsecond) over two lines of one paragraph.",
], ids=["pairs-on-lines", "pair-over-a-line-break"])
def test_matched_brackets_are_not_flagged(text: str) -> None:
    assert flagged("L106", text) == []
