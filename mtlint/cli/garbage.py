"""Python's cycle collector, held back while a command lints many files.

Linting makes and drops many small containers (matches, spans, findings)
and makes no reference cycles, yet with Python's thresholds the collector
ran a young collection every 700 more containers and, about once a second,
a full one over the rule tables too: 25 to 32 ms of every 520 to 620 ms of
linting 1,000 news articles. While a check runs, a young collection waits
for ``YOUNG`` more containers; with the batches of files linted at once
freed as they go, 1,000 articles then took no collection at all. Forked
workers inherit the setting; it is undone when the command ends. Every
command runs so from its start (``mtlint.cli.main.main``): importing the
rules and building their tables makes containers too, and no cycles; one
small file's check took 1-2 ms less of its 115 ms.

The results a check keeps for its report survive every collection, and each
collection traversed them again: 270 ms of a 10.5 s run over 45 MB. So the
block also gives a ``set_aside``, called as each file's result is kept, that
takes every object alive out of the collector's rounds (``gc.freeze``);
they are put back when the block ends. Reference counting still frees what
is set aside, but a reference cycle made while the block runs is collected
only after it: no collection sees it once it is set aside. A check makes
its few cycles once (parsing its arguments), never one a file, and
tests/cli/garbage_test.py checks that it stays so. ``set_aside`` does
nothing where the caller froze objects of its own (unfreezing them is not
ours to do) or where ``gc.freeze`` walks the whole heap (free-threaded
Python), not just the young objects.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: containers made (less those freed) before a young collection, where Python waits for 700
YOUNG = 50_000


@contextmanager
def fewer_collections() -> Iterator[Callable[[], None]]:
    """Collect young objects less often while the block runs (never more often; a
    threshold of 0, no automatic collection, is kept); the block gets ``set_aside``."""
    thresholds = gc.get_threshold()
    ours = gc.get_freeze_count() == 0 and not _free_threaded()
    if thresholds[0]:
        gc.set_threshold(max(YOUNG, thresholds[0]), *thresholds[1:])
    try:
        yield gc.freeze if ours else _set_nothing_aside
    finally:
        gc.set_threshold(*thresholds)
        if ours:
            gc.unfreeze()


def freeze_for_exit() -> None:
    """Take every object out of the collector's reach as the process ends: Python's exit
    collects them all once more, rule tables and findings (10 ms of a small file's
    check); not where freezing walks the whole heap (free-threaded Python)."""
    if not _free_threaded():
        gc.freeze()


def _free_threaded() -> bool:
    """Whether this Python is a free-threaded build (3.13 and later can be one)."""
    if sys.version_info < (3, 13):
        return False  # and sysconfig, 0.5 ms to import, is not imported
    import sysconfig

    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def _set_nothing_aside() -> None:
    """``set_aside`` where freezing is not ours to do, or not cheap."""
