"""Turning settings into a ready linter: registry, selection, context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from mtlint.config.settings import Settings
from mtlint.engine.context import Context
from mtlint.engine.deferred import prepare_rule
from mtlint.engine.per_file import check_per_file_ignores
from mtlint.engine.registry import Registry, load_registry
from mtlint.engine.run import Linter
from mtlint.engine.select import select_specs
from mtlint.errors import ConfigError
from mtlint.record import Record

if TYPE_CHECKING:
    from mtlint.backends.grammar import GrammarSession


class Run(Record):
    """Everything one invocation shares across files; ``grammar`` is LanguageTool, when
    --languagetool is given."""

    __match_args__ = ("settings", "registry", "linter", "grammar")

    def __init__(self, settings: Settings, registry: Registry, linter: Linter,
                 grammar: GrammarSession | None = None) -> None:
        self.settings: Final = settings
        self.registry: Final = registry
        self.linter: Final = linter
        self.grammar: Final = grammar


def build_run(settings: Settings) -> Run:
    """Load packs, pick the rules and the house style the settings ask for."""
    registry = load_registry(settings.rule_packs)
    style = registry.styles.get(settings.style)
    if style is None:
        raise ConfigError(f"unknown style '{settings.style}' (known: "
                          f"{', '.join(sorted(registry.styles))})",
                          str(settings.source) if settings.source else None, "style")
    specs = select_specs(registry.specs, settings.select, settings.ignore, settings.extend_select)
    check_per_file_ignores(settings, [spec.meta.code for spec in registry.specs])
    rules = [prepare_rule(spec) for spec in specs]  # built-in rules compile on first use
    return Run(settings, registry, Linter(rules, Context(style, registry.entity_files,
                                                      settings.pattern_timeout,
                                                      frozenset(registry.by_code()))))
