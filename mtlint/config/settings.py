"""The frozen settings a run uses; the engine never reads raw config tables."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from mtlint.config.per_file import PerFileIgnores
from mtlint.config.schema import BY_KEY
from mtlint.score.weights import ScoreWeights


@dataclass(frozen=True)
class Settings:
    """Resolved options; ``source`` is the config file they came from, if any."""

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
    source: Path | None = field(default=None, compare=False)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given (non-None) values replaced, as the command line does."""
        known = {f.name for f in fields(self)}
        values = {k: v for k, v in overrides.items() if v is not None and k in known}
        return Settings(**{**{f.name: getattr(self, f.name) for f in fields(self)}, **values})
