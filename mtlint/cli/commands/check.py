"""``mtlint check``: lint files, optionally fix them or show the fixes as a diff."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TextIO

from mtlint.cli.discover import discover
from mtlint.document import Document
from mtlint.engine.build import Run
from mtlint.engine.rule import Severity
from mtlint.engine.run import RuleFailure
from mtlint.errors import InputError
from mtlint.fix.loop import fix_to_fixed_point
from mtlint.fix.model import Applicability
from mtlint.io.read import BinaryFileError, SourceText, decode, encode, read_source
from mtlint.io.write import write_atomically
from mtlint.report.base import FileResult, Reporter, RunSummary


@dataclass(frozen=True)
class CheckRequest:
    """What the command line asked ``check`` to do."""

    paths: list[str]
    fix: bool
    diff: bool
    unsafe_fixes: bool
    stdin_filename: str | None
    exit_zero: bool
    statistics: bool


@dataclass
class _Outcome:
    errors: int = 0
    changed: int = 0


def run_check(run: Run, request: CheckRequest, reporter: Reporter, out: TextIO,
              err: TextIO) -> int:
    """Lint (and fix) every requested file, report, and return the exit code."""
    fixing = request.fix or request.diff
    summary = RunSummary(fixing=request.fix, unsafe=request.unsafe_fixes)
    outcome = _Outcome()
    to_stdout = request.fix and request.paths == ["-"]
    for path, source in _sources(request, run, err, outcome):
        result = _check_one(run, request, path, source, out, err, outcome) if fixing else \
            _lint_only(run, source, err, outcome)
        summary.files.append(result)
    if not request.diff:
        reporter(summary, err if to_stdout else out, request.statistics)
    if outcome.errors:
        return 2
    if request.diff:
        return 1 if outcome.changed else 0
    return _findings_status(summary, run.settings.fail_level, request.exit_zero)


def _sources(request: CheckRequest, run: Run, err: TextIO,
             outcome: _Outcome) -> Iterator[tuple[Path | None, SourceText]]:
    if request.paths == ["-"]:
        shown = request.stdin_filename or "-"
        yield from _guarded(lambda: (None, decode(shown, sys.stdin.buffer.read())), err, outcome)
        return
    try:
        found = list(discover(request.paths, run.settings))
    except InputError as exc:
        err.write(f"mtlint: {exc}\n")
        outcome.errors += 1
        return
    for path, shown in found:
        yield from _guarded(partial(_read_file, path, shown), err, outcome)


def _read_file(path: Path, shown: str) -> tuple[Path | None, SourceText]:
    return path, read_source(path, shown)


def _guarded(read: Callable[[], tuple[Path | None, SourceText]], err: TextIO,
             outcome: _Outcome) -> Iterator[tuple[Path | None, SourceText]]:
    try:
        yield read()
    except BinaryFileError as exc:
        err.write(f"mtlint: note: {exc}\n")
    except InputError as exc:
        err.write(f"mtlint: {exc}\n")
        outcome.errors += 1


def _lint_only(run: Run, source: SourceText, err: TextIO, outcome: _Outcome) -> FileResult:
    doc = Document(source.text, source.path)
    result = run.linter.lint(doc)
    _report_failures(source.path, result.failures, err, outcome)
    return FileResult(doc, result.diagnostics)


def _check_one(run: Run, request: CheckRequest, path: Path | None, source: SourceText,
               out: TextIO, err: TextIO, outcome: _Outcome) -> FileResult:
    unsafe = request.unsafe_fixes or run.settings.unsafe_fixes
    minimum = Applicability.UNSAFE if unsafe else Applicability.SAFE
    fixed = fix_to_fixed_point(source.text, lambda t: run.linter.lint(Document(t, source.path)),
                               minimum)
    _report_failures(source.path, fixed.remaining.failures, err, outcome)
    if fixed.looping_rules:
        err.write(f"mtlint: {source.path}: internal error: fixes did not settle "
                  f"(rules {', '.join(fixed.looping_rules)}); the file is unchanged\n")
        outcome.errors += 1
    if fixed.text != source.text:
        outcome.changed += 1
        _emit(request, path, source, fixed.text, out, err, outcome)
    elif request.fix and path is None:
        out.write(source.text)
    if request.diff:
        return FileResult(Document(source.text, source.path), [])
    return FileResult(Document(fixed.text, source.path), fixed.remaining.diagnostics,
                      len(fixed.applied))


def _emit(request: CheckRequest, path: Path | None, source: SourceText, text: str,
          out: TextIO, err: TextIO, outcome: _Outcome) -> None:
    if request.diff:
        out.writelines(difflib.unified_diff(source.text.splitlines(keepends=True),
                                            text.splitlines(keepends=True),
                                            f"a/{source.path}", f"b/{source.path}"))
    elif path is None:
        out.write(text)
    else:
        try:
            write_atomically(path, source, encode(source, text))
        except InputError as exc:
            err.write(f"mtlint: {exc}\n")
            outcome.errors += 1


def _report_failures(path: str, failures: list[RuleFailure], err: TextIO,
                     outcome: _Outcome) -> None:
    for failure in failures:
        err.write(f"mtlint: {path}: internal error in rule {failure.code}: {failure.message}; "
                  "please report it\n")
        outcome.errors += 1


def _findings_status(summary: RunSummary, fail_level: str, exit_zero: bool) -> int:
    threshold = Severity[fail_level.upper()]
    failing = any(d.level >= threshold for f in summary.files for d in f.diagnostics)
    return 1 if failing and not exit_zero else 0
