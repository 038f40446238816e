"""Which files a run lints: named files and the matching files under named folders."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from mtlint.config.settings import Settings
from mtlint.errors import InputError

_ALWAYS_SKIPPED = frozenset((".git", ".hg", ".svn", "node_modules", ".venv", "venv",
                             "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
                             ".mtlint_cache", ".tox"))


def discover(paths: list[str], settings: Settings,
             on_error: Callable[[InputError], None] | None = None) -> Iterator[tuple[Path, str]]:
    """(path, name as shown) for each file to lint, folders walked in sorted order.

    A file reached twice (named twice, or through a symlink) is linted once. A path
    that does not exist or a folder that cannot be read raises InputError, or, when
    ``on_error`` is given, is passed to it and the other paths are still discovered.
    """
    seen: set[tuple[int, int]] = set()
    for path, shown in _candidates(paths, settings, on_error or _raise):
        identity = _identity(path)
        if identity is None or identity not in seen:
            if identity is not None:
                seen.add(identity)
            yield path, shown


def _raise(error: InputError) -> None:
    raise error


def _candidates(paths: list[str], settings: Settings,
                on_error: Callable[[InputError], None]) -> Iterator[tuple[Path, str]]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, settings, on_error)
        elif path.exists():
            if not _excluded(path, settings):  # exclude holds for named files too
                yield path, given
        elif path.is_symlink():
            on_error(InputError("broken or looping symbolic link", given))
        else:
            on_error(InputError("no such file or folder", given))


def _identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of the file ``path`` leads to; None if it cannot be read."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _walk(root: Path, settings: Settings,
          on_error: Callable[[InputError], None]) -> Iterator[tuple[Path, str]]:
    """Depth-first, sorted, without following folder symlinks (no loops) or recursing
    (os.walk in Python 3.11 recurses and fails on trees 1,000 folders deep)."""
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            on_error(InputError(f"cannot read folder: {exc.strerror or exc}", str(folder)))
            continue
        subfolders = [Path(e.path) for e in entries if _is_folder(e)
                      and e.name not in _ALWAYS_SKIPPED and not _excluded(Path(e.path), settings)]
        folders.extend(reversed(subfolders))
        for entry in entries:
            path = Path(entry.path)
            if _is_regular_file(entry) and any(fnmatch.fnmatch(entry.name, p)
                                               for p in settings.include) \
                    and not _excluded(path, settings):
                yield path, str(path)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_regular_file(entry: os.DirEntry[str]) -> bool:
    """Files and links to files; pipes, devices and dangling links are passed over."""
    try:
        return entry.is_file()
    except OSError:
        return False


def _excluded(path: Path, settings: Settings) -> bool:
    text = path.as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(path.name, p)
               or fnmatch.fnmatch(text, f"*/{p}") for p in settings.exclude)
