"""Line cores, lowered text and tokens shared by the line- and word-oriented rules."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.document.lines import line_at, line_key, lines, lower_in_place, unusual


def test_line_core_drops_bullets_and_closing_punctuation() -> None:
    doc = Document("Intro.\n\n  • Share this article!  \n")
    share = lines(doc)[1]
    assert doc.text[share.start : share.end] == "• Share this article!"
    assert doc.text[share.core_start : share.core_end] == "Share this article"
    assert share.key == "share this article"


def test_long_line_has_no_key() -> None:
    doc = Document("word " * 40)
    assert lines(doc)[0].key == ""


def test_line_key_normalises_a_phrase_like_a_line() -> None:
    assert line_key("  Lupa   kata sandi? ") == "lupa kata sandi"


def test_line_at_finds_the_line_or_none_between_lines() -> None:
    doc = Document("one\n\ntwo")
    assert line_at(doc, 6) == lines(doc)[1]
    assert line_at(doc, 4) is None


def test_lower_in_place_keeps_offsets_when_lower_case_is_longer() -> None:
    text = "İstanbul DEAL"
    assert lower_in_place(text) == "istanbul deal"


def test_masked_text_is_not_a_line() -> None:
    doc = Document(" date 2023-10-01\nBody text.")
    assert [doc.text[line.start : line.end] for line in lines(doc)] == ["Body text."]


def test_unusual_keeps_other_characters_in_order_and_adjacent() -> None:
    doc = Document("Caf\u00c3\u00a9 \u2019s\tok\r\nx\x0by \ud800!")
    assert unusual(doc) == "\u00c3\u00a9\u2019\x0b\ud800"
    assert unusual(Document("Plain\ttext.\r\n")) == ""


def test_line_keys_have_single_spaces_whatever_the_white_space() -> None:
    text = "Share\u00a0this\u3000ARTICLE\n  Read \t also:\nPlain words here\nZero\u200bwidth  x"
    assert [line.key for line in lines(Document(text))] == [
        "share this article", "read also", "plain words here", "zero\u200bwidth x"]
