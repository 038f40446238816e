"""What a run gives every rule besides the document: house style and shared tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mtlint.tables.entities import EntityTable, load_entity_tables
from mtlint.tables.styles import Style


@dataclass
class Context:
    """Settings of one run, shared read-only by all rules."""

    style: Style
    entity_files: tuple[Path, ...] = ()

    @cached_property
    def entities(self) -> EntityTable:
        """The entity tables of every loaded pack folder, merged; built on first use."""
        return load_entity_tables(self.entity_files)
