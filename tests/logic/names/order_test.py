"""F104: one institution named in two word orders."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.logic.names.order import InstitutionOrderRule
from mtlint.tables.styles import NEUTRAL
from tests.kinds.rule_helpers import spec


def _flagged(heads: list[str], text: str) -> list[str]:
    base = spec("F104")
    rule = InstitutionOrderRule(base.replaced(options={**base.options,
                                                                    "heads": heads}))
    return [text[d.start : d.end] for d in rule.check(Document(text), Context(style=NEUTRAL))]


def test_a_head_of_two_words_is_found_across_a_line_break() -> None:
    # a head's words may stand on two lines; the text must then hold its last word and
    # " of ", which the quick test before the search looks for
    text = "The Normal\nUniversity of Hue opened. Hue Normal University grew."
    assert _flagged(["Normal University"], text) == ["Hue Normal University"]


def test_no_head_first_name_no_finding() -> None:
    assert _flagged(["University"], "Brunei University and Hue University met.") == []


def test_the_shared_scan_finds_a_head_first_name_in_the_lowered_text() -> None:
    # the shared scan looks at the lowered text: the heads' "… of " are registered lowered
    text = "The Technion Polytechnic of Haifa opened. Haifa Polytechnic grew."
    assert _flagged(["Technion Polytechnic", "Polytechnic"], text) == ["Haifa Polytechnic"]
