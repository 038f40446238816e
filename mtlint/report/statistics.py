"""``--statistics``: a table of findings per rule, with how many ``--fix`` can fix."""

from __future__ import annotations

from collections import Counter

from mtlint.fix.model import Applicability
from mtlint.report.base import RunSummary

HEADER = ("count", "code", "name", "safe fix", "unsafe fix")


def statistics_rows(summary: RunSummary) -> list[tuple[int, str, str, int, int]]:
    """(findings, code, name, safely fixable, unsafely fixable) per rule, most findings first."""
    counts: Counter[tuple[str, str, Applicability | None]] = Counter(
        (d.code, d.meta.name, d.fix.applicability if d.fix else None)
        for f in summary.files for d in f.diagnostics)
    rules = sorted({(code, name) for code, name, _ in counts})
    rows = [(sum(n for (c, _, _), n in counts.items() if c == code), code, name,
             counts[code, name, Applicability.SAFE], counts[code, name, Applicability.UNSAFE])
            for code, name in rules]
    return sorted(rows, key=lambda row: -row[0])


def statistics_table(summary: RunSummary) -> list[str]:
    """The rows as aligned text lines under a header; empty when nothing was found."""
    rows = statistics_rows(summary)
    if not rows:
        return []
    cells = [HEADER, *((str(n), code, name, str(safe), str(unsafe))
                       for n, code, name, safe, unsafe in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADER))]
    return [_line(row, widths) for row in cells]


def _line(row: tuple[str, ...], widths: list[int]) -> str:
    count, code, name, safe, unsafe = row
    return (f"{count:>{widths[0]}}  {code:<{widths[1]}}  {name:<{widths[2]}}  "
            f"{safe:>{widths[3]}}  {unsafe:>{widths[4]}}")
