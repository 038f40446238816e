"""F103's keys of names and words, and the ones any two of them share in a run.

Two spellings are compared only when they share a key (a fold, a name less
one token, ...). Most capitalised words of an article share none with any
word of any article, so a run keeps every item's keys and the items that
share one with another item it has seen; an article compares only those.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Final, Generic, TypeVar

Item = TypeVar("Item", bound=Hashable)
#: past this many items, an index forgets them all before the next article's
MOST_KEPT: Final = 32768


class KeyIndex(Generic[Item]):
    """The keys of every item seen (``keys``), and the items that share a key with
    another item seen, with the keys they share (a name's keys are mostly its own: a
    caller reads only the others)."""

    def __init__(self, keys_of: Callable[[Item], tuple[str, ...]]) -> None:
        self.keys_of = keys_of
        self.keys: dict[Item, tuple[str, ...]] = {}
        self._owner: dict[str, Item] = {}  # the first item seen with each key
        self._shared_keys: set[str] = set()  # the keys of two items or more
        #: the items with a shared key, and those keys in their order in ``keys``
        self._shared: dict[Item, tuple[str, ...]] = {}
        # one article's registering and asking are one step, and callers get the keys
        # with the items: a thread that cleared the index between them would hide the
        # pairs of another thread's article, or lose the keys it is about to read
        self._lock = threading.Lock()

    def sharing(self, items: set[Item]) -> dict[Item, tuple[str, ...]]:
        """The ``items`` that share a key with some item seen, these included, with the
        keys they share with some item seen, in their order: every item that shares a key
        with another of ``items``, with every key it shares with one (and some that share
        one with an item of another article). A key left out is the item's alone, so no
        other item of an article can have it."""
        with self._lock:
            if len(self.keys) >= MOST_KEPT:
                self.keys.clear()
                self._owner.clear()
                self._shared_keys.clear()
                self._shared.clear()
            for item in items.difference(self.keys):  # first seen: an article has a few
                self._add(item)
            shared = self._shared
            return {item: shared[item] for item in shared.keys() & items}

    def _add(self, item: Item) -> None:
        keys = self.keys[item] = self.keys_of(item)
        shares = False
        for key in keys:
            owner = self._owner.setdefault(key, item)
            if owner != item:
                shares = True
                if key not in self._shared_keys:  # its second item: the owner shares it now
                    self._shared_keys.add(key)
                    self._shared[owner] = self._kept(owner)
        if shares:
            self._shared[item] = self._kept(item)

    def _kept(self, item: Item) -> tuple[str, ...]:
        """The keys of ``item`` that another item seen has too."""
        return tuple(key for key in self.keys[item] if key in self._shared_keys)
