"""Turning settings into a ready linter: registry, selection, context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtlint.config.settings import Settings
from mtlint.engine.context import Context
from mtlint.engine.deferred import prepare_rule
from mtlint.engine.per_file import check_per_file_ignores
from mtlint.engine.registry import Registry, load_registry
from mtlint.engine.run import Linter
from mtlint.engine.select import select_specs
from mtlint.errors import ConfigError

if TYPE_CHECKING:
    from mtlint.backends.grammar import GrammarSession


@dataclass(frozen=True)
class Run:
    """Everything one invocation shares across files."""

    settings: Settings
    registry: Registry
    linter: Linter
    grammar: GrammarSession | None = None  # LanguageTool, when --languagetool is given


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
