"""``--format github``: GitHub Actions workflow commands that annotate the changed lines."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from mtlint.engine.rule import Diagnostic, Severity
from mtlint.report.base import FileByFile, FileResult, RunError, RunSummary
from mtlint.report.excerpts import Excerpts
from mtlint.report.scoring import Scored, over_max_score

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# The escaping of GitHub's runner (actions/toolkit, packages/core/src/command.ts).
_DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
_PROPERTY_ESCAPES = (*_DATA_ESCAPES, (":", "%3A"), (",", "%2C"))


class _GithubWriter:
    """One ``::error``/``::warning``/``::notice`` line per finding, and an ``::error``
    per run error (a file that could not be checked, a rule that failed on one)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def file(self, summary: RunSummary, result: FileResult) -> None:
        for d in result.diagnostics:
            self._stream.write(annotation(result.file, d) + "\n")

    def end(self, summary: RunSummary, statistics: bool) -> None:
        for scored in over_max_score(summary):
            self._stream.write(score_annotation(scored, summary.max_score) + "\n")
        for error in summary.run_errors:
            self._stream.write(error_annotation(error) + "\n")


report_github = FileByFile(_GithubWriter)


def error_annotation(error: RunError) -> str:
    """An error of the run, on its file when it has one: the run exits 2 because of it."""
    fields = [("file", _workspace_path(error.path))] if error.path else []
    fields.append(("title", f"mtlint {error.rule}" if error.rule else "mtlint"))
    props = ",".join(f"{key}={_escape(value, _PROPERTY_ESCAPES)}" for key, value in fields)
    return f"::error {props}::{_escape(error.message, _DATA_ESCAPES)}"


def score_annotation(scored: Scored, limit: float | None) -> str:
    """An error on a file whose score is above ``max-score``: why the run failed."""
    path = _escape(_workspace_path(scored.result.file.path), _PROPERTY_ESCAPES)
    score = scored.score
    return (f"::error file={path},title=max-score::Quality score {score.value:.2f} is above "
            f"max-score {limit:g} ({score.penalty:g} penalty points over {score.words} words)")


def annotation(doc: Excerpts, d: Diagnostic) -> str:
    """The workflow command of one finding; a finding over several lines has no columns."""
    line, column = doc.position(d.start)
    end_line, end_column = _end(doc, d)
    fields = [("file", _workspace_path(doc.path)), ("line", str(line))]
    if end_line == line:
        fields += [("col", str(column)), ("endLine", str(end_line)),
                   ("endColumn", str(end_column))]
    else:
        fields.append(("endLine", str(end_line)))
    fields.append(("title", d.code))
    props = ",".join(f"{key}={_escape(value, _PROPERTY_ESCAPES)}" for key, value in fields)
    return f"::{_COMMAND[d.level]} {props}::{_escape(d.message, _DATA_ESCAPES)}"


def _workspace_path(path: str) -> str:
    """Absolute paths under the working directory (the checkout) become relative to it."""
    given = Path(path)
    if not given.is_absolute():
        return path
    try:
        return given.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def _end(doc: Excerpts, d: Diagnostic) -> tuple[int, int]:
    """Line and column just after the last character, so a span ending in a line break
    stays on its line."""
    if d.end == d.start:
        return doc.position(d.end)
    line, column = doc.position(d.end - 1)
    return line, column + 1


def _escape(text: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for raw, escaped in escapes:
        text = text.replace(raw, escaped)
    return text
