"""Config and output options: per-file-ignores, extend-select, fail-level, statistics,
show-fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import DIRTY, FIXED, run_cli

# A pack with one rule per severity, so fail levels can be told apart.
LEVELS_PACK = """
[pack]
name = "levels"
{rules}
"""
LEVEL_RULE = """
[[rule]]
code = "{code}"
name = "{name}"
kind = "pattern"
severity = "{severity}"
message = "Found '{{match}}'"
what = "w"
why = "y"
example = "e"
instead = "i"
[rule.options]
patterns = ['{word}']
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _levels_project(tmp_path: Path, config: str = "") -> None:
    rules = "".join(LEVEL_RULE.format(code=code, name=name, severity=severity, word=word)
                    for code, name, severity, word in (
                        ("A951", "house-info", "info", "INFOWORD"),
                        ("A952", "house-warning", "warning", "WARNWORD"),
                        ("A953", "house-error", "error", "ERRWORD")))
    _write(tmp_path / "house" / "levels.toml", LEVELS_PACK.format(rules=rules))
    _write(tmp_path / "mtlint.toml", f'rule-packs = ["house"]\n{config}')


@pytest.mark.parametrize(("word", "fail_level", "code"), [
    ("INFOWORD", None, 0), ("INFOWORD", "info", 1),
    ("WARNWORD", None, 1), ("WARNWORD", "error", 0), ("WARNWORD", "warning", 1),
    ("ERRWORD", "error", 1),
], ids=["info-default", "info-at-info", "warning-default", "warning-at-error",
        "warning-at-warning", "error-at-error"])
def test_fail_level_decides_which_severities_exit_one(tmp_path: Path, word: str,
                                                      fail_level: str | None,
                                                      code: int) -> None:
    _levels_project(tmp_path)
    article = str(_write(tmp_path / "a.md", f"Prices rose. {word}\n"))
    args = ["check", "--select", "A95", article]
    if fail_level:
        args[1:1] = ["--fail-level", fail_level]
    assert run_cli(*args).code == code


def test_fail_level_from_config_and_command_line_wins(tmp_path: Path) -> None:
    _levels_project(tmp_path, 'fail-level = "error"\n')
    article = str(_write(tmp_path / "a.md", "Prices rose. WARNWORD\n"))
    assert run_cli("check", article).code == 0
    assert run_cli("check", "--fail-level", "warning", article).code == 1


def test_bad_fail_level_in_config_names_the_key(tmp_path: Path) -> None:
    _write(tmp_path / "mtlint.toml", 'fail-level = "fatal"\n')
    result = run_cli("check", str(_write(tmp_path / "a.md", FIXED)))
    assert result.code == 2
    assert "fail-level" in result.err


def test_extend_select_adds_to_a_configured_select(tmp_path: Path) -> None:
    _write(tmp_path / "mtlint.toml", 'select = ["G"]\nextend-select = ["A102"]\n')
    article = str(_write(tmp_path / "a.md", DIRTY))
    result = run_cli("check", "--format", "concise", article)
    assert result.code == 1
    assert " A102 " in result.out


def test_extend_select_on_the_command_line_adds_to_select(tmp_path: Path) -> None:
    article = str(_write(tmp_path / "a.md", DIRTY))
    assert run_cli("check", "--select", "G", article).code == 0
    assert run_cli("check", "--select", "G", "--extend-select", "A102", article).code == 1


def test_per_file_ignores_turn_rules_off_for_matching_paths(tmp_path: Path) -> None:
    _write(tmp_path / "mtlint.toml", '[per-file-ignores]\n"briefs/*" = ["A10"]\n')
    _write(tmp_path / "briefs" / "a.md", DIRTY)
    _write(tmp_path / "news" / "a.md", DIRTY)
    result = run_cli("check", "--format", "concise", str(tmp_path))
    assert result.code == 1
    assert "news/a.md" in result.out
    assert "briefs/a.md" not in result.out


def test_per_file_ignores_also_stop_fixes(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml",
           '[tool.mtlint.per-file-ignores]\n"briefs/*.md" = ["A102"]\n')
    brief = _write(tmp_path / "briefs" / "a.md", DIRTY)
    news = _write(tmp_path / "news" / "a.md", DIRTY)
    assert run_cli("--fix", str(tmp_path)).code == 0
    assert brief.read_text(encoding="utf-8") == DIRTY
    assert news.read_text(encoding="utf-8") == FIXED


def test_per_file_ignores_match_file_names_in_any_folder(tmp_path: Path) -> None:
    _write(tmp_path / "mtlint.toml", '[per-file-ignores]\n"*.txt" = ["ALL"]\n')
    _write(tmp_path / "deep" / "er" / "a.txt", DIRTY)
    assert run_cli("check", str(tmp_path)).code == 0


def test_per_file_ignores_use_paths_relative_to_the_config_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "mtlint.toml", '[per-file-ignores]\n"briefs/*" = ["A"]\n')
    article = _write(tmp_path / "briefs" / "a.md", DIRTY)
    monkeypatch.chdir(article.parent)
    assert run_cli("check", "a.md").code == 0


@pytest.mark.parametrize(("table", "message"), [
    ('per-file-ignores = ["A"]', "must be a table"),
    ('[per-file-ignores]\n"x/*" = "A"', "'x/*' must map to a list of rule codes"),
    ('[per-file-ignores]\n"x/*" = ["not a code"]', "'NOT A CODE' is not a rule code"),
    ('[per-file-ignores]\n"x/*" = ["Q9"]', "unknown rule code 'Q9'"),
], ids=["not-a-table", "not-a-list", "malformed-code", "unknown-code"])
def test_bad_per_file_ignores_exit_two_naming_file_and_key(tmp_path: Path, table: str,
                                                           message: str) -> None:
    _write(tmp_path / "mtlint.toml", table + "\n")
    result = run_cli("check", str(_write(tmp_path / "a.md", DIRTY)))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "mtlint.toml" in result.err
    assert "per-file-ignores" in result.err
    assert message in result.err


def test_statistics_table_counts_findings_and_fixes_per_rule(tmp_path: Path) -> None:
    article = str(_write(tmp_path / "a.md", DIRTY + "\nRead also: More news\n"
                         "\nOn Sunday (1/10/2023) he left. Photo/REUTERS\n"))
    result = run_cli("check", "--statistics", "--format", "concise", article)
    lines = result.out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["count", "code"])
    rows = {line.split()[1]: line.split() for line in lines[header + 1 :]
            if len(line.split()) == 5 and line.split()[0].isdigit()}
    assert rows["A102"] == ["2", "A102", "related-link-line", "2", "0"]
    assert rows["B101"][3:] == ["0", "1"]


def test_statistics_table_in_text_format_is_absent_without_the_flag(tmp_path: Path) -> None:
    article = str(_write(tmp_path / "a.md", DIRTY))
    assert "safe fix" not in run_cli("check", article).out
    assert "safe fix" in run_cli("check", "--statistics", article).out


def test_show_fixes_lists_applied_fixes_per_file_and_rule(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.md", DIRTY + "\nRead also: More news\n")
    _write(tmp_path / "b.md", FIXED)
    result = run_cli("--fix", "--show-fixes", str(tmp_path))
    assert result.code == 0
    expected = f"Fixed 2 findings:\n- {first}:\n    2 × A102 (related-link-line)\n"
    assert expected in result.out
    assert "b.md" not in result.out


def test_show_fixes_from_config_and_when_nothing_was_fixed(tmp_path: Path) -> None:
    _write(tmp_path / "mtlint.toml", "show-fixes = true\n")
    article = str(_write(tmp_path / "a.md", DIRTY))
    assert "1 × A102 (related-link-line)" in run_cli("--fix", article).out
    assert "No fixes applied." in run_cli("--fix", article).out


def test_fixes_are_not_listed_without_show_fixes(tmp_path: Path) -> None:
    result = run_cli("--fix", str(_write(tmp_path / "a.md", DIRTY)))
    assert "×" not in result.out
