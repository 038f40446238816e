"""J101: runs of letters of another script, named by their script."""

from __future__ import annotations

import pytest

from mtlint.engine.registry import Registry
from mtlint.errors import PackError
from mtlint.logic.untranslated.scripts import ForeignScriptRule
from mtlint.testing.cases import case_linter, lint_case


def test_the_message_names_the_script_and_quotes_the_run(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["J101"], registry)
    [finding] = lint_case(linter, "The agency said 북한은 미사일을 발사했다 on Monday.").diagnostics
    assert finding.message == ("Untranslated Korean (Hangul) text '북한은 미사일을 발사했다' "
                               "in English prose")


def test_a_long_run_is_shortened_in_the_message(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["J101"], registry)
    text = "Residue: " + "经济观察网专业财经新闻网站" * 5 + "\n\nMore text."
    [finding] = lint_case(linter, text).diagnostics
    assert finding.message.endswith("…' in English prose")
    assert finding.end - finding.start == 65


def test_a_letter_glued_to_latin_ones_is_left_to_the_encoding_rules(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["J101"], registry)
    assert lint_case(linter, "The pаrty wоn, and а lone one looks Latin too.").diagnostics == []


def test_an_unknown_script_name_is_a_pack_error(registry: Registry) -> None:
    spec = registry.by_code()["J101"]
    options = {**spec.options, "scripts": {"Klingon": "Klingon"}}
    with pytest.raises(PackError, match="unknown script"):
        ForeignScriptRule(spec.replaced(options=options))


@pytest.mark.parametrize(("text", "runs"), [
    ("北 at the start", ["北"]),
    ("and at the end 北", ["北"]),
    ("北 then 京 and again 北 here", ["北", "京", "北"]),  # the last letter stands earlier too
    ("é, € and ü only: Latin and symbols", []),
    ("Αθήνα — a Greek name, then Київ.", ["Αθήνα", "Київ"]),
])
def test_runs_are_looked_for_from_the_first_foreign_letter_to_the_last(
        registry: Registry, text: str, runs: list[str]) -> None:
    rule = ForeignScriptRule(registry.by_code()["J101"])
    foreign = "".join(c for c in text if not c.isascii())
    assert [m.group() for m in rule._runs(text, foreign)] == runs
