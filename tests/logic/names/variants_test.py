"""F103: one name spelled two ways in one article."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from typing import cast

import pytest

from mtlint.engine.registry import Registry, instantiate
from mtlint.logic.names import variants
from mtlint.logic.names.variants import NameVariantRule, Words
from mtlint.testing.cases import case_linter, flagged_texts, lint_case
from tests.kinds.rule_helpers import spec
from tests.logic.names.similarity_test import _spellings


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


def _name_sets(rng: random.Random) -> Iterator[set[Words]]:
    """Sets of two- and three-word names, most sharing all words but one, written in
    spellings one letter, a swap, a plural, a hyphen or accents apart."""
    spellings = [*_spellings(rng, 40), "March", "Match", "Forces", "Force", "Ji-sung", "Ji",
                 "Sung", "Jisung"]
    for _ in range(30):
        names: set[Words] = set()
        for _ in range(rng.randint(30, 400)):
            head = rng.choice([("Yun",), ("Mr", "Yun"), ("Rapid", "Support"), ("Park",)])
            words = (*head, rng.choice(spellings))
            if rng.random() < 0.2:  # the spelling first
                words = (words[-1], *words[:-1])
            names.add(words if rng.random() < 0.9 else (*words, "Sung"))
        yield names


@pytest.mark.parametrize("small_group", [1, variants._SMALL_GROUP])
def test_big_groups_pair_the_names_every_pair_compared_did(
        small_group: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # the groups were compared pair by pair (800 names one token apart took seconds);
    # the names that share a near key must be the same pairs
    monkeypatch.setattr(variants, "_SMALL_GROUP", small_group)
    rule = cast(NameVariantRule, instantiate(spec("F103")))
    paired = 0
    for names in _name_sets(random.Random(5)):
        buckets: dict[str, list[Words]] = defaultdict(list)
        hyphenated = {variants._compact(w) for w in names if any("-" in t for t in w)}
        for words in names:
            if hyphenated and variants._compact(words) in hyphenated:
                buckets[f"compact:{variants._compact(words)}"].append(words)
            for key in variants._bucket_keys(words, rule.same.fold):
                buckets[key].append(words)
            if len(words) == 2:  # a two-word name in either order
                buckets[f"swapped:{sorted(rule.same.fold(w) for w in words)}"].append(words)
        every_pair = {(a, b) for key, members in buckets.items() if len(members) > 1
                      for a in members for b in members if a < b and (
                          not key[0].isdigit() or
                          rule._same_token(int(key.partition(":")[0]), a, b))}
        assert rule._similar_names(names) == every_pair
        paired += len(every_pair)
    assert paired > 400
