"""mtlint's LanguageTool table: stable codes, MQM categories, the default rule set."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.backends.table import load_table
from mtlint.errors import PackError


def test_listed_rules_keep_their_codes() -> None:
    table = load_table()
    assert table.code("MORFOLOGIK_RULE_EN_US") == "O101"
    assert table.code("EN_A_VS_AN") == "O201"
    assert table.code("EN_UNPAIRED_QUOTES") == "O301"


def test_unlisted_rules_get_the_same_fallback_code_every_time() -> None:
    table = load_table()
    code = table.code("SOME_FUTURE_RULE")
    assert code == "O651"  # CRC-32 of the id: must never change
    assert 500 <= int(code[1:]) <= 999
    assert table.code("SOME_FUTURE_RULE") == code


def test_codes_are_unique_and_in_the_listed_range() -> None:
    codes = list(load_table().codes.values())
    assert len(codes) == len(set(codes))
    assert all(100 <= int(code[1:]) < 500 for code in codes)


@pytest.mark.parametrize(("issue_type", "category", "mqm"), [
    ("misspelling", "TYPOS", "Fluency/Spelling"),
    ("grammar", "GRAMMAR", "Fluency/Grammar"),
    ("whitespace", "TYPOGRAPHY", "Fluency/Punctuation"),
    ("typographical", "PUNCTUATION", "Fluency/Punctuation"),
    ("style", "REDUNDANCY", "Style/Unnatural or awkward"),
    ("uncategorized", "PUNCTUATION", "Fluency/Punctuation"),
    ("uncategorized", "NEW_CATEGORY", "Fluency/Grammar"),
], ids=["spelling", "grammar", "whitespace", "typography", "style", "by-category", "fallback"])
def test_mqm_category_from_issue_type_then_category(issue_type: str, category: str,
                                                    mqm: str) -> None:
    assert load_table().category(issue_type, category) == mqm


def test_default_request_disables_the_measured_rules() -> None:
    params = load_table().params()
    assert params["language"] == "en-US"
    assert "MORFOLOGIK_RULE_EN_US" in params["disabledRules"].split(",")
    assert "REPETITIONS_STYLE" in params["disabledCategories"].split(",")
    assert "enabledRules" not in params


def test_naming_a_code_exactly_switches_its_rule_on() -> None:
    params = load_table().params(["ALL", "O101"])
    assert "MORFOLOGIK_RULE_EN_US" not in params["disabledRules"].split(",")
    assert params["enabledRules"] == "MORFOLOGIK_RULE_EN_US"
    assert "enabledRules" not in load_table().params(["O1", "O"])


def test_running_codes_are_those_the_request_switches_on() -> None:
    table = load_table()
    default = table.running_codes([])
    assert "O101" not in default  # MORFOLOGIK_RULE_EN_US: off by default
    assert len(default) == len(table.codes) - len(table.disabled_rules)
    assert set(table.running_codes(["O101"])) == {*default, "O101"}
    assert table.running_codes(["O1", "O"]) == default  # prefixes do not switch a rule on


def test_only_spell_checkers_count_as_spelling_rules() -> None:
    table = load_table()
    assert table.is_spelling("MORFOLOGIK_RULE_EN_US")
    assert not table.is_spelling("EN_COMPOUNDS_VIET_NAM")


def test_a_table_with_a_shared_code_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "languagetool.toml"
    path.write_text('[codes]\nA = "O101"\nB = "O101"\n', encoding="utf-8")
    with pytest.raises(PackError, match="O101 is given to both A and B"):
        load_table(path)


def test_a_disabled_rule_needs_a_code(tmp_path: Path) -> None:
    path = tmp_path / "languagetool.toml"
    path.write_text('[profile]\ndisabled-rules = ["X"]\n', encoding="utf-8")
    with pytest.raises(PackError, match="X is off by default but has no code"):
        load_table(path)
