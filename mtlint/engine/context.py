"""What a run gives every rule besides the document: house style and shared tables."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from mtlint.kinds.pattern import PATTERN_TIMEOUT
from mtlint.tables.entities import EntityTable, load_entity_tables
from mtlint.tables.styles import Style

if TYPE_CHECKING:
    from mtlint.engine.run import ResultStore


class Context:
    """Settings of one run, shared read-only by all rules.

    ``pattern_timeout``: seconds a rule pack's regular expression may run per megabyte
    of text. ``rule_codes``: every registered rule code, so suppression comments naming
    no rule can be reported. ``results``: lint results of earlier runs
    (``mtlint.cache``); None: always run the rules.
    """

    def __init__(self, style: Style, entity_files: tuple[Path, ...] = (),
                 pattern_timeout: float = PATTERN_TIMEOUT,
                 rule_codes: frozenset[str] = frozenset(),
                 results: ResultStore | None = None) -> None:
        self.style: Final = style
        self.entity_files: Final = entity_files
        self.pattern_timeout: Final = pattern_timeout
        self.rule_codes: Final = rule_codes
        self.results: Final = results
        #: ``entities`` once built (not functools.cached_property, which mypyc does not keep)
        self._entities: EntityTable | None = None

    def with_results(self, results: ResultStore | None) -> Context:
        """This context with ``results`` for its store, sharing the entity tables."""
        context = Context(self.style, self.entity_files, self.pattern_timeout,
                          self.rule_codes, results)
        context._entities = self._entities
        return context

    @property
    def entities(self) -> EntityTable:
        """The entity tables of every loaded pack folder, merged; built on first use."""
        if self._entities is None:
            self._entities = load_entity_tables(self.entity_files)
        return self._entities
