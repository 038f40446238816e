"""``--format text``: each finding with its line and the span marked.

rich decides whether the stream gets colour (a terminal, ``NO_COLOR``,
``FORCE_COLOR``) and renders the styles; the lines themselves are joined
as plain strings, because one ``Console.print`` per line cost 3.5 s for
14,000 findings, 15 times the work of linting them from the cache. rich is
imported only for a stream it might colour: importing it took 10 to 12 ms,
a tenth of a small file's run, and a pre-commit hook's output is a pipe.
"""

from __future__ import annotations

import builtins
import os
from functools import lru_cache
from typing import TYPE_CHECKING, TextIO

from mtlint.cache.patterns import compile_sre
from mtlint.engine.rule import Diagnostic, Severity
from mtlint.report.base import FileByFile, FileResult, RunSummary
from mtlint.report.excerpts import CONTEXT, Excerpts
from mtlint.report.scoring import file_score_line
from mtlint.report.summary import summary_lines

if TYPE_CHECKING:
    from rich.color import ColorSystem
    from rich.style import Style

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow",
                   Severity.INFO: "bold blue"}
#: control characters removed from shown text (as rich removes them): bell, backspace,
#: vertical tab, form feed, carriage return
_CONTROL = dict.fromkeys((7, 8, 11, 12, 13))
_HAS_CONTROL = compile_sre("[\a\b\v\f\r]")


class _Painter:
    """Styles text for the stream: ANSI codes on a colour terminal, nothing elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self._system = _color_system(stream) if _may_colour(stream) else None

    def __call__(self, text: str, style: str) -> str:
        if _HAS_CONTROL.search(text):  # rare; translate() is slow even when it changes nothing
            text = text.translate(_CONTROL)
        if self._system is None or not text:
            return text
        return _style(style).render(text, color_system=self._system)


def _may_colour(stream: TextIO) -> bool:
    """Whether rich might colour ``stream``: it colours only a terminal, a stream the
    environment says is one (``TTY_COMPATIBLE=1``; ``FORCE_COLOR``, which rich 13 heeds
    even when empty), or Jupyter's."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or "FORCE_COLOR" in os.environ:
        return True
    if hasattr(builtins, "get_ipython"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


def _color_system(stream: TextIO) -> ColorSystem | None:
    """The colours rich gives ``stream``, or None for none."""
    from rich.color import ColorSystem
    from rich.console import Console

    system = Console(file=stream, highlight=False, markup=False, emoji=False).color_system
    systems = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT,
               "truecolor": ColorSystem.TRUECOLOR, "windows": ColorSystem.STANDARD}
    return systems.get(system) if system is not None else None


@lru_cache(maxsize=16)
def _style(definition: str) -> Style:
    from rich.style import Style

    return Style.parse(definition)


class _TextWriter:
    """Findings grouped by file, each with a snippet and its suggested fix."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._paint = _Painter(stream)

    def file(self, summary: RunSummary, result: FileResult) -> None:
        paint = self._paint
        lines = [line for d in result.diagnostics for line in _finding(paint, result.file, d)]
        if result.diagnostics:
            lines += [paint(file_score_line(summary, result), "bold"), ""]
        if lines:
            self._stream.write("\n".join(lines) + "\n")

    def end(self, summary: RunSummary, statistics: bool) -> None:
        for line in summary_lines(summary, statistics):
            self._stream.write(self._paint(line, "bold") + "\n")


report_text = FileByFile(_TextWriter)


def _finding(paint: _Painter, doc: Excerpts, d: Diagnostic) -> list[str]:
    line, column = doc.position(d.start)
    level = _SEVERITY_STYLE[d.level]
    snippet, caret_at, caret_len = _snippet(doc, d, line)
    gutter = f"{line:>5} | "
    shown = [
        f"{paint(f'{doc.path}:{line}:{column}', 'bold')} {paint(d.code, level)}"
        f"{paint(f' {d.message}', '')}",
        paint(gutter, "blue") + paint(snippet, ""),
        paint(" " * (len(gutter) - 2) + "| ", "blue") + paint(" " * caret_at + "^" * caret_len,
                                                               level),
    ]
    if d.fix is not None:
        shown.append(paint(f"      = fix ({d.fix.applicability.label}): {d.fix.message}",
                           "green"))
    shown.append("")
    return shown


def _snippet(doc: Excerpts, d: Diagnostic, line: int) -> tuple[str, int, int]:
    """The finding's line (windowed when long), the caret offset and the caret length."""
    span = doc.line_span(line)
    start = max(span.start, d.start - CONTEXT)
    end = min(span.end, max(d.end, d.start + 1) + CONTEXT)
    prefix = "…" if start > span.start else ""
    suffix = "…" if end < span.end else ""
    text = prefix + doc.excerpt(start, end).replace("\t", " ") + suffix
    caret_len = max(1, min(d.end, end) - d.start)
    return text, len(prefix) + d.start - start, caret_len
