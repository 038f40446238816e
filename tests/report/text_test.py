"""``--format text``: colour only where rich would give it, and rich imported only then."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mtlint.report.text import report_text
from tests.report.sample import sample_summary

_ENVIRONMENT = ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "COLORTERM", "TERM")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _report(stream: io.StringIO) -> str:
    report_text(sample_summary(), stream, statistics=False)
    return stream.getvalue()


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def test_a_pipe_gets_no_colour_and_the_same_text_as_a_terminal_without_it() -> None:
    plain = _report(io.StringIO())
    assert "\x1b[" not in plain
    assert "Read also: 50% <off> & more" in plain
    assert "\x1b[" in _report(_Terminal())


@pytest.mark.parametrize("environment", [
    {"FORCE_COLOR": "1"}, {"TTY_COMPATIBLE": "1"}, {"FORCE_COLOR": ""},
    {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "0"}, {"FORCE_COLOR": "1", "TERM": "dumb"},
    {"NO_COLOR": "1"}, {"TERM": "xterm-256color"},
], ids=str)
def test_a_pipe_is_coloured_as_rich_colours_it(monkeypatch: pytest.MonkeyPatch,
                                                environment: dict[str, str]) -> None:
    # rich's own decision for the installed version (rich 13 and 14 differ on an empty
    # FORCE_COLOR): the report must colour exactly where rich would
    from rich.console import Console

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    expected = Console(file=io.StringIO()).color_system is not None
    assert ("\x1b[" in _report(io.StringIO())) is expected


def test_the_environment_can_force_colour_onto_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in _report(io.StringIO())


@pytest.mark.parametrize(("environment", "coloured"), [
    ({}, True),
    ({"TTY_COMPATIBLE": "0"}, False),
    ({"TERM": "unknown"}, False),
])
def test_a_terminal_is_coloured_unless_the_environment_says_otherwise(
        monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], coloured: bool) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert ("\x1b[" in _report(_Terminal())) is coloured


def test_uncoloured_text_is_the_coloured_text_without_its_codes() -> None:
    coloured = _report(_Terminal())
    assert re.sub("\x1b\\[[0-9;]*m", "", coloured) == _report(io.StringIO())


def test_reporting_to_a_pipe_does_not_import_rich() -> None:
    code = ("import io, sys\n"
            "from mtlint.report.text import report_text\n"
            "from tests.report.sample import sample_summary\n"
            "report_text(sample_summary(), io.StringIO(), statistics=False)\n"
            "assert 'rich' not in sys.modules, 'rich was imported'\n")
    environment = {k: v for k, v in os.environ.items() if k not in _ENVIRONMENT}
    subprocess.run([sys.executable, "-c", code], check=True, env=environment,
                   cwd=Path(__file__).parents[2])
