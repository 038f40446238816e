"""L103, L107 and L108: glued, unbalanced and mixed double quotation marks."""

from __future__ import annotations

from mtlint.fix.model import Applicability
from tests.kinds.rule_helpers import findings, flagged


def test_glued_opening_mark_gets_a_space_before_it() -> None:
    [found] = findings("L103", "Analysts said the so-called”panda diplomacy” reflects ties.")
    assert found.fix is not None
    edit = found.fix.edits[0]
    assert (edit.start, edit.replacement) == (found.start + 1, " ")


def test_closing_glyph_glued_to_a_word_opens_for_l107() -> None:
    assert flagged("L107", "Analysts said the so-called”panda diplomacy” reflects ties.") == []


def test_stray_straight_closer_is_found_by_its_spacing() -> None:
    text = 'He said "yes" twice, then heartwarming." There are "more" of them.'
    [found] = findings("L107", text)
    assert text[found.start - 13 : found.end] == 'heartwarming."'


def test_straight_mark_before_a_dash_closes() -> None:
    assert flagged("L107", '"What day is it today? "— the teenager asked.') == []


def test_quote_mark_in_mojibake_is_not_a_quote() -> None:
    assert flagged("L107", "Supplies of sugar â€“ and rice â€“ rose.") == []


def test_mixed_styles_report_the_straight_quotations_by_default() -> None:
    text = '“We will win,” he said. His rival called it "a fantasy".'
    [found] = findings("L108", text)
    assert text[found.start : found.end] == '"a fantasy"'
    assert found.fix is None


def test_one_style_throughout_is_not_mixed() -> None:
    assert flagged("L108", '"We will win," he said. "Never."') == []


def test_space_before_punctuation_fix_is_safe() -> None:
    [found] = findings("L104", "It rose .")
    assert found.fix is not None
    assert found.fix.applicability is Applicability.SAFE


def test_each_paragraph_holding_marks_is_paired_on_its_own() -> None:
    # the paragraphs with marks are found from the marks; those without are passed over,
    # and a quotation left open is fine only when the very next paragraph opens one
    text = ('\u201cFirst, open.\n\nNo marks here.\n\n"Second, closed."\n\n'
            '\u201cThird, continued.\n\n\u201cFourth, closed.\u201d\n\nLast \u201dstray.')
    assert [text[d.start] + str(d.start) for d in findings("L107", text)] == [
        "\u201c0", "\u201d" + str(text.index("\u201dstray"))]
