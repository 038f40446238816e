"""Shared pieces of the robustness tests: running mtlint and checking its messages."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import Outcome, run_cli


def one_line_error(outcome: Outcome, *needles: str) -> str:
    """The single stderr line of a failed run (exit 2) that names every needle."""
    assert outcome.code == 2, outcome
    lines = [line for line in outcome.err.splitlines() if not line.startswith("mtlint: note:")]
    assert len(lines) == 1, outcome.err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def fix(*paths: Path | str) -> Outcome:
    """``mtlint --fix`` on the paths, findings left not counted as failure."""
    return run_cli("check", "--fix", "--exit-zero", *map(str, paths))


def temp_files(folder: Path) -> list[Path]:
    """Temporary files mtlint left behind in ``folder``."""
    return sorted(folder.rglob("*.mtlint"))
