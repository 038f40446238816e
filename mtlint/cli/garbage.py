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
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: containers made (less those freed) before a young collection, where Python waits for 700
YOUNG = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect young objects less often while the block runs (never more often; a
    threshold of 0, no automatic collection, is kept)."""
    thresholds = gc.get_threshold()
    if thresholds[0]:
        gc.set_threshold(max(YOUNG, thresholds[0]), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
