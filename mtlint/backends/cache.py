"""LanguageTool's answers kept on disk, one file per paragraph and request profile."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from mtlint.backends.matches import Match


class ResultCache:
    """Matches per paragraph hash, under a folder named after the request profile.

    ``fingerprint`` covers everything else that shapes an answer: the server's
    version, the language and the rules asked for. Reading or writing errors
    only make the cache miss; it is never the reason a check fails.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        profile = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:16]
        self.folder = folder / "languagetool-results" / profile

    def get(self, key: str) -> list[Match] | None:
        """The stored matches for ``key``, or None when missing or unreadable."""
        try:
            items = json.loads(self._path(key).read_text(encoding="utf-8"))
            return [Match.from_json(item) for item in items]
        except (OSError, ValueError, TypeError):
            return None

    def put(self, key: str, matches: list[Match]) -> None:
        """Store ``matches`` for ``key``; written atomically, so readers never see half."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(suffix=".tmp", dir=path.parent)
        except OSError:
            return
        try:
            with open(descriptor, "w", encoding="utf-8") as handle:
                json.dump([m.as_json() for m in matches], handle, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
