"""``--format sarif``: schema-valid SARIF 2.1.0 with rules, fixes and exact regions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mtlint import __version__
from mtlint.report.sarif import artifact_location, sarif_log
from tests.cli.helpers import run_cli
from tests.report.sample import PATH, TEXT, assert_golden, sample_summary

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
BASE = Path("/work/articles")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    if not SCHEMA_FILE.is_file():
        pytest.skip(f"the SARIF schema is not at {SCHEMA_FILE}")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema,
                                      format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _errors(validator: jsonschema.Draft4Validator, log: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def test_sample_log_matches_golden_file() -> None:
    log = sarif_log(sample_summary(), BASE)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["version"] == driver["semanticVersion"] == __version__
    driver["version"] = driver["semanticVersion"] = "<version>"
    assert_golden("sample.sarif", json.dumps(log, ensure_ascii=False, indent=2) + "\n")


def test_sample_log_is_valid_sarif(validator: jsonschema.Draft4Validator) -> None:
    assert _errors(validator, sarif_log(sample_summary(), BASE)) == []


def test_cli_log_with_fixes_is_valid_sarif(validator: jsonschema.Draft4Validator,
                                           tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Prices rose.\n\nRead also: Markets fall\n\nOn Sunday (1/10/2023) he "
                       "left. Photo/REUTERS\n", encoding="utf-8")
    result = run_cli("check", "--format", "sarif", str(article))
    log = json.loads(result.out)
    assert _errors(validator, log) == []
    [run] = log["runs"]
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": result.code}]
    assert any("fixes" in r for r in run["results"])


def test_regions_count_code_points_in_lines_columns_and_offsets() -> None:
    [run] = sarif_log(sample_summary(), BASE)["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    residue = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    start = TEXT.index("Read also")
    # "Headline 𝒳 " is 11 code points (12 UTF-16 units): column 12, offset 11.
    assert (residue["startLine"], residue["startColumn"], residue["charOffset"]) == (1, 12, 11)
    assert TEXT[start : start + residue["charLength"]] == residue["snippet"]["text"]
    assert residue["endColumn"] - residue["startColumn"] == residue["charLength"]


def test_fixes_become_replacements_with_deleted_regions_and_inserted_text() -> None:
    [run] = sarif_log(sample_summary(), BASE)["runs"]
    [fix] = run["results"][1]["fixes"]
    [change] = fix["artifactChanges"]
    assert fix["description"]["text"] == "Use a comma"
    assert fix["properties"] == {"applicability": "unsafe"}
    comma, insertion = change["replacements"]
    assert (comma["deletedRegion"]["charLength"], comma["insertedContent"]["text"]) == (1, ",")
    assert insertion["deletedRegion"]["charLength"] == 0
    assert insertion["deletedRegion"]["startColumn"] == insertion["deletedRegion"]["endColumn"]
    assert change["artifactLocation"] == run["results"][1]["locations"][0][
        "physicalLocation"]["artifactLocation"]


def test_rules_carry_help_level_and_mqm_category() -> None:
    [run] = sarif_log(sample_summary(), BASE)["runs"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert sorted(rules) == ["A901", "D901", "L901"]
    colon = rules["L901"]
    assert colon["properties"]["mqm-category"] == "Fluency/Punctuation"
    assert colon["defaultConfiguration"] == {"level": "warning"}
    assert "Fix safety: It may change meaning." in colon["help"]["text"]
    assert "### Fix safety" in colon["help"]["markdown"]
    assert rules["A901"]["shortDescription"] == {"text": "Page residue."}
    levels = [r["level"] for r in run["results"]]
    assert levels == ["error", "warning", "note"]
    assert [run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] for r in run["results"]] == \
        [r["ruleId"] for r in run["results"]]


def test_paths_under_the_base_are_relative_uris_with_a_base_id() -> None:
    [run] = sarif_log(sample_summary(), BASE)["runs"]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///work/articles/"}}
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "news/rock%20%26%20roll%2C%201.md", "uriBaseId": "%SRCROOT%"}
    assert PATH.startswith("news/")


@pytest.mark.parametrize(("path", "expected"), [
    ("/work/articles/a/b.md", {"uri": "a/b.md", "uriBaseId": "%SRCROOT%"}),
    ("./a/../b.md", {"uri": "b.md", "uriBaseId": "%SRCROOT%"}),
    ("../other/c.md", {"uri": "file:///work/other/c.md"}),
    ("/elsewhere/d.txt", {"uri": "file:///elsewhere/d.txt"}),
], ids=["absolute-inside", "dotted-relative", "relative-outside", "absolute-outside"])
def test_artifact_locations(path: str, expected: dict[str, str]) -> None:
    assert artifact_location(path, BASE) == expected


def test_invocation_records_failure_exit_code() -> None:
    summary = sample_summary()
    summary.exit_code = 2
    [run] = sarif_log(summary, BASE)["runs"]
    assert run["invocations"] == [{"executionSuccessful": False, "exitCode": 2}]
