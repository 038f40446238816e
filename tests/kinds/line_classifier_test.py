"""The widget-line and vocabulary-line kinds: short lines that are not prose."""

from __future__ import annotations

from tests.kinds.rule_helpers import flagged


def test_widget_needs_two_different_signals() -> None:
    assert flagged("A110", "Hanoi 31°C\n\nText.") == []
    assert flagged("A110", "Hanoi 31°C Sunny\n\nText.") == ["Hanoi 31°C Sunny"]


def test_widget_line_that_reads_as_a_sentence_is_prose() -> None:
    assert flagged("A110", "The IHSG fell ▼ 0.4% on Monday\n\nText.") == []


def test_widget_words_are_counted_by_their_letters() -> None:
    cities = "Hanoi Hue Danang Saigon Cantho Haiphong Vinh Dalat Nhatrang Pleiku Sapa"
    line = f"{cities} 31°C Sunny"  # 13 words with letters: one too many for a widget line
    assert flagged("A110", f"{line}\n\nText.") == []
    shorter = line.replace("Sapa ", "")  # 12; numbers and symbols (½, ▲) do not count
    assert flagged("A110", f"{shorter} ½ ▲ 15,620\n\nText.") == [f"{shorter} ½ ▲ 15,620"]


def test_vocabulary_line_needs_only_known_words() -> None:
    assert flagged("A112", "Share on Facebook\n\nText.") == ["Share on Facebook"]
    assert flagged("A112", "Share on Facebook rose\n\nText.") == []


def test_vocabulary_line_needs_two_keywords() -> None:
    assert flagged("A112", "Share\n\nText.") == []


def test_widget_words_are_pieces_with_a_letter_however_many_pieces_without() -> None:
    # the blank-separated pieces stand for the words only while they are few: pieces
    # without a letter (numbers, arrows) do not count towards the word limit
    text = "Jakarta 31°C Cloudy 1 2 3 4 5 6 7 8 9 10 11 12 ▲\n\nThe storm came."
    assert flagged("A110", text) == ["Jakarta 31°C Cloudy 1 2 3 4 5 6 7 8 9 10 11 12 ▲"]


def test_a_widget_word_is_not_split_at_an_information_separator() -> None:
    # U+001C-U+001F split a str but are not white space to the word pattern: "Jakarta\x1cthe"
    # is one word, not the sentence word "the"
    text = "Jakarta\x1cthe 31°C Cloudy\n\nThe storm came."
    assert flagged("A110", text) == ["Jakarta\x1cthe 31°C Cloudy"]
