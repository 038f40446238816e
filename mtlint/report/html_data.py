"""The data of the HTML report: articles worst-first, findings as compact rows.

Offsets stay code points, as everywhere in mtlint; the page splits the text
into code points before it slices.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, NamedTuple

from mtlint import __version__
from mtlint.engine.families import FAMILIES
from mtlint.engine.rule import Diagnostic
from mtlint.report.base import FileResult, RunSummary
from mtlint.report.scoring import Scored, ranked
from mtlint.score.article import finding_penalty

#: the fields of one finding row, in order; they ship with the data as ``fields``
FINDING_FIELDS = ("start", "end", "rule", "severity", "message", "line", "penalty",
                  "fix_applicability", "fix_message", "fix_edits")


def report_payload(summary: RunSummary) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data."""
    files = ranked(summary)
    rules = {d.code: [d.meta.name, d.meta.family, d.meta.category]
             for f in summary.files for d in f.diagnostics}
    return {
        "tool": f"mtlint {__version__}",
        "fixing": summary.fixing,
        "max_score": summary.max_score,
        "families": [[f.letter, f.name, f.findings] for f in family_counts(summary)],
        "rules": dict(sorted(rules.items())),
        "fields": FINDING_FIELDS,
        "articles": [_article(summary, scored) for scored in files],
    }


class FamilyCount(NamedTuple):
    """Findings of one defect family across the run."""

    letter: str
    name: str
    findings: int


def family_counts(summary: RunSummary) -> list[FamilyCount]:
    """Each family with findings, in letter order."""
    counts = Counter(d.meta.family for f in summary.files for d in f.diagnostics)
    return [FamilyCount(letter, FAMILIES[letter].name, counts[letter]) for letter in sorted(counts)]


def embed_json(payload: dict[str, Any]) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _article(summary: RunSummary, scored: Scored) -> dict[str, Any]:
    result = scored.result
    return {
        "path": result.file.path,
        "score": scored.score.value,
        "words": scored.score.words,
        "penalty": scored.score.penalty,
        "text": result.file.text,
        "findings": [_finding(summary, result, d) for d in result.diagnostics],
    }


def _finding(summary: RunSummary, result: FileResult, d: Diagnostic) -> list[Any]:
    line, _ = result.file.position(d.start)
    fix = d.fix
    return [
        d.start, d.end, d.code, d.level.label, d.message, line,
        finding_penalty(d, summary.weights),
        fix.applicability.label if fix else None,
        fix.message if fix else None,
        [[e.start, e.end, e.replacement] for e in fix.edits] if fix else None,
    ]

