"""Names of the article, which the spell checker's findings must spare."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mtlint.backends.names import ArticleNames
from mtlint.document import Document
from mtlint.packs.locate import builtin_rules_dir
from mtlint.tables.entities import load_entity_tables

TEXT = ("Reporter Niu Ruifei met Ursula von der Leyen in Brussels. Niu said teh talks "
        "went well. Later, Modrow arrived. Zelenskyy spoke. Modrow left.")


@pytest.fixture(scope="module")
def names() -> ArticleNames:
    entities = load_entity_tables([builtin_rules_dir() / "entities.toml"])
    return ArticleNames(Document(TEXT), SimpleNamespace(entities=entities))  # type: ignore[arg-type]


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize("word", ["Niu", "Ruifei", "Leyen", "Ursula"])
def test_words_of_multi_word_names_are_names(names: ArticleNames, word: str) -> None:
    assert names.covers(*_span(word))


def test_a_recurring_name_word_is_a_name_too(names: ArticleNames) -> None:
    assert names.covers(*_span("Niu", 1))


def test_entity_table_names_are_names(names: ArticleNames) -> None:
    assert names.covers(*_span("Zelenskyy"))


def test_ordinary_words_are_not_names(names: ArticleNames) -> None:
    assert not names.covers(*_span("teh"))
    assert not names.covers(*_span("Modrow"))  # a single word: decided by its position


def test_a_capitalised_word_inside_a_sentence_is_a_name(names: ArticleNames) -> None:
    assert names.mid_sentence_capital(_span("Modrow")[0])


def test_a_capitalised_word_opening_a_sentence_may_be_a_misspelling(
        names: ArticleNames) -> None:
    assert not names.mid_sentence_capital(_span("Modrow", 1)[0])
    assert not names.mid_sentence_capital(0)
    assert not names.mid_sentence_capital(_span("teh")[0])
