"""Matching findings to gold spans, with counts worked out by hand."""

from __future__ import annotations

import pytest

from mtlint.evaluate.gold import Article
from mtlint.evaluate.score import merge_raters, overlaps, score_gold, score_mqm
from tests.evaluate.helpers import article, finding, meta, rated


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 5), (3, 8), True),
    ((0, 5), (5, 8), False),        # touching ends do not overlap
    ((0, 10), (2, 3), True),        # containment
    ((4, 4), (0, 5), True),         # an insertion point inside a span
    ((5, 5), (0, 5), True),         # ... or at its end
    ((6, 6), (0, 5), False),
    ((0, 5), (0, 0), True),         # an empty gold span at the start of a finding
    ((3, 3), (3, 3), True),         # two insertion points at one place
])
def test_overlaps_is_symmetric_and_counts_insertion_points(
        a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    assert overlaps(*a, *b) is expected
    assert overlaps(*b, *a) is expected


def test_findings_match_only_gold_spans_of_their_family() -> None:
    doc = article("mt/a.txt", (0, 5, "A"), (10, 14, "G"), (20, 24, "G"))
    findings = [finding("A101", 1, 3), finding("G101", 10, 14), finding("G101", 30, 32),
                finding("A102", 10, 14)]  # overlaps a G span: wrong family, a false alarm
    rules = [meta("A101"), meta("A102"), meta("G101"), meta("G102")]
    score = score_gold([(doc, findings)], rules)

    a, g = score.families["A"], score.families["G"]
    assert (a.tp, a.fp, a.fn, a.gold) == (1, 1, 0, 1)
    assert (g.tp, g.fp, g.fn, g.gold) == (1, 1, 1, 2)
    assert (a.precision, a.recall, g.precision, g.recall) == (0.5, 1.0, 0.5, 0.5)
    assert [(s.label, s.text) for s in score.misses] == [("G", "x" * 4)]
    assert sorted((s.label, s.start) for s in score.false_alarms) == [("A102", 10),
                                                                       ("G101", 30)]


def test_a_rules_recall_is_over_its_familys_gold_spans() -> None:
    doc = article("mt/a.txt", (0, 5, "A"), (10, 14, "G"), (20, 24, "G"))
    findings = [finding("A101", 1, 3), finding("G101", 10, 14), finding("G101", 30, 32),
                finding("A102", 10, 14)]
    rules = [meta("A101"), meta("A102"), meta("G101"), meta("G102")]
    by_rule = score_gold([(doc, findings)], rules).rules

    assert (by_rule["A101"].tp, by_rule["A101"].fp, by_rule["A101"].recall) == (1, 0, 1.0)
    assert (by_rule["A102"].tp, by_rule["A102"].fp, by_rule["A102"].fn) == (0, 1, 1)
    assert (by_rule["G101"].tp, by_rule["G101"].fp, by_rule["G101"].recall) == (1, 1, 0.5)
    # a selected rule that found nothing still shows its misses
    g102 = by_rule["G102"]
    assert (g102.tp, g102.fp, g102.fn, g102.gold, g102.precision) == (0, 0, 2, 2, None)


def test_two_findings_on_one_span_are_both_true_but_the_span_is_found_once() -> None:
    doc = article("mt/a.txt", (10, 20, "D"))
    score = score_gold([(doc, [finding("D101", 10, 12), finding("D102", 15, 25)])],
                       [meta("D101"), meta("D102")])
    d = score.families["D"]
    assert (d.tp, d.fp, d.fn, d.gold) == (2, 0, 0, 1)
    assert score.rules["D101"].recall == score.rules["D102"].recall == 1.0


def test_an_empty_gold_span_is_found_by_a_finding_around_it() -> None:
    doc = article("mt/a.txt", (7, 7, "L"))
    score = score_gold([(doc, [finding("L101", 6, 8)])], [meta("L101")])
    assert score.families["L"].recall == 1.0


def test_a_family_without_rules_misses_all_its_spans() -> None:
    doc = article("mt/a.txt", (0, 3, "K"), (5, 9, "K"))
    score = score_gold([(doc, [])], [meta("A101")])
    k = score.families["K"]
    assert (k.tp, k.fp, k.fn, k.gold, k.precision, k.recall) == (0, 0, 2, 2, None, 0.0)
    assert score.rules["A101"].gold == 0
    assert score.rules["A101"].recall is None


def test_findings_in_clean_articles_are_counted_per_ten_articles() -> None:
    clean = [article(f"clean/{n}.txt") for n in range(4)]
    linted = [(clean[0], [finding("F101", 0, 4)]), (clean[1], [finding("F101", 8, 9),
                                                               finding("M101", 1, 2)]),
              (clean[2], []), (clean[3], [])]
    score = score_gold(linted, [meta("F101"), meta("M101")])
    assert (score.articles, score.clean_articles, score.clean_findings) == (4, 4, 3)
    assert score.clean_findings_per_10 == 7.5
    assert score.clean_by_rule == {"F101": 2, "M101": 1}
    assert score.families["F"].fp == 2
    assert score.families["F"].gold == 0


def test_no_clean_articles_gives_no_rate() -> None:
    score = score_gold([(article("mt/a.txt", (0, 1, "A")), [])], [])
    assert score.clean_findings_per_10 is None


def test_rater_spans_of_one_category_merge_into_one_error() -> None:
    spans = [rated(10, 20, "Fluency/Punctuation", "r1"), rated(15, 25, "Fluency/Punctuation", "r2"),
             rated(24, 24, "Fluency/Punctuation", "r3"), rated(12, 18, "Other", "r1"),
             rated(40, 45, "Fluency/Punctuation", "r1")]
    assert merge_raters(spans) == [(10, 25, "Fluency/Punctuation"),
                                   (40, 45, "Fluency/Punctuation"), (12, 18, "Other")]


def _mqm_article() -> Article:
    text = "".join(chr(ord("a") + n % 26) for n in range(200))
    gold = [rated(10, 20, "Locale convention/Date format", "r1"),
            rated(12, 16, "Locale convention/Date format", "r2"),
            rated(50, 55, "Locale convention/Date format", "r2"),
            rated(70, 80, "Fluency/Punctuation", "r3")]
    return Article("doc|sys", text, gold, [(100, 150), (150, 190)])


def test_mqm_recall_counts_merged_errors_and_every_raters_span() -> None:
    findings = [finding("G101", 14, 15), finding("L101", 60, 61)]
    score = score_mqm([(_mqm_article(), findings)],
                      frozenset({"Locale convention/Date format"}))
    dates = score.categories["Locale convention/Date format"]
    assert (dates.errors, dates.errors_found, dates.recall) == (2, 1, 0.5)
    assert (dates.annotations, dates.annotations_found) == (3, 2)
    assert dates.found_by == {"G101": 1}
    assert (dates.per_rater["r1"].recall, dates.per_rater["r2"].recall) == (1.0, 0.5)
    assert score.categories["Fluency/Punctuation"].recall == 0.0
    # misses are listed for the categories some rule claims, not for the others
    assert [(m.label, m.start, m.end) for m in score.misses] == [
        ("Locale convention/Date format", 50, 55)]


def test_mqm_false_alarms_are_findings_in_all_raters_clean_segments() -> None:
    findings = [finding("G101", 14, 15), finding("L101", 60, 61), finding("L101", 120, 121),
                finding("A101", 149, 151), finding("A101", 195, 196)]
    score = score_mqm([(_mqm_article(), findings)])
    assert score.clean_segments == 2
    assert score.clean_findings == 2
    assert score.false_alarms_per_100 == 100.0
    assert score.clean_by_rule == {"L101": 1, "A101": 1}
    assert score.findings_by_rule == {"G101": 1, "L101": 2, "A101": 2}
    assert score.on_rater_span == {"G101": 1}
    assert sorted((s.label, s.start) for s in score.unmarked) == [("A101", 195),
                                                                  ("L101", 60)]


def test_spots_carry_line_column_and_context() -> None:
    doc = Article("mt/a.txt", "Title\n\nOn Sunday (1/10/2023) it rained.", [])
    score = score_gold([(doc, [finding("G101", 18, 27)])], [meta("G101")])
    spot = score.false_alarms[0]
    assert (spot.text, spot.line, spot.column) == ("1/10/2023", 3, 12)
    assert spot.context == "Title  On Sunday (1/10/2023) it rained."
