"""Which file holds the configuration, and how: ``[tool.mtlint]`` in pyproject.toml, top-level
keys in mtlint.toml (as ruff has ``[tool.ruff]`` in pyproject.toml and top-level keys in
ruff.toml), and the README's examples of both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtlint.config.load import find_config, load_settings
from mtlint.errors import ConfigError
from tests.cli.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
DIRTY = "The minister left.\n\nRead also: Markets fall\n\nHe returned on Friday.\n"


def _project(tmp_path: Path, name: str, config: str) -> Path:
    (tmp_path / name).write_text(config, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(DIRTY, encoding="utf-8")
    return article


def _one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("body", ['select = "G"', 'select = ["G"]'],
                         ids=["wrong-type", "valid"])
def test_tool_mtlint_header_in_mtlint_toml_is_an_error_naming_the_file(tmp_path: Path,
                                                                        body: str) -> None:
    # Both used to give only "unknown option 'tool'" and run with the defaults.
    article = _project(tmp_path, "mtlint.toml", f"[tool.mtlint]\n{body}\n")
    result = run_cli("check", str(article))
    assert result.code == 2
    line = _one_error_line(result.err)
    assert str(tmp_path / "mtlint.toml") in line
    assert "[tool.mtlint]" in line
    assert "top-level keys" in line
    assert result.out == ""  # no run with the defaults


def test_tool_mtlint_header_in_a_config_file_named_on_the_command_line(tmp_path: Path) -> None:
    article = _project(tmp_path, "house.toml", '[tool.mtlint]\nignore = ["A102"]\n')
    result = run_cli("check", "--config", str(tmp_path / "house.toml"), str(article))
    assert result.code == 2
    assert "house.toml" in _one_error_line(result.err)
    assert "top-level keys" in result.err


def test_tool_mtlint_header_in_mtlint_toml_fails_rules_and_explain_too(tmp_path: Path,
                                                                       monkeypatch:
                                                                       pytest.MonkeyPatch
                                                                       ) -> None:
    _project(tmp_path, "mtlint.toml", '[tool.mtlint]\nselect = ["G"]\n')
    monkeypatch.chdir(tmp_path)
    for args in (("rules",), ("explain", "G101")):
        result = run_cli(*args)
        assert result.code == 2, args
        assert "mtlint.toml" in _one_error_line(result.err)


def test_load_settings_raises_config_error_for_the_header(tmp_path: Path) -> None:
    config = tmp_path / "mtlint.toml"
    config.write_text('[tool.mtlint]\nselect = ["G"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(config)
    assert raised.value.path == str(config)


def test_top_level_keys_in_mtlint_toml_are_used(tmp_path: Path) -> None:
    article = _project(tmp_path, "mtlint.toml", 'select = ["G"]\n')
    result = run_cli("check", str(article))
    assert (result.code, result.err) == (0, "")


def test_tool_mtlint_in_pyproject_toml_is_used(tmp_path: Path) -> None:
    article = _project(tmp_path, "pyproject.toml", '[tool.mtlint]\nselect = ["G"]\n')
    result = run_cli("check", str(article))
    assert (result.code, result.err) == (0, "")


def test_a_tool_table_for_another_program_in_mtlint_toml_is_only_a_warning(
        tmp_path: Path) -> None:
    config = tmp_path / "mtlint.toml"
    config.write_text('select = ["G"]\n[tool.other]\nx = 1\n', encoding="utf-8")
    settings, warnings = load_settings(config)
    assert settings.select == ("G",)
    assert warnings == [f"{config}: unknown option 'tool'"]


def test_mtlint_toml_wins_over_pyproject_toml_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mtlint]\nselect = ["A"]\n', encoding="utf-8")
    (tmp_path / "mtlint.toml").write_text('select = ["G"]\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "mtlint.toml"


def test_pyproject_toml_without_tool_mtlint_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "mtlint.toml").write_text('select = ["G"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n',
                                                     encoding="utf-8")
    assert find_config(tmp_path / "sub") == tmp_path / "mtlint.toml"


def _readme_configuration_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```toml\n(.*?)```", section, re.DOTALL)


def test_readme_examples_load_cleanly_as_pyproject_and_as_mtlint_toml(tmp_path: Path) -> None:
    pyproject_block, mtlint_block = _readme_configuration_blocks()
    assert pyproject_block.startswith("[tool.mtlint]")
    assert "[tool." not in mtlint_block
    (tmp_path / "pyproject.toml").write_text(pyproject_block, encoding="utf-8")
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "mtlint.toml").write_text(mtlint_block, encoding="utf-8")
    from_pyproject, warnings = load_settings(tmp_path / "pyproject.toml")
    assert warnings == []
    from_mtlint, warnings = load_settings(tmp_path / "other" / "mtlint.toml")
    assert warnings == []
    for field in ("select", "ignore", "max_score", "per_file_ignores"):
        assert getattr(from_mtlint, field) == getattr(from_pyproject, field), field
    assert from_mtlint.score_weights.warning == from_pyproject.score_weights.warning == 1


def test_readme_pyproject_example_pasted_into_mtlint_toml_fails_loudly(tmp_path: Path) -> None:
    pyproject_block = _readme_configuration_blocks()[0]
    article = _project(tmp_path, "mtlint.toml", pyproject_block)
    result = run_cli("check", str(article))
    assert result.code == 2
    assert "top-level keys" in _one_error_line(result.err)


# A pyproject.toml named with --config must configure mtlint.


@pytest.mark.parametrize("body", ['[project]\nname = "x"\n', '[tool.black]\nline-length = 88\n',
                                  ""], ids=["project-only", "other-tool", "empty"])
def test_config_naming_a_pyproject_toml_without_tool_mtlint_is_an_error(tmp_path: Path,
                                                                        body: str) -> None:
    # It used to run silently with the defaults, as if the option had not been given.
    article = _project(tmp_path, "pyproject.toml", body)
    config = str(tmp_path / "pyproject.toml")
    result = run_cli("check", "--config", config, str(article))
    assert result.code == 2
    line = _one_error_line(result.err)
    assert line.startswith(f"mtlint: error: {config}: no [tool.mtlint] table")
    assert result.out == ""  # no run with the defaults
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path / "pyproject.toml")
    assert raised.value.path == config


def test_config_naming_such_a_pyproject_toml_fails_rules_explain_and_eval_too(
        tmp_path: Path) -> None:
    _project(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    config = str(tmp_path / "pyproject.toml")
    for args in (("rules",), ("explain", "G101"), ("eval", str(tmp_path))):
        result = run_cli(*args, "--config", config)
        assert result.code == 2, args
        assert "no [tool.mtlint] table" in _one_error_line(result.err)


def test_config_naming_a_pyproject_toml_with_an_empty_tool_mtlint_uses_the_defaults(
        tmp_path: Path) -> None:
    article = _project(tmp_path, "pyproject.toml", "[tool.mtlint]\n")
    result = run_cli("check", "--no-cache", "--config", str(tmp_path / "pyproject.toml"),
                     str(article))
    assert (result.code, result.err) == (1, "")
    assert " A102 " in result.out


def test_a_discovered_pyproject_toml_without_tool_mtlint_is_still_passed_over(
        tmp_path: Path) -> None:
    article = _project(tmp_path, "pyproject.toml", '[tool.black]\nline-length = 88\n')
    result = run_cli("check", "--no-cache", str(article))
    assert (result.code, result.err) == (1, "")  # the defaults, without a word
    assert " A102 " in result.out
