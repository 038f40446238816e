"""Built-in rules compile on first use; rules from your own packs at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.engine.deferred import DeferredRule
from mtlint.engine.suppress import SuppressionReview
from mtlint.errors import PackError

HOUSE = """
[pack]
name = "house"

[[rule]]
code = "A901"
name = "house-residue"
kind = "pattern"
severity = "warning"
message = "residue {match}"
what = "w"
why = "y"
example = "e"
instead = "i"
[rule.options]
patterns = ['PATTERN']
"""


def _house(tmp_path: Path, pattern: str) -> Settings:
    (tmp_path / "house.toml").write_text(HOUSE.replace("PATTERN", pattern), encoding="utf-8")
    return Settings(rule_packs=(tmp_path,))


def test_built_in_rules_are_deferred_and_find_what_they_would_have() -> None:
    run = build_run(Settings(select=("G101", "X")))
    kinds = {rule.meta.code: type(rule) for rule in run.linter.rules}
    assert kinds["G101"] is DeferredRule
    assert issubclass(kinds["X102"], SuppressionReview)
    found = run.linter.lint(Document("She spoke on Sunday (1/10/2023).", "a.txt")).diagnostics
    assert [d.code for d in found] == ["G101"]


def test_rules_of_your_own_packs_are_built_at_once(tmp_path: Path) -> None:
    run = build_run(_house(tmp_path, "ADVERT"))
    [house] = [rule for rule in run.linter.rules if rule.meta.code == "A901"]
    assert not isinstance(house, DeferredRule)


def test_a_bad_pattern_in_your_pack_is_an_error_before_any_file(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="bad regular expression"):
        build_run(_house(tmp_path, "(unclosed"))
