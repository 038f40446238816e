"""M101 and M102: decimal commas and thousands separators of the source locale."""

from __future__ import annotations

from mtlint.engine.registry import Registry
from mtlint.testing.cases import case_linter, lint_case


def _messages(registry: Registry, code: str, text: str) -> list[str]:
    linter = case_linter(registry.by_code()[code], registry)
    return [d.message for d in lint_case(linter, text).diagnostics]


def test_a_decimal_comma_message_shows_the_english_number(registry: Registry) -> None:
    assert _messages(registry, "M101", "A budget of Rp 1,5 billion.") == [
        "'Rp 1,5 billion' has a decimal comma; English writes 'Rp 1.5 billion'"]


def test_one_dot_group_before_a_scale_word_reports_both_readings(registry: Registry) -> None:
    assert _messages(registry, "M102", "They set aside 1.500 billion.") == [
        "'1.500 billion' is either 1,500 billion (dots separating thousands, as in the source) "
        "or 1.5 billion; check the source and write it the English way"]


def test_a_dot_group_before_a_scale_word_is_never_fixed(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M102"], registry)
    [finding] = lint_case(linter, "They set aside Rp 1.500 billion.").diagnostics
    assert finding.fix is None


def test_a_space_group_with_money_is_fixed(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M102"], registry)
    [finding] = lint_case(linter, "It costs 80 000 rubles.").diagnostics
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == "80,000"


def test_the_message_names_the_separator_the_source_used(registry: Registry) -> None:
    assert _messages(registry, "M102", "It costs 80 000 rubles.") == [
        "'80 000' separates thousands with spaces; English writes '80,000'"]


def test_an_ip_address_is_not_an_amount(registry: Registry) -> None:
    assert _messages(registry, "M102", "Rp 10.000.000 went to 192.168.100.200.") == [
        "'Rp 10.000.000' separates thousands with dots; English writes 'Rp 10,000,000'"]


def test_each_thousands_separator_passes_the_shape_gate(registry: Registry) -> None:
    # the gate looks for a digit, the separator and three digits in the digit view; each
    # separator the patterns accept must pass it (the no-break ones are several bytes)
    for separator in (".", " ", "\u00a0", "\u202f"):
        text = f"It costs Rp 5{separator}000{separator}000 rubles."
        assert len(_messages(registry, "M102", text)) == 1, repr(separator)


def test_digits_beyond_ascii_skip_the_gate(registry: Registry) -> None:
    # with Arabic-Indic digits the view is not made: the pattern's \d still finds them
    assert len(_messages(registry, "M102", "It costs Rp 5.\u0660\u0660\u0660.000 rubles.")) == 1


def test_decimal_commas_of_one_and_two_digits_pass_the_shape_gate(registry: Registry) -> None:
    # the gate looks for a digit, a comma and one or two digits in the digit view
    for text in ("A budget of Rp 1,5 billion.", "A budget of Rp 1,55 billion.",
                 "It grew 2,000 times; a budget of Rp 1,5 billion."):
        assert len(_messages(registry, "M101", text)) == 1, text
    assert _messages(registry, "M101", "A budget of Rp 1,500 billion.") == []
