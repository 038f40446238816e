"""``mtlint explain CODE``: the documentation of one rule."""

from __future__ import annotations

from typing import TextIO

from mtlint.backends.explain import GRAMMAR_CODE, explain_grammar_code
from mtlint.engine.registry import Registry
from mtlint.errors import UsageError


def explain_rule(registry: Registry, code: str, stream: TextIO) -> int:
    """Print the rule's fixed documentation sections and its examples."""
    if GRAMMAR_CODE.fullmatch(code):
        return explain_grammar_code(code, stream)
    spec = registry.by_code().get(code.upper())
    if spec is None:
        raise UsageError(f"unknown rule code '{code}' (see 'mtlint rules')")
    meta, docs = spec.meta, spec.meta.docs
    sections = [
        f"{meta.code} ({meta.name})",
        f"Family: {meta.family} {meta.family_name}. MQM category: {meta.category}. "
        f"Severity: {meta.severity.label}. Fix: {meta.applicability.label}.",
        f"What it flags\n  {docs.what}",
        f"Why it matters in MT news\n  {docs.why}",
        f"Example\n  {docs.example}",
        f"Use instead\n  {docs.instead}",
    ]
    if docs.fix_safety:
        sections.append(f"Fix safety\n  {docs.fix_safety}")
    if spec.hits:
        sections.append("Flagged\n" + "\n".join(f"  {c.text}" for c in spec.hits[:3]))
    if spec.misses:
        sections.append("Not flagged\n" + "\n".join(f"  {t}" for t in spec.misses[:3]))
    if docs.references:
        sections.append("References\n" + "\n".join(f"  {r}" for r in docs.references))
    stream.write("\n\n".join(sections) + "\n")
    return 0
