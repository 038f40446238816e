"""E101, redundant parenthetical: where one starts and which repeat the words before."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import KIND_OPTIONS
from mtlint.logic.redundant_parenthetical import RedundantParentheticalRule
from mtlint.packs.load import load_pack
from mtlint.tables.styles import NEUTRAL

ROOT = Path(__file__).resolve().parents[2]
SPEC = next(spec for spec in load_pack(ROOT / "rules" / "naming.toml", KIND_OPTIONS)
            if spec.meta.code == "E101")


def _flagged(text: str) -> list[str]:
    found = RedundantParentheticalRule(SPEC).check(Document(text), Context(style=NEUTRAL))
    return [text[d.start : d.end] for d in found]


@pytest.mark.parametrize(("text", "flagged"), [
    # the words compare casefolded: "ß" folds to "ss", so the upper-case repeat counts
    ("The office on Hauptstraße (HAUPTSTRASSE) opened.", ["(HAUPTSTRASSE)"]),
    ("Officials in Pyongyang (PYONGYANG) denied it.", ["(PYONGYANG)"]),
    # tabs and several spaces between the word and the bracket
    ("Officials in Pyongyang\t (Pyongyang) denied it.", ["(Pyongyang)"]),
    ("Officials in Pyongyang,  (Pyongyang) denied it.", ["(Pyongyang)"]),
    # a second bracket right after the first: the first is the word before it
    ("He met Kim (Kim)(Kim) there.", ["(Kim)", "(Kim)"]),
    # a bracket opened twice: the second starts right after the first
    ("Officials in Pyongyang ((Pyongyang) denied it.", ["(Pyongyang)"]),
])
def test_flags_a_parenthetical_repeating_the_words_before(text: str,
                                                           flagged: list[str]) -> None:
    assert _flagged(text) == flagged


@pytest.mark.parametrize("text", [
    "(Pyongyang) Pyongyang denied it.",  # nothing before the bracket
    "Pyongyang\n(Pyongyang) denied it.",  # a line break before it
    "Pyongyang\u00a0(Pyongyang) denied it.",  # white space other than blanks
    "Officials in Pyongyang (Seoul) denied it.",
])
def test_leaves_alone_a_parenthetical_not_after_a_word(text: str) -> None:
    assert _flagged(text) == []
