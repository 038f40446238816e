"""What a cached result depends on besides the file: mtlint, its rule packs, the settings."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import mtlint
from mtlint.cache.digest import blake2b
from mtlint.config.settings import Settings
from mtlint.packs.locate import builtin_rules_dir

_PACKAGE = Path(mtlint.__file__).resolve().parent


def run_fingerprint(settings: Settings) -> str:
    """A hex digest of the mtlint version and code, every pack file, and the settings.

    The code is fingerprinted by file names, sizes and modification times,
    so that a development checkout never reuses results of older code.
    """
    digest = blake2b(digest_size=32)
    digest.update(f"mtlint {mtlint.__version__}\0{_code_fingerprint()}\0"
                  f"{_canonical(settings)}\0".encode())
    for path in _pack_files((builtin_rules_dir(), *settings.rule_packs)):
        digest.update(f"{path}\0".encode())
        digest.update(blake2b(path.read_bytes(), digest_size=32).digest())
    return digest.hexdigest()


@cache
def _code_fingerprint() -> str:
    """The package's Python files by name, size and modification time, once per process.

    Once per process because the code a process runs is the code it loaded.
    """
    digest = blake2b(digest_size=32)
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(_PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}\0"
                      .encode())
    return digest.hexdigest()


def _canonical(value: Any) -> str:
    """A text that is equal for equal settings in every process (sets sorted)."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # Settings, ScoreWeights
        return repr({name: _canonical(item) for name, item in zip(value._fields, value,
                                                                  strict=True)})
    if isinstance(value, (set, frozenset)):
        return repr(sorted(_canonical(item) for item in value))
    if isinstance(value, dict):
        return repr(sorted((_canonical(k), _canonical(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return repr([_canonical(item) for item in value])
    return repr(value)


def _pack_files(folders: Iterable[Path]) -> list[Path]:
    """Every TOML file in the pack folders (packs, entity tables, styles, their subfolders)."""
    return [path for folder in folders if folder.is_dir()
            for path in sorted(folder.rglob("*.toml"))]
