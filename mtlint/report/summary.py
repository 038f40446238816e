"""The closing lines of the human-readable formats."""

from __future__ import annotations

from collections import Counter

from mtlint.fix.model import Applicability
from mtlint.report.base import RunSummary


def summary_lines(summary: RunSummary, statistics: bool) -> list[str]:
    """A count of findings, what --fix could do, and per-rule statistics if asked."""
    lines = [f"{n:5d}  {code}  {name}" for (code, name), n in sorted(_per_rule(summary).items())
             ] if statistics else []
    files = len(summary.files)
    noun = "file" if files == 1 else "files"
    if summary.fixing:
        lines.append(f"Fixed {summary.fixed} finding{'s' * (summary.fixed != 1)}; "
                     f"{summary.findings} remain in {files} {noun}.")
    elif summary.findings == 0:
        lines.append(f"All clean: no findings in {files} {noun}.")
    else:
        lines.append(f"Found {summary.findings} finding{'s' * (summary.findings != 1)} "
                     f"in {files} {noun}.")
    safe = summary.fixable(Applicability.SAFE)
    unsafe = summary.fixable(Applicability.UNSAFE)
    if safe:
        lines.append(f"{safe} fixable with --fix.")
    if unsafe and not summary.unsafe:
        lines.append(f"{unsafe} more fixable with --fix --unsafe-fixes.")
    return lines


def _per_rule(summary: RunSummary) -> Counter[tuple[str, str]]:
    return Counter((d.code, d.meta.name) for f in summary.files for d in f.diagnostics)
