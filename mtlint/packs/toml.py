"""Reading a TOML file into a table, with errors that name the file.

Parsing the built-in packs takes tomllib about 45 ms, three times Python's
own start-up, so parsed tables are kept in the user cache folder
(``packs/``) as ``marshal`` data named by a hash of the file's bytes, sealed
as ``mtlint.cache.files`` writes cache files: an edited file simply gets a new
entry and a stale or damaged one is never read. Reading or writing the cache
never fails a run; a table marshal cannot hold (TOML dates) is just not
cached. The least recently used entries beyond ``MOST_KEPT`` are dropped once a
day, when a new entry is written.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Any

from mtlint.cache.digest import blake2b
from mtlint.cache.files import read_sealed, write_sealed
from mtlint.cache.prune import due, keep_newest_entries
from mtlint.cache.user_folder import default_cache_folder
from mtlint.errors import PackError

#: bumped when what is stored changes; marshal's format changes with Python's version
_FORMAT = f"2-{marshal.version}-{sys.version_info[0]}.{sys.version_info[1]}"
#: parsed files kept: every version of every pack read, least recently used dropped first
MOST_KEPT = 500


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file; syntax errors carry the line and column."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackError(f"cannot read: {exc}", str(path)) from exc
    entry = _entry_path(data)
    cached = _load(entry)
    if cached is not None:
        return cached
    import tomllib  # 1.2 ms to import: only when a pack is not in the cache

    try:
        table = tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"invalid TOML: {exc}", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise PackError(f"cannot read: {exc}", str(path)) from exc
    _store(entry, table)
    return table


def _entry_path(data: bytes) -> Path:
    digest = blake2b(data, digest_size=20, person=_FORMAT.encode()[:16]).hexdigest()
    return default_cache_folder() / "packs" / f"{digest}.marshal"


def _load(entry: Path) -> dict[str, Any] | None:
    body = read_sealed(entry)
    if body is None:
        return None
    try:
        table = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None
    return table if isinstance(table, dict) else None


def _store(entry: Path, table: dict[str, Any]) -> None:
    try:
        body = marshal.dumps(table)
    except ValueError:  # dates and times
        return
    write_sealed(entry, body)
    if due(entry.parent.parent / "packs.pruned"):  # a new entry: an edited or a new pack
        keep_newest_entries(entry.parent, MOST_KEPT)
