"""``--format text``: each finding with its line and the span marked, via rich."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic, Severity
from mtlint.report.base import RunSummary
from mtlint.report.scoring import file_score_line
from mtlint.report.summary import summary_lines

#: characters of context shown on each side of a finding on long lines
CONTEXT = 50
_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow",
                   Severity.INFO: "bold blue"}


def report_text(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Findings grouped by file, each with a snippet and its suggested fix."""
    console = Console(file=stream, highlight=False, markup=False, emoji=False, soft_wrap=True)
    for result in summary.files:
        for d in result.diagnostics:
            _finding(console, result.doc, d)
        if result.diagnostics:
            console.print(Text(file_score_line(summary, result), style="bold"))
            console.print()
    for line in summary_lines(summary, statistics):
        console.print(Text(line, style="bold"))


def _finding(console: Console, doc: Document, d: Diagnostic) -> None:
    line, column = doc.position(d.start)
    head = Text()
    head.append(f"{doc.path}:{line}:{column}", style="bold")
    head.append(" ")
    head.append(d.code, style=_SEVERITY_STYLE[d.level])
    head.append(f" {d.message}")
    console.print(head)
    snippet, caret_at, caret_len = _snippet(doc, d, line)
    gutter = f"{line:>5} | "
    console.print(Text(gutter, style="blue") + Text(snippet))
    console.print(Text(" " * (len(gutter) - 2) + "| ", style="blue")
                  + Text(" " * caret_at + "^" * caret_len, style=_SEVERITY_STYLE[d.level]))
    if d.fix is not None:
        console.print(Text(f"      = fix ({d.fix.applicability.label}): {d.fix.message}",
                           style="green"))
    console.print()


def _snippet(doc: Document, d: Diagnostic, line: int) -> tuple[str, int, int]:
    """The finding's line (windowed when long), the caret offset and the caret length."""
    span = doc.line_span(line)
    start = max(span.start, d.start - CONTEXT)
    end = min(span.end, max(d.end, d.start + 1) + CONTEXT)
    prefix = "…" if start > span.start else ""
    suffix = "…" if end < span.end else ""
    text = prefix + doc.text[start:end].replace("\t", " ") + suffix
    caret_len = max(1, min(d.end, end) - d.start)
    return text, len(prefix) + d.start - start, caret_len
