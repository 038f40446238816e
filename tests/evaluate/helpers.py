"""Hand-made findings and articles for the scoring tests."""

from __future__ import annotations

from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.evaluate.gold import Article, GoldSpan

_DOCS = RuleDocs(what="-", why="-", example="-", instead="-")


def meta(code: str, category: str = "Other") -> RuleMeta:
    """A rule of the family its code's letter names."""
    return RuleMeta(code, code.lower(), code[0], category, Severity.WARNING, "-", _DOCS)


def finding(code: str, start: int, end: int, category: str = "Other") -> Diagnostic:
    return Diagnostic(meta(code, category), start, end, "-")


def article(name: str, *gold: tuple[int, int, str], text: str = "x" * 100,
            clean: tuple[tuple[int, int], ...] = ()) -> Article:
    return Article(name, text, [GoldSpan(s, e, label) for s, e, label in gold], list(clean))


def rated(s: int, e: int, category: str, rater: str) -> GoldSpan:
    return GoldSpan(s, e, category, rater)
