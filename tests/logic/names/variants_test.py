"""F103: one name spelled two ways in one article."""

from __future__ import annotations

from mtlint.engine.registry import Registry
from mtlint.testing.cases import case_linter, flagged_texts, lint_case


def _flagged(registry: Registry, text: str) -> list[str]:
    return flagged_texts(case_linter(registry.by_code()["F103"], registry), text)


def test_the_message_quotes_both_spellings(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["F103"], registry)
    text = "Fadil Rahman spoke. Later Fadel Rahman left."
    [finding] = lint_case(linter, text).diagnostics
    assert finding.message == ("'Fadel Rahman' is spelled 'Fadil Rahman' earlier in this "
                               "article; use one spelling")


def test_every_later_occurrence_is_reported_once(registry: Registry) -> None:
    text = "Fadil Rahman spoke. Fadel Rahman left. Minister Fadel Rahman returned."
    assert _flagged(registry, text) == ["Fadel", "Fadel"]


def test_names_in_the_entity_tables_are_left_to_f102(registry: Registry) -> None:
    assert _flagged(registry, "Sergei Lavrov spoke. Sergey Lavrov left.") == []


def test_two_people_with_a_title_before_them_are_not_compared(registry: Registry) -> None:
    text = "Prime Minister Phan Van Khai visited. Prime Minister Fan Mingzheng spoke."
    assert _flagged(registry, text) == []


def test_month_names_are_never_a_name_spelled_two_ways(registry: Registry) -> None:
    assert _flagged(registry, "Since Last March prices rose. Last Match was lost.") == []
