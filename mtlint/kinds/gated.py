"""Patterns paired with the literal text every match starts with, to skip documents fast.

Running a compiled pattern over a document costs a call and a scan even
when nothing can match; a plain substring test (``"[" in text``) costs
almost nothing. ``GatedPattern`` reads the literal prefix of a pattern's
source (``\\[ad_`` gives ``[ad_``; a leading ``(?i)`` makes the test
case-insensitive) and runs the pattern only on documents containing it.
A pattern without a literal prefix always runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from mtlint.document.lines import lowered
from mtlint.engine.rule import RuleSpec
from mtlint.kinds.pattern import PATTERN_TIMEOUT, compile_patterns

if TYPE_CHECKING:
    from mtlint.document import Document

_META = set("[](){}?*+|^$.\\")
_QUANTIFIERS = set("?*{")
_ESCAPED_LITERALS = set("[](){}?*+|^$.\\-/:#&~'\"<>!,;=@%`")
_LEADING_FLAGS = ("(?i)", "(?m)", "(?s)", "(?x)", "(?im)", "(?mi)", "(?is)", "(?si)")


@dataclass(frozen=True)
class GatedPattern:
    """A compiled pattern and the literal (lower-cased when ``ignore_case``) it needs."""

    pattern: Any
    literal: str
    ignore_case: bool

    def finditer(self, doc: Document) -> Iterator[Any]:
        """The matches in ``doc.lint_text``, or none at once when the literal is absent."""
        if self.literal:
            haystack = lowered(doc) if self.ignore_case else doc.lint_text
            if self.literal not in haystack:
                return iter(())
        return cast(Iterator[Any], self.pattern.finditer(doc.lint_text, timeout=PATTERN_TIMEOUT))


def compile_gated(spec: RuleSpec, key: str = "patterns") -> list[GatedPattern]:
    """The pack's patterns under ``key``, each with its literal prefix."""
    sources = [str(s) for s in spec.options[key]]
    return [GatedPattern(compiled, *literal_prefix(source))
            for compiled, source in zip(compile_patterns(spec, key), sources, strict=True)]


def literal_prefix(source: str) -> tuple[str, bool]:
    """The literal text every match of ``source`` starts with, and whether case is ignored."""
    flags = next((f for f in _LEADING_FLAGS if source.startswith(f)), "")
    ignore_case = "i" in flags
    chars: list[str] = []
    i = len(flags)
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source) and source[i + 1] in _ESCAPED_LITERALS:
            literal, step = source[i + 1], 2
        elif source.startswith("\\u", i) and _is_hex(source[i + 2 : i + 6]):
            literal, step = chr(int(source[i + 2 : i + 6], 16)), 6
        elif ch not in _META and not ch.isspace():
            literal, step = ch, 1
        else:
            break
        if source[i + step : i + step + 1] in _QUANTIFIERS and source[i + step : i + step + 1]:
            break
        chars.append(literal)
        i += step
    text = "".join(chars)
    return (text.lower() if ignore_case else text), ignore_case


def _is_hex(digits: str) -> bool:
    return len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits)
