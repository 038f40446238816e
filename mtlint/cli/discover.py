"""Which files a run lints: named files and the matching files under named folders."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from mtlint.config.settings import Settings
from mtlint.errors import InputError

_ALWAYS_SKIPPED = frozenset((".git", ".hg", ".svn", "node_modules", ".venv", "venv",
                             "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
                             ".mtlint_cache", ".tox"))


def discover(paths: list[str], settings: Settings) -> Iterator[tuple[Path, str]]:
    """(path, name as shown) for each file to lint, folders walked in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, settings)
        elif path.exists():
            if not _excluded(path, settings):
                yield path, given
        else:
            raise InputError("no such file or folder", given)


def _walk(root: Path, settings: Settings) -> Iterator[tuple[Path, str]]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _ALWAYS_SKIPPED
                         and not _excluded(Path(folder, d), settings))
        for name in sorted(files):
            path = Path(folder, name)
            if any(fnmatch.fnmatch(name, p) for p in settings.include) and \
                    not _excluded(path, settings):
                yield path, str(path)


def _excluded(path: Path, settings: Settings) -> bool:
    text = path.as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(path.name, p)
               or fnmatch.fnmatch(text, f"*/{p}") for p in settings.exclude)
