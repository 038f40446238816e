"""Runs with errors (exit 2): one line per problem, the other files still checked and
fixed, a summary that does not read as clean, and exit codes that keep their meaning."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtlint.cli.main import main
from tests.cli.helpers import CLEAN, DIRTY, FIXED, article, run_cli
from tests.house import CATASTROPHIC_PACK


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if not line.startswith("mtlint: note:")]


# 1. A missing path costs its own error line, not the run.


def test_missing_path_does_not_stop_the_other_files(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    missing = tmp_path / "nonexist.txt"
    result = run_cli("check", "--no-cache", "--format", "concise", str(path), str(missing))
    assert result.code == 2
    assert _error_lines(result.err) == [f"mtlint: {missing}: no such file or folder"]
    assert f"{path}:3:1 A102 [*] " in result.out
    assert "Found 1 finding in 1 file; 1 could not be checked (see errors on stderr)." in result.out


def test_missing_path_first_does_not_stop_the_files_after_it(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    result = run_cli("check", "--no-cache", "--format", "json", str(tmp_path / "nope.txt"),
                     str(path))
    assert result.code == 2
    assert [finding["rule"] for finding in json.loads(result.out)] == ["A102"]


def test_fix_with_a_missing_path_still_fixes_the_other_files(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    result = run_cli("--fix", "--no-cache", str(path), str(tmp_path / "nonexist.txt"))
    assert result.code == 2
    assert path.read_text(encoding="utf-8") == FIXED
    assert "Fixed 1 finding; 0 remain in 1 file; 1 could not be checked" in result.out
    assert len(_error_lines(result.err)) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_missing_path_is_named_once_in_one_process_or_many(tmp_path: Path,
                                                                 jobs: str) -> None:
    paths = [str(article(tmp_path, DIRTY, f"{n}.txt")) for n in range(3)]
    result = run_cli("check", "--no-cache", "--format", "concise", "--jobs", jobs,
                     str(tmp_path / "x.txt"), *paths, str(tmp_path / "y.txt"))
    assert result.code == 2
    assert _error_lines(result.err) == [f"mtlint: {tmp_path / name}: no such file or folder"
                                        for name in ("x.txt", "y.txt")]
    assert result.out.count(" A102 ") == 3
    assert "; 2 could not be checked (see errors on stderr)." in result.out


def test_excluded_file_named_explicitly_is_still_skipped_without_a_word(tmp_path: Path) -> None:
    (tmp_path / "mtlint.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    draft = article(tmp_path / "drafts", DIRTY)
    path = article(tmp_path, DIRTY, "b.txt")
    result = run_cli("check", "--no-cache", "--format", "concise", str(path), str(draft),
                     str(tmp_path / "gone.txt"))
    assert result.code == 2
    assert _error_lines(result.err) == [f"mtlint: {tmp_path / 'gone.txt'}: no such file or folder"]
    assert str(draft) not in result.out
    alone = run_cli("check", "--no-cache", str(draft))
    assert (alone.code, alone.err) == (0, "")
    assert "All clean: no findings in 0 files." in alone.out


def test_mistyped_command_is_a_missing_path_whose_error_suggests_the_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    article(tmp_path, DIRTY)
    result = run_cli("chek", "a.txt", "--no-cache")
    assert result.code == 2
    assert _error_lines(result.err) == [
        "mtlint: chek: no such file or folder; did you mean 'mtlint check'?"]
    assert "Found 1 finding in 1 file; 1 could not be checked" in result.out
    named = run_cli("check", "--no-cache", "chek")  # the command was given: no guess
    assert _error_lines(named.err) == ["mtlint: chek: no such file or folder"]
    (tmp_path / "rule").mkdir()  # an existing folder is linted, not second-guessed
    assert run_cli("rule", "--no-cache").err == ""


# 2. --exit-zero turns the "something to fix" status of --diff into 0, never an error.


def test_exit_zero_applies_to_diff(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    result = run_cli("--diff", "--exit-zero", "--no-cache", str(path))
    assert result.code == 0
    assert "-Read also: Markets fall" in result.out
    assert run_cli("--diff", "--no-cache", str(path)).code == 1


def test_exit_zero_with_diff_still_exits_two_on_errors(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    result = run_cli("--diff", "--exit-zero", "--no-cache", str(path), str(tmp_path / "no.txt"))
    assert result.code == 2
    assert "-Read also: Markets fall" in result.out


# 3. A run with errors does not say "All clean".


def test_missing_path_alone_is_not_called_clean(tmp_path: Path) -> None:
    result = run_cli("check", "--no-cache", str(tmp_path / "nonexist.txt"))
    assert result.code == 2
    assert "All clean" not in result.out
    assert result.out == "No findings in 0 files; 1 could not be checked (see errors on stderr).\n"


def test_invalid_utf8_file_alone_is_not_called_clean(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Hello.\n\xff\xfe broken\n")
    result = run_cli("check", "--no-cache", "--format", "concise", str(tmp_path / "bad.txt"))
    assert result.code == 2
    assert result.out == "No findings in 0 files; 1 could not be checked (see errors on stderr).\n"


def test_clean_file_beside_an_unreadable_one_is_not_called_clean(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\n")
    path = article(tmp_path, CLEAN)
    result = run_cli("check", "--no-cache", str(path), str(tmp_path / "bad.txt"))
    assert result.code == 2
    assert "No findings in 1 file; 1 could not be checked (see errors on stderr)." in result.out


def test_timed_out_pattern_is_an_error_in_the_summary(tmp_path: Path) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.toml").write_text(CATASTROPHIC_PACK, encoding="utf-8")
    (tmp_path / "mtlint.toml").write_text('rule-packs = ["house"]\npattern-timeout = 0.25\n',
                                          encoding="utf-8")
    path = article(tmp_path, "a" * 40 + "!\n")
    result = run_cli("check", "--no-cache", "--select", "A901", str(path))
    assert result.code == 2
    assert "All clean" not in result.out
    assert "No findings in 1 file; 1 error (see errors on stderr)." in result.out


def test_machine_formats_stay_valid_when_paths_are_missing(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    missing = str(tmp_path / "nonexist.txt")
    as_json = run_cli("check", "--no-cache", "--format", "json", path.as_posix(), missing)
    assert as_json.code == 2
    assert [f["rule"] for f in json.loads(as_json.out)] == ["A102"]
    sarif = json.loads(run_cli("check", "--no-cache", "--format", "sarif", missing).out)
    [invocation] = sarif["runs"][0]["invocations"]
    assert (invocation["executionSuccessful"], invocation["exitCode"]) == (False, 2)
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["message"] == {"text": f"{missing}: no such file or folder"}
    assert sarif["runs"][0]["results"] == []
    junit = ET.fromstring(run_cli("check", "--no-cache", "--format", "junit", missing).out)
    assert (junit.tag, junit.get("errors"), junit.get("failures")) == ("testsuites", "1", "0")
    [suite] = junit.findall("testsuite")
    assert suite.get("name") == missing
    assert [e.get("message") for e in suite.iter("error")] == [
        f"{missing}: no such file or folder"]
    lines = run_cli("check", "--no-cache", "--format", "json-lines", missing)
    assert (lines.code, lines.out) == (2, "")


def test_report_written_to_a_file_points_to_stderr_for_the_errors(tmp_path: Path) -> None:
    # The errors go to stderr, not "above" the summary in the report file.
    path = article(tmp_path, DIRTY)
    report = tmp_path / "report.txt"
    result = run_cli("check", "--no-cache", "--format", "concise", "-o", str(report), str(path),
                     str(tmp_path / "nonexist.txt"))
    assert (result.code, result.out) == (2, "")
    assert _error_lines(result.err) == [f"mtlint: {tmp_path / 'nonexist.txt'}: no such file "
                                        "or folder"]
    assert "\nFound 1 finding in 1 file; 1 could not be checked (see errors on stderr).\n" in \
        report.read_text(encoding="utf-8")
    assert "above" not in report.read_text(encoding="utf-8")


def test_json_formats_stay_lists_of_findings_when_files_are_not_checked(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\n")
    path = article(tmp_path, DIRTY)
    for fmt in ("json", "json-lines"):
        result = run_cli("check", "--no-cache", "--format", fmt, str(path),
                         str(tmp_path / "bad.txt"), str(tmp_path / "gone.txt"))
        assert result.code == 2
        items = json.loads(result.out) if fmt == "json" else \
            [json.loads(line) for line in result.out.splitlines()]
        assert [(item["path"], item["rule"]) for item in items] == [(str(path), "A102")]


# 4. A fixed text that could not be written is not counted as fixed.


def test_fix_on_a_read_only_file_counts_its_findings_as_remaining(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    path.chmod(0o444)
    result = run_cli("--fix", "--no-cache", "--format", "concise", str(path))
    assert result.code == 2
    assert "read-only" in result.err
    assert path.read_text(encoding="utf-8") == DIRTY
    assert f"{path}:3:1 A102 [*] " in result.out
    assert "Fixed 0 findings; 1 remain in 1 file; 1 error (see errors on stderr)." in result.out


def test_fix_on_a_read_only_file_is_an_error_in_sarif_and_junit(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    path.chmod(0o444)
    sarif = run_cli("--fix", "--no-cache", "--format", "sarif", str(path))
    assert sarif.code == 2
    [invocation] = json.loads(sarif.out)["runs"][0]["invocations"]
    [notification] = invocation["toolExecutionNotifications"]
    assert f"mtlint: {notification['message']['text']}" == sarif.err.strip()
    assert "read-only" in notification["message"]["text"]
    junit = run_cli("--fix", "--no-cache", "--format", "junit", str(path))
    [suite] = ET.fromstring(junit.out).findall("testsuite")
    assert (suite.get("failures"), suite.get("errors")) == ("1", "1")  # A102 remains
    assert [e.text for e in suite.iter("error")] == [notification["message"]["text"]]


def test_fix_json_of_an_unwritten_file_points_into_the_text_as_it_is(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    path.chmod(0o444)
    result = run_cli("--fix", "--no-cache", "--format", "json", str(path))
    [finding] = json.loads(result.out)
    assert DIRTY[finding["start"]:finding["end"]] == finding["text"] == "Read also: Markets fall"


def test_fix_show_fixes_lists_nothing_for_an_unwritten_file(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    path.chmod(0o444)
    result = run_cli("--fix", "--no-cache", "--show-fixes", str(path))
    assert "No fixes applied." in result.out


# 5. Negative job counts are refused.


@pytest.mark.parametrize("value", ["-3", "-1", "true", '"2"', "1.5"])
def test_bad_jobs_in_configuration_is_a_config_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "mtlint.toml").write_text(f"jobs = {value}\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", str(article(tmp_path, CLEAN)))
    assert result.code == 2
    [line] = result.err.splitlines()
    assert "mtlint.toml" in line
    assert "jobs" in line
    assert result.out == ""


@pytest.mark.parametrize("value", ["0", "2"])
def test_good_jobs_in_configuration_are_taken(tmp_path: Path, value: str) -> None:
    (tmp_path / "mtlint.toml").write_text(f"jobs = {value}\n", encoding="utf-8")
    assert run_cli("check", "--no-cache", str(article(tmp_path, CLEAN))).code == 0


@pytest.mark.parametrize("value", ["-3", "x"])
def test_bad_jobs_option_is_a_usage_error(tmp_path: Path, value: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("check", "--no-cache", "--jobs", value, str(article(tmp_path, CLEAN)))
    assert stop.value.code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "--jobs" in line
    assert repr(value) in line


# 6. Help.


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*args, "--help"])
    assert stop.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_help_lists_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    shown = _help(capsys)
    for code in ("0 clean", "1 findings remain", "2 usage", "130 interrupted"):
        assert code in shown


def test_help_of_check_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert _help(capsys, "check").startswith("usage: mtlint check [-h]")
    assert _help(capsys).startswith("usage: mtlint [-h]")
    assert _help(capsys, "rules").startswith("usage: mtlint rules [-h]")
