"""F104: one institution named in two word orders."""

from __future__ import annotations

import dataclasses
import random

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.logic.names.order import InstitutionOrderRule
from mtlint.tables.styles import NEUTRAL
from tests.kinds.rule_helpers import spec


def _flagged(heads: list[str], text: str) -> list[str]:
    base = spec("F104")
    rule = InstitutionOrderRule(dataclasses.replace(base, options={**base.options,
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


def test_a_place_first_name_with_a_two_word_head_across_a_line_break_is_found() -> None:
    # a head of several words may be split over two lines: the whole text is searched
    text = "The Normal University of Hue opened. Hue Normal\nUniversity grew."
    assert _flagged(["Normal University"], text) == ["Hue Normal\nUniversity"]


def test_place_first_names_are_found_in_every_stretch_holding_a_head() -> None:
    # one-word heads: only the stretches of name characters holding one are searched, at
    # either end of the text and of a line, after a CRLF too
    text = ("The University of Brunei met.\r\nBrunei University\r\nNothing here.\n"
            "\nTalks at Hue Polytechnic and\rBrunei University")
    assert _flagged(["University", "Polytechnic"], text) == ["Brunei University"] * 2


def test_the_stretches_holding_a_head_give_the_place_first_names_of_the_whole_text() -> None:
    rng = random.Random(4)
    base = spec("F104")
    rule = InstitutionOrderRule(dataclasses.replace(base, options={
        **base.options, "heads": ["University", "Institute"]}))
    pieces = ["Brunei", "University", "Institute", "of", "Hue", "the", "Ḥanoi", "O'Neil",
              "Ab", "Cd", " ", " ", " ", " ", " ", "\n", "\r\n", "\t", "-", "’", ".",
              "Universityville", "2", "_", "Ofa", "of2", "é", "\u0301"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        whole = [m.span() for m in rule.place_first.finditer(text)]
        in_lines = [m.span() for low, high in rule._place_first_windows(text)
                    for m in rule.place_first.finditer(text, low, high)]
        assert in_lines == whole, text


def test_a_place_of_four_words_is_read_whole() -> None:
    # the search starts five spaces before a head: a name holds four before it
    text = "The University of Ab Cd Ef Brunei met. At Ab Cd Ef Brunei University today."
    assert _flagged(["University"], text) == ["Ab Cd Ef Brunei University"]


def test_a_head_before_a_word_starting_with_of_is_a_place_first_name() -> None:
    # the search reads " of" after a head and the character after it ("often": no "of")
    text = "The University of Brunei met. Brunei University often does."
    assert _flagged(["University"], text) == ["Brunei University"]
