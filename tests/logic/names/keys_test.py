"""The run's index of F103's keys: which items of an article may share a key."""

from __future__ import annotations

import random
import sys
import threading
from itertools import combinations

import pytest

from mtlint.logic.names import keys
from mtlint.logic.names.keys import KeyIndex


def _keys_of(item: str) -> tuple[str, ...]:
    return (f"first:{item[0]}", f"last:{item[-1]}")


def _keys_kept(found: dict[str, tuple[str, ...]], items: set[str]) -> bool:
    """Whether each found item's keys are its own, in order, and hold every key it shares
    with another of ``items`` (the only ones its article's comparisons read)."""
    for item, kept in found.items():
        shared = {key for other in items - {item} for key in _keys_of(other)}
        if kept != tuple(key for key in _keys_of(item) if key in kept) or \
                not shared.intersection(_keys_of(item)) <= set(kept):
            return False
    return True


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
        assert wanted <= found.keys() <= items, items
        assert _keys_kept(found, items)
        assert all(index.keys[item] == _keys_of(item) for item in items)
        assert len(index.keys) < most_kept + 5


def test_an_item_sharing_a_key_with_an_item_seen_before_is_found_too() -> None:
    index = KeyIndex(_keys_of)
    assert index.sharing({"ab", "cd"}) == {}
    assert index.sharing({"ad"}).keys() == {"ad"}  # "a" with "ab", "d" with "cd": not "ef"
    assert index.sharing({"ef", "cd"}).keys() == {"cd"}


def test_the_keys_given_are_those_another_item_seen_has_in_their_order() -> None:
    index = KeyIndex(_keys_of)
    assert index.sharing({"ab", "cb"}) == {"ab": ("last:b",), "cb": ("last:b",)}
    # a later item sharing the first's other key: the first gives both, in order
    assert index.sharing({"ab", "ax"}) == {"ab": ("first:a", "last:b"), "ax": ("first:a",)}
    assert index.sharing({"cb", "dd"}) == {"cb": ("last:b",)}


def test_threads_sharing_one_index_across_its_clearing_find_every_pair(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # registering an article's items and asking for the shared ones is one locked step, and
    # the keys come back with the items: a clearing by another thread hides nothing
    monkeypatch.setattr(keys, "MOST_KEPT", 7)
    index = KeyIndex(_keys_of)
    failures: list[str] = []

    def work(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(5000):
            items = {"".join(rng.choice("abcdefgh") for _ in range(2)) for _ in range(4)}
            wanted = {item for a, b in combinations(items, 2)
                      if set(_keys_of(a)) & set(_keys_of(b)) for item in (a, b)}
            try:
                found = index.sharing(items)
            except KeyError as exc:  # keys cleared by another thread while being read
                failures.append(repr(exc))
                continue
            if not wanted <= found.keys() or not _keys_kept(found, items):
                failures.append(str(items))

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns inside sharing(), as they could
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
