"""The date rules (family G): tokens, readings, evidence, and the pack's own examples."""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from mtlint.document import Document
from mtlint.document.ascii_view import ascii_view
from mtlint.document.lines import lower_in_place
from mtlint.engine.context import Context
from mtlint.engine.registry import KIND_OPTIONS, kind_class
from mtlint.engine.rule import (
    Diagnostic,
    Rule,
    RuleCase,
    RuleDocs,
    RuleMeta,
    RuleSpec,
    Severity,
)
from mtlint.engine.run import Linter
from mtlint.errors import PackError
from mtlint.fix.model import Applicability
from mtlint.logic.dates.dayonly import find_day_only
from mtlint.logic.dates.months import MonthFinder
from mtlint.logic.dates.readings import Order, expand_year, readings, yearless_date
from mtlint.logic.dates.spelled import find_weekday_dates
from mtlint.logic.dates.tokens import find_numeric_dates
from mtlint.logic.dates.weekday_day import find_weekday_days
from mtlint.logic.numbers.clock import _clocks as clocks
from mtlint.packs.load import load_pack
from mtlint.tables.styles import NEUTRAL
from mtlint.testing.cases import fix_case, flagged_texts, lint_case

ROOT = Path(__file__).resolve().parents[2]
DATE_KINDS = ("numeric-date", "weekday-date-mismatch", "mixed-date-order",
              "foreign-month-name", "day-only-date", "buddhist-era-year")
PACK = load_pack(ROOT / "rules" / "dates.toml", KIND_OPTIONS)
HITS = [(spec, case) for spec in PACK for case in spec.hits]
MISSES = [(spec, text) for spec in PACK for text in spec.misses]
SEED = (ROOT.parent / "shared" / "examples" / "000_d4a788a77a9f1d90.txt")


def _rule(kind: str, **options: Any) -> Rule:
    meta = RuleMeta("G100", kind, "G", "Locale convention/Date format", Severity.WARNING,
                    "message", RuleDocs("what", "why", "example", "instead"))
    return kind_class(kind)(RuleSpec(meta=meta, kind=kind, options=options))


def _check(kind: str, text: str, **options: Any) -> list[Diagnostic]:
    return list(_rule(kind, **options).check(Document(text), Context(style=NEUTRAL)))


def _linter(spec: RuleSpec) -> Linter:
    return Linter([kind_class(spec.kind)(spec)], Context(style=NEUTRAL))


def _id(value: object) -> str:
    if isinstance(value, RuleSpec):
        return value.meta.code
    text = value.text if isinstance(value, RuleCase) else str(value)
    return text.strip()[:40]


# --- the pack's examples -----------------------------------------------------

@pytest.mark.parametrize(("spec", "case"), HITS, ids=_id)
def test_pack_hit_flags_exactly_its_matches(spec: RuleSpec, case: RuleCase) -> None:
    linter = _linter(spec)
    assert lint_case(linter, case.text).failures == []
    assert flagged_texts(linter, case.text) == list(case.matches)


@pytest.mark.parametrize(("spec", "case"), HITS, ids=_id)
def test_pack_hit_fixes_to_its_fixed_text(spec: RuleSpec, case: RuleCase) -> None:
    fixed = fix_case(_linter(spec), case.text)
    assert fixed == (case.fixed if case.fixed is not None else case.text)


@pytest.mark.parametrize(("spec", "text"), MISSES, ids=_id)
def test_pack_miss_is_not_flagged(spec: RuleSpec, text: str) -> None:
    assert flagged_texts(_linter(spec), text) == []


@pytest.mark.parametrize("spec", PACK, ids=_id)
def test_pack_rule_has_enough_examples(spec: RuleSpec) -> None:
    assert len(spec.hits) >= 6
    assert len(spec.misses) >= 6


# --- the founding example ----------------------------------------------------

def test_seed_has_one_date_finding_fixed_to_october_first() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = [d for kind in DATE_KINDS for d in _check(kind, text)]
    assert [(d.code, text[d.start : d.end]) for d in found] == [("G100", "1/10/2023")]
    fix = found[0].fix
    assert fix is not None
    assert fix.applicability is Applicability.SAFE
    assert [(e.start, e.end, e.replacement) for e in fix.edits] == [
        (found[0].start, found[0].end, "October 1, 2023")]
    assert found[0].message == (
        "`1/10/2023` is day-first: Sunday and the article date make it October 1, 2023")


# --- tokens ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "on Sunday (1/10/2023).", "Thursday (13/5)", "Monday (6/21)", "ended 22/6/2024.",
    "from 1.10.2023 on", "from 1-10-2023 on", "on 1/10/23.", "Friday night (29/7),",
    "quoted from voaindonesia (16/11)", "since 13/5 nothing", "13/5/2021 (Thursday)",
    "Sunday, 1/10/2023", "on Sunday 1/10,", "am Sunday (1.10.)", "Sunday (1.10) in Bonn",
    "said on 10.09 that", "on Friday, 14.02, all", "As of 5.31, the drones",
    "On the morning of 1/7 local time", "on the evening of 30/6, starting",
], ids=str)
def test_token_found(text: str) -> None:
    assert len(find_numeric_dates(text)) == 1


@pytest.mark.parametrize("text", [
    "a 3/4 majority", "open 24/7", "on 9/11", "the 9/11 attacks", "won 2-1", "(2-1)",
    "51/70 organizations", "1990/91 season", "page 3/4", "see p. 3/4",
    "example.com/2023/10/01/x", "https://x.id/read/1/10/2023", "2023-10-01", "at 10.30",
    "10:30", "version 1.10.2", "10.1.20.30", "Rp 10.000.000", "rose by 1/3", "on 2/3 of them",
    "4.4% growth", "On Sunday, 1.5 million people", "rose (1.10)", "Sunday (1.5 m)",
    "aged 25-54", "Law No. 11/2020", "1.5.6", "1/10/3000", "1.10.23 release",
    "rose on 10.09 percent", "on 1.5 million", "closed at 10.09.", "won on 2.5 points",
    "the morning of 3/4 majority", "rose by 2.5 in the first quarter", "from 5.2 and then",
    "between 1.5 and 2.5 in",
], ids=str)
def test_token_not_found(text: str) -> None:
    assert find_numeric_dates(text) == []


def test_dotted_token_takes_its_closing_dot() -> None:
    (token,) = find_numeric_dates("Am Sunday (1.10.) sprach er.")
    assert token.text == "1.10."


def test_tokens_joined_in_a_range_are_both_found() -> None:
    tokens = find_numeric_dates("Thursday and Friday (30/5 and 31/5) and from 3/6 to 4/6")
    assert [t.text for t in tokens] == ["30/5", "31/5", "3/6", "4/6"]
    assert tokens[0].weekday is None  # one of two weekdays: not evidence for either date


def test_weekday_after_the_token_is_read() -> None:
    token = find_numeric_dates("the vote on 13/5/2021 (Thursday)")[0]
    assert token.weekday is not None
    assert token.weekday.name == "Thursday"


# --- readings ----------------------------------------------------------------

def test_readings_drop_impossible_orders() -> None:
    assert [r.order for r in readings(13, 5, None, None)] == [Order.DAY_FIRST]
    assert [r.order for r in readings(6, 21, None, None)] == [Order.MONTH_FIRST]
    assert [r.order for r in readings(5, 5, 2023, None)] == [Order.SAME]
    assert readings(31, 31, None, None) == []
    assert readings(29, 2, 2023, None) == []


@pytest.mark.parametrize(("month", "day", "ref", "expected"), [
    (10, 1, dt.date(2023, 10, 1), dt.date(2023, 10, 1)),
    (1, 10, dt.date(2023, 10, 1), dt.date(2023, 1, 10)),
    (12, 20, dt.date(2023, 10, 1), dt.date(2023, 12, 20)),
    (1, 2, dt.date(2023, 12, 28), dt.date(2024, 1, 2)),
    (11, 30, dt.date(2024, 1, 5), dt.date(2023, 11, 30)),
], ids=str)
def test_yearless_dates_fall_shortly_before_the_article(month: int, day: int, ref: dt.date,
                                                        expected: dt.date) -> None:
    assert yearless_date(month, day, ref) == expected


@pytest.mark.parametrize(("digits", "ref", "year"), [
    ("23", None, 2023), ("99", None, 1999), ("89", dt.date(1990, 1, 1), 1989),
    ("2023", None, 2023),
], ids=str)
def test_two_digit_years_take_the_nearest_century(digits: str, ref: dt.date | None,
                                                  year: int) -> None:
    assert expand_year(digits, ref) == year


# --- evidence and messages ---------------------------------------------------

def test_weekday_alone_settles_a_token() -> None:
    (found,) = _check("numeric-date", "The summit opened on Tuesday, 3/10/2023.")
    assert found.message == "`3/10/2023` is day-first: Tuesday makes it October 3, 2023"
    assert found.fix is not None


def test_article_date_window_is_an_option() -> None:
    text = " date 2024-03-12\nThe law took effect on 4/3/2024."
    (found,) = _check("numeric-date", text)
    assert found.fix is not None
    assert found.fix.edits[0].replacement == "March 4, 2024"
    (wide,) = _check("numeric-date", text, window_after_days=30)
    assert wide.fix is None
    assert "nothing in the article settles it" in wide.message


def test_article_convention_settles_a_token() -> None:
    found = _check("numeric-date", "Protests began on 22/6 and ended on 5/7.")
    assert found[1].message == (
        "`5/7` is day-first: the day-first order of the article's other dates (22/6) makes it "
        "July 5")


def test_disagreeing_evidence_leaves_the_token_unfixed() -> None:
    text = " date 2023-10-01\nHe spoke on Tuesday (1/10/2023) after 22/6/2023."
    found = _check("numeric-date", text)
    assert found[0].fix is None
    assert "Tuesday points to January 10, 2023" in found[0].message
    assert "the article date points to October 1, 2023" in found[0].message


def test_weekday_fitting_neither_reading_blocks_the_fix() -> None:
    (found,) = _check("numeric-date", " date 2023-10-01\nHe spoke on Friday (1/10/2023).")
    assert found.fix is None
    assert "Friday fits neither" in found.message


def test_unresolved_token_names_both_readings() -> None:
    (found,) = _check("numeric-date", "The contract was signed on 3/4/2023.")
    assert found.message.startswith(
        "`3/4/2023` could be April 3, 2023 (day-first) or March 4, 2023 (month-first)")


def test_weekday_mismatch_message_gives_both_weekdays() -> None:
    (found,) = _check("weekday-date-mismatch",
                      " date 2023-10-01\nHe spoke on Friday (1/10/2023).")
    assert found.message == ("Friday does not fit `1/10/2023`: October 1, 2023 is a Sunday "
                             "and January 10, 2023 is a Tuesday")


def test_spelled_yearless_dates_need_the_article_date() -> None:
    text = "On Thursday (February 10), the military shot down an object."
    assert _check("weekday-date-mismatch", text) == []
    assert len(_check("weekday-date-mismatch", " date 2023-02-11\n" + text)) == 1


def test_mixed_order_flags_the_minority() -> None:
    found = _check("mixed-date-order", "on 13/5, on 14/5 and on 5/20")
    assert [f.message for f in found] == [
        "`5/20` is month-first, but this article also writes day-first dates (13/5, 14/5); "
        "write the dates out so that the order cannot be misread"]


def test_foreign_months_can_be_limited_to_some_languages() -> None:
    text = "on 20 Juni and 3 de mayo"
    assert len(_check("foreign-month-name", text)) == 2
    (found,) = _check("foreign-month-name", text, languages=["es"])
    assert found.message == "`mayo` is Spanish for May"


def test_the_ascii_view_shows_digits_as_0_and_letters_in_lower_case() -> None:
    view = ascii_view(Document("“On” Friday 25 MAY"))
    assert view is not None
    assert view.data == "“on” friday 00 may".encode()
    assert view.places(re.compile(rb"00")) == [12]  # characters, not bytes


@pytest.mark.parametrize("text", ["on ٣ May", "the 1ſt", "the 1\u212aTH", "İzmir"])
def test_there_is_no_ascii_view_where_a_byte_search_could_miss_a_match(text: str) -> None:
    assert ascii_view(Document(text)) is None


_PIECES = ["on 13/5", "(13/5)", "13/5/2021", "13.05.2021", "on 10.09 that", "Friday (1.10.)",
           "on the 8th", "ON THE 21ST", "of the 3rd", "on Friday, October 1, 2023",
           "October 1, 2023 (Friday)", "FRIDAY, 1 October 2023", "Sunday 25 May", "at 22.30 WIB",
           "5h30", "22h", "2.50", "3/4 majority", "24/7", "www.x.com/1/2", "page 3/4", "A5/6",
           "123/45", "2023-01-05", "from 04.17", "the  12th", "(Sunday)", "May 3", "Tuesday",
           "the\t9th", "1-2", "on 5-6", "on\n7/8", "since 30/5 and 31/5"]
_JOINS = [" ", "", "\n", "“", "”", "(", ")", ", ", ". ", "-", "é", "  ", "\t", "x", "1", "/"]


def test_byte_searches_find_what_the_scans_find() -> None:
    chance = random.Random(17)
    ref = dt.date(2023, 10, 5)
    for _ in range(3000):
        text = "".join(chance.choice(_JOINS) + chance.choice(_PIECES)
                       for _ in range(chance.randint(1, 6))) + chance.choice(_JOINS)
        view = ascii_view(Document(text))
        assert view is not None
        assert Document(text).lint_text == text
        assert find_numeric_dates(text, view) == find_numeric_dates(text), text
        assert list(find_day_only(text, ref, frozenset(), view)) == \
            list(find_day_only(text, ref)), text
        assert list(find_weekday_dates(text, ref, view)) == \
            list(find_weekday_dates(text, ref)), text
        assert [m.span() for m in clocks(text, view)] == [m.span() for m in clocks(text)], text


@pytest.mark.parametrize(("text", "found"), [
    ("Talks resumed ON THE 8TH.", "THE 8TH"),
    ("“Wir reden,” he said; talks resumed on the 21st, after a pause.", "the 21st"),
    ("Talks resumed on\tthe  3rd and (٣) ended.", "the  3rd"),
    ("The İzmir talks resumed on the 2nd.", "the 2nd"),
])
def test_day_only_dates_are_found_wherever_they_stand(text: str, found: str) -> None:
    # the pattern is tried where bytes show an ordinal: each must be a place found
    assert [text[d.start : d.end] for d in _check("day-only-date", text)] == [found]


@pytest.mark.parametrize("text", [
    "“Nous partons,” he said on FRIDAY, October 1, 2023.",
    "He left on October 1, 2023 ( Friday ).",
    "He left on October 1, 2023 (Friday) and (٣) came back.",
    "He left İzmir on Friday, October 1, 2023.",
])
def test_weekday_mismatches_are_found_wherever_they_stand(text: str) -> None:
    # the patterns are tried where bytes show a weekday: each must be a place found
    assert len(_check("weekday-date-mismatch", text)) == 1


@pytest.mark.parametrize("text", [
    "on 20 JUNI, 2023",  # any case, before punctuation
    "in Mayıs 2023 and MAYIS 2023",  # dotless ı, and its capital folded to "mayis"
    "on 5 Agu\ufb06us 2023",  # the ligature ﬆ folds to "st" but lowers to itself
    "on 3 de mayo de 2023",
    "on 5 FÉVRIER 2023 and 6 ŞUBAT 2023",  # capital letters beyond ASCII
    "“Nous partons” le 14 juillet and 3 MÄRZ 2023",
], ids=str)
def test_foreign_months_in_any_case_pass_the_search_for_month_names(text: str) -> None:
    # the quick search for month names, before the two scans, may let no finding escape
    assert _check("foreign-month-name", text)


def test_an_english_month_holding_a_foreign_one_is_no_foreign_month() -> None:
    assert _check("foreign-month-name", "on 20 January 2023 and 3 February 2024") == []


@pytest.mark.parametrize("text", ["on 20 Juni", "on 20 Junié 2023", "on 2 Juní 2023"],
                         ids=ascii)
def test_a_month_name_before_the_end_or_a_character_beyond_ascii_passes_the_search(
        text: str) -> None:
    # the search looks at the byte after a name: the text's end, or the first byte of a
    # character beyond ASCII, lets the text through
    assert MonthFinder(["id"]).may_name("\u00e9\u0301", lambda: lower_in_place(text).encode())


def test_a_character_lowering_to_an_ascii_letter_is_a_letter_of_a_month_word() -> None:
    # the search for month names rules out a name before a byte of an ASCII letter in the
    # lowered text: each character lowering to one must continue the word the scans read
    # ("JuniK" with a Kelvin sign is no month)
    letter = regex.compile(r"[^\W\d_]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not 0xD800 <= code < 0xE000 and lower_in_place(char) in string.ascii_letters:
            assert letter.fullmatch(char), hex(code)
    assert _check("foreign-month-name", "on 20 Juni\u212a 2023") == []


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("on the 8th.", dt.date(2023, 2, 11), dt.date(2023, 2, 8)),
    ("on the 11th.", dt.date(2023, 2, 11), dt.date(2023, 2, 11)),
    ("on the 28th.", dt.date(2023, 3, 2), dt.date(2023, 2, 28)),
    ("on the 31st.", dt.date(2024, 1, 5), dt.date(2023, 12, 31)),
    ("on the 30th.", dt.date(2023, 3, 2), None),
    ("on the 8th.", None, None),
], ids=str)
def test_day_only_dates_are_placed_on_or_before_the_article(
        text: str, ref: dt.date | None, expected: dt.date | None) -> None:
    (found,) = find_day_only(text, ref)
    assert found.date == expected


def test_day_only_date_after_a_named_month_in_an_earlier_sentence_is_flagged() -> None:
    text = "Talks began on February 3. They ended on the 8th."
    assert [f.text for f in find_day_only(text, None)] == ["the 8th"]


@pytest.mark.parametrize("options", [{"earliest": 2700, "latest": 2400}, {"latest": 99999}],
                         ids=["reversed", "five-digits"])
def test_buddhist_era_years_must_be_a_range_of_four_digit_years(options: Any) -> None:
    with pytest.raises(PackError, match="four-digit years"):
        _rule("buddhist-era-year", **options)


def test_buddhist_era_year_fix_subtracts_the_pack_offset() -> None:
    [found] = _check("buddhist-era-year", "Talks ended on 3 May 2567.", offset=544)
    assert found.fix is not None
    assert [e.replacement for e in found.fix.edits] == ["2023"]


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("They met on Tuesday (4).", dt.date(2025, 2, 5), dt.date(2025, 2, 4)),
    ("They meet on Friday, (7).", dt.date(2025, 2, 5), dt.date(2025, 2, 7)),
    ("They met on Sunday the 26th.", dt.date(2025, 2, 3), dt.date(2025, 1, 26)),
    ("They meet on Monday the 3rd.", dt.date(2025, 2, 27), dt.date(2025, 3, 3)),
    ("They met on Saturday (31).", dt.date(2025, 2, 5), None),
], ids=["day-before", "comma-day-after", "month-before", "month-after", "none-near"])
def test_a_weekday_picks_the_month_of_its_day(
        text: str, ref: dt.date, expected: dt.date | None) -> None:
    [found] = find_weekday_days(text, ref)
    assert found.date == expected


@pytest.mark.parametrize("text", [
    "They met on Friday (7).", "They met on Friday, (7).", "They met on Friday the 7th.",
    "They met on Friday, the 7th.", "They met on Friday (7)",
], ids=["bracket", "comma-bracket", "the", "comma-the", "text-end"])
def test_g105_finds_each_weekday_form_past_the_literal_gate(text: str) -> None:
    # the rule looks for weekday forms only in texts holding "day (", "day, (", "day the "
    # or "day, the ": each form must hold one
    assert len(flagged_texts(_linter(_G105), text)) == 1


def test_a_weekday_with_a_day_and_its_month_is_no_day_only_date() -> None:
    assert list(find_weekday_days("On Wednesday the 16th of April they met.", None)) == []
    assert list(find_weekday_days("On April 2 and Wednesday (16) they met.", None)) == []


def test_unknown_month_language_is_a_pack_error() -> None:
    with pytest.raises(PackError, match="unknown language 'xx'"):
        _rule("foreign-month-name", languages=["de", "xx"])


@pytest.mark.parametrize("text", [
    "Of the 1st United Methodist church members, many came.",
    "He lost to the 10th seed in the final.",
    "He was sent off after the 2nd red card.",
], ids=["capitalised-word", "short-noun-in-ed", "red"])
def test_day_only_needs_a_lower_case_past_tense_verb_after_it(text: str) -> None:
    assert list(find_day_only(text, None)) == []


def test_day_only_before_a_past_tense_verb_is_found() -> None:
    assert [f.text for f in find_day_only("Talks began; on the 7th showed progress.", None)] \
        == ["the 7th"]


_G105 = next(spec for spec in PACK if spec.meta.code == "G105")


@pytest.mark.parametrize("text", [
    "He lost in the final to one of the 5th ranked players.",
    "Two of the 3rd seeded pair were injured.",
    "The points gap after the 2nd placed team lost was wide.",
    "The lead of the 9th positioned car shrank.",
    "Of the 12th ranked, none reached the final.",
], ids=["ranked", "seeded", "placed", "positioned", "no-noun-after"])
def test_g105_leaves_an_ordinal_rank_alone(text: str) -> None:
    assert flagged_texts(_linter(_G105), text) == []


@pytest.mark.parametrize("text", [
    "The ministry on the 9th announced that prices would fall.",
    "Police on the 8th placed a cordon around the square.",
    "The agency on the 5th ranked the city first for air quality.",
    "The organisers on the 3rd seeded the top four players.",
], ids=["past-tense-verb", "placed-an-object", "ranked-an-object", "seeded-an-object"])
def test_g105_flags_a_day_before_a_rank_verb_with_an_object(text: str) -> None:
    [flagged] = flagged_texts(_linter(_G105), text)
    assert flagged.startswith("the ")


@pytest.mark.parametrize("weekday", ["FRİDAY", "Wedneſday", "ſunday", "THURſDAY"])
def test_a_weekday_in_any_letter_case_the_patterns_take_is_read_not_a_crash(
        weekday: str) -> None:
    from mtlint.config.settings import Settings
    from mtlint.engine.build import build_run

    result = build_run(Settings(select=("G",))).linter.lint(
        Document(f"On {weekday} (5/1/2024) the talks ended.\n"))
    assert result.failures == []
    assert "G101" in [d.code for d in result.diagnostics]


def test_every_character_a_weekday_pattern_takes_gives_its_weekday() -> None:
    # the patterns (regex, IGNORECASE) match without regard to case: each character one
    # of them takes in place of a weekday's letter must lead back to that weekday
    import regex

    from mtlint.logic.dates.tokens import WEEKDAYS, weekday_index

    letters = {letter for weekday in WEEKDAYS for letter in weekday}
    taken = {letter: [chr(code) for code in range(0x10000) if chr(code) != letter
                      and regex.fullmatch(letter, chr(code), regex.IGNORECASE)]
             for letter in letters}
    for index, weekday in enumerate(WEEKDAYS):
        for at, letter in enumerate(weekday):
            for other in taken[letter]:
                assert weekday_index(weekday[:at] + other + weekday[at + 1 :]) == index
