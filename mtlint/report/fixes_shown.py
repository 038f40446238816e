"""``--show-fixes``: the fixes ``--fix`` applied, per file and rule, as ruff lists them."""

from __future__ import annotations

from collections import Counter

from mtlint.engine.run import Linter
from mtlint.fix.model import Fix
from mtlint.report.base import RunSummary


def fixed_rules(linter: Linter, applied: list[tuple[str, Fix]]) -> list[tuple[str, str]]:
    """(code, name) of the rule behind each fix ``--fix`` applied."""
    names = {rule.meta.code: rule.meta.name for rule in linter.rules}
    return [(code, names.get(code, "")) for code, _ in applied]


def fix_lines(summary: RunSummary) -> list[str]:
    """``Fixed N findings:`` then, per file, ``  n × CODE (name)`` lines."""
    if not summary.fixed:
        return ["No fixes applied."]
    noun = "finding" if summary.fixed == 1 else "findings"
    lines = [f"Fixed {summary.fixed} {noun}:"]
    for result in sorted(summary.files, key=lambda f: f.file.path):
        if not result.fixed_rules:
            continue
        lines.append(f"- {result.file.path}:")
        for (code, name), n in sorted(Counter(result.fixed_rules).items()):
            lines.append(f"    {n} × {code} ({name})")
    return lines
