"""D101, repeated paragraph: the words that make two neighbouring lines nearly the same."""

from __future__ import annotations

import pytest

from tests.kinds.rule_helpers import flagged


def _flagged(text: str) -> list[str]:
    return flagged("D101", text)


@pytest.mark.parametrize("second", [
    # punctuation beyond ASCII separates words as any other does
    "Officials say “the dam is safe” — for now — in West Jakarta",
    # words with letters beyond ASCII are words
    "Officials say the dam in Hà Nội is safe for now, in Jakarta",
    "Officials_say the dam is safe for now in West Jakarta today",
])
def test_flags_a_line_nearly_repeating_the_one_before(second: str) -> None:
    text = f"Officials say the dam is safe for now in West Jakarta.\n\n{second}\n\nEnd."
    assert _flagged(text) == [second]


@pytest.mark.parametrize(("first", "second"), [
    # digits beyond ASCII are numbers: two facts
    ("Exports rose ٥ percent in the first quarter of the year",
     "Exports rose ٧ percent in the first quarter of the year."),
    # letters beyond ASCII make other words
    ("Nội Bài airport reopened on Monday", "Nài Bội airport reopened on Monday"),
])
def test_leaves_alone_lines_whose_words_differ(first: str, second: str) -> None:
    text = f"{first}\n\n{second}"
    assert _flagged(text) == []


@pytest.mark.parametrize("marks", [
    "«»·",  # a few marks beyond ASCII, each made a space on its own
    "«»·‹›†‡•‰′″‴※‼⁂⁑⁓⁕∗∘",  # many: made spaces in one pass
])
def test_marks_beyond_ascii_between_words_with_letters_beyond_ascii_separate_them(
        marks: str) -> None:
    words = ["Officials", "say", "the", "dam", "in", "Hà", "Nội", "is", "safe", "for", "now"]
    glued = "".join(word + marks[i % len(marks)] for i, word in enumerate(words)) + marks
    text = f"Officials say the dam in Hà Nội is safe, for now.\n\n{glued}\n\nEnd."
    assert _flagged(text) == [glued]
