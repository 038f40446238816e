"""``mtlint rules``: every rule with its code, name, family, category and fixability."""

from __future__ import annotations

import json
from typing import TextIO

from mtlint.engine.registry import KINDS, Registry


def list_rules(registry: Registry, fmt: str, stream: TextIO) -> int:
    """Print the rule table (or JSON array) and return the exit code."""
    rows = [{"code": s.meta.code, "name": s.meta.name, "family": s.meta.family_name,
             "category": s.meta.category, "severity": s.meta.severity.label,
             "fix": s.meta.applicability.label, "kind": s.kind, "pack": s.meta.pack}
            for s in registry.specs]
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return 0
    for row in rows:
        stream.write(f"{row['code']}  {row['name']:<36} {row['family']:<24} "
                     f"{row['category']:<34} {row['fix']}\n")
    stream.write(f"{len(rows)} rules; kinds: {', '.join(sorted(KINDS))}\n")
    stream.write("O codes: grammar and spelling from LanguageTool with --languagetool; "
                 "see 'mtlint explain O'\n")
    return 0
