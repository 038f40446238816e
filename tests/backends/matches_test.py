"""Reading LanguageTool's answer: UTF-16 offsets into the batch become paragraph offsets."""

from __future__ import annotations

from typing import Any

import pytest

from mtlint.backends.annotate import paragraphs_of
from mtlint.backends.matches import Match, split_matches
from mtlint.document import Document
from mtlint.errors import BackendError


def _raw(offset: int, length: int, rule_id: str = "R") -> dict[str, Any]:
    return {"offset": offset, "length": length, "message": "m",
            "replacements": [{"value": "x"}],
            "rule": {"id": rule_id, "issueType": "grammar", "category": {"id": "GRAMMAR"}}}


def test_matches_are_placed_in_their_paragraph_in_code_points() -> None:
    paragraphs = paragraphs_of(Document("A 😀 b.\n\nC 😀 d."))
    # batch text: "A 😀 b." (7 units) + "\n\n" + "C 😀 d.": "b" at unit 5, "d" at unit 14
    found = split_matches(paragraphs, "\n\n", {"matches": [_raw(5, 1), _raw(14, 1)]})
    assert found == [[Match(4, 5, "R", "grammar", "GRAMMAR", "m", ("x",))],
                     [Match(4, 5, "R", "grammar", "GRAMMAR", "m", ("x",))]]


def test_a_match_across_the_separator_is_dropped() -> None:
    paragraphs = paragraphs_of(Document("One.\n\nTwo."))
    assert split_matches(paragraphs, "\n\n", {"matches": [_raw(3, 4)]}) == [[], []]


def test_a_match_round_trips_through_json() -> None:
    match = Match(1, 3, "R", "grammar", "GRAMMAR", "m", ("x", "y"))
    assert Match.from_json(match.as_json()) == match


@pytest.mark.parametrize("answer", [{}, {"matches": [{"offset": 0}]},
                                    {"matches": [{"offset": 0, "length": 1, "rule": {}}]}],
                         ids=["no-matches", "no-length", "no-rule-id"])
def test_a_malformed_answer_is_a_backend_error(answer: dict[str, Any]) -> None:
    with pytest.raises(BackendError):
        split_matches(paragraphs_of(Document("One.")), "\n\n", answer)
