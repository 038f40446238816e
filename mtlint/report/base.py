"""What every reporter receives: per-file results of a run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol, TextIO

from mtlint.document import Document
from mtlint.document.excerpt_ranges import spans_touched
from mtlint.engine.rule import Diagnostic
from mtlint.fix.model import Applicability
from mtlint.report.excerpts import Excerpts
from mtlint.score.weights import ScoreWeights


class FileResult:
    """One linted file: the lines its findings' offsets point into, and its findings;
    ``fixed_rules`` holds (code, name) of the rule behind each fix applied, for
    --show-fixes."""

    __slots__ = ("diagnostics", "file", "fixed_rules", "fixes_applied")

    def __init__(self, file: Excerpts, diagnostics: list[Diagnostic], fixes_applied: int = 0,
                 fixed_rules: Sequence[tuple[str, str]] = ()) -> None:
        self.file = file
        self.diagnostics = diagnostics
        self.fixes_applied = fixes_applied
        self.fixed_rules = fixed_rules

    @classmethod
    def of(cls, doc: Document, diagnostics: list[Diagnostic], fixes_applied: int = 0,
           fixed_rules: Sequence[tuple[str, str]] = (), whole: bool = False) -> FileResult:
        """The result of ``doc``, keeping the lines its findings and fixes touch
        (the whole text when ``whole``: the HTML report shows it)."""
        return cls(Excerpts(doc, spans_touched(diagnostics), whole), diagnostics,
                   fixes_applied, fixed_rules)


class RunError(NamedTuple):
    """One error of a run (exit code 2), as its line on stderr says it.

    ``message``: the line's message, without the ``mtlint: `` prefix; it names the
    file when there is one. ``path``: the file (or named path) it is about, as reports
    show paths; None for none. ``rule``: the rule that failed on the file, for a
    rule's failure or timeout. ``unchecked``: the file (or named path) could not be
    checked at all, so it has no findings to report.
    """

    message: str
    path: str | None = None
    rule: str | None = None
    unchecked: bool = False


class RunSummary:
    """All files of a run, and whether fixes were applied, filled in as the run goes.

    ``exit_code``: the run's exit code, known before the report is written (SARIF
    records it). ``run_errors``: errors reported on stderr (exit code 2), in the order
    of their lines there (SARIF, JUnit); the summary must not call such a run clean.
    """

    def __init__(self, files: list[FileResult] | None = None, fixing: bool = False,
                 unsafe: bool = False, weights: ScoreWeights | None = None,
                 max_score: float | None = None, show_fixes: bool = False,
                 exit_code: int | None = None, run_errors: list[RunError] | None = None
                 ) -> None:
        self.files: list[FileResult] = [] if files is None else files
        self.fixing = fixing
        self.unsafe = unsafe
        self.weights = ScoreWeights() if weights is None else weights
        self.max_score = max_score
        self.show_fixes = show_fixes
        self.exit_code = exit_code
        self.run_errors: list[RunError] = [] if run_errors is None else run_errors

    @property
    def errors(self) -> int:
        return len(self.run_errors)

    @property
    def unchecked(self) -> int:
        """Files or named paths among the errors that could not be checked at all."""
        return sum(error.unchecked for error in self.run_errors)

    @property
    def findings(self) -> int:
        return sum(len(f.diagnostics) for f in self.files)

    @property
    def fixed(self) -> int:
        return sum(f.fixes_applied for f in self.files)

    def fixable(self, applicability: Applicability) -> int:
        return sum(1 for f in self.files for d in f.diagnostics
                   if d.fix is not None and d.fix.applicability == applicability)


class Reporter(Protocol):
    """Writes a run's findings to a stream."""

    def __call__(self, summary: RunSummary, stream: TextIO, statistics: bool) -> None: ...


class FileWriter(Protocol):
    """Writes one run's report to its stream: each file's part, then the closing lines."""

    def file(self, summary: RunSummary, result: FileResult) -> None: ...

    def end(self, summary: RunSummary, statistics: bool) -> None: ...


class FileByFile(NamedTuple):
    """A ``Reporter`` whose report is each file's part in turn, then closing lines that
    sum the run up: ``mtlint check`` may write a file's part as soon as the file is
    checked (``--jobs`` workers then lint while the parent writes). ``writer`` makes
    the writer of a report on the stream given."""

    writer: Callable[[TextIO], FileWriter]

    def __call__(self, summary: RunSummary, stream: TextIO, statistics: bool) -> None:
        write = self.writer(stream)
        for result in summary.files:
            write.file(summary, result)
        write.end(summary, statistics)
