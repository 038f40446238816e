"""The frozen settings a run uses; the engine never reads raw config tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from mtlint.config.per_file import PerFileIgnores
from mtlint.config.schema import BY_KEY
from mtlint.score.weights import ScoreWeights


class Settings(NamedTuple):
    """Resolved options; ``source`` is the config file they came from, if any (a named
    tuple: equal settings hash alike, and making the class costs no generated code)."""

    select: tuple[str, ...] = tuple(BY_KEY["select"].default)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    style: str = BY_KEY["style"].default
    include: tuple[str, ...] = tuple(BY_KEY["include"].default)
    exclude: tuple[str, ...] = ()
    rule_packs: tuple[Path, ...] = ()
    fail_level: str = BY_KEY["fail-level"].default
    unsafe_fixes: bool = False
    jobs: int = BY_KEY["jobs"].default
    pattern_timeout: float = BY_KEY["pattern-timeout"].default
    max_score: float | None = None
    score_weights: ScoreWeights = BY_KEY["score-weights"].default
    per_file_ignores: PerFileIgnores = ()
    show_fixes: bool = False
    languagetool: str = ""
    languagetool_required: bool = False
    source: Path | None = None

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given (non-None) values replaced, as the command line does."""
        return self._replace(**{key: value for key, value in overrides.items()
                                if value is not None and key in self._fields})
