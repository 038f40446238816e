"""A fixed run summary for reporter tests: made-up rules, awkward text, every fix shape."""

from __future__ import annotations

import os
from pathlib import Path

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.fix.model import Applicability, Edit, Fix
from mtlint.report.base import FileResult, RunSummary

GOLDEN = Path(__file__).parent / "golden"

# An astral character before a finding (one code point, two UTF-16 units), CRLF line
# ends, a finding over two lines, markup and command characters in the text.
TEXT = ("Headline 𝒳 Read also: 50% <off> & more\r\n"
        "Line two, with a: colon\r\n"
        "and a spanning\r\n"
        "finding here\r\n")
PATH = "news/rock & roll, 1.md"

RESIDUE = RuleMeta(
    "A901", "test-residue", "A", "Accuracy/Addition", Severity.ERROR,
    "Residue '{match}'",
    RuleDocs("Page residue. It is noise.", "Readers see it.", "Read also: x",
             "Delete it.", references=("docs/artifacts.md family A",)),
    fixable="always", applicability=Applicability.SAFE)
COLON = RuleMeta(
    "L901", "test-colon", "L", "Fluency/Punctuation", Severity.WARNING, "Colon",
    RuleDocs("A colon.", "Why not.", "a: b", "a, b", fix_safety="It may change meaning."),
    fixable="sometimes", applicability=Applicability.UNSAFE)
SPAN = RuleMeta(
    "D901", "test-span", "D", "Accuracy/Addition", Severity.INFO, "Span",
    RuleDocs("Two lines.", "Why.", "x", "y"))


def _at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def sample_summary() -> RunSummary:
    """Three findings in one file (a safe fix, an unsafe insertion, none) and a clean file."""
    residue = _at("Read also: 50% <off> & more")
    colon = (TEXT.index("a: colon") + 1, TEXT.index("a: colon") + 2)
    span = (TEXT.index("spanning"), TEXT.index("finding") + len("finding"))
    diagnostics = [
        Diagnostic(RESIDUE, *residue, "Residue 'Read also: 50% <off> & more'\nsecond line",
                   Fix((Edit(residue[0] - 1, residue[1], ""),), Applicability.SAFE,
                       "Remove the residue")),
        Diagnostic(COLON, *colon, "Colon, here: 100%",
                   Fix((Edit(colon[0], colon[1], ","), Edit(colon[1], colon[1], " really")),
                       Applicability.UNSAFE, "Use a comma")),
        Diagnostic(SPAN, *span, "Span over two lines"),
    ]
    clean = Document("All clean.\n", "news/clean.md")
    return RunSummary([FileResult.of(Document(TEXT, PATH), diagnostics), FileResult.of(clean, [])],
                      exit_code=1)


def assert_golden(name: str, actual: str) -> None:
    """Compare with ``golden/name``; ``MTLINT_UPDATE_GOLDEN=1`` rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("MTLINT_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.read_bytes().decode("utf-8") == actual
