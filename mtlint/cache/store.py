"""Cache entries on disk: one file per key, written atomically, checked when read.

An entry is the SHA-256 of its body, a newline, and the body (JSON). A file
another process is replacing is either the old or the new entry, never a
mix (temporary file plus ``os.replace``); a truncated or corrupt entry fails
its checksum and reads as a miss. Failing to write is never an error: the
cache only saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file marks a cache folder created by mtlint; backup tools may skip it.\n")


class EntryStore:
    """JSON entries under one folder, addressed by hex keys."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._prepared = False

    def read(self, key: str) -> Any | None:
        """The stored value, or None when missing, truncated or corrupt."""
        try:
            data = (self.folder / f"{key}.json").read_bytes()
        except OSError:
            return None
        checksum, _, body = data.partition(b"\n")
        if checksum != hashlib.sha256(body).hexdigest().encode():
            return None
        try:
            return json.loads(body)
        except ValueError:
            return None

    def write(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``; silently does nothing if the folder is not writable."""
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        data = hashlib.sha256(body).hexdigest().encode() + b"\n" + body
        with contextlib.suppress(OSError):
            self._prepare()
            fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(temp, self.folder / f"{key}.json")
            except OSError:
                Path(temp).unlink(missing_ok=True)
                raise

    def _prepare(self) -> None:
        if self._prepared:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        root = self.folder.parent
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# created by mtlint\n*\n")):
            if not (root / name).exists():
                _write_small(root / name, text)
        self._prepared = True


def _write_small(path: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temp, path)
