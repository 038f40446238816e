"""Keeping caches from growing without end.

Every cache is a folder of entry files, and most sit in a folder per
configuration (the result cache's ``v2-<fingerprint>``): a new mtlint
version, a changed pack or setting starts a new one. Once a day at most
(``due``), a run drops the entries least recently used beyond a count, and the
configuration folders least recently used beyond a few (a run renews its own
folder's time, ``renew``). Reading an entry
that has not been touched for a day refreshes its time (``files.read_sealed``),
so "least recently used" means what it says. Like the rest of the caches,
pruning never fails a run: an entry another process removes first, or a file
that cannot be removed, is skipped.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

#: seconds between two prunings of one cache
EVERY = 24 * 60 * 60


def due(stamp: Path, now: float | None = None) -> bool:
    """Whether the cache whose pruning time ``stamp`` keeps was last pruned more than
    ``EVERY`` seconds ago; if so, the stamp is renewed, so that runs ending together
    prune once."""
    now = time.time() if now is None else now
    try:
        if now - stamp.stat().st_mtime < EVERY:
            return False
    except FileNotFoundError:
        pass
    except OSError:
        return False
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
        os.utime(stamp, (now, now))
    except OSError:
        return False
    return True


def keep_newest_entries(folder: Path, most: int) -> int:
    """Remove the files under ``folder`` (at any depth) least recently used beyond the
    ``most`` newest; returns how many were removed."""
    entries: list[tuple[float, str]] = []
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            with contextlib.suppress(OSError):
                entries.append((os.stat(path).st_mtime, path))
    if len(entries) <= most:
        return 0
    entries.sort(reverse=True)
    removed = 0
    for _, path in entries[most:]:
        with contextlib.suppress(OSError):
            os.unlink(path)
            removed += 1
    return removed


def keep_newest_folders(parent: Path, current: str, most_others: int,
                        ours: Callable[[str], bool]) -> list[str]:
    """Remove the folders in ``parent`` named as ``ours`` says (other caches may share
    the parent), other than ``current``, beyond the ``most_others`` most recently
    written; returns their names."""
    try:
        others = [(entry.stat().st_mtime, entry.name) for entry in os.scandir(parent)
                  if entry.is_dir(follow_symlinks=False) and entry.name != current
                  and ours(entry.name)]
    except OSError:
        return []
    others.sort(reverse=True)
    removed = [name for _, name in others[most_others:]]
    for name in removed:
        shutil.rmtree(parent / name, ignore_errors=True)
    return removed


def renew(path: Path, now: float | None = None) -> None:
    """Mark an entry or a folder as used, at most once a day: pruning ranks by time, and
    reading an entry, or answering a whole run from a configuration's folder, writes
    nothing that would change it."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):  # a read-only cache is still read
        if now - path.stat().st_mtime > EVERY:
            os.utime(path, (now, now))


def prune_cache(folder: Path, stamp: Path, most_entries: int, most_others: int,
                folder_names: re.Pattern[str]) -> None:
    """What a cache does at the end of a run: mark its ``folder`` as used and, once a day
    (``stamp``), drop its entries beyond ``most_entries`` and, of the sibling folders named
    like ``folder_names``, all but the ``most_others`` most recently used."""
    renew(folder)
    if due(stamp):
        keep_newest_folders(folder.parent, folder.name, most_others,
                            lambda name: folder_names.fullmatch(name) is not None)
        keep_newest_entries(folder, most_entries)
