"""LanguageTool matches as findings: code, category, severity and fix applicability."""

from __future__ import annotations

from mtlint.backends.findings import FindingMaker
from mtlint.backends.matches import Match
from mtlint.backends.table import load_table
from mtlint.engine.rule import Severity
from mtlint.fix.model import Applicability, Edit

TEXT = "The risk is high . She ate a apple."


def _finding(match: Match) -> tuple[str, str, Severity, Applicability | None, tuple[Edit, ...]]:
    d = FindingMaker(load_table()).diagnostic(match, 0, TEXT)
    fix = d.fix
    return d.code, d.meta.category, d.level, fix and fix.applicability, fix.edits if fix else ()


def test_a_grammar_suggestion_is_an_unsafe_fix() -> None:
    match = Match(26, 27, "EN_A_VS_AN", "misspelling", "MISC", "Use “an”.", ("an",))
    assert _finding(match) == ("O201", "Fluency/Spelling", Severity.WARNING,
                               Applicability.UNSAFE, (Edit(26, 27, "an"),))


def test_a_space_only_change_of_a_whitespace_rule_is_safe() -> None:
    match = Match(16, 18, "COMMA_PARENTHESIS_WHITESPACE", "whitespace", "TYPOGRAPHY", "m", (".",))
    assert _finding(match)[3] is Applicability.SAFE


def test_several_suggestions_or_changed_characters_stay_unsafe() -> None:
    two = Match(16, 18, "COMMA_PARENTHESIS_WHITESPACE", "whitespace", "TYPOGRAPHY", "m",
                (".", " ."))
    other = Match(16, 18, "COMMA_PARENTHESIS_WHITESPACE", "whitespace", "TYPOGRAPHY", "m", ("!",))
    typography = Match(16, 18, "SOME_RULE", "typographical", "PUNCTUATION", "m", (".",))
    assert {_finding(m)[3] for m in (two, other, typography)} == {Applicability.UNSAFE}


def test_style_findings_are_information_and_a_match_without_suggestion_has_no_fix() -> None:
    match = Match(0, 3, "SO_AS_TO", "style", "REDUNDANCY", "Wordy.", ())
    code, category, severity, applicability, _ = _finding(match)
    assert (category, severity, applicability) == ("Style/Unnatural or awkward", Severity.INFO,
                                                   None)
    assert code == "O402"


def test_the_rule_name_is_the_kebab_case_id_and_the_message_is_languagetools() -> None:
    d = FindingMaker(load_table()).diagnostic(
        Match(26, 27, "EN_A_VS_AN", "misspelling", "MISC", "Use “an”.", ("an",)), 0, TEXT)
    assert (d.meta.name, d.message, d.meta.family) == ("en-a-vs-an", "Use “an”.", "O")
