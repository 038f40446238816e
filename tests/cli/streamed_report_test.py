"""Text, concise and GitHub reports are written file by file as files are checked, and
say exactly what the report written after the run says."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from mtlint.cli.commands import check
from mtlint.cli.main import main
from mtlint.report.text import report_text
from tests.cli.helpers import DIRTY, article, run_cli

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_streamed_report_equals_the_report_written_after_the_run(
        tmp_path: Path, fmt: str, jobs: str) -> None:
    streamed = run_cli("check", "--no-cache", "--statistics", "--format", fmt, "--jobs", jobs,
                       str(CORPUS / "mt"))
    written = tmp_path / "report.txt"
    after = run_cli("check", "--no-cache", "--statistics", "--format", fmt, "--jobs", jobs,
                    "--output", str(written), str(CORPUS / "mt"))
    assert streamed.code == after.code == 1
    assert after.out == ""
    assert streamed.out == written.read_text(encoding="utf-8")
    assert streamed.out.count("\n") > 100


def _folder_of(tmp_path: Path, files: int) -> Path:
    for number in range(files):
        article(tmp_path, DIRTY, f"{number:03}.txt")
    return tmp_path


def _watching(monkeypatch: pytest.MonkeyPatch, out: io.StringIO) -> list[str]:
    """What ``out`` held each time a batch of files began to be checked."""
    held: list[str] = []
    real = check._check_pairs

    def watched(run: check.Run, request: check.CheckRequest, advance: check.Advance,
                pairs: Sequence[tuple[str, str]]) -> object:
        held.append(out.getvalue())
        return real(run, request, advance, pairs)

    monkeypatch.setattr(check, "_check_pairs", watched)
    return held


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_a_files_findings_are_written_before_later_files_are_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    folder = _folder_of(tmp_path, 70)  # two batches of files: 64 and 6
    out = io.StringIO()
    held = _watching(monkeypatch, out)
    assert main(["check", "--no-cache", "--jobs", "1", "--format", fmt, str(folder)], out,
                io.StringIO()) == 1
    assert len(held) == 2
    assert held[0] == ""
    assert str(folder / "063.txt") in held[1]
    assert str(folder / "064.txt") not in held[1]
    assert "Found" not in held[1]  # the closing lines come last


def test_json_and_a_report_file_are_written_after_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "articles").mkdir()
    folder = _folder_of(tmp_path / "articles", 70)
    for args in (["--format", "json"], ["--output", str(tmp_path / "report.txt")]):
        out = io.StringIO()
        held = _watching(monkeypatch, out)
        assert main(["check", "--no-cache", "--jobs", "1", *args, str(folder)], out,
                    io.StringIO()) == 1
        assert held == ["", ""]
        monkeypatch.undo()


def _request(fix: bool = False) -> check.CheckRequest:
    return check.CheckRequest(paths=["a.txt"], fix=fix, diff=False, unsafe_fixes=False,
                              stdin_filename=None, exit_zero=False, statistics=False)


def test_no_part_is_written_under_a_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert check._file_by_file(_request(), report_text, 30, out, err) is not None
    monkeypatch.setattr(check, "wants_progress", lambda *args: True)
    assert check._file_by_file(_request(), report_text, 30, out, err) is None


def test_no_part_is_written_while_fixing() -> None:
    # a reader that stops reading (| head) would stop the run with files left unfixed
    out, err = io.StringIO(), io.StringIO()
    assert check._file_by_file(_request(fix=True), report_text, 30, out, err) is None


def test_a_files_errors_come_just_before_its_findings(tmp_path: Path) -> None:
    article(tmp_path, DIRTY, "a.txt")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    article(tmp_path, DIRTY, "c.txt")
    both = io.StringIO()  # stdout and stderr in one stream, as in a terminal
    assert main(["check", "--no-cache", "--format", "concise", str(tmp_path)], both,
                both) == 1
    lines = both.getvalue().splitlines()
    assert [line.removeprefix("mtlint: note: ").split(":")[0] for line in lines[:3]] == \
        [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")]
    assert lines[1].startswith("mtlint: note: ")
