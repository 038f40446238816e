"""``mtlint check``: lint files, optionally fix them or show the fixes as a diff."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple, TextIO

from mtlint.backends.merge import lint_each_with_grammar
from mtlint.cli.discover import discover
from mtlint.cli.garbage import fewer_collections
from mtlint.cli.parallel import effective_jobs, map_in_order
from mtlint.cli.progress import Advance, file_progress, wants_progress
from mtlint.document import Document
from mtlint.engine.build import Run
from mtlint.engine.per_file import linter_for, linter_groups
from mtlint.engine.rule import Severity
from mtlint.engine.run import BATCH_CHARS, LintResult, RuleFailure
from mtlint.errors import BackendError, InputError
from mtlint.fix.loop import FixOutcome, fix_each_to_fixed_point
from mtlint.fix.model import Applicability
from mtlint.io.read import BinaryFileError, SourceText, decode, encode, read_source
from mtlint.io.write import remove_leftovers, write_atomically
from mtlint.report.base import FileByFile, FileResult, FileWriter, Reporter, RunError, RunSummary
from mtlint.report.fixes_shown import fixed_rules
from mtlint.report.output import write_report
from mtlint.report.scoring import over_max_score


class CheckRequest(NamedTuple):
    """What the command line asked ``check`` to do.

    ``whole_texts``: keep each file's whole text for the report (HTML shows it), not
    just finding lines. ``command_hint``: (path, command) when the first path, missing,
    looks like a mistyped command (``mtlint chek a.txt``): its error suggests the
    command.
    """

    paths: list[str]
    fix: bool
    diff: bool
    unsafe_fixes: bool
    stdin_filename: str | None
    exit_zero: bool
    statistics: bool
    jobs: int = 0
    output: Path | None = None
    no_cache: bool = False
    whole_texts: bool = False
    command_hint: tuple[str, str] | None = None


class _Outcome:
    """What checking one or more files produced besides findings: files changed, output,
    error lines, and the errors one by one, for the reports that list them."""

    __slots__ = ("changed", "err", "out", "run_errors")

    def __init__(self) -> None:
        self.changed = 0
        self.out = ""
        self.err = ""
        self.run_errors: list[RunError] = []

    def failed(self, message: str, path: str | None, rule: str | None = None,
               unchecked: bool = False) -> str:
        """Keep one error for the report (``unchecked``: its file could not be checked at
        all); its line for stderr."""
        self.run_errors.append(RunError(message, path, rule, unchecked))
        return f"mtlint: {message}\n"

    def absorb(self, other: _Outcome, out: TextIO, err: TextIO) -> None:
        self.changed += other.changed
        self.run_errors += other.run_errors
        out.write(other.out)
        err.write(other.err)


#: a file read for checking: its path (None for stdin; a string, as 20,000 ``Path`` objects
#: cost a run 1 %), its text, and what checking it says
_Source = tuple[str | None, SourceText, _Outcome]
#: checks a batch of texts read: one result and outcome each
_Finish = Callable[[Run, CheckRequest, Sequence[_Source]],
                   list[tuple[FileResult | None, _Outcome]]]


def run_check(run: Run, request: CheckRequest, reporter: Reporter, out: TextIO,
              err: TextIO) -> int:
    """Lint (and fix) every requested file, report, and return the exit code."""
    with fewer_collections() as set_aside:
        return _check_all(run, request, reporter, out, err, set_aside)


def _check_all(run: Run, request: CheckRequest, reporter: Reporter, out: TextIO,
               err: TextIO, set_aside: Callable[[], None]) -> int:
    """``run_check``; ``set_aside`` takes every object alive, among them the results kept
    so far, out of the cycle collector's rounds (``fewer_collections``)."""
    if not request.no_cache:
        from mtlint.cache.results import with_cache  # hashing and the store: 6 ms to import

        run = with_cache(run)
    summary = RunSummary(fixing=request.fix, unsafe=request.unsafe_fixes,
                         weights=run.settings.score_weights, max_score=run.settings.max_score,
                         show_fixes=run.settings.show_fixes)
    outcome = _Outcome()
    to_stdout = request.fix and request.paths == ["-"]
    # outcomes with output or counts: written after the progress bar, or as each file is
    # checked when the report is written so too
    said: list[_Outcome] = []
    writer: FileWriter | None = None  # writes each file's part of the report as it is checked
    if request.paths == ["-"]:
        shown = request.stdin_filename or "-"
        _collect(check_source(run, request, None, lambda: decode(shown, sys.stdin.buffer.read())),
                 summary, said)
    else:
        files = _discover(request, run, err, outcome)
        if effective_jobs(request.jobs, len(files)) > 1:
            run.linter.prepare()
        writer = _file_by_file(request, reporter, len(files), out, err)
        with file_progress(len(files), out, err) as advance:
            for checked in map_in_order(partial(_check_pairs, run, request, advance), files,
                                        request.jobs, _not_checked,
                                        _remove_partial_writes if request.fix else None,
                                        [rule.meta for rule in run.linter.rules]):
                _collect(checked, summary, said)
                set_aside()
                if writer is not None:  # the file's errors, then its findings
                    for file_outcome in said:
                        outcome.absorb(file_outcome, out, err)
                    said.clear()
                    if checked[0] is not None:
                        writer.file(summary, checked[0])
    if not request.no_cache:
        from mtlint.cache.results import prune_results

        prune_results(run)
    for file_outcome in said:
        outcome.absorb(file_outcome, out, err)
    summary.run_errors = outcome.run_errors
    summary.exit_code = _exit_code(run, request, summary, outcome)
    if writer is not None:
        writer.end(summary, request.statistics)
    elif not request.diff:
        write_report(reporter, summary, err if to_stdout else out, request.statistics,
                     request.output)
    return summary.exit_code


def _file_by_file(request: CheckRequest, reporter: Reporter, files: int, out: TextIO,
                  err: TextIO) -> FileWriter | None:
    """The writer of the report's parts as files are checked, when the report is one
    written file by file to ``out`` and no progress bar is drawn there. Not when fixing:
    a reader that stops reading (``| head``) would stop the run with files unfixed."""
    if not isinstance(reporter, FileByFile) or request.fix or request.diff \
            or request.output is not None or wants_progress(files, out, err, os.environ):
        return None
    return reporter.writer(out)


def _collect(checked: tuple[FileResult | None, _Outcome], summary: RunSummary,
             said: list[_Outcome]) -> None:
    """Keep a file's result and, only when it has something to say, its outcome."""
    result, file_outcome = checked
    if result is not None:
        summary.files.append(result)
    if file_outcome.out or file_outcome.err or file_outcome.run_errors or file_outcome.changed:
        said.append(file_outcome)


def _exit_code(run: Run, request: CheckRequest, summary: RunSummary, outcome: _Outcome) -> int:
    if outcome.run_errors:
        return 2
    if request.diff:
        return 1 if outcome.changed and not request.exit_zero else 0
    return _findings_status(summary, run.settings.fail_level, request.exit_zero)


def _discover(request: CheckRequest, run: Run, err: TextIO,
              outcome: _Outcome) -> list[tuple[str, str]]:
    """The files to check; a path that is missing (or a folder that cannot be read) is
    one error line, and the other paths are still checked."""

    def report(exc: InputError) -> None:
        hint = request.command_hint
        also = f"; did you mean 'mtlint {hint[1]}'?" if hint and exc.path == hint[0] else ""
        err.write(outcome.failed(f"{exc}{also}", exc.path, unchecked=True))

    # paths as strings: 20,000 Path objects would cost 9 MB until the report
    return list(discover(request.paths, run.settings, report))


def _check_pairs(run: Run, request: CheckRequest, advance: Advance,
                 pairs: Sequence[tuple[str, str]]) -> list[tuple[FileResult | None, _Outcome]]:
    """Check a batch of files, in order; their texts are linted (or fixed) together,
    ``BATCH_CHARS`` at a time (``Linter.lint_each``). ``advance`` counts them as done."""
    finish = _finisher(request)
    checked: list[tuple[FileResult | None, _Outcome]] = []
    waiting: list[_Source] = []
    size = 0
    for name, shown in pairs:
        outcome = _Outcome()
        source = _read(request, name, partial(read_source, name, shown), outcome)
        if source is None:  # the files read before it first: results stay in order
            checked += finish(run, request, waiting)
            checked.append((None, outcome))
            advance(len(waiting) + 1)
            waiting, size = [], 0
            continue
        waiting.append((name, source, outcome))
        size += len(source.text)
        if size >= BATCH_CHARS:
            checked += finish(run, request, waiting)
            advance(len(waiting))
            waiting, size = [], 0
    checked += finish(run, request, waiting)
    advance(len(waiting))
    return checked


def _remove_partial_writes(pairs: Sequence[tuple[str, str]], pid: int) -> None:
    """A worker killed while writing a fixed file leaves its temporary file: remove it."""
    for path, _ in pairs:
        remove_leftovers(path, pid)


def _not_checked(pair: tuple[str, str], why: str) -> tuple[FileResult | None, _Outcome]:
    """A file the run could not check (``map_in_order`` says why): an error, not a silence."""
    outcome = _Outcome()
    outcome.err = outcome.failed(f"{pair[1]}: not checked: {why}", pair[1], unchecked=True)
    return None, outcome


def check_source(run: Run, request: CheckRequest, path: str | None,
                 read: Callable[[], SourceText]) -> tuple[FileResult | None, _Outcome]:
    """Check the text ``read`` returns; ``path`` is None for stdin."""
    outcome = _Outcome()
    source = _read(request, path, read, outcome)
    if source is None:
        return None, outcome
    return _finisher(request)(run, request, [(path, source, outcome)])[0]


def _finisher(request: CheckRequest) -> _Finish:
    """What checks the texts read: fixing them (or showing the fixes), or linting them."""
    return _fix_sources if request.fix or request.diff else _lint_sources


def _one_by_one(finish: _Finish, run: Run, request: CheckRequest,
                sources: Sequence[_Source]) -> list[tuple[FileResult | None, _Outcome]]:
    """``finish`` of each text alone: after a failure outside the rules in a batch, the
    error then names its file and the other files are checked."""
    return [checked for one in sources for checked in finish(run, request, [one])]


def _read(request: CheckRequest, path: str | None, read: Callable[[], SourceText],
          outcome: _Outcome) -> SourceText | None:
    """The text ``read`` returns; None, with the reason in ``outcome``, if there is none."""
    try:
        return read()
    except BinaryFileError as exc:
        if path is None and request.fix:  # a pipeline must not get an empty "fixed" text
            outcome.err = outcome.failed(f"{exc}; nothing written to stdout", exc.path,
                                         unchecked=True)
            return None
        outcome.err = f"mtlint: note: {exc}\n"
        return None
    except InputError as exc:
        outcome.err = outcome.failed(str(exc), exc.path, unchecked=True)
        return None


def _failed_outside_rules(source: SourceText, exc: Exception, outcome: _Outcome) -> str:
    """The error line of a file whose checking failed outside the rules."""
    if isinstance(exc, BackendError):  # a required LanguageTool server failed: no bug
        return outcome.failed(f"{source.path}: {exc}", source.path, unchecked=True)
    return outcome.failed(f"{source.path}: internal error: {type(exc).__name__}: {exc}; "
                          "please report it", source.path, unchecked=True)


def _lint_sources(run: Run, request: CheckRequest, sources: Sequence[_Source]
                  ) -> list[tuple[FileResult | None, _Outcome]]:
    """Lint texts together and report each; if that fails outside the rules, each text
    is linted alone, so that the error names its file and the others are checked."""
    if not sources:
        return []
    linted: list[LintResult] = []
    try:
        docs = [Document(source.text, source.path) for _, source, _ in sources]
        linted = _lint_docs(run, docs)
        results = [FileResult.of(doc, result.diagnostics, whole=request.whole_texts)
                   for doc, result in zip(docs, linted, strict=True)]
    except Exception as exc:  # a bug outside the rules: name the file, check the others
        if len(sources) > 1:
            return _one_by_one(_lint_sources, run, request, sources)
        _, source, outcome = sources[0]
        err = io.StringIO()
        for result in linted:  # the rules ran: their failures are reported too
            _report_failures(source.path, result.failures, err, outcome)
        outcome.err = err.getvalue() + _failed_outside_rules(source, exc, outcome)
        return [(None, outcome)]
    for (_, source, outcome), result in zip(sources, linted, strict=True):
        err = io.StringIO()
        _report_failures(source.path, result.failures, err, outcome)
        outcome.err = err.getvalue()
    return [(file_result, outcome) for file_result, (_, _, outcome) in zip(results, sources,
                                                                             strict=True)]


def _lint_docs(run: Run, docs: Sequence[Document]) -> list[LintResult]:
    """Each document's findings; those the same rules check are linted together."""
    by_index: dict[int, LintResult] = {}
    for linter, indexes in linter_groups(run, [doc.path for doc in docs]):
        group = [docs[index] for index in indexes]
        by_index.update(zip(indexes, lint_each_with_grammar(linter, run.grammar, group),
                            strict=True))
    return [by_index[index] for index in range(len(docs))]


def _fix_sources(run: Run, request: CheckRequest, sources: Sequence[_Source]
                 ) -> list[tuple[FileResult | None, _Outcome]]:
    """Fix texts together (each pass lints those still changing at once), then write or
    show each; if fixing fails outside the rules, each text is fixed alone, so that the
    error names its file (nothing is written before all are fixed)."""
    if not sources:
        return []
    try:
        fixed = _fixed_each(run, request, [source for _, source, _ in sources])
    except Exception as exc:  # a bug outside the rules: name the file, check the others
        if len(sources) > 1:
            return _one_by_one(_fix_sources, run, request, sources)
        _, source, outcome = sources[0]
        outcome.err = _failed_outside_rules(source, exc, outcome)
        return [(None, outcome)]
    return [_finish_fixing(run, request, path, source, outcome, one)
            for (path, source, outcome), one in zip(sources, fixed, strict=True)]


def _fixed_each(run: Run, request: CheckRequest, sources: Sequence[SourceText]
                ) -> list[FixOutcome]:
    unsafe = request.unsafe_fixes or run.settings.unsafe_fixes
    minimum = Applicability.UNSAFE if unsafe else Applicability.SAFE

    def lint_each(indexes: Sequence[int], texts: Sequence[str]) -> list[LintResult]:
        return _lint_docs(run, [Document(text, sources[index].path)
                                for index, text in zip(indexes, texts, strict=True)])

    return fix_each_to_fixed_point([source.text for source in sources], lint_each, minimum)


def _finish_fixing(run: Run, request: CheckRequest, path: str | None, source: SourceText,
                   outcome: _Outcome, fixed: FixOutcome) -> tuple[FileResult | None, _Outcome]:
    """Write or show one fixed text and report it; output is collected, not written."""
    out, err = io.StringIO(), io.StringIO()
    try:
        result = _after_fixing(run, request, path, source, fixed, out, err, outcome)
    except Exception as exc:  # a bug outside the rules: name the file, check the others
        outcome.err = err.getvalue() + _failed_outside_rules(source, exc, outcome)
        return None, outcome
    outcome.out, outcome.err = out.getvalue(), err.getvalue()
    return result, outcome


def _after_fixing(run: Run, request: CheckRequest, path: str | None, source: SourceText,
                  fixed: FixOutcome, out: TextIO, err: TextIO, outcome: _Outcome) -> FileResult:
    _report_failures(source.path, fixed.remaining.failures, err, outcome)
    if fixed.looping_rules:
        err.write(outcome.failed(f"{source.path}: internal error: fixes did not settle (rules "
                                 f"{', '.join(fixed.looping_rules)}); the file is unchanged",
                                 source.path))
    if fixed.text != source.text:
        outcome.changed += 1
        if not _emit(request, path, source, fixed.text, out, err, outcome):
            # not written: the file still holds every finding, none of them fixed (linted
            # again: keeping the first pass's findings through every --fix cost memory)
            doc = Document(source.text, source.path)
            return FileResult.of(doc, _lint_docs(run, [doc])[0].diagnostics,
                                 whole=request.whole_texts)
    elif request.fix and path is None:
        out.write(source.text)
    if request.diff:
        return FileResult.of(Document(source.text, source.path), [])
    return FileResult.of(Document(fixed.text, source.path), fixed.remaining.diagnostics,
                         len(fixed.applied), fixed_rules(linter_for(run, source.path),
                                                         fixed.applied),
                         whole=request.whole_texts)


def _emit(request: CheckRequest, path: str | None, source: SourceText, text: str,
          out: TextIO, err: TextIO, outcome: _Outcome) -> bool:
    """Show, print or write the fixed ``text``; False when the file could not be written."""
    if request.diff:
        from mtlint.io.diff import unified_diff

        out.writelines(unified_diff(source, text))
    elif path is None:
        out.write(text)
    else:
        try:
            write_atomically(path, source, encode(source, text))
        except InputError as exc:
            err.write(outcome.failed(str(exc), source.path))
            return False
    return True


def _report_failures(path: str, failures: list[RuleFailure], err: TextIO,
                     outcome: _Outcome) -> None:
    for failure in failures:
        if failure.timed_out_in:  # a pack's slow pattern: the pack's to fix, not a bug
            message = f"{path}: rule {failure.code} in {failure.timed_out_in}: {failure.message}"
        else:
            message = (f"{path}: internal error in rule {failure.code}: {failure.message}; "
                       "please report it")
        err.write(outcome.failed(message, path, failure.code))


def _findings_status(summary: RunSummary, fail_level: str, exit_zero: bool) -> int:
    threshold = Severity[fail_level.upper()]
    failing = any(d.level >= threshold for f in summary.files for d in f.diagnostics)
    failing = failing or bool(over_max_score(summary))
    return 1 if failing and not exit_zero else 0
