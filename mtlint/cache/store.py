"""Cache entries on disk: one JSON file per key, sealed as ``mtlint.cache.files`` writes
them (atomic, checksummed: a truncated or corrupt entry reads as a miss)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from mtlint.cache.files import read_sealed, write_quietly, write_sealed

_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file marks a cache folder created by mtlint; backup tools may skip it.\n")


class EntryStore:
    """JSON entries under one folder, addressed by hex keys."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._prepared = False

    def read(self, key: str) -> Any | None:
        """The stored value, or None when missing, truncated or corrupt."""
        body = read_sealed(self.folder / f"{key}.json")
        if body is None:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return None

    def write(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``; silently does nothing if the folder is not writable."""
        self._prepare()
        write_sealed(self.folder / f"{key}.json",
                     json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())

    def _prepare(self) -> None:
        if self._prepared:
            return
        root = self.folder.parent
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# created by mtlint\n*\n")):
            with contextlib.suppress(OSError):  # exists() raises on a folder it cannot read
                if not (root / name).exists():
                    write_quietly(root / name, text.encode())
        self._prepared = True
