"""M105: times written the source's way."""

from __future__ import annotations

import pytest

from mtlint.engine.registry import Registry
from mtlint.fix.model import Applicability
from mtlint.testing.cases import case_linter, lint_case


@pytest.mark.parametrize(("text", "suggestion"), [
    ("It began at 22.30 WIB.", "22:30 WIB"),
    ("The alert came at 20.12 h.", "20:12 h"),
    ("Trains run from 5h30.", "5:30"),
    ("Service starts from 22h.", "22:00"),
    ("They met at 04.17, at dawn.", "04:17"),
])
def test_the_suggestion_writes_a_colon(registry: Registry, text: str, suggestion: str) -> None:
    linter = case_linter(registry.by_code()["M105"], registry)
    [finding] = lint_case(linter, text).diagnostics
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == suggestion
    assert finding.fix.applicability is Applicability.DISPLAY_ONLY


@pytest.mark.parametrize("text", [
    "The index closed at 10.45 on Monday.",
    "He ran it in 2h 15m.",
    "The 24h service and 22hrs shifts.",
    "Shares lost 10.30 points by 11.15 today.",
])
def test_numbers_that_are_not_source_style_times(registry: Registry, text: str) -> None:
    linter = case_linter(registry.by_code()["M105"], registry)
    assert lint_case(linter, text).diagnostics == []


@pytest.mark.parametrize(("text", "span"), [
    ("“Nous partons” — the train left at 22.30 WIB.", (35, 44)),  # after non-ASCII text
    ("Trains run from 5h30, 6h45 and 7h.", (16, 20)),
    ("The count (٣) came at 22.30 WIB.", (22, 31)),  # another script's digit: no byte search
])
def test_times_are_found_wherever_they_stand(registry: Registry, text: str,
                                             span: tuple[int, int]) -> None:
    # the tails are looked for in bytes first: each must be one they find
    linter = case_linter(registry.by_code()["M105"], registry)
    found = lint_case(linter, text).diagnostics
    assert (found[0].start, found[0].end) == span
