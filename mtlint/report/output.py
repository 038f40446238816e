"""Sending a report to its stream, or to the file ``-o/--output`` names."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TextIO

from mtlint.errors import InputError
from mtlint.report.base import Reporter, RunSummary


def write_report(reporter: Reporter, summary: RunSummary, stream: TextIO, statistics: bool,
                 output: Path | None) -> None:
    """Render the report into ``output`` (UTF-8) when given, else into ``stream``."""
    if output is None:
        reporter(summary, stream, statistics)
        return
    buffer = io.StringIO()
    reporter(summary, buffer, statistics)
    try:
        output.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"cannot write the report: {exc.strerror or exc}", str(output)) from exc
