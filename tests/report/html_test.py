"""``--format html``: one self-contained page whose data cannot break out of its block."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from typing import Any

import pytest

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.fix.model import Applicability, Fix
from mtlint.report.base import FileResult, RunError, RunSummary
from mtlint.report.html import report_html
from mtlint.score.weights import parse_weights

_DOCS = RuleDocs("what", "why", "example", "instead")
RESIDUE = RuleMeta("A901", "test-residue", "A", "Accuracy/Addition", Severity.ERROR, "m", _DOCS)
DATE = RuleMeta("G901", "test-date", "G", "Locale convention/Date format", Severity.WARNING,
                "m", _DOCS)

HOSTILE = ('Markets fell. </script><script>alert(1)</script> <!-- & --> {{js}} '
           '<img src=x onerror="alert(2)"> Read also: more\n')


def _finding(meta: RuleMeta, text: str, needle: str, fix: str | None = None) -> Diagnostic:
    start = text.index(needle)
    end = start + len(needle)
    return Diagnostic(meta, start, end, f"{meta.code} on '{needle}'",
                      Fix.replace(start, end, fix, Applicability.SAFE, "Rewrite it")
                      if fix is not None else None)


def _summary() -> RunSummary:
    dates = "Talks end on Thursday (6/24) and resume (7/1).\n"
    return RunSummary([
        FileResult.of(Document(dates, "news/dates.txt"),
                      [_finding(DATE, dates, "6/24", "June 24"), _finding(DATE, dates, "7/1")],
                      whole=True),
        FileResult.of(Document(HOSTILE, "news/<b>hostile</b>.txt"),
                      [_finding(RESIDUE, HOSTILE, "Read also: more", "")], whole=True),
        FileResult.of(Document("All clean here.\n", "news/clean.txt"), [], whole=True),
    ], max_score=30)


def _page(summary: RunSummary) -> str:
    stream = io.StringIO()
    report_html(summary, stream, statistics=False)
    return stream.getvalue()


def _data(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>',
                      page, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match[1])
    return data


@pytest.fixture(scope="module")
def page() -> str:
    return _page(_summary())


def test_page_needs_nothing_from_outside(page: str) -> None:
    markup = re.sub(r'(id="report-data">).*?(</script>)', r"\1\2", page, flags=re.S)
    assert not re.search(r"<link|<iframe|\ssrc=|\shref=|url\(|@import", markup)
    # The SVG namespace is a name, not a request; nothing else names a URL.
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"]
    assert "default-src 'none'" in page


def test_policy_allows_exactly_the_inline_script_and_style(page: str) -> None:
    [script] = re.findall(r"<script>(.*?)</script>", page, re.S)
    [style] = re.findall(r"<style>(.*?)</style>", page, re.S)

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src 'sha256-{digest(script)}'" in page
    assert f"style-src 'sha256-{digest(style)}'" in page


def test_article_markup_stays_inside_the_data_block(page: str) -> None:
    assert page.count("<script") == 2
    assert page.count("</script>") == 2
    assert "<img" not in page
    assert "<!-- &" not in page
    texts = {a["path"]: a["text"] for a in _data(page)["articles"]}
    assert texts["news/<b>hostile</b>.txt"] == HOSTILE


def test_placeholders_in_article_text_are_left_alone(page: str) -> None:
    assert _data(page)["articles"][0]["text"] == HOSTILE  # {{js}} inside it survived


def test_articles_are_listed_worst_first_with_their_scores(page: str) -> None:
    articles = _data(page)["articles"]
    # 5 points over 10 words; 2 points over 8 words; nothing over 3 words.
    assert [(a["path"], a["score"], a["words"]) for a in articles] == [
        ("news/<b>hostile</b>.txt", 50.0, 10), ("news/dates.txt", 25.0, 8),
        ("news/clean.txt", 0.0, 3)]


def test_findings_are_rows_named_by_the_fields(page: str) -> None:
    data = _data(page)
    rows = [dict(zip(data["fields"], row, strict=True))
            for row in data["articles"][1]["findings"]]
    assert rows[0] == {
        "start": 23, "end": 27, "rule": "G901", "severity": "warning",
        "message": "G901 on '6/24'", "line": 1, "penalty": 1.0, "fix_applicability": "safe",
        "fix_message": "Rewrite it", "fix_edits": [[23, 27, "June 24"]]}
    assert rows[1]["fix_applicability"] is None
    assert data["rules"]["G901"] == ["test-date", "G", "Locale convention/Date format"]


def test_header_sums_up_the_batch(page: str) -> None:
    summary = re.search(r'<p class="summary">(.*?)</p>', page)
    assert summary is not None
    assert summary[1] == ("3 articles · 3 findings · 2 fixable with --fix · batch score 33.33 · "
                          "1 above max-score 30")


def test_chart_has_one_bar_per_family_with_its_count(page: str) -> None:
    bars = re.findall(r'<g class="bar fam-(\w)" data-family="\w"><title>([^<]*)</title>', page)
    assert bars == [("A", "A residue: 1 finding (click to show only this family)"),
                    ("G", "G dates: 2 findings (click to show only this family)")]


def test_empty_run_still_makes_a_page() -> None:
    page = _page(RunSummary([]))
    assert _data(page)["articles"] == []
    assert "No findings." in page


def test_legend_states_the_weights_in_use() -> None:
    summary = _summary()
    summary.weights = parse_weights({"error": 10, "Terminology": 0.5})
    legend = ("Score: MQM penalty points per 100 words (error 10, warning 1, info 0; a warning "
              "in Fluency/Punctuation 0.1; a warning in Terminology 0.5); 0 is clean")
    assert legend in _page(summary)


def test_the_runs_errors_are_listed_escaped_and_counted_in_the_summary() -> None:
    summary = _summary()
    summary.run_errors = [
        RunError("news/<gone>.md: no such file or folder", "news/<gone>.md", unchecked=True),
        RunError("news/dates.txt: rule A901 in house.toml: too slow", "news/dates.txt", "A901"),
    ]
    page = _page(summary)
    assert ('<h2>Errors: 1 could not be checked, 1 other error</h2>' in page)
    assert "<li>news/&lt;gone&gt;.md: no such file or folder</li>" in page
    assert "<gone>" not in page
    assert re.search(r'class="summary">[^<]*1 could not be checked, 1 other error</p>', page)


def test_a_run_without_errors_has_no_error_list() -> None:
    page = _page(_summary())
    assert "run-errors\"" not in page
    assert "could not be checked" not in page
