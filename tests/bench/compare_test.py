"""bench/compare.py times a peer only when it linted every file it was given."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "compare.py"


@pytest.fixture
def compare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_compare", _SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclasses look it up there
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path)
    return module


def _peer(code: int, stdout: str, stderr: str = "") -> list[str]:
    return [sys.executable, "-c",
            f"import sys; print({stdout!r}, end=''); print({stderr!r}, file=sys.stderr); "
            f"sys.exit({code})"]


@pytest.mark.parametrize("code", [0, 1])
def test_a_peer_that_reports_is_timed(compare: ModuleType, code: int) -> None:
    assert compare.peer_timed(_peer(code, "a.txt:1:1: weasel words\n"), 1) > 0


@pytest.mark.parametrize(("code", "stdout", "stderr"), [
    (0, "a.txt:1:1: x\n", "Error encountered while linting b.txt: [Errno 2] No such file"),
    (1, "", "Traceback (most recent call last):"),
    (2, "", "TextlintFileSearchError: Not found target files."),
    (0, "", ""),
])
def test_a_peer_that_failed_stops_the_benchmark(compare: ModuleType, code: int, stdout: str,
                                                 stderr: str) -> None:
    with pytest.raises(SystemExit, match="did not lint the 2 files"):
        compare.peer_timed(_peer(code, stdout, stderr), 2)


def test_each_goal_is_met_or_not_by_its_figure(compare: ModuleType) -> None:
    lines = compare.goal_lines((5.0, 5.2, 19.9, 5.01, 1.7))
    assert [line.rsplit(": ", 1)[1] for line in lines] == \
        ["met", "met", "NOT MET", "NOT MET", "met"]
    assert lines[3] == "  one small file against python -c pass: 5.01 (at most 5): NOT MET"
    assert [line.rsplit(": ", 1)[1] for line in compare.goal_lines((4.99, 1, 20, 4.9, 1.69))] \
        == ["NOT MET", "NOT MET", "met", "met", "NOT MET"]


def test_the_rules_rate_is_read_from_the_throughput_report(compare: ModuleType) -> None:
    report = ("corpus: 1000 articles, 2.26 MB (000)\n"
              "all 69 built-in rules: 4.46 MB/s (best of 3 rounds, 0.507 s)\n")
    assert compare.rate_of(report) == 4.46
    with pytest.raises(SystemExit, match="no overall rate"):
        compare.rate_of("corpus: 0 articles\n")


class _Timed:
    """A build whose runs take the seconds given, in turn, with a peak and report each."""

    def __init__(self, seconds: list[float]) -> None:
        self.seconds = seconds
        self.asked: list[tuple[str, ...]] = []

    def timed(self, *args: str) -> tuple[float, int, str]:
        self.asked.append(args)
        run = len(self.asked)
        return self.seconds[run - 1], 100 * run, f"report {run}"


def test_jobs_pairs_alternate_and_keep_the_best_of_each(compare: ModuleType,
                                                         tmp_path: Path) -> None:
    tool = _Timed([12.0, 7.5, 11.0, 6.5])
    assert compare.jobs_pairs(tool, tmp_path, 2) == (11.0, 6.5, 100, "report 1")
    assert tool.asked == [("--jobs", "1", str(tmp_path)), ("--jobs", "2", str(tmp_path))] * 2


def test_start_up_is_timed_against_the_interpreter_that_runs_mtlint(
        compare: ModuleType, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    bare: list[str] = []

    def timed(command: list[str]) -> float:
        bare.append(command[0])
        return 0.010 if command[0] == "/venv/bin/python" else 0.030  # a site hook outside

    monkeypatch.setattr(compare, "timed", timed)
    tool = _Timed([0.045, 0.030] * 3)
    tool.python = Path("/venv/bin/python")  # type: ignore[attr-defined]
    assert compare.startup("small.txt", 3, tool) == pytest.approx(4.5)
    assert bare == ["/venv/bin/python"] * 3 + [sys.executable] * 3
    assert tool.asked == [("small.txt",), ("--select", "X103", "small.txt")] * 3
    assert "the floor without the rules (--select X103): 30.0 ms: 3.0x" in \
        capsys.readouterr().out
