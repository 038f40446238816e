"""Untrusted rule packs: slow patterns are stopped, bad packs fail with file and key."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mtlint.kinds.pattern import time_limit
from tests.cli.helpers import Outcome, run_cli
from tests.house import (
    CATASTROPHIC,
    CATASTROPHIC_PACK,
    HEADER,
    VICTIM,
    house_pack,
    house_project,
    house_rule,
)
from tests.robustness.helpers import one_line_error


def _timed_check(*paths: Path) -> tuple[Outcome, float]:
    started = time.perf_counter()
    result = run_cli("check", "--format", "concise", *map(str, paths))
    return result, time.perf_counter() - started


def test_catastrophic_pattern_is_stopped_and_the_rule_named(tmp_path: Path) -> None:
    root = house_project(tmp_path, {"house.toml": CATASTROPHIC_PACK},
                    "pattern-timeout = 0.25\n")
    (root / "a.txt").write_text(VICTIM, encoding="utf-8")
    result, seconds = _timed_check(root / "a.txt")
    one_line_error(result, "a.txt", "A901", "house-a901", "(a|a)+$", "0.25 s",
                   "pattern-timeout")
    assert seconds < 10


def test_default_time_limit_interrupts_a_catastrophic_pattern(tmp_path: Path) -> None:
    root = house_project(tmp_path, {"house.toml": CATASTROPHIC_PACK})
    (root / "a.txt").write_text(VICTIM, encoding="utf-8")
    result, seconds = _timed_check(root / "a.txt")
    one_line_error(result, "A901", "after 2 s")
    assert seconds < 15


def test_a_stopped_pattern_is_not_run_again_on_later_files(tmp_path: Path) -> None:
    root = house_project(tmp_path, {"house.toml": CATASTROPHIC_PACK},
                    "pattern-timeout = 0.25\n")
    for number in range(20):
        (root / f"{number:02}.txt").write_text(VICTIM, encoding="utf-8")
    result, seconds = _timed_check(root)
    assert result.code == 2
    assert result.err.count("\n") == 20
    assert result.err.count("not run: house-a901") == 19
    assert seconds < 10, "each file paid the time limit again"


def test_nested_quantifier_on_a_long_run_finishes(tmp_path: Path) -> None:
    # The example; the regex module needs no time limit for this one.
    pack = HEADER + house_rule("A901", "patterns = ['(a+)+$']")
    root = house_project(tmp_path, {"house.toml": pack})
    (root / "a.txt").write_text("a" * 100_000 + "\n", encoding="utf-8")
    result, seconds = _timed_check(root / "a.txt")
    assert result.code == 1
    assert seconds < 10


def test_catastrophic_substitution_context_is_stopped_too(tmp_path: Path) -> None:
    options = "swap = { 'b' = 'c' }\nafter = '(a|a)+$'\nwords = false"
    pack = HEADER + house_rule("A901", options, "substitution")
    root = house_project(tmp_path, {"house.toml": pack}, "pattern-timeout = 0.25\n")
    (root / "a.txt").write_text("b" + VICTIM, encoding="utf-8")
    result, seconds = _timed_check(root / "a.txt")
    one_line_error(result, "a.txt", "A901")
    assert seconds < 10


def test_catastrophic_pattern_of_another_kind_stops_its_search(tmp_path: Path) -> None:
    # Kinds other than pattern and substitution keep a flat 2 s per search.
    options = f"token_patterns = [{CATASTROPHIC}]"
    root = house_project(tmp_path, {"house.toml": HEADER + house_rule("A901", options, "residue")})
    (root / "a.txt").write_text(VICTIM, encoding="utf-8")
    result, seconds = _timed_check(root / "a.txt")
    one_line_error(result, "a.txt", "A901", "timed out")
    assert seconds < 15


def test_time_limit_grows_with_the_text_so_linear_patterns_pass_big_files() -> None:
    assert time_limit("x" * 10, 2.0) == 2.0
    assert time_limit("x" * 50_000_000, 2.0) == 100.0


@pytest.mark.parametrize("value", ["0", "-1", '"fast"', "true", "nan"])
def test_bad_pattern_timeout_is_a_config_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "mtlint.toml").write_text(f"pattern-timeout = {value}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(tmp_path / "a.txt")), "mtlint.toml", "pattern-timeout")


def test_duplicate_codes_across_two_packs_name_both_files(tmp_path: Path) -> None:
    first = HEADER + house_rule("A901", "patterns = ['ADVERT']")
    second = HEADER.replace("house", "other") + house_rule("A901", "patterns = ['PROMO']")
    root = house_project(tmp_path, {"first.toml": first, "second.toml": second})
    (root / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(root / "a.txt")), "second.toml", "duplicate rule code A901",
                   "first.toml")


def test_a_pack_cannot_take_a_built_in_code(tmp_path: Path) -> None:
    pack = HEADER + house_rule("A101", "patterns = ['ADVERT']")
    root = house_project(tmp_path, {"house.toml": pack})
    (root / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(root / "a.txt")), "house.toml", "duplicate rule code A101")


def test_duplicate_codes_in_one_pack_are_refused(tmp_path: Path) -> None:
    text = house_pack(house_rule("A901", "patterns = ['ADVERT']"),
                      house_rule("A901", "patterns = ['X']"))
    root = house_project(tmp_path, {"house.toml": text})
    (root / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(root / "a.txt")), "house.toml", "duplicate rule code A901")


@pytest.mark.parametrize(
    ("change", "key"),
    [
        pytest.param(('what = "w"', 'what = "w"\ncolour = "red"'), "colour", id="unknown-key"),
        pytest.param(("patterns = ['ADVERT']", "patterns = 'ADVERT'"), "options.patterns",
                     id="wrong-type"),
        pytest.param(("patterns = ['ADVERT']", "patterns = ['ADVERT']\nspeed = 3"),
                     "options.speed", id="unknown-option"),
        pytest.param(('severity = "error"', "severity = 3"), "severity", id="severity-type"),
    ],
)
def test_malformed_pack_through_the_cli_names_file_and_key(tmp_path: Path,
                                                          change: tuple[str, str],
                                                          key: str) -> None:
    text = HEADER + house_rule("A901", "patterns = ['ADVERT']").replace(*change)
    root = house_project(tmp_path, {"house.toml": text})
    (root / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(root / "a.txt")), "house.toml", key)


def test_toml_syntax_error_through_the_cli_shows_line_and_column(tmp_path: Path) -> None:
    root = house_project(tmp_path, {"house.toml": HEADER + "\n[[rule]\ncode = 1\n"})
    (root / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(root / "a.txt")), "house.toml", "invalid TOML",
                   "line 5, column 7")


def test_pack_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    root = house_project(tmp_path, {})
    (root / "house" / "house.toml").write_bytes(b"[pack]\nname = \"\xff\"\n")
    (root / "a.txt").write_text("Hello.\n", encoding="utf-8")
    one_line_error(run_cli("check", str(root / "a.txt")), "house.toml", "cannot read")
