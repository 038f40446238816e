"""D102, repeated sentence: which sentences repeat, whatever closes them."""

from __future__ import annotations

import pytest

from tests.kinds.rule_helpers import flagged


def _flagged(text: str) -> list[str]:
    return flagged("D102", text)


@pytest.mark.parametrize(("text", "flagged"), [
    # shorter than the openings compared, and closed differently
    ("Six men died in a big flood! Rescuers came. Six men died in a big flood.",
     ["Six men died in a big flood."]),
    ("Six people died in the flood... Rescuers came. Six people died in the flood?",
     ["Six people died in the flood?"]),
    # the opening ends in a space
    ("Officials said the vote count would take a week. Observers agreed. "
     "Officials said the vote count would take a week!", [
         "Officials said the vote count would take a week!"]),
])
def test_flags_a_sentence_repeated_with_another_closing(text: str, flagged: list[str]) -> None:
    assert _flagged(text) == flagged


@pytest.mark.parametrize("text", [
    "Six people died in the flood. Rescuers came. Six people died in the fire.",
    "Officials said the vote count would take a week. Officials said the vote count was over.",
])
def test_leaves_alone_sentences_that_only_open_alike(text: str) -> None:
    assert _flagged(text) == []
