"""The ``--statistics`` table: findings and fixable counts per rule."""

from __future__ import annotations

from mtlint.report.base import RunSummary
from mtlint.report.statistics import statistics_rows, statistics_table
from tests.report.sample import sample_summary


def test_rows_count_findings_and_fixes_by_applicability() -> None:
    assert statistics_rows(sample_summary()) == [
        (1, "A901", "test-residue", 1, 0),
        (1, "D901", "test-span", 0, 0),
        (1, "L901", "test-colon", 0, 1),
    ]


def test_rows_put_the_most_frequent_rule_first() -> None:
    summary = sample_summary()
    news = summary.files[0]
    news.diagnostics.append(news.diagnostics[1])
    assert [row[1] for row in statistics_rows(summary)] == ["L901", "A901", "D901"]


def test_table_aligns_columns_under_a_header() -> None:
    assert statistics_table(sample_summary()) == [
        "count  code  name          safe fix  unsafe fix",
        "    1  A901  test-residue         1           0",
        "    1  D901  test-span            0           0",
        "    1  L901  test-colon           0           1",
    ]


def test_no_findings_no_table() -> None:
    assert statistics_table(RunSummary()) == []
