"""``--format concise``: one line per finding, for editors and grep."""

from __future__ import annotations

from typing import TextIO

from mtlint.fix.model import Applicability
from mtlint.report.base import FileByFile, FileResult, RunSummary
from mtlint.report.summary import summary_lines


class _ConciseWriter:
    """``path:line:col CODE [*] message``; ``[*]`` marks a finding ``--fix`` can fix."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def file(self, summary: RunSummary, result: FileResult) -> None:
        for d in result.diagnostics:
            line, column = result.file.position(d.start)
            mark = " [*]" if d.fix and d.fix.applicability is Applicability.SAFE else ""
            self._stream.write(f"{result.file.path}:{line}:{column} {d.code}{mark} {d.message}\n")

    def end(self, summary: RunSummary, statistics: bool) -> None:
        for text in summary_lines(summary, statistics):
            self._stream.write(text + "\n")


report_concise = FileByFile(_ConciseWriter)
