"""Patterns run only on documents holding their literal prefix."""

from __future__ import annotations

import pytest

from mtlint.kinds.gated import literal_prefix


@pytest.mark.parametrize(("source", "literal", "ignore_case"), [
    (r"\[ad_\d{1,2}\]", "[ad_", False),
    (r"(?i)\[Gambas:[^\]]+\]", "[gambas:", True),
    (r"\[(?i:anchor)\]", "[", False),
    (r"ab?c", "a", False),
    (r"\uFFFD+", "\ufffd", False),
    (r"\uFFFDx", "\ufffdx", False),
    (r"[.!?](?=[A-Z])", "", False),
    (r"(?i)this (?:article)", "this", True),
], ids=["escaped", "ignore-case", "inline-flag-group", "quantified", "repeated-escape",
        "unicode-escape", "class", "space"])
def test_literal_prefix(source: str, literal: str, ignore_case: bool) -> None:
    assert literal_prefix(source) == (literal, ignore_case)
