"""C101 editor initials, A111 headline site names, D101-D103 repeats."""

from __future__ import annotations

from tests.kinds.rule_helpers import findings, flagged


def test_initials_at_the_article_end_are_fixed() -> None:
    [found] = findings("C101", "The river crested on Friday, he said. (dam)\n")
    assert found.fix is not None


def test_initials_closing_an_inner_paragraph_are_only_reported() -> None:
    [found] = findings("C101", "First story ends. (dam)\n\nSecond story starts.")
    assert found.fix is None
    assert "cut or merged" in found.message


def test_initials_inside_a_sentence_are_not_initials() -> None:
    assert flagged("C101", "The panel (rna) agreed.") == []


def test_site_name_ends_with_a_site_word_or_domain() -> None:
    assert flagged("A111", "Gaza Ceasefire Holds - Hunan Daily\n\nText.") == [" - Hunan Daily"]
    assert flagged("A111", "Gaza Ceasefire Holds - Daily Life Returns\n\nText.") == []
    assert flagged("A111", "Gaza Ceasefire Holds - Example.org\n\nText.") == [" - Example.org"]


def test_site_name_is_not_split_inside_a_hyphenated_word() -> None:
    assert flagged("A111", "Kim Jong-Un Visits Factory\n\nText.") == []


def test_single_line_text_has_no_headline() -> None:
    assert flagged("A111", "Exports fell - China News Network") == []


def test_near_copy_only_for_the_following_line() -> None:
    text = ("Xi wrote back to the medical team in Central Africa - Daily Network\n\n"
            "Other paragraph here with enough words.\n\n"
            "Xi wrote back to the medical team in Central Africa.")
    assert flagged("D101", text) == []


def test_repeated_dateline_inside_the_same_line() -> None:
    assert flagged("D103", "JAKARTA (ANTARA) - JAKARTA (ANTARA) - Prices rose.") == [
        "JAKARTA (ANTARA) -"]


def test_the_last_separator_wins_over_glued_ones_before_it() -> None:
    # glued separators before the last spaced one are passed over, however many; site
    # segments of exactly as many words as allowed still count
    text = "Kim Jong-Un and Xi-Jinping Hold Talks - Hunan Daily - China News Network\n\nText."
    assert flagged("A111", text) == [" - Hunan Daily - China News Network"]
    long_line = "Jong-Un " * 40 + "Talks End - Hunan Daily\n\nText."
    assert flagged("A111", long_line) == [" - Hunan Daily"]
