"""The Python API: lint or fix a string without touching the file system."""

from __future__ import annotations

from functools import lru_cache

from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import Run, build_run
from mtlint.engine.rule import Diagnostic
from mtlint.fix.loop import fix_to_fixed_point
from mtlint.fix.model import Applicability


@lru_cache(maxsize=8)
def _run(settings: Settings) -> Run:
    return build_run(settings)


def lint_text(text: str, settings: Settings | None = None, path: str = "-") -> list[Diagnostic]:
    """The findings in ``text``, sorted by offset."""
    run = _run(settings or Settings())
    return run.linter.lint(Document(text, path)).diagnostics


def fix_text(text: str, settings: Settings | None = None, unsafe: bool = False,
             path: str = "-") -> tuple[str, list[Diagnostic]]:
    """``text`` with safe (and, if asked, unsafe) fixes applied, and what remains."""
    run = _run(settings or Settings())
    minimum = Applicability.UNSAFE if unsafe else Applicability.SAFE
    outcome = fix_to_fixed_point(text, lambda t: run.linter.lint(Document(t, path)), minimum)
    return outcome.text, outcome.remaining.diagnostics
