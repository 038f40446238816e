"""D105 doubled words with marks glued to the outer copies (the plain cases are pack hits)."""

from __future__ import annotations

import pytest

import mtlint
from tests.kinds.rule_helpers import findings, flagged


@pytest.mark.parametrize(("text", "match", "fixed"), [
    ("He cast (the the vote) today.", "the the", "He cast (the vote) today."),
    ("He won the the, vote today.", "the the", "He won the, vote today."),
    ("Turnout rose to to.", "to to", "Turnout rose to."),
    ("It was [the the] vote.", "the the", "It was [the] vote."),
    ("Exports rose rose\u2026 again.", "rose rose", "Exports rose\u2026 again."),
    # a capital after a bracket or emphasis is a slip; only after a quote mark is it quoted
    ("The vote (The the second) failed.", "The the", "The vote (The second) failed."),
    ("He wrote *The the* plan.", "The the", "He wrote *The* plan."),
    # a word with an apostrophe
    ("The minister (don't don't) agreed.", "don't don't", "The minister (don't) agreed."),
    ("They [won\u2019t won\u2019t] budge.", "won\u2019t won\u2019t",
     "They [won\u2019t] budge."),
    # emphasis around one copy of two: markers around a second copy go with it
    ("He read the **the** report.", "the **the**", "He read the report."),
    ("The *the* report was read.", "The *the*", "The report was read."),
    ("He read *the* the report.", "*the* the", "He read *the* report."),
    ("He read (the __the__) report.", "the __the__", "He read (the) report."),
])
def test_marks_on_the_outer_copies_do_not_hide_a_doubled_word(text: str, match: str,
                                                              fixed: str) -> None:
    assert flagged("D105", text) == [match]
    assert mtlint.fix_text(text, {"select": ["D105"]})[0] == fixed


def test_emphasis_markers_stay_when_the_extra_copy_goes_in_markdown() -> None:
    text = "He cast *the the* vote and __to to__ the end.\n"
    found = [text[d.start : d.end] for d in mtlint.lint_text(text, {"select": ["D105"]},
                                                             path="a.md")]
    assert found == ["the the", "to to"]
    fixed, remaining = mtlint.fix_text(text, {"select": ["D105"]}, path="a.md")
    assert fixed == "He cast *the* vote and __to__ the end.\n"
    assert remaining == []


def test_a_glued_doubling_inside_a_quotation_is_flagged_but_not_rewritten() -> None:
    text = ("\u201cWe won the the vote,\u201d he said. \u201cthe the\u201d was on the banner, "
            "and \u2018the the\u2019 on a cap.\n")
    assert [text[d.start : d.end] for d in mtlint.lint_text(text, {"select": ["D105"]})] == [
        "the the", "the the", "the the"]
    assert mtlint.fix_text(text, {"select": ["D105"]})[0] == text


@pytest.mark.parametrize("text", [
    "He lived in bern, bern. It rained.",        # a mark between the copies
    "It hit the) (the second wall.",             # marks on the inner edges
    "He read the *the report.",                  # the second copy opens with marks
    "He read the **the* report.",                # unbalanced emphasis
    "He read *the* *the* report.",               # emphasis around both copies
    "He has read *Time* time and again.",        # a title in italics, then the word
    "He said don't, don't.",                     # a mark between the copies
    "He (won't wont) go.",                       # not the same word
    "She said (that that plan was dead).",       # an allowed doubling
    "They (had had) enough, he said.",
    "\u201cBay bay Kemal,\u201d the crowd sang.",  # a capital after an opening quote mark
    "'Bay bay Kemal', the crowd sang.",
    "Voters in (Bora Bora) agreed.",
    "A (the thesis) was read.",                  # not the same word
    "It was (the the the the) vote.",            # four copies: more than max_repeats ...
])
def test_near_misses_of_glued_doublings(text: str) -> None:
    expected = ["the the"] if "the the the the" in text else []  # ... the plain pair stays
    assert flagged("D105", text) == expected


def test_a_glued_run_is_reported_once_with_the_plain_run_inside_it() -> None:
    [found] = findings("D105", "It was (the the the) vote.")
    assert found.fix is not None
    assert mtlint.fix_text("It was (the the the) vote.", {"select": ["D105"]})[0] == (
        "It was (the) vote.")


def test_glued_doublings_are_read_on_every_line_holding_a_found_word() -> None:
    # the exact reading runs on the lines holding a word the C search found: here the
    # first line's, one on a line after another that holds the word once, and the last
    # line's, which ends the text
    text = "(The the vote) failed.\nThe vote passed.\n  He left (the the\nThey won won."
    assert flagged("D105", text) == ["The the", "the the", "won won"]
