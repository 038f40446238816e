"""``per-file-ignores``: parsing the table and matching paths to the codes it turns off."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.config.per_file import parse_per_file_ignores
from mtlint.config.settings import Settings
from mtlint.engine.build import build_run
from mtlint.engine.per_file import (
    check_per_file_ignores,
    ignored_for,
    linter_for,
    linter_groups,
)
from mtlint.errors import ConfigError


def test_parse_keeps_order_and_upper_cases_codes() -> None:
    assert parse_per_file_ignores({"briefs/*": ["k", "A102"], "*.txt": ["ALL"]}) == (
        ("briefs/*", ("K", "A102")), ("*.txt", ("ALL",)))


@pytest.mark.parametrize("value", [["A"], {"x": "A"}, {"x": [1]}, {"x": ["A1234"]}],
                         ids=["list", "string-codes", "number-code", "too-long"])
def test_parse_rejects_malformed_tables(value: object) -> None:
    with pytest.raises(ValueError, match=r"rule code|table"):
        parse_per_file_ignores(value)


def _settings(tmp_path: Path, **table: list[str]) -> Settings:
    return Settings(per_file_ignores=parse_per_file_ignores(table),
                    source=tmp_path / "mtlint.toml")


@pytest.mark.parametrize(("pattern", "path", "ignored"), [
    ("briefs/*", "briefs/a.md", True),
    ("briefs/*", "news/a.md", False),
    ("briefs/*", "site/briefs/a.md", True),
    ("a.md", "deep/er/a.md", True),
    ("*.txt", "a.md", False),
    ("news/**/*.md", "news/2024/05/a.md", True),
], ids=["folder", "other-folder", "nested-folder", "file-name", "other-suffix", "double-star"])
def test_patterns_match_like_exclude(tmp_path: Path, pattern: str, path: str,
                                     ignored: bool) -> None:
    settings = _settings(tmp_path, **{pattern: ["A"]})
    assert ignored_for(settings, path) == (("A",) if ignored else ())


def test_absolute_paths_match_relative_to_the_config_folder(tmp_path: Path) -> None:
    settings = _settings(tmp_path, **{"briefs/*": ["A"]})
    assert ignored_for(settings, str(tmp_path / "briefs" / "a.md")) == ("A",)


def test_codes_of_every_matching_pattern_add_up(tmp_path: Path) -> None:
    settings = _settings(tmp_path, **{"briefs/*": ["A"], "*.md": ["G101"]})
    assert ignored_for(settings, "briefs/a.md") == ("A", "G101")


def test_linter_for_drops_only_the_ignored_rules(tmp_path: Path) -> None:
    run = build_run(_settings(tmp_path, **{"briefs/*": ["A"]}))
    assert linter_for(run, "news/a.md") is run.linter
    kept = {rule.meta.code for rule in linter_for(run, "briefs/a.md").rules}
    every = {rule.meta.code for rule in run.linter.rules}
    assert kept == {code for code in every if not code.startswith("A")}
    assert kept < every


def test_linter_groups_put_paths_with_the_same_ignores_together(tmp_path: Path) -> None:
    run = build_run(_settings(tmp_path, **{"briefs/*": ["A"]}))
    paths = ["news/a.md", "briefs/b.md", "news/c.md", "briefs/d.md"]
    groups = linter_groups(run, paths)
    assert [indexes for _, indexes in groups] == [[0, 2], [1, 3]]
    assert groups[0][0] is run.linter
    assert {rule.meta.code for rule in groups[1][0].rules} == {
        rule.meta.code for rule in linter_for(run, "briefs/b.md").rules}


def test_unknown_codes_are_a_config_error_naming_file_and_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"per-file-ignores: 'x/\*': unknown rule code 'Q9'"):
        check_per_file_ignores(_settings(tmp_path, **{"x/*": ["Q9"]}), ["A101", "G101"])


@pytest.mark.parametrize("selector", ["O", "O2", "O201", "ALL"])
def test_grammar_codes_are_known_to_per_file_ignores(tmp_path: Path, selector: str) -> None:
    check_per_file_ignores(_settings(tmp_path, **{"x/*": [selector]}), ["A101", "G101"])
