"""J102: dense runs of source-language words, and strong words alone."""

from __future__ import annotations

import pytest

from mtlint.document import Document
from mtlint.engine.registry import Registry
from mtlint.errors import PackError
from mtlint.logic.untranslated.words import SourceWordsRule
from mtlint.testing.cases import case_linter, flagged_texts, lint_case


def _flagged(registry: Registry, text: str) -> list[str]:
    return flagged_texts(case_linter(registry.by_code()["J102"], registry), text)


def test_the_message_names_the_language(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["J102"], registry)
    text = "Officials said bu karar için daha fazla zaman gerekli."
    [finding] = lint_case(linter, text).diagnostics
    assert finding.message == "Untranslated Turkish text: 'bu karar için daha'"


def test_two_weak_words_are_not_enough(registry: Registry) -> None:
    assert _flagged(registry, "The Musée de la Marine and the rue de la Paix reopened.") == []


def test_a_capitalised_strong_word_alone_may_be_a_surname(registry: Registry) -> None:
    assert _flagged(registry, "Yang said the plan was fine. Dengan Corp. agreed.") == []


def test_residue_lines_are_left_to_family_a(registry: Registry) -> None:
    text = "Baca juga: Harga beras yang naik tidak akan turun dengan cepat\n\nPrices rose."
    assert _flagged(registry, text) == []


def test_a_run_never_crosses_a_line_break(registry: Registry) -> None:
    assert _flagged(registry, "He spoke de la\nde la mañana.") == []


def test_mostly_english_stretches_are_english(registry: Registry) -> None:
    assert _flagged(registry, "It was a la carte and de facto a de la the of the show.") == []


def test_a_language_without_a_name_is_a_pack_error(registry: Registry) -> None:
    spec = registry.by_code()["J102"]
    options = {**spec.options, "languages": {"x": {"words": ["a"]}}}
    with pytest.raises(PackError, match="each language has a name"):
        SourceWordsRule(spec.replaced(options=options))


def test_an_unknown_language_key_is_a_pack_error(registry: Registry) -> None:
    spec = registry.by_code()["J102"]
    options = {**spec.options, "languages": {"x": {"name": "X", "word": ["a"]}}}
    with pytest.raises(PackError):
        SourceWordsRule(spec.replaced(options=options))


@pytest.mark.parametrize("text", [
    "She holds a fifth dan black belt.",
    "He is a 12th dan, the highest rank in judo.",
    "She was promoted to twelfth dan last year.",
    "The 11th Dan holders and an eighth-dan teacher met.",
    "He holds a 9th-dan black belt, and she a 5th-dan one.",
], ids=["listed", "any-numeric-ordinal", "spelled-ordinal", "capitalised-and-hyphenated",
        "hyphenated"])
def test_dan_after_an_ordinal_is_a_martial_arts_rank(registry: Registry, text: str) -> None:
    assert _flagged(registry, text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Ali dan Budi went home.", ["dan"]),
    ("Rooms 5 dan 6 were flooded.", ["dan"]),
    ("The 5th dan 6th floors were flooded.", ["dan"]),
    ("The fifth dan sixth floors were flooded.", ["dan"]),
], ids=["between-names", "after-a-cardinal", "between-ordinals", "between-spelled-ordinals"])
def test_dan_elsewhere_is_indonesian_and(registry: Registry, text: str,
                                         found: list[str]) -> None:
    assert _flagged(registry, text) == found


def test_a_suffixed_word_near_listed_ones_joins_their_run(registry: Registry) -> None:
    # only with "dibangunkan" are there three words; the gate on the suffix must let it in
    assert _flagged(registry, "The report said ini itu dibangunkan quickly.") == [
        "ini itu dibangunkan"]


@pytest.mark.parametrize(("text", "found"), [
    # fewer listed words than a dense run: the gate lets through a strong word alone, a
    # lower-case word with letters that count alone, and suffixed words making up a run
    ("Residents yang were moved.", ["yang"]),
    ("Prices rose khoảng five percent.", ["khoảng"]),
    ("The report said dibangunkan ini diperkirakan quickly.", ["dibangunkan ini diperkirakan"]),
])
def test_one_listed_word_may_still_make_a_run(registry: Registry, text: str,
                                              found: list[str]) -> None:
    assert _flagged(registry, text) == found


@pytest.mark.parametrize(("text", "words"), [
    # a letter that is no letter of a word (a combining tilde) ends the word after it
    ("kata nu\u0303ưa ini", ["nu\u0303ưa", "ưa"]),
    ("kata nưưa dan nuưa ini", ["nưưa", "nuưa"]),  # each word found once
])
def test_words_around_letters(registry: Registry, text: str, words: list[str]) -> None:
    spec = registry.by_code()["J102"]
    options = {**spec.options, "languages": {"x": {"name": "X", "letters": "ư\u0303",
                                                   "letters_alone": True}}}
    rule = SourceWordsRule(spec.replaced(options=options))
    found = rule._source_words(Document(text))
    assert [w.word for w in found[0]] == words
