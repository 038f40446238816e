"""The per-user cache folder, shared by everything mtlint keeps between runs."""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_folder() -> Path:
    """``$MTLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/mtlint``, else ``~/.cache/mtlint``."""
    if os.environ.get("MTLINT_CACHE_DIR"):
        return Path(os.environ["MTLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mtlint"
