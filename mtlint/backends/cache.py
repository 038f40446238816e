"""LanguageTool's answers kept on disk, one file per paragraph and request profile."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from mtlint.backends.matches import Match
from mtlint.cache.files import read_sealed, write_sealed
from mtlint.cache.patterns import compile_sre
from mtlint.cache.prune import prune_cache

#: paragraphs' answers kept per request profile, the least recently used dropped first
MOST_ANSWERS = 200_000
#: folders of other request profiles (server versions, rule selections) kept
MOST_OTHER_PROFILES = 2
_PROFILE_FOLDER = compile_sre(r"[0-9a-f]{16}")


class ResultCache:
    """Matches per paragraph hash, under a folder named after the request profile.

    ``fingerprint`` covers everything else that shapes an answer: the server's
    version, the language and the rules asked for. Entries are sealed cache
    files (``mtlint.cache.files``), and the cache is pruned once a day
    (``mtlint.cache.prune``). Reading or writing errors only make the cache
    miss; it is never the reason a check fails.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        profile = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:16]
        self.folder = folder / "languagetool-results" / profile

    def get(self, key: str) -> list[Match] | None:
        """The stored matches for ``key``, or None when missing, damaged or unreadable."""
        body = read_sealed(self._path(key))
        if body is None:
            return None
        try:
            return [Match.from_json(item) for item in json.loads(body)]
        except (ValueError, TypeError):
            return None

    def put(self, key: str, matches: list[Match]) -> None:
        """Store ``matches`` for ``key``; written atomically, so readers never see half."""
        body = json.dumps([m.as_json() for m in matches], ensure_ascii=False)
        write_sealed(self._path(key), body.encode("utf-8"))

    def prune(self) -> None:
        """At the end of a run: see ``mtlint.cache.prune.prune_cache``."""
        prune_cache(self.folder, self.folder.parent.parent / "languagetool-results.pruned",
                    MOST_ANSWERS, MOST_OTHER_PROFILES, _PROFILE_FOLDER)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
