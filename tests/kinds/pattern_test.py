"""The ``pattern`` kind's cheap tests before its patterns run."""

from __future__ import annotations

import random
import time

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.kinds.pattern import PatternRule, _matches_at
from mtlint.tables.styles import NEUTRAL
from tests.kinds.rule_helpers import flagged, spec


def _matches(options: dict[str, object], text: str) -> list[str]:
    rule = PatternRule(spec("H104").replaced(options=options))
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


def test_places_tries_the_patterns_only_where_the_view_shows_a_match_may_start() -> None:
    options: dict[str, object] = {"patterns": [r"\d+ Apples"], "places": "0+ apples"}
    assert _matches(options, "We sold 15 Apples and 3 Apples.") == ["15 Apples", "3 Apples"]
    assert _matches({**options, "places": "0+ pears"}, "We sold 15 Apples.") == []
    # another script's digit: no view, so the text is scanned as before
    assert _matches({**options, "places": "0+ pears"}, "We sold 15 Apples, \u0663.") == [
        "15 Apples"]


def test_places_goes_on_from_the_last_match_end_as_finditer_does() -> None:
    options: dict[str, object] = {"patterns": [r"\d\d"], "places": "0"}
    assert _matches(options, "1234 567") == ["12", "34", "56"]  # not "23", "45" nor "67"


def test_broken_number_places_miss_no_match() -> None:
    """M106's pack ``places`` against its pattern tried everywhere, on texts made of the
    pieces its matches are made of, in their order or not: fails if the places are too
    strict."""
    slots = [["", "x", "é", "_", "Rp", "Rp ", "US$", "$", "€ ", "RM", "IDR ", "(", "5", "."],
             ["1", "12", "7", "0.5", "1,2", "", "٣"], ["", ".", ",", ".5", ",,"],
             [" ", "\t", "  ", "", "\n", " \t"], ["", "2", "34", "x"], ["", " ", "\t"],
             ["", "a ", "A ", "a\t"], ["thousand", "Thousand", "million", "hundred", "trillion",
                                       "billion", "thousandth", ""], ["", " billion", ".", " x"]]
    base = spec("M106")
    everywhere = PatternRule(base.replaced(options={
        k: v for k, v in base.options.items() if k != "places"}))
    placed = PatternRule(base)
    generator = random.Random(106)
    ctx = Context(style=NEUTRAL)
    for _ in range(3000):
        chunks = ["".join(generator.choice(slot) for slot in slots)
                  for _ in range(generator.randint(1, 3))]
        if generator.random() < 0.3:  # the pieces in any order
            chunks = generator.sample(chunks[0], len(chunks[0]))
        text = "".join(chunks)
        want = [(d.start, d.end) for d in everywhere.check(Document(text), ctx)]
        assert [(d.start, d.end) for d in placed.check(Document(text), ctx)] == want, text


def test_a_dateline_ending_in_each_digit_passes_the_gate() -> None:
    # H104 runs its pattern only on texts holding a digit, ')' and '.' together: with a
    # digit left out of its requires, the date ending in it is missed
    for digit in "0123456789":
        date = f"(28/1{digit})."
        text = f"“It opens on time,” he said when contacted. Al-Riyadh Online, Tuesday {date}"
        assert flagged("H104", text) == [f"Al-Riyadh Online, Tuesday {date}"], digit


def test_places_tries_share_one_time_limit() -> None:
    # each try at a place gets what is left of the limit, not the whole of it: a pack's
    # slow pattern tried at many places still stops after the limit
    given: list[float] = []

    class Slow:
        def match(self, text: str, start: int, timeout: float) -> None:
            given.append(timeout)
            time.sleep(0.05)

    with pytest.raises(TimeoutError):
        list(_matches_at(Slow(), "x" * 100, list(range(100)), 0.12))
    assert 1 <= len(given) <= 3
    assert given == sorted(given, reverse=True)
    assert given[0] <= 0.12
