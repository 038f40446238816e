"""Cache files: written atomically, checksummed, and never an error.

Every cache mtlint keeps (results, parsed packs, compiled patterns) stores a
file as the BLAKE2b digest of its body (``mtlint.cache.digest``), a newline,
and the body. A file another process is replacing is either the old or the new one, never a mix
(temporary file plus ``os.replace``); a truncated or damaged file fails its
checksum and reads as missing. A cache only saves time, so failing to write
one is silently ignored.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from mtlint.cache.digest import hex_digest
from mtlint.cache.prune import renew


def read_sealed(path: Path) -> bytes | None:
    """The body stored at ``path``; None when missing, unreadable, truncated or damaged.
    Reading an entry untouched for a day renews its time: pruning drops the least
    recently used (``mtlint.cache.prune``)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    renew(path)
    checksum, _, body = data.partition(b"\n")
    return body if checksum == hex_digest(body).encode() else None


def write_sealed(path: Path, body: bytes) -> None:
    """Store ``body`` at ``path`` with its checksum (``read_sealed`` reads it back)."""
    write_quietly(path, hex_digest(body).encode() + b"\n" + body)


def write_quietly(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, making its folder; errors are ignored."""
    import tempfile  # with random, 1.7 ms to import: only a run that writes a cache file

    with contextlib.suppress(OSError):
        try:
            fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except FileNotFoundError:  # the folder's first entry
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
