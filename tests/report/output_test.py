"""``-o/--output``: any report format into a file."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import run_cli

RESIDUE = "The minister left.\n\nRead also: Markets fall\n\nHe returned on Friday.\n"


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_output_file_takes_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    result = run_cli("check", "--format", "concise", "-o", str(report),
                     _write(tmp_path, "a.txt", RESIDUE))
    assert result.code == 1
    assert result.out == ""
    assert "A102" in report.read_text(encoding="utf-8")


def test_unwritable_output_is_an_error_naming_the_file(tmp_path: Path) -> None:
    report = tmp_path / "missing-folder" / "report.html"
    result = run_cli("check", "--format", "html", "-o", str(report),
                     _write(tmp_path, "a.txt", RESIDUE))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert str(report) in result.err
