"""Options anywhere on the command line, as ruff and most linters take them: before, between
and after the paths (``mtlint check a.txt --fix b.txt``); ``--`` ends the options, and ``-``
still reads stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

DIRTY = "The minister left.\n\nRead also: Markets fall\n\nHe returned on Sunday (1/10/2023).\n"
FIXED = "The minister left.\n\nHe returned on Sunday (October 1, 2023).\n"


def _articles(folder: Path, *names: str) -> list[str]:
    for name in names:
        (folder / name).write_text(DIRTY, encoding="utf-8")
    return list(names)


@pytest.mark.parametrize("order", [
    ("a.txt", "--fix", "b.txt"),
    ("--fix", "a.txt", "b.txt"),
    ("a.txt", "b.txt", "--fix"),
    ("a.txt", "--no-cache", "b.txt", "--fix", "--format", "concise"),
    ("a.txt", "--fix", "--", "b.txt"),
], ids=["between", "before", "after", "mixed", "between-and-dashes"])
def test_fix_applies_to_every_path_whatever_the_order(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      order: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    _articles(tmp_path, "a.txt", "b.txt")
    result = run_cli("check", "--no-cache", *order)
    assert (result.code, result.err) == (0, "")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("command", [(), ("check",)], ids=["bare", "check"])
def test_options_with_values_between_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           command: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    _articles(tmp_path, "a.txt", "b.txt", "c.txt")
    result = run_cli(*command, "a.txt", "--select", "G", "b.txt", "--format=json", "-j", "1",
                     "c.txt", "--no-cache")
    assert result.code == 1, result.err
    assert [(f["path"], f["rule"]) for f in json.loads(result.out)] == [
        ("a.txt", "G101"), ("b.txt", "G101"), ("c.txt", "G101")]


def test_double_dash_ends_the_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _articles(tmp_path, "a.txt", "-b.txt", "--fix")
    result = run_cli("check", "--no-cache", "--format", "concise", "a.txt", "--", "-b.txt",
                     "--fix")
    assert result.code == 1, result.err
    assert [line.split(":")[0] for line in result.out.splitlines() if " A102 " in line] == [
        "a.txt", "-b.txt", "--fix"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == DIRTY  # --fix was a path


def test_a_missing_path_after_double_dash_is_a_path_not_an_option(tmp_path: Path) -> None:
    result = run_cli("check", "--no-cache", "--", "--nonexistent")
    assert result.code == 2
    assert result.err == "mtlint: --nonexistent: no such file or folder\n"


def test_no_path_still_means_the_working_folder(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _articles(tmp_path, "a.txt")
    for args in (("--format", "concise"), ("--format", "concise", "--")):
        result = run_cli("check", "--no-cache", *args)
        assert result.code == 1
        assert "Found 2 findings in 1 file." in result.out


@pytest.mark.parametrize("order", [
    ("-", "--format", "concise", "--stdin-filename", "s.txt"),
    ("--format", "concise", "-", "--stdin-filename", "s.txt"),
    ("--stdin-filename", "s.txt", "--format", "concise"),
    ("--format", "concise", "--stdin-filename", "s.txt", "--", "-"),
], ids=["dash-first", "dash-between", "no-dash", "dash-after-double-dash"])
def test_dash_reads_stdin_whatever_the_order(monkeypatch: pytest.MonkeyPatch,
                                             order: tuple[str, ...]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DIRTY.encode())))
    result = run_cli("check", "--no-cache", *order)
    assert result.code == 1, result.err
    assert result.out.startswith("s.txt:3:1 A102 ")


def test_an_unknown_option_between_paths_is_named_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _articles(tmp_path, "a.txt", "b.txt")
    with pytest.raises(SystemExit) as stop:
        run_cli("check", "a.txt", "--bogus", "b.txt")
    assert stop.value.code == 2
    assert capsys.readouterr().err == \
        "mtlint: error: unrecognized arguments: --bogus (see 'mtlint --help')\n"


def test_an_option_missing_its_value_between_paths_is_still_a_usage_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("check", "a.txt", "--select", "--", "b.txt")
    assert stop.value.code == 2
    assert "argument --select: expected one argument" in capsys.readouterr().err


def test_eval_takes_options_between_corpora(tmp_path: Path) -> None:
    start = DIRTY.index("1/10/2023")
    for name in ("one", "two"):
        (tmp_path / name / "mt").mkdir(parents=True)
        (tmp_path / name / "mt" / "a.txt").write_text(DIRTY, encoding="utf-8")
        (tmp_path / name / "gold.jsonl").write_text(json.dumps(
            {"file": "mt/a.txt", "start": start, "end": start + 9, "family": "G",
             "text": "1/10/2023"}) + "\n", encoding="utf-8")
    result = run_cli("eval", str(tmp_path / "one"), "--format", "json", "--select", "G101",
                     str(tmp_path / "two"))
    assert result.code == 0, result.err
    scores = json.loads(result.out)
    assert len(scores) == 2
    assert all(s["families"]["G"]["tp"] == 1 for s in scores.values())
