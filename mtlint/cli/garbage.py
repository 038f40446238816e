"""Python's cycle collector, held back while a command lints many files.

Linting makes and drops many small containers (matches, spans, findings)
and makes almost no reference cycles, yet with Python's thresholds the
collector ran a young collection every 700 more containers and, about once
a second, a full one over the rule tables too: 25 to 32 ms of every 520 to
620 ms of linting 1,000 news articles. While a check runs, a young
collection waits for ``YOUNG`` more containers; with the batches of files
linted at once freed as they go, 1,000 articles then took no collection at
all. The collector still runs: cyclic garbage stays bounded by ``YOUNG``
containers, not by the size of the corpus. Forked workers inherit the
setting; it is undone when the command ends.

The results a check keeps for its report survive every collection, and each
collection traversed them again: 270 ms of a 10.5 s run over 45 MB, which
freed 718 objects in all. So the block also gives a ``set_aside`` that takes
every object alive out of the collector's rounds (``gc.freeze``, a constant
cost), called as each file's result is kept; they are put back when the
block ends. Reference counting still frees what is set aside; only the rare
cycle among it waits for the block's end.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: containers made (less those freed) before a young collection, where Python waits for 700
YOUNG = 50_000


@contextmanager
def fewer_collections() -> Iterator[Callable[[], None]]:
    """Collect young objects less often while the block runs (never more often; a
    threshold of 0, no automatic collection, is kept); the block gets ``set_aside``.
    Objects a caller had already frozen stay frozen: the block then sets none aside."""
    thresholds = gc.get_threshold()
    ours = gc.get_freeze_count() == 0
    if thresholds[0]:
        gc.set_threshold(max(YOUNG, thresholds[0]), *thresholds[1:])
    try:
        yield gc.freeze if ours else _set_nothing_aside
    finally:
        gc.set_threshold(*thresholds)
        if ours:
            gc.unfreeze()


def _set_nothing_aside() -> None:
    """``set_aside`` where the caller froze objects of its own: unfreezing them at the
    block's end would not be ours to do."""
