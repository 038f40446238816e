"""The ``pattern`` kind's cheap tests before its patterns run."""

from __future__ import annotations

from dataclasses import replace

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.kinds.pattern import PatternRule
from mtlint.tables.styles import NEUTRAL
from tests.kinds.rule_helpers import flagged, spec


def _matches(options: dict[str, object], text: str) -> list[str]:
    rule = PatternRule(replace(spec("H104"), options=options))
    return [text[d.start : d.end] for d in rule.check(Document(text), Context(style=NEUTRAL))]


def test_requires_all_runs_the_patterns_only_when_every_string_is_held() -> None:
    options: dict[str, object] = {"patterns": [r"\bsaid\b"], "requires_all": ["SAID", "police"]}
    assert _matches(options, "The Police said no.") == ["said"]
    assert _matches(options, "The minister said no.") == []


def test_requires_all_goes_with_requires() -> None:
    options: dict[str, object] = {"patterns": [r"\bno\b"], "requires": ["said", "says"],
                                  "requires_all": ["police"]}
    assert _matches(options, "The police says no.") == ["no"]
    assert _matches(options, "She says no.") == []
    assert _matches(options, "The police answered no.") == []


def test_a_dateline_whose_only_closing_bracket_and_stop_end_it_is_flagged() -> None:
    text = "“It opens on time,” he said when contacted. Al-Riyadh Online, Tuesday (28/11)."
    assert flagged("H104", text) == ["Al-Riyadh Online, Tuesday (28/11)."]
