"""``--format sarif``: schema-valid SARIF 2.1.0 with rules, fixes and exact regions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mtlint import __version__
from mtlint.report.base import RunError
from mtlint.report.sarif import artifact_location, sarif_log
from tests.cli.helpers import run_cli
from tests.house import CATASTROPHIC_PACK
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


# The run's errors: files that could not be checked, rules that failed on a file.



def _notifications(log: dict[str, Any]) -> list[dict[str, Any]]:
    [invocation] = log["runs"][0]["invocations"]
    notifications: list[dict[str, Any]] = invocation.get("toolExecutionNotifications", [])
    return notifications


def test_errors_become_tool_execution_notifications() -> None:
    summary = sample_summary()
    summary.exit_code = 2
    summary.run_errors = [RunError("news/gone.md: no such file or folder", "news/gone.md",
                                   unchecked=True),
                          RunError(f"{PATH}: rule A901 in house.toml: too slow", PATH, "A901"),
                          RunError("a rule failed", None, "X999")]
    [run] = sarif_log(summary, BASE)["runs"]
    [invocation] = run["invocations"]
    assert (invocation["executionSuccessful"], invocation["exitCode"]) == (False, 2)
    gone, slow, bare = invocation["toolExecutionNotifications"]
    assert gone == {"level": "error",
                    "message": {"text": "news/gone.md: no such file or folder"},
                    "locations": [{"physicalLocation": {"artifactLocation": {
                        "uri": "news/gone.md", "uriBaseId": "%SRCROOT%"}}}]}
    assert slow["locations"][0]["physicalLocation"]["artifactLocation"] == \
        run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    # A901 has findings too: the notification points at its rule descriptor
    assert slow["associatedRule"] == {"id": "A901", "index": 0}
    assert run["tool"]["driver"]["rules"][0]["id"] == "A901"
    assert bare == {"level": "error", "message": {"text": "a rule failed"},
                    "associatedRule": {"id": "X999"}}


def test_log_with_notifications_is_valid_sarif(validator: jsonschema.Draft4Validator) -> None:
    summary = sample_summary()
    summary.exit_code = 2
    summary.run_errors = [RunError("gone.md: no such file or folder", "gone.md", unchecked=True),
                          RunError(f"{PATH}: internal error in rule D901", PATH, "D901")]
    assert _errors(validator, sarif_log(summary, BASE)) == []


def test_a_run_without_errors_has_no_notifications() -> None:
    summary = sample_summary()
    summary.exit_code = 1
    assert "toolExecutionNotifications" not in sarif_log(summary, BASE)["runs"][0][
        "invocations"][0]


def test_cli_reports_missing_undecodable_and_timed_out_files(
        validator: jsonschema.Draft4Validator, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.toml").write_text(CATASTROPHIC_PACK, encoding="utf-8")
    (tmp_path / "mtlint.toml").write_text('rule-packs = ["house"]\npattern-timeout = 0.25\n',
                                          encoding="utf-8")
    (tmp_path / "slow.txt").write_text("a" * 40 + "!\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Hello.\n\xff broken\n")
    result = run_cli("check", "--no-cache", "--format", "sarif", "--select", "A901",
                     "gone.txt", "bad.txt", "slow.txt")
    assert result.code == 2
    log = json.loads(result.out)
    assert _errors(validator, log) == []
    [invocation] = log["runs"][0]["invocations"]
    assert (invocation["executionSuccessful"], invocation["exitCode"]) == (False, 2)
    notifications = _notifications(log)
    # one notification per error line on stderr, in the same order, with the same words
    assert [f"mtlint: {n['message']['text']}" for n in notifications] == \
        result.err.splitlines()
    assert [n["level"] for n in notifications] == ["error"] * 3
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"] for n in notifications] \
        == [{"uri": name, "uriBaseId": "%SRCROOT%"} for name in ("gone.txt", "bad.txt",
                                                                 "slow.txt")]
    assert "no such file or folder" in notifications[0]["message"]["text"]
    assert "not valid UTF-8" in notifications[1]["message"]["text"]
    assert notifications[2]["associatedRule"] == {"id": "A901"}
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_notifications_come_back_from_worker_processes(tmp_path: Path, jobs: str) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Prices rose.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\n")
    result = run_cli("check", "--no-cache", "--format", "sarif", "--jobs", jobs,
                     str(tmp_path))
    assert result.code == 2
    [notification] = _notifications(json.loads(result.out))
    assert f"mtlint: {notification['message']['text']}" == result.err.strip()
    assert notification["message"]["text"].startswith(f"{tmp_path / 'bad.txt'}: not valid")
