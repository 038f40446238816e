"""The closing summary line of the text and concise formats, with and without errors."""

from __future__ import annotations

from mtlint.report.base import RunError, RunSummary
from mtlint.report.summary import summary_lines
from tests.report.sample import sample_summary


def _head(summary: RunSummary) -> str:
    return summary_lines(summary, statistics=False)[0]


def _errors(unchecked: int, others: int = 0) -> list[RunError]:
    """``unchecked`` errors of files that could not be checked, then ``others``."""
    return ([RunError(f"{n}.md: not valid UTF-8", f"{n}.md", unchecked=True)
             for n in range(unchecked)] +
            [RunError(f"a.md: rule D90{n} failed", "a.md", f"D90{n}") for n in range(others)])


def test_a_run_without_errors_keeps_its_lines() -> None:
    assert _head(RunSummary()) == "All clean: no findings in 0 files."
    assert _head(sample_summary()) == "Found 3 findings in 2 files."
    assert _head(RunSummary(fixing=True)) == "Fixed 0 findings; 0 remain in 0 files."


def test_files_that_could_not_be_checked_are_never_all_clean() -> None:
    assert _head(RunSummary(run_errors=_errors(1))) == \
        "No findings in 0 files; 1 could not be checked (see errors on stderr)."
    assert _head(RunSummary(run_errors=_errors(3))) == \
        "No findings in 0 files; 3 could not be checked (see errors on stderr)."


def test_errors_in_checked_files_are_counted_too() -> None:
    assert _head(RunSummary(run_errors=_errors(0, 1))) == \
        "No findings in 0 files; 1 error (see errors on stderr)."
    assert _head(RunSummary(run_errors=_errors(1, 2))) == \
        "No findings in 0 files; 1 could not be checked, 2 other errors (see errors on stderr)."


def test_findings_and_fixes_say_the_errors_too() -> None:
    summary = sample_summary()
    summary.run_errors = _errors(2)
    assert _head(summary) == \
        "Found 3 findings in 2 files; 2 could not be checked (see errors on stderr)."
    summary.fixing = True
    assert _head(summary).startswith("Fixed 0 findings; 3 remain in 2 files; 2 could not be")
