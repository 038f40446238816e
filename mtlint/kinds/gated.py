"""Patterns paired with the literal text every match starts with, to skip documents fast.

Running a compiled pattern over a document costs a call and a scan even
when nothing can match; a plain substring test (``"[" in text``) costs
almost nothing. ``GatedPattern`` reads the literal prefix of a pattern's
source (``\\[ad_`` gives ``[ad_``; a leading ``(?i)`` makes the test
case-insensitive) and runs the pattern only on documents containing it.
A pattern without a literal prefix always runs. A literal of two characters
or more is first looked for with other rules' literals in one shared scan
(``presence``), so the substring test runs only on documents holding it in
some letter case.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final, cast

from mtlint.document.casing import lower
from mtlint.document.lines import lowered
from mtlint.engine.rule import RuleSpec
from mtlint.kinds.pattern import PATTERN_TIMEOUT, compile_patterns
from mtlint.kinds.presence import case_sensitive_ids, found_in, holds
from mtlint.record import Record

if TYPE_CHECKING:
    from mtlint.document import Document

_META: Final = set("[](){}?*+|^$.\\")
_QUANTIFIERS: Final = set("?*{")
_ESCAPED_LITERALS: Final = set("[](){}?*+|^$.\\-/:#&~'\"<>!,;=@%`")
_NOTHING: Final[frozenset[int]] = frozenset()
_LEADING_FLAGS: Final = ("(?i)", "(?m)", "(?s)", "(?x)", "(?im)", "(?mi)", "(?is)", "(?si)")


class GatedPattern(Record):
    """A compiled pattern and the literal (lower-cased when ``ignore_case``) it needs;
    ``lowered_ids``: the shared scan's id of the literal in lower case (none: no shared
    test)."""

    __match_args__ = ("pattern", "literal", "ignore_case", "lowered_ids")

    def __init__(self, pattern: Any, literal: str, ignore_case: bool,
                 lowered_ids: frozenset[int] = frozenset()) -> None:
        self.pattern: Final = pattern
        self.literal: Final = literal
        self.ignore_case: Final = ignore_case
        self.lowered_ids: Final = lowered_ids

    def may_match(self, doc: Document, found: frozenset[int]) -> bool:
        """Whether ``doc`` holds the literal (always, without one); ``found`` is
        ``found_in(doc)``."""
        if not self.literal:
            return True
        # a text holding the literal holds it lowered in ``lowered(doc)``: see _scan_ids
        if not holds(found, self.lowered_ids):
            return False
        return self.literal in (lowered(doc) if self.ignore_case else doc.lint_text)

    def finditer(self, doc: Document) -> Iterator[Any]:
        """The matches in ``doc.lint_text``, or none at once when the literal is absent."""
        found = found_in(doc) if self.lowered_ids else _NOTHING  # no scan asked for
        if not self.may_match(doc, found):
            return iter(())
        return cast(Iterator[Any], self.pattern.finditer(doc.lint_text, timeout=PATTERN_TIMEOUT))


def compile_gated(spec: RuleSpec, key: str = "patterns") -> list[GatedPattern]:
    """The pack's patterns under ``key``, each with its literal prefix."""
    sources = [str(s) for s in spec.options[key]]
    gated = []
    for compiled, source in zip(compile_patterns(spec, key), sources, strict=True):
        literal, ignore_case = literal_prefix(source)
        gated.append(GatedPattern(compiled, literal, ignore_case, _scan_ids(literal)))
    return gated


def _scan_ids(literal: str) -> frozenset[int]:
    """The literal registered for the shared scan; none for a single character (``in``
    finds it as fast)."""
    return case_sensitive_ids([literal]) if len(literal) > 1 else frozenset()


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
    return (lower(text) if ignore_case else text), ignore_case


def _is_hex(digits: str) -> bool:
    return len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits)
