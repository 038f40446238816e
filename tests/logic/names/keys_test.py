"""The run's index of F103's keys: which items of an article may share a key."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from mtlint.logic.names import keys
from mtlint.logic.names.keys import KeyIndex


def _keys_of(item: str) -> tuple[str, ...]:
    return (f"first:{item[0]}", f"last:{item[-1]}")


@pytest.mark.parametrize("most_kept", [3, keys.MOST_KEPT])
def test_every_item_sharing_a_key_with_another_of_an_article_is_found(
        most_kept: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # the gate of F103's comparisons: items are registered before the shared ones are
    # asked for, so two items of one article sharing a key are both found, whatever the
    # articles before (a forgotten index included)
    monkeypatch.setattr(keys, "MOST_KEPT", most_kept)
    index = KeyIndex(_keys_of)
    rng = random.Random(4)
    for _ in range(300):
        items = {"".join(rng.choice("abcdefgh") for _ in range(rng.randint(1, 3)))
                 for _ in range(rng.randint(0, 5))}
        wanted = {item for a, b in combinations(items, 2) if set(_keys_of(a)) & set(_keys_of(b))
                  for item in (a, b)}
        found = index.sharing(items)
        assert wanted <= found <= items, items
        assert all(index.keys[item] == _keys_of(item) for item in items)
        assert len(index.keys) < most_kept + 5


def test_an_item_sharing_a_key_with_an_item_seen_before_is_found_too() -> None:
    index = KeyIndex(_keys_of)
    assert index.sharing({"ab", "cd"}) == set()
    assert index.sharing({"ad"}) == {"ad"}  # "a" with "ab", "d" with "cd": not with "ef"
    assert index.sharing({"ef", "cd"}) == {"cd"}
