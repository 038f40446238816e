"""The residue kind: whole lines, line heads, tokens, patterns and glued phrases."""

from __future__ import annotations

import pytest

from mtlint.engine.rule import RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Applicability
from mtlint.kinds.residue import ResidueRule
from tests.kinds.rule_helpers import findings, flagged, spec


def test_whole_line_residue_gets_a_safe_fix() -> None:
    [found] = findings("A103", "Prices rose.\n\nADVERTISEMENT\n\nThey fell.")
    assert found.fix is not None
    assert found.fix.applicability is Applicability.SAFE


def test_glued_phrase_gets_an_unsafe_fix() -> None:
    [found] = findings("A104", "The port reopened on Monday. Share this article\nShips queued.")
    assert found.fix is not None
    assert found.fix.applicability is Applicability.UNSAFE


def test_glued_phrase_continuing_a_sentence_is_not_flagged() -> None:
    assert flagged("A104", "Share this article with friends, the minister urged.") == []


def test_capitals_inside_a_sentence_are_glued_residue() -> None:
    assert flagged("A103", "Prices SCROLL TO CONTINUE WITH CONTENT rose.") == [
        "SCROLL TO CONTINUE WITH CONTENT"]


def test_head_makes_the_whole_line_residue_up_to_the_word_limit() -> None:
    assert flagged("A105", "Text.\n\nSource: Antara") == ["Source: Antara"]
    long_line = "Source: " + "word " * 10
    assert flagged("A105", "Text.\n\n" + long_line) == []


def test_head_needs_a_word_edge() -> None:
    assert flagged("A102", "Baca jugaan ini\n\nText.") == []


def test_a_rule_without_tables_or_patterns_is_a_pack_error() -> None:
    base = spec("A101")
    empty = RuleSpec(base.meta, base.kind, {"fix_message": "x"})
    with pytest.raises(PackError, match="at least one"):
        ResidueRule(empty)


def test_an_empty_phrase_is_a_pack_error() -> None:
    base = spec("A101")
    bad = RuleSpec(base.meta, base.kind, {"lines": ["loading", " "]})
    with pytest.raises(PackError, match="non-empty"):
        ResidueRule(bad)


MARKDOWN_LINKS = ("The minister spoke on Monday.\n\n"
                  "Read also: [Army drills end](https://example.com/a)\n\n"
                  "- **Read also:** [Markets fall](https://example.com/b)\n\n"
                  "Prices rose on the news.\n")


def test_a_markdown_related_link_line_is_residue_link_and_all() -> None:
    import mtlint

    found = [(d.code, MARKDOWN_LINKS[d.start : d.end])
             for d in mtlint.lint_text(MARKDOWN_LINKS, {"select": ["A102"]}, path="a.md")]
    assert found == [("A102", "Read also: [Army drills end](https://example.com/a)"),
                     ("A102", "**Read also:** [Markets fall](https://example.com/b)")]
    fixed, remaining = mtlint.fix_text(MARKDOWN_LINKS, {"select": ["A102"]}, path="a.md")
    assert fixed == "The minister spoke on Monday.\n\nPrices rose on the news.\n"
    assert remaining == []


def test_words_either_side_of_masked_markdown_are_not_doubled() -> None:
    import mtlint

    text = "The minister said the `x` the plan was ready, and [the](http://a.b) the deal too.\n"
    assert mtlint.lint_text(text, {"select": ["D"]}, path="a.md") == []


EMPHASISED_HEADS = ("The minister spoke on Monday.\n\n"
                    "**Read also**: [Army drills end](https://example.com/a)\n\n"
                    "__Read also:__ [Markets fall](https://example.com/b)\n\n"
                    "*Read* also: [Rice prices](https://example.com/c)\n\n"
                    "- _Baca juga_: [Banjir di Demak](https://example.com/d)\n\n"
                    "Prices rose on the news.\n")


def test_emphasis_around_or_inside_a_head_still_makes_a_residue_line() -> None:
    import mtlint

    found = [EMPHASISED_HEADS[d.start : d.end]
             for d in mtlint.lint_text(EMPHASISED_HEADS, {"select": ["A102"]}, path="a.md")]
    assert found == ["**Read also**: [Army drills end](https://example.com/a)",
                     "__Read also:__ [Markets fall](https://example.com/b)",
                     "*Read* also: [Rice prices](https://example.com/c)",
                     "_Baca juga_: [Banjir di Demak](https://example.com/d)"]
    fixed, remaining = mtlint.fix_text(EMPHASISED_HEADS, {"select": ["A102"]}, path="a.md")
    assert fixed == "The minister spoke on Monday.\n\nPrices rose on the news.\n"
    assert remaining == []


def test_emphasis_on_a_head_in_plain_text_and_other_rules_with_heads() -> None:
    assert flagged("A102", "Text.\n\n__Read also__: Flood victims receive aid\n\nMore.") == [
        "__Read also__: Flood victims receive aid"]
    assert flagged("A105", "Text.\n\n_Source_: Antara") == ["_Source_: Antara"]


def test_emphasised_head_words_inside_a_sentence_or_a_word_are_no_residue_line() -> None:
    import mtlint

    text = ("The minister urged people to **read also**: the report on floods.\n\n"
            "Readers who __read also__: saw the report.\n\n"
            "__Baca jugaan__ ini\n\n"
            "Re_ad also: no head, the marker is inside a word.\n")
    assert mtlint.lint_text(text, {"select": ["A102"]}, path="a.md") == []
    fixed, _ = mtlint.fix_text(text, {"select": ["A102"]}, path="a.md")
    assert fixed == text


def test_a_head_line_whose_head_is_glued_to_emphasis_is_found() -> None:
    # the head gate reads the openings without emphasis, as the head finder does
    assert flagged("A102", "**Read** also: Prices rise\n\nText.") == ["**Read** also: Prices rise"]


def test_an_editor_credit_in_capitals_passes_the_requires_test() -> None:
    # C102's token patterns run only on texts holding 'edit' in some letter case
    assert flagged("C102", "Exports fell. [EDITOR: Li Shufeng]") == ["[EDITOR: Li Shufeng]"]
    assert flagged("C102", "Exports fell.【责任编辑：王鑫】") == ["【责任编辑：王鑫】"]
