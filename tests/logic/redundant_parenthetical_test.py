"""E101, redundant parenthetical: where one starts and which repeat the words before."""

from __future__ import annotations

import pytest

from tests.kinds.rule_helpers import flagged


def _flagged(text: str) -> list[str]:
    return flagged("E101", text)


@pytest.mark.parametrize(("text", "flagged"), [
    # the words compare casefolded: "ß" folds to "ss", so the upper-case repeat counts
    ("The office on Hauptstraße (HAUPTSTRASSE) opened.", ["(HAUPTSTRASSE)"]),
    ("Officials in Pyongyang (PYONGYANG) denied it.", ["(PYONGYANG)"]),
    # tabs and several spaces between the word and the bracket
    ("Officials in Pyongyang\t (Pyongyang) denied it.", ["(Pyongyang)"]),
    ("Officials in Pyongyang,  (Pyongyang) denied it.", ["(Pyongyang)"]),
    # a second bracket right after the first: the first is the word before it
    ("He met Kim (Kim)(Kim) there.", ["(Kim)", "(Kim)"]),
    # a bracket opened twice: the second starts right after the first
    ("Officials in Pyongyang ((Pyongyang) denied it.", ["(Pyongyang)"]),
])
def test_flags_a_parenthetical_repeating_the_words_before(text: str,
                                                           flagged: list[str]) -> None:
    assert _flagged(text) == flagged


@pytest.mark.parametrize("text", [
    "(Pyongyang) Pyongyang denied it.",  # nothing before the bracket
    "Pyongyang\n(Pyongyang) denied it.",  # a line break before it
    "Pyongyang\u00a0(Pyongyang) denied it.",  # white space other than blanks
    "Officials in Pyongyang (Seoul) denied it.",
])
def test_leaves_alone_a_parenthetical_not_after_a_word(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("words", "flagged"), [(8, True), (9, False)])
def test_a_repeat_has_at_most_eight_words(words: int, flagged: bool) -> None:
    # the last word is looked for first: here it is always before the bracket, and
    # only the count tells the two apart
    name = " ".join(f"Zone{'x' * i}" for i in range(words))
    text = f"Officials of {name} ({name}) met."
    assert _flagged(text) == ([f"({name})"] if flagged else [])


def test_the_last_word_is_read_to_its_end() -> None:
    # "U.S." ends the parenthetical: its last word is the whole of it, found from the end
    assert _flagged("Troops of the U.S. (U.S.) left.") == ["(U.S.)"]
    assert _flagged("Troops of the U.S. (S.) left.") == []
