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
        _section("What it flags", [docs.what]),
        _section("Why it matters in MT news", [docs.why]),
        _section("Example", [docs.example]),
        _section("Use instead", [docs.instead]),
    ]
    if docs.fix_safety:
        sections.append(_section("Fix safety", [docs.fix_safety]))
    if spec.hits:
        sections.append(_section("Flagged", [c.text for c in spec.hits[:3]], listed=True))
    if spec.misses:
        sections.append(_section("Not flagged", list(spec.misses[:3]), listed=True))
    if docs.references:
        sections.append(_section("References", list(docs.references)))
    stream.write("\n\n".join(sections) + "\n")
    return 0


def _section(title: str, texts: list[str], listed: bool = False) -> str:
    """``title`` over ``texts``, each line indented so that a text of several lines (an
    article of several paragraphs, a Markdown list) keeps its own indentation; ``listed``
    texts start with ``- ``, which tells one multi-line example from the next."""
    first, rest = ("  - ", "    ") if listed else ("  ", "  ")
    blocks = []
    for text in texts:
        head, *tail = text.rstrip("\n").split("\n")
        blocks.append("\n".join([first + head, *(rest + line if line else "" for line in tail)]))
    return title + "\n" + "\n".join(blocks)
