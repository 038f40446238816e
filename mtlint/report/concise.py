"""``--format concise``: one line per finding, for editors and grep."""

from __future__ import annotations

from typing import TextIO

from mtlint.fix.model import Applicability
from mtlint.report.base import RunSummary
from mtlint.report.summary import summary_lines


def report_concise(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """``path:line:col CODE [*] message``; ``[*]`` marks a finding ``--fix`` can fix."""
    for result in summary.files:
        for d in result.diagnostics:
            line, column = result.file.position(d.start)
            mark = " [*]" if d.fix and d.fix.applicability is Applicability.SAFE else ""
            stream.write(f"{result.file.path}:{line}:{column} {d.code}{mark} {d.message}\n")
    for text in summary_lines(summary, statistics):
        stream.write(text + "\n")
