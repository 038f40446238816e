"""Lint results to JSON and back, rebuilding every finding exactly.

A finding is stored as its rule code, span, message, severity override and
fix; the rule's metadata comes back from the running rules by code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mtlint.engine.rule import Diagnostic, RuleMeta, Severity
from mtlint.fix.model import APPLICABILITY_BY_LABEL, Edit, Fix


class UndecodableEntryError(ValueError):
    """A stored entry that does not describe findings of the running rules."""


def encode_diagnostics(diagnostics: list[Diagnostic]) -> list[list[Any]]:
    """JSON-ready rows, one per finding."""
    return [[d.code, d.start, d.end, d.message,
             d.severity.label if d.severity is not None else None, _encode_fix(d.fix)]
            for d in diagnostics]


def decode_diagnostics(rows: Any, metas: Mapping[str, RuleMeta]) -> list[Diagnostic]:
    """The findings ``rows`` describe; raises ``UndecodableEntryError`` on anything unexpected."""
    try:
        return [_decode_row(row, metas) for row in rows]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise UndecodableEntryError(str(exc)) from exc


def _encode_fix(fix: Fix | None) -> list[Any] | None:
    if fix is None:
        return None
    return [fix.applicability.label, fix.message,
            [[e.start, e.end, e.replacement] for e in fix.edits]]


_SEVERITIES = {level.label: level for level in Severity}
# Types are checked with ``type() is``, not isinstance: a stored ``true`` is no offset.
# Loops, not generators: a cached run decodes about 14 findings per file.
def _decode_row(row: Any, metas: Mapping[str, RuleMeta]) -> Diagnostic:
    code, start, end, message, severity, fix = row
    if type(start) is not int or type(end) is not int or type(message) is not str:
        raise TypeError(f"malformed finding {row!r}")
    level = None if severity is None else _SEVERITIES[severity]
    return Diagnostic(metas[code], start, end, message,
                      None if fix is None else _decode_fix(fix), level)


def _decode_fix(fix: Any) -> Fix:
    applicability, message, rows = fix
    if type(message) is not str:
        raise TypeError(f"malformed fix {fix!r}")
    edits = []
    for start, end, replacement in rows:
        if type(start) is not int or type(end) is not int or type(replacement) is not str:
            raise TypeError(f"malformed fix {fix!r}")
        edits.append(Edit(start, end, replacement))
    return Fix(tuple(edits), APPLICABILITY_BY_LABEL[applicability], message)
