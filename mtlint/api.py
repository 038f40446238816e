"""The Python API: lint or fix a string without touching the file system.

Everything here is picklable (texts, settings, findings), so it can run in
worker processes or on a cluster (see ``mtlint.contrib.dask``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import Run, build_run
from mtlint.engine.rule import Diagnostic
from mtlint.errors import ConfigError
from mtlint.fix.loop import fix_to_fixed_point
from mtlint.fix.model import Applicability

Config = Settings | Mapping[str, Any] | None


def resolve_config(config: Config) -> Settings:
    """Settings from a ``Settings``, a ``[tool.mtlint]``-style mapping, or the defaults."""
    if config is None:
        return Settings()
    if isinstance(config, Settings):
        return config
    from mtlint.config.load import settings_from_table

    settings, warnings = settings_from_table(dict(config), Path.cwd() / "<api>")
    if warnings:
        raise ConfigError("; ".join(warnings))
    return settings


_BUILDING = threading.Lock()


def _run(settings: Settings) -> Run:
    """The run for ``settings``, built once even when threads ask at the same time
    (Dask workers run tasks on threads)."""
    with _BUILDING:
        return _built_run(settings)


@lru_cache(maxsize=8)
def _built_run(settings: Settings) -> Run:
    return build_run(settings)


def lint_text(text: str, config: Config = None, path: str = "-") -> list[Diagnostic]:
    """The findings in ``text``, sorted by offset.

    ``config`` is a ``Settings`` or a mapping with the keys of ``[tool.mtlint]``
    (``{"select": ["G"], "style": "ap"}``). ``path`` names the text in findings
    and decides its format (``.md`` is Markdown).
    """
    run = _run(resolve_config(config))
    return run.linter.lint(Document(text, path)).diagnostics


def lint_texts(texts: Sequence[str], config: Config = None,
               paths: Sequence[str] | None = None) -> list[list[Diagnostic]]:
    """``lint_text`` of each text, in order, linted together: each rule runs over all the
    texts before the next rule, which is faster than one by one (``BATCH_CHARS`` of text
    at a time is enough; the texts' analyses are held until all are done)."""
    run = _run(resolve_config(config))
    names = ["-"] * len(texts) if paths is None else paths
    docs = [Document(text, path) for text, path in zip(texts, names, strict=True)]
    return [result.diagnostics for result in run.linter.lint_each(docs)]


def fix_text(text: str, config: Config = None, unsafe: bool = False,
             path: str = "-") -> tuple[str, list[Diagnostic]]:
    """``text`` with safe (and, if asked, unsafe) fixes applied, and what remains."""
    run = _run(resolve_config(config))
    minimum = Applicability.UNSAFE if unsafe else Applicability.SAFE
    outcome = fix_to_fixed_point(text, lambda t: run.linter.lint(Document(t, path)), minimum)
    return outcome.text, outcome.remaining.diagnostics
