"""A rule's documentation sections as plain text and as Markdown, for CI reports."""

from __future__ import annotations

from mtlint.engine.rule import RuleDocs


def _sections(docs: RuleDocs) -> list[tuple[str, str]]:
    sections = [("What it flags", docs.what), ("Why it matters in MT news", docs.why),
                ("Example", docs.example), ("Use instead", docs.instead)]
    if docs.fix_safety:
        sections.append(("Fix safety", docs.fix_safety))
    return sections


def help_text(docs: RuleDocs) -> str:
    """The sections as ``Heading: text`` paragraphs, references last."""
    paragraphs = [f"{heading}: {body}" for heading, body in _sections(docs)]
    if docs.references:
        paragraphs.append("References: " + "; ".join(docs.references))
    return "\n\n".join(paragraphs)


def help_markdown(docs: RuleDocs) -> str:
    """The sections under ``###`` headings; the example is a quoted block."""
    parts = []
    for heading, body in _sections(docs):
        shown = "> " + body.replace("\n", "\n> ") if heading == "Example" else body
        parts.append(f"### {heading}\n\n{shown}")
    if docs.references:
        parts.append("### References\n\n" + "\n".join(f"- {r}" for r in docs.references))
    return "\n\n".join(parts)
