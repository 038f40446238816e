"""``mtlint explain``: examples of several lines keep their shape; O codes are named for what
they are (table codes O100-O499, fallback codes O500-O999)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.engine.registry import load_registry
from tests.cli.helpers import run_cli
from tests.house import HEADER, house_project

HOUSE = HEADER + '''
[[rule]]
code = "A901"
name = "house-advert"
kind = "pattern"
severity = "warning"
message = "advert {match}"
what = "w"
why = "y"
example = """
Headline
  - ADVERT, indented two
      four more
Last line"""
instead = "i"
[rule.options]
patterns = ['ADVERT']
[[rule.hit]]
text = """
Intro.
    ADVERT in indented code

End."""
match = ["ADVERT"]
[[rule.hit]]
text = "One ADVERT line."
match = ["ADVERT"]
'''


def _explain_house(tmp_path: Path) -> str:
    house_project(tmp_path, {"house.toml": HOUSE})
    result = run_cli("explain", "--config", str(tmp_path / "mtlint.toml"), "A901")
    assert result.code == 0, result.err
    return result.out


def test_a_multi_line_example_keeps_its_indentation(tmp_path: Path) -> None:
    out = _explain_house(tmp_path)
    assert "\n\nExample\n  Headline\n    - ADVERT, indented two\n        four more\n" \
        "  Last line\n\nUse instead\n" in out


def test_multi_line_hits_keep_their_lines_indented_and_apart(tmp_path: Path) -> None:
    out = _explain_house(tmp_path)
    assert "\nFlagged\n" \
        "  - Intro.\n" \
        "        ADVERT in indented code\n" \
        "\n" \
        "    End.\n" \
        "  - One ADVERT line.\n" in out


@pytest.mark.parametrize("code", ["L106", "X103"])
def test_every_line_of_the_built_in_examples_is_indented(code: str) -> None:
    # Lines after the first of a multi-line example used to start at column 0.
    out = run_cli("explain", code).out
    spec = load_registry().by_code()[code]
    for title, texts in (("Flagged", [c.text for c in spec.hits[:3]]),
                         ("Not flagged", list(spec.misses[:3]))):
        body = out.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0]
        expected = "\n".join(
            "\n".join(["  - " + text.split("\n")[0],
                       *("    " + line for line in text.split("\n")[1:])])
            for text in texts)
        assert body == expected, (title, body)
    assert any("\n" in text for text in [*(c.text for c in spec.hits), *spec.misses])


def test_every_section_line_of_every_built_in_rule_is_indented() -> None:
    for spec in load_registry().specs:
        out = run_cli("explain", spec.meta.code).out
        for line in out.splitlines()[3:]:  # after the name and family
            assert line == "" or line.startswith("  ") or line in (
                "What it flags", "Why it matters in MT news", "Example", "Use instead",
                "Fix safety", "Flagged", "Not flagged", "References"), (spec.meta.code, line)


@pytest.mark.parametrize("code", ["O100", "O150", "O499"])
def test_an_unused_table_code_is_not_called_a_fallback_code(code: str) -> None:
    out = run_cli("explain", code).out
    assert "fallback" not in out
    assert "O100-O499" in out
    assert "no rule has yet" in out


@pytest.mark.parametrize("code", ["O500", "O651", "O999"])
def test_a_fallback_code_is_called_one(code: str) -> None:
    assert "a fallback code" in run_cli("explain", code).out


@pytest.mark.parametrize("code", ["O000", "O099"])
def test_a_code_below_the_table_is_given_to_nothing(code: str) -> None:
    out = run_cli("explain", code).out
    assert "no finding gets this code" in out
    assert "a fallback code" not in out


@pytest.mark.parametrize(("code", "rule_id", "state"), [
    ("O201", "EN_A_VS_AN", "on"), ("o101", "MORFOLOGIK_RULE_EN_US", "off")])
def test_explain_of_a_listed_o_code_names_the_code_once(code: str, rule_id: str,
                                                        state: str) -> None:
    result = run_cli("explain", code)
    assert result.code == 0
    first = result.out.splitlines()[0]
    assert first == f"{code.upper()}: LanguageTool rule {rule_id} ({state} by default)"
    assert first.count(code.upper()) == 1
