"""What a run gives every rule besides the document: house style and shared tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.kinds.pattern import PATTERN_TIMEOUT
from mtlint.tables.entities import EntityTable, load_entity_tables
from mtlint.tables.styles import Style

if TYPE_CHECKING:
    from mtlint.engine.run import ResultStore


@dataclass
class Context:
    """Settings of one run, shared read-only by all rules."""

    style: Style
    entity_files: tuple[Path, ...] = ()
    #: seconds a rule pack's regular expression may run per megabyte of text
    pattern_timeout: float = PATTERN_TIMEOUT
    #: every registered rule code, so suppression comments naming no rule can be reported
    rule_codes: frozenset[str] = frozenset()
    #: lint results of earlier runs (``mtlint.cache``); None: always run the rules
    results: ResultStore | None = None

    #: ``entities`` once built (not functools.cached_property, which mypyc does not keep)
    _entities: EntityTable | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._entities = None  # a mypyc-compiled __init__ leaves an init=False field unset

    @property
    def entities(self) -> EntityTable:
        """The entity tables of every loaded pack folder, merged; built on first use."""
        if self._entities is None:
            self._entities = load_entity_tables(self.entity_files)
        return self._entities
