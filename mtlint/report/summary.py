"""The closing lines of the human-readable formats."""

from __future__ import annotations

from mtlint.fix.model import Applicability
from mtlint.report.base import RunSummary
from mtlint.report.fixes_shown import fix_lines
from mtlint.report.scoring import article_lines, score_lines
from mtlint.report.statistics import statistics_table


def summary_lines(summary: RunSummary, statistics: bool) -> list[str]:
    """A count of findings, what --fix could do, and per-rule statistics if asked."""
    lines = statistics_table(summary) if statistics else []
    lines += article_lines(summary) if statistics else []
    files = len(summary.files)
    noun = "file" if files == 1 else "files"
    lines += fix_lines(summary) if summary.fixing and summary.show_fixes else []
    if summary.fixing:
        head = (f"Fixed {summary.fixed} finding{'s' * (summary.fixed != 1)}; "
                f"{summary.findings} remain in {files} {noun}")
    elif summary.findings == 0:
        head = f"No findings in {files} {noun}" if summary.errors else \
            f"All clean: no findings in {files} {noun}"
    else:
        head = (f"Found {summary.findings} finding{'s' * (summary.findings != 1)} "
                f"in {files} {noun}")
    lines.append(head + _errors_said(summary) + ".")
    safe = summary.fixable(Applicability.SAFE)
    unsafe = summary.fixable(Applicability.UNSAFE)
    if safe:
        lines.append(f"{safe} fixable with --fix.")
    if unsafe and not summary.unsafe:
        lines.append(f"{unsafe} more fixable with --fix --unsafe-fixes.")
    return lines + score_lines(summary)


def _errors_said(summary: RunSummary) -> str:
    """``; 2 could not be checked (see errors on stderr)`` when the run had errors, else
    ``""``: a run that failed with exit code 2 must not read as clean. The errors are not
    always "above": ``-o FILE`` sends the report to a file, and stderr may be elsewhere."""
    counted = errors_counted(summary)
    return f"; {counted} (see errors on stderr)" if counted else ""


def errors_counted(summary: RunSummary) -> str:
    """``1 could not be checked, 2 other errors``; ``""`` for a run without errors."""
    unchecked, others = summary.unchecked, summary.errors - summary.unchecked
    parts = [f"{unchecked} could not be checked"] if unchecked else []
    if others:
        other = "other " if unchecked else ""
        parts.append(f"{others} {other}error{'s' * (others != 1)}")
    return ", ".join(parts)
