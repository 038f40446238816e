"""The HTML report in a real browser: table, filters, chart, marks in place, safety, speed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.fix.model import Applicability, Edit, Fix
from mtlint.report.base import FileResult, RunSummary
from tests.cli.helpers import run_cli

if TYPE_CHECKING:
    from playwright.sync_api import Page

OpenReport = Callable[[RunSummary], "Page"]
ROOT = Path(__file__).resolve().parents[2]

_DOCS = RuleDocs("what", "why", "example", "instead")
RESIDUE = RuleMeta("A901", "test-residue", "A", "Accuracy/Addition", Severity.ERROR, "m", _DOCS)
DATE = RuleMeta("G901", "test-date", "G", "Locale convention/Date format", Severity.WARNING,
                "m", _DOCS)
WEEKDAY = RuleMeta("G902", "test-weekday", "G", "Locale convention/Date format",
                   Severity.WARNING, "m", _DOCS)
STOP = RuleMeta("L901", "test-stop", "L", "Fluency/Punctuation", Severity.INFO, "m", _DOCS)

# The emoji is one code point but two UTF-16 units: marks must still land on the dates.
DATES = "Talks 🙂 end on Thursday (6/24) and resume (7/1)\n"
RESIDUE_TEXT = "The minister left.\n\nRead also: Markets fall\n"
HOSTILE = ("Markets fell. <script>window.__pwned = 1</script> "
           '<img src=x onerror="window.__pwned = 2"> Read also: more\n')


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _dates() -> FileResult:
    date, weekday = _span(DATES, "6/24"), _span(DATES, "Thursday (6/24)")
    end = DATES.index("\n")
    return FileResult.of(Document(DATES, "news/dates.txt"), [
        Diagnostic(WEEKDAY, *weekday, "Thursday is not June 24"),
        Diagnostic(DATE, *date, "`6/24` is month-first",
                   Fix.replace(*date, "June 24", Applicability.SAFE, "Write the date out")),
        Diagnostic(DATE, *_span(DATES, "7/1"), "`7/1` could be July 1 or January 7"),
        Diagnostic(STOP, end, end, "The sentence has no full stop",
                   Fix((Edit(end, end, "."),), Applicability.UNSAFE, "Add a full stop")),
    ], whole=True)


def _residue(text: str, path: str, needle: str) -> FileResult:
    span = _span(text, needle)
    return FileResult.of(Document(text, path), [
        Diagnostic(RESIDUE, *span, f"Residue '{needle}'",
                   Fix.replace(*span, "", Applicability.SAFE, "Remove the residue"))], whole=True)


def _summary() -> RunSummary:
    return RunSummary([
        _dates(),
        _residue(RESIDUE_TEXT, "news/residue.txt", "Read also: Markets fall"),
        _residue(HOSTILE, "news/hostile.txt", "Read also: more"),
        FileResult.of(Document("All clean here.\n", "news/clean.txt"), [], whole=True),
    ])


def _paths(page: Page) -> list[str]:
    return page.locator("#articles-body td.path").all_inner_texts()


def _open(page: Page, path: str) -> None:
    page.locator("#articles-body tr", has_text=path).click()


def test_table_lists_articles_worst_first(open_report: OpenReport) -> None:
    page = open_report(_summary())
    # residue: 5 points / 7 words; hostile: 5 / 11 (a lone "=" is no word); dates: 3
    # warnings / 8 words (the emoji is no word; the info weighs nothing).
    assert _paths(page) == ["news/residue.txt", "news/hostile.txt", "news/dates.txt",
                            "news/clean.txt"]
    assert page.locator("#articles-body td.score").all_inner_texts() == [
        "71.43", "45.45", "37.50", "0.00"]
    assert page.locator("#status").inner_text() == "Showing 4 of 4 articles, 6 findings"


def test_unchecking_a_family_hides_its_articles_and_counts(open_report: OpenReport) -> None:
    page = open_report(_summary())
    page.locator("label.chip", has_text="A residue").click()
    assert _paths(page) == ["news/dates.txt"]
    assert page.locator("#status").inner_text() == "Showing 1 of 4 articles, 4 findings"
    page.locator("label.chip", has_text="G dates").click()
    page.locator("label.chip", has_text="A residue").click()
    assert _paths(page) == ["news/residue.txt", "news/hostile.txt", "news/dates.txt"]
    row = page.locator("#articles-body tr", has_text="news/dates.txt")
    assert row.locator("td.total").inner_text() == "1"  # only the L info is left


def test_severity_filter_keeps_only_that_severity(open_report: OpenReport) -> None:
    page = open_report(_summary())
    page.locator("label.chip", has_text="error").click()
    page.locator("label.chip", has_text="warning").click()
    assert _paths(page) == ["news/dates.txt"]
    _open(page, "news/dates.txt")
    assert page.locator("#detail .findings li").all_inner_texts()[0].endswith(
        "Fix (unsafe): Add a full stop insert “.”")


def test_chart_bar_shows_only_its_family(open_report: OpenReport) -> None:
    page = open_report(_summary())
    page.locator(".chart .bar[data-family='A']").click()
    assert _paths(page) == ["news/residue.txt", "news/hostile.txt"]
    assert not page.locator("input[data-family='G']").is_checked()


def test_path_search_narrows_the_table(open_report: OpenReport) -> None:
    page = open_report(_summary())
    page.locator("#path-filter").fill("HOST")
    assert _paths(page) == ["news/hostile.txt"]
    # Leaving the search field for a row must not re-render the table under the click.
    _open(page, "news/hostile.txt")
    assert page.locator("#detail h2").inner_text() == "news/hostile.txt"


def test_article_text_is_rendered_only_when_opened(open_report: OpenReport) -> None:
    page = open_report(_summary())
    assert page.locator("#detail pre").count() == 0
    _open(page, "news/dates.txt")
    assert page.locator("#detail h2").inner_text() == "news/dates.txt"
    assert page.locator("#detail pre").count() == 1


def test_every_finding_is_marked_in_place(open_report: OpenReport) -> None:
    page = open_report(_summary())
    _open(page, "news/dates.txt")
    text = page.locator("#detail pre.article-text")
    assert text.inner_text() == DATES
    marks = text.locator("mark")
    # The weekday finding covers "Thursday (" and, with the date finding, "6/24".
    assert marks.all_inner_texts() == ["Thursday (", "6/24", ")", "7/1", ""]
    assert [marks.nth(i).get_attribute("data-ids") for i in range(5)] == [
        "0", "0 1", "0", "2", "3"]
    assert marks.nth(4).get_attribute("class") == "sev-info insert"
    assert "`6/24` is month-first\nFix (safe): Write the date out" in (
        marks.nth(1).get_attribute("title") or "")


def test_clicking_a_mark_shows_its_messages_and_fix(open_report: OpenReport) -> None:
    page = open_report(_summary())
    _open(page, "news/dates.txt")
    page.locator("#detail mark", has_text="6/24").click()
    popover = page.locator("#popover")
    assert popover.is_visible()
    shown = popover.inner_text()
    assert "Thursday is not June 24" in shown
    assert "`6/24` is month-first" in shown
    assert "Fix (safe): Write the date out “6/24” → “June 24”" in shown
    assert page.locator("#detail .findings li.picked").count() == 2
    page.keyboard.press("Escape")
    assert not popover.is_visible()


def test_clicking_a_listed_finding_picks_its_mark(open_report: OpenReport) -> None:
    page = open_report(_summary())
    _open(page, "news/residue.txt")
    page.locator("#detail .findings li").first.click()
    assert page.locator("#detail mark.flash").inner_text() == "Read also: Markets fall"
    assert "delete “Read also: Markets fall”" in page.locator("#popover").inner_text()


def test_markup_in_an_article_is_shown_never_run(open_report: OpenReport) -> None:
    page = open_report(_summary())
    _open(page, "news/hostile.txt")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#detail script, #detail img").count() == 0
    assert page.locator("#detail pre").inner_text() == HOSTILE


def test_two_thousand_articles_open_quickly(open_report: OpenReport) -> None:
    files = [_residue(RESIDUE_TEXT * 20, f"desk/article-{i:04d}.txt", "Read also: Markets fall")
             for i in range(2000)]
    started = time.perf_counter()
    page = open_report(RunSummary(files))
    # The first 200 rows are laid out at once; the rest come as the list scrolls.
    assert page.locator("#articles-body tr[data-index]").count() == 200
    assert page.locator("#status").inner_text() == "Showing 2000 of 2000 articles, 2000 findings"
    page.locator("#articles-body tr.more").scroll_into_view_if_needed()
    # (wait_for_function would evaluate a string: the page's policy forbids that)
    page.locator("#articles-body tr[data-index]").nth(399).wait_for(state="attached")
    page.locator("#path-filter").fill("article-1999")
    _open(page, "desk/article-1999.txt")
    assert page.locator("#detail mark").count() == 1
    assert time.perf_counter() - started < 10


def test_more_row_lists_the_next_articles_on_click(open_report: OpenReport) -> None:
    files = [_residue(RESIDUE_TEXT, f"desk/article-{i:03d}.txt", "Read also: Markets fall")
             for i in range(450)]
    page = open_report(RunSummary(files))
    more = page.locator("#articles-body tr.more")
    assert more.inner_text() == "250 more articles: scroll down or click here to list them"
    page.evaluate("document.querySelector('#articles-body tr.more').click()")
    assert page.locator("#articles-body tr[data-index]").count() >= 400


def test_report_of_the_corpus_from_the_command_line(
        open_page: Callable[[Path], Page], tmp_path: Path) -> None:
    report = tmp_path / "corpus.html"
    result = run_cli("check", "--format", "html", "-o", str(report), str(ROOT / "corpus"))
    assert result.code == 1
    assert result.out == ""
    page = open_page(report)
    status = page.locator("#status").inner_text()
    total = int(status.split(" of ")[1].split()[0])
    assert status.startswith(f"Showing {total} of {total} articles")
    scores = [float(s) for s in page.locator("#articles-body td.score").all_inner_texts()]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > 0
    page.locator(".chart .bar[data-family='G']").click()
    for row in page.locator("#articles-body tr[data-index]").all():
        assert row.locator("td.total").inner_text() == row.locator("td.fam-G").inner_text()
    first = page.locator("#articles-body tr[data-index]").first
    first.click()
    listed = page.locator("#detail .findings li")
    assert listed.count() == int(first.locator("td.total").inner_text()) > 0
    assert all(code.startswith("G") for code in listed.locator(".rule").all_inner_texts())
    assert page.locator("#detail pre mark").count() > 0
