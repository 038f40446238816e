"""``--format sarif``: a SARIF 2.1.0 log for code-scanning dashboards.

Positions: SARIF measures columns in the unit ``run.columnKind`` names, and
consumers that count otherwise must recompute (SARIF 2.1.0 §3.14.17). mtlint
counts code points everywhere, so the run declares ``unicodeCodePoints`` and
every region carries both descriptions in that one unit: 1-based
``startLine``/``startColumn``/``endLine``/``endColumn`` (end exclusive) and
0-based ``charOffset``/``charLength`` into the decoded text (``\\r`` counted,
no byte-order mark). They then agree for any text, astral characters
included; converting to UTF-16 units here would have to be undone by every
tool that reads the log back against Python strings.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from mtlint import __version__
from mtlint.engine.rule import Diagnostic, RuleMeta, Severity
from mtlint.fix.model import Fix
from mtlint.report.base import RunError, RunSummary
from mtlint.report.excerpts import Excerpts
from mtlint.report.json_text import indented_json
from mtlint.report.rule_help import help_markdown, help_text
from mtlint.report.scoring import finding_scores

SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
          "sarif-schema-2.1.0.json")
#: the symbol relative artifact URIs are resolved against
SRCROOT = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def report_sarif(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Write the run as one SARIF log; paths are relative to the working directory."""
    stream.write(indented_json(sarif_log(summary, Path.cwd())) + "\n")


def sarif_log(summary: RunSummary, base: Path) -> dict[str, Any]:
    """The SARIF log of ``summary``, relative URIs resolved against the folder ``base``."""
    rules = sorted({d.code: d.meta for f in summary.files for d in f.diagnostics}.values(),
                   key=lambda meta: meta.code)
    index = {meta.code: i for i, meta in enumerate(rules)}
    results = [_result(f.file, d, index[d.code], base) | {"properties": scores}
               for f in sorted(summary.files, key=lambda f: f.file.path)
               for d, scores in zip(f.diagnostics, finding_scores(summary, f), strict=True)]
    run = {
        "tool": {"driver": {"name": "mtlint", "version": __version__,
                            "semanticVersion": __version__,
                            "rules": [_rule(meta) for meta in rules]}},
        "originalUriBaseIds": {SRCROOT: {"uri": _folder_uri(base)}},
        "columnKind": "unicodeCodePoints",
        "invocations": [_invocation(summary, base, index)],
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _folder_uri(folder: Path) -> str:
    uri = folder.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _rule(meta: RuleMeta) -> dict[str, Any]:
    return {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": _first_sentence(meta.docs.what)},
        "fullDescription": {"text": meta.docs.what},
        "help": {"text": help_text(meta.docs), "markdown": help_markdown(meta.docs)},
        "defaultConfiguration": {"level": _LEVEL[meta.severity]},
        "properties": {"mqm-category": meta.category, "family": meta.family_name,
                       "fix": meta.applicability.label,
                       "tags": [meta.family_name, f"MQM/{meta.category}"]},
    }


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + dot.strip() if dot else text


def _invocation(summary: RunSummary, base: Path, rule_index: dict[str, int]) -> dict[str, Any]:
    if summary.exit_code is None:
        invocation: dict[str, Any] = {"executionSuccessful": True}
    else:
        invocation = {"executionSuccessful": summary.exit_code in (0, 1),
                      "exitCode": summary.exit_code}
    if summary.run_errors:
        invocation["toolExecutionNotifications"] = [
            _notification(error, base, rule_index) for error in summary.run_errors]
    return invocation


def _notification(error: RunError, base: Path, rule_index: dict[str, int]) -> dict[str, Any]:
    """An error of the run (a file that could not be checked, a rule that failed on it):
    its stderr line's message, the file as its location, the rule when one failed."""
    notification: dict[str, Any] = {"level": "error", "message": {"text": error.message}}
    if error.path is not None:
        notification["locations"] = [
            {"physicalLocation": {"artifactLocation": artifact_location(error.path, base)}}]
    if error.rule is not None:
        rule: dict[str, Any] = {"id": error.rule}
        if error.rule in rule_index:
            rule["index"] = rule_index[error.rule]
        notification["associatedRule"] = rule
    return notification


def _result(doc: Excerpts, d: Diagnostic, rule_index: int, base: Path) -> dict[str, Any]:
    location = artifact_location(doc.path, base)
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[d.level],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": location,
                                            "region": region(doc, d.start, d.end)}}],
    }
    if d.fix is not None:
        result["fixes"] = [_fix(doc, d.fix, location)]
    return result


def _fix(doc: Excerpts, fix: Fix, location: dict[str, str]) -> dict[str, Any]:
    replacements = [{"deletedRegion": region(doc, e.start, e.end),
                     "insertedContent": {"text": e.replacement}} for e in fix.edits]
    return {"description": {"text": fix.message},
            "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
            "properties": {"applicability": fix.applicability.label}}


def region(doc: Excerpts, start: int, end: int) -> dict[str, Any]:
    """The region of ``[start, end)``: line/column and character offsets, in code points."""
    start_line, start_column = doc.position(start)
    end_line, end_column = doc.position(end)
    return {"startLine": start_line, "startColumn": start_column,
            "endLine": end_line, "endColumn": end_column,
            "charOffset": start, "charLength": end - start,
            "snippet": {"text": doc.excerpt(start, end)}}


def artifact_location(path: str, base: Path) -> dict[str, str]:
    """A URI relative to ``%SRCROOT%`` for paths under ``base``, else an absolute file URI."""
    full = Path(os.path.normpath(base / path))
    try:
        relative = full.relative_to(base)
    except ValueError:
        return {"uri": full.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}
