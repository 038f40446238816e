"""Where the built-in rule packs live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def builtin_rules_dir() -> Path:
    """``mtlint/_rules`` in an installed wheel, else the checkout's top-level ``rules/``."""
    installed = _PACKAGE / "_rules"
    return installed if installed.is_dir() else _PACKAGE.parent / "rules"


def is_builtin_pack(pack: str) -> bool:
    """Whether the pack file ``pack`` is one of mtlint's own (trusted, its bugs ours)."""
    return Path(pack).parent == builtin_rules_dir()


def pack_files(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """A folder's rule packs, entity tables (``entities*.toml``) and styles (``styles*.toml``)."""
    files = sorted(folder.glob("*.toml"))
    entities = [f for f in files if f.name.startswith("entities")]
    styles = [f for f in files if f.name.startswith("styles")]
    packs = [f for f in files if f not in entities and f not in styles]
    return packs, entities, styles
