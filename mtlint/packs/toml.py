"""Reading a TOML file into a table, with errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from mtlint.errors import PackError


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file; syntax errors carry the line and column."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"invalid TOML: {exc}", str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"cannot read: {exc}", str(path)) from exc
