"""Whole-word lookup of listed words in one Aho-Corasick pass."""

from __future__ import annotations

from mtlint.logic.untranslated import lexicon
from mtlint.logic.untranslated.lexicon import WordFinder


def _found(words: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(w.start, w.end, w.word) for w in WordFinder(words).find(text)]


def test_short_words_never_match_inside_longer_ones() -> None:
    assert _found(["de", "la"], "We decided to delay the plan.") == []


def test_words_match_at_the_edges_of_the_text_and_next_to_punctuation() -> None:
    assert _found(["yang", "tidak"], "yang (tidak), yang") == [
        (0, 4, "yang"), (6, 11, "tidak"), (14, 18, "yang")]


def test_neighbouring_words_share_the_space_between_them() -> None:
    assert [w for _, _, w in _found(["de", "la"], "Plaza de la Cruz")] == ["de", "la"]


def test_capitalised_forms_are_found_and_keep_their_case() -> None:
    assert _found(["tidak"], "Tidak ada.") == [(0, 5, "Tidak")]


def test_phrases_are_found_whole() -> None:
    assert _found(["sin embargo"], "Sin embargo, she left.") == [(0, 11, "Sin embargo")]


def test_an_empty_list_finds_nothing() -> None:
    assert _found([], "anything at all") == []


def test_short_words_are_found_before_every_closing_character() -> None:
    # short words are searched with their closer: each closer must be one searched for
    text = " ".join(f"o{closer}" for closer in lexicon._RIGHT if closer != " ")
    assert len(_found(["o"], text)) == len(lexicon._RIGHT) - 1
    assert _found(["o"], "o ") == [(0, 1, "o")]


def test_short_and_long_words_follow_every_opening_character() -> None:
    for opener in lexicon._LEFT:
        assert [w for _, _, w in _found(["de", "dengan"], f"x{opener}de {opener}dengan.")] \
            == ["de", "dengan"], repr(opener)


def test_words_are_read_as_written_not_as_searched() -> None:
    # the search takes "," and "." (and a space and a tab) for one another; the text does not
    assert _found(["a.m", "sin embargo"], "at a,m and sin\tembargo, sin embargo") == [
        (24, 35, "sin embargo")]


def test_offsets_count_characters_after_other_scripts() -> None:
    assert _found(["de", "la"], "Nguyễn “中文” de la") == [(12, 14, "de"), (15, 17, "la")]


def test_the_longest_word_at_a_place_is_kept() -> None:
    assert _found(["de", "de la", "la"], "Plaza de la Cruz") == [(6, 11, "de la"), (9, 11, "la")]


def test_stretches_searched_together_find_what_each_finds_alone() -> None:
    finder = WordFinder(["per se", "de facto", "en route", "la"])
    text = "Xper se, per se de facto;la en route (la) de facto"
    stretches = [(1, 8), (9, 20), (25, 33), (34, 38), (40, 50)]
    alone = [(start + w.start, start + w.end) for start, end in stretches
             for w in finder.find(text[start:end])]
    assert finder.spans_in(text, stretches) == alone
    # "per" ending one stretch and "se" opening the next make no "per se" across them
    assert finder.spans_in("per se", [(0, 3), (4, 6)]) == []
    # the cuts count as edges, as in a search of each alone: "Xper se" cut to "per se"
    assert alone == [(1, 7), (9, 15), (25, 27), (42, 50)]


def test_a_closing_character_does_not_open_a_word_nor_an_opening_one_close_it() -> None:
    # all openers and closers are one stand-in in the search; the text tells them apart
    for closer in set(lexicon._RIGHT) - set(lexicon._LEFT):
        assert _found(["de", "dengan"], f"x{closer}de x{closer}dengan.") == [], repr(closer)
    for opener in set(lexicon._LEFT) - set(lexicon._RIGHT):
        assert _found(["de", "dengan"], f" de{opener}x dengan{opener}x") == [], repr(opener)
    assert _found(["de"], "“de” ‘de’ (de) “de…") == [(1, 3, "de"), (6, 8, "de"), (11, 13, "de"),
                                                      (16, 18, "de")]
