"""Quotations in single quotes (‘…’, '…'), told from apostrophes, and kept by ``--fix``."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.document import Document
from tests.cli.helpers import run_cli

REPRO = [
    "‘We will win on 2/10/2023,’ he said.",
    "She wrote: ‘Prices rose 1,5 percent’.",
    "Residents said it was 'a disaster on 5/10/2023' for them.",
]


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Document(text).quotes.spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(REPRO[0], ["‘We will win on 2/10/2023,’"], id="curly"),
        pytest.param(REPRO[1], ["‘Prices rose 1,5 percent’"], id="after-colon"),
        pytest.param(REPRO[2], ["'a disaster on 5/10/2023'"], id="straight"),
        pytest.param("“He said ‘no’ to me,” she said, and added: ‘Never.’",
                     ["“He said ‘no’ to me,”", "‘Never.’"], id="nested-in-double"),
        pytest.param("‘He said “no” to me,’ she said.", ["‘He said “no” to me,’"],
                     id="double-nested-in-single"),
        pytest.param("‘The students’ union says no,’ he said.",
                     ["‘The students’ union says no,’"], id="possessive-inside"),
        pytest.param("He said 'the workers' union and the farmers' group' agreed.",
                     ["'the workers' union and the farmers' group'"], id="two-possessives-inside"),
        pytest.param("'We thank our students' he said, 'and teachers.'",
                     ["'We thank our students'", "'and teachers.'"], id="possessive-like-closer"),
        pytest.param("‘I love the ’90s and rock ’n’ roll,’ she said.",
                     ["‘I love the ’90s and rock ’n’ roll,’"], id="elisions-inside"),
        pytest.param("He shouted 'Wait—' and left.", ["'Wait—'"], id="closed-after-dash"),
        pytest.param("‘We will fight on.\n\n‘We will win,’ he said.",
                     ["‘We will fight on.", "‘We will win,’"], id="over-paragraphs"),
    ],
)
def test_finds_single_quotations(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I don’t know.", id="dont"),
        pytest.param("Jokowi’s plan and Kuwait's emir.", id="possessive"),
        pytest.param("The students’ union says no.", id="plural-possessive"),
        pytest.param("Music of the ’90s and the '90s in the 1990’s.", id="decades"),
        pytest.param("Rock ’n’ roll and rock 'n' roll.", id="rock-n-roll"),
        pytest.param("O'Brien and O’Neill met.", id="irish-names"),
        pytest.param("He said 'tis the season.", id="tis"),
        pytest.param("It was the workers' union and the farmers' group.", id="two-possessives"),
        pytest.param("'Ali arrived late.\n\nNobody waited.", id="unclosed-not-continued"),
    ],
)
def test_apostrophes_are_not_quotations(text: str) -> None:
    assert _quoted(text) == []


def test_in_quote_covers_a_single_quotation_and_nothing_outside() -> None:
    doc = Document(REPRO[2])
    start = REPRO[2].index("'")
    assert doc.in_quote(start, start + 1)
    assert doc.in_quote(REPRO[2].index("5/10"))
    assert not doc.in_quote(0, start)
    assert not doc.in_quote(REPRO[2].index("for them"))


def test_fix_keeps_single_quotations_and_fixes_the_same_date_outside(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    outside = "The vote on 2/10/2023 passed."
    path.write_text(" date 2023-10-01\n\n" + "\n\n".join([*REPRO, outside]) + "\n",
                    encoding="utf-8")
    outcome = run_cli("check", "--fix", "--no-cache", "--exit-zero", str(path))
    assert outcome.code == 0, outcome.err
    fixed = path.read_text(encoding="utf-8")
    for line in REPRO:
        assert line in fixed
    assert "The vote on October 2, 2023 passed." in fixed
