"""What every reporter receives: per-file results of a run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from mtlint.document import Document
from mtlint.document.excerpt_ranges import spans_touched
from mtlint.engine.rule import Diagnostic
from mtlint.fix.model import Applicability
from mtlint.report.excerpts import Excerpts
from mtlint.score.weights import ScoreWeights


@dataclass(slots=True)
class FileResult:
    """One linted file: the lines its findings' offsets point into, and its findings."""

    file: Excerpts
    diagnostics: list[Diagnostic]
    fixes_applied: int = 0
    #: (code, name) of the rule behind each fix applied, for --show-fixes
    fixed_rules: Sequence[tuple[str, str]] = ()

    @classmethod
    def of(cls, doc: Document, diagnostics: list[Diagnostic], fixes_applied: int = 0,
           fixed_rules: Sequence[tuple[str, str]] = (), whole: bool = False) -> FileResult:
        """The result of ``doc``, keeping the lines its findings and fixes touch
        (the whole text when ``whole``: the HTML report shows it)."""
        return cls(Excerpts(doc, spans_touched(diagnostics), whole), diagnostics,
                   fixes_applied, fixed_rules)


@dataclass(frozen=True, slots=True)
class RunError:
    """One error of a run (exit code 2), as its line on stderr says it."""

    #: the line's message, without the ``mtlint: `` prefix: it names the file when there is one
    message: str
    #: the file (or named path) it is about, as reports show paths; None for none
    path: str | None = None
    #: the rule that failed on the file, for a rule's failure or timeout
    rule: str | None = None
    #: the file (or named path) could not be checked at all: it has no findings to report
    unchecked: bool = False


@dataclass
class RunSummary:
    """All files of a run, and whether fixes were applied."""

    files: list[FileResult] = field(default_factory=list)
    fixing: bool = False
    unsafe: bool = False
    weights: ScoreWeights = field(default_factory=ScoreWeights)
    max_score: float | None = None
    show_fixes: bool = False
    #: the run's exit code, known before the report is written (SARIF records it)
    exit_code: int | None = None
    #: errors reported on stderr (exit code 2), in the order of their lines there (SARIF,
    #: JUnit); the summary must not call such a run clean
    run_errors: list[RunError] = field(default_factory=list)

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


@dataclass(frozen=True, slots=True)
class FileByFile:
    """A ``Reporter`` whose report is each file's part in turn, then closing lines that
    sum the run up: ``mtlint check`` may write a file's part as soon as the file is
    checked (``--jobs`` workers then lint while the parent writes)."""

    #: the writer of a report on the stream given
    writer: Callable[[TextIO], FileWriter]

    def __call__(self, summary: RunSummary, stream: TextIO, statistics: bool) -> None:
        write = self.writer(stream)
        for result in summary.files:
            write.file(summary, result)
        write.end(summary, statistics)
