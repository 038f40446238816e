"""``--format json``: one array of findings, the contract in docs/design.md."""

from __future__ import annotations

from typing import Any, TextIO

from mtlint.engine.rule import Diagnostic
from mtlint.report.base import FileResult, RunSummary
from mtlint.report.excerpts import Excerpts
from mtlint.report.json_text import indented_json
from mtlint.report.scoring import finding_scores


def finding_object(doc: Excerpts, d: Diagnostic) -> dict[str, Any]:
    """The JSON object of one finding."""
    line, column = doc.position(d.start)
    end_line, end_column = doc.position(d.end)
    fix = None
    if d.fix is not None:
        fix = {"applicability": d.fix.applicability.label, "message": d.fix.message,
               "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement}
                         for e in d.fix.edits]}
    return {
        "path": doc.path, "rule": d.code, "name": d.meta.name, "family": d.meta.family_name,
        "category": d.meta.category, "severity": d.level.label, "message": d.message,
        "start": d.start, "end": d.end, "line": line, "column": column,
        "end_line": end_line, "end_column": end_column, "text": doc.excerpt(d.start, d.end),
        "fix": fix,
    }


def finding_objects(summary: RunSummary, result: FileResult,
                    statistics: bool) -> list[dict[str, Any]]:
    """The objects of one file's findings; ``statistics`` adds each one's score fields."""
    items = [finding_object(result.file, d) for d in result.diagnostics]
    if statistics:
        for item, scores in zip(items, finding_scores(summary, result), strict=True):
            item.update(scores)
    return items


def report_json(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Write the findings of every file as one JSON array, sorted by path then offset."""
    items = [item for f in sorted(summary.files, key=lambda f: f.file.path)
             for item in finding_objects(summary, f, statistics)]
    stream.write(indented_json(items) + "\n")
