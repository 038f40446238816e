"""Per-file ignores: the rules a run leaves out for one path."""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.config.settings import Settings
from mtlint.engine.run import Linter
from mtlint.engine.select import is_known_selector, matches
from mtlint.errors import ConfigError

if TYPE_CHECKING:
    from mtlint.engine.build import Run


# asked per file by the linter and the grammar backend, on every fix pass; a run keeps its
# working folder, which the relative names depend on
@lru_cache(maxsize=4096)
def ignored_for(settings: Settings, path: str) -> tuple[str, ...]:
    """The codes and prefixes ``per-file-ignores`` turns off for ``path``.

    Patterns are matched, as ``exclude`` is, against the path relative to
    the configuration file's folder, the path as given, and the file name.
    """
    if not settings.per_file_ignores:
        return ()
    names = _names(settings, path)
    return tuple(code for pattern, codes in settings.per_file_ignores
                 if any(_matches(name, pattern) for name in names) for code in codes)


def linter_for(run: Run, path: str) -> Linter:
    """The run's linter without the rules ``per-file-ignores`` turns off for ``path``."""
    ignored = ignored_for(run.settings, path)
    if not ignored:
        return run.linter
    rules = [rule for rule in run.linter.rules
             if not any(matches(rule.meta.code, selector) for selector in ignored)]
    return Linter(rules, run.linter.ctx)


def linter_groups(run: Run, paths: Sequence[str]) -> list[tuple[Linter, list[int]]]:
    """The run's linters for ``paths`` (``linter_for``), each with the indexes of the
    paths it checks: paths that ``per-file-ignores`` treats alike share one."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, path in enumerate(paths):
        groups.setdefault(ignored_for(run.settings, path), []).append(index)
    return [(linter_for(run, paths[indexes[0]]), indexes) for indexes in groups.values()]


def _names(settings: Settings, path: str) -> list[str]:
    given = Path(path)
    names = [given.as_posix(), given.name]
    root = settings.source.parent if settings.source is not None else Path.cwd()
    full = os.path.normpath(Path.cwd() / given)
    with contextlib.suppress(ValueError):  # a path outside the configured project
        names.append(Path(full).relative_to(root.resolve()).as_posix())
    return names


def _matches(name: str, pattern: str) -> bool:
    return fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(name, f"*/{pattern}")


def check_per_file_ignores(settings: Settings, codes: Sequence[str]) -> None:
    """Raise ConfigError for a code or prefix in ``per-file-ignores`` that no rule has."""
    for pattern, selectors in settings.per_file_ignores:
        for selector in selectors:
            if not is_known_selector(selector, codes):
                raise ConfigError(f"'{pattern}': unknown rule code '{selector}' "
                                  "(see 'mtlint rules')",
                                  str(settings.source) if settings.source else None,
                                  "per-file-ignores")

