"""Reading suppression comments: ``<!-- mtlint: ACTION[=CODES] -->``.

Actions: ``disable`` (until a matching ``enable`` or the end of the file),
``enable``, ``disable-next-line`` and ``disable-file``. CODES are rule codes
or prefixes (``G101``, ``G1``, ``G``), comma-separated; without them the
comment applies to every rule. A reason may follow after `` -- ``:
``<!-- mtlint: disable-next-line=G101 -- the source's own date form -->``.
"""

from __future__ import annotations

import re
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.span import Span
from mtlint.record import Record

ACTIONS: Final = ("disable", "enable", "disable-next-line", "disable-file")

_COMMENT: Final = compile_sre(r"<!--\s*mtlint\s*(?P<colon>:?)\s*(?P<action>[^\s=]*)\s*"
                             r"(?:=(?P<codes>.*?))?(?:\s+--\s.*?)?\s*-->\Z", re.DOTALL)
_SELECTOR: Final = compile_sre(r"[A-Z][0-9]{0,3}")


class Directive(Record):
    """One well-formed suppression comment.

    ``selectors`` is empty when the comment names no codes (every rule);
    ``codes`` is the span of the code list inside the comment, if any.
    """

    __match_args__ = ("action", "selectors", "span", "codes")

    def __init__(self, action: str, selectors: tuple[str, ...], span: Span,
                 codes: Span | None = None) -> None:
        self.action: Final = action
        self.selectors: Final = selectors
        self.span: Final = span
        self.codes: Final = codes


class Malformed(Record):
    """A comment addressed to mtlint that it cannot read, and why."""

    __match_args__ = ("span", "problem")

    def __init__(self, span: Span, problem: str) -> None:
        self.span: Final = span
        self.problem: Final = problem


def read_directive(text: str, span: Span) -> Directive | Malformed:
    """The directive in the comment ``text[span.start:span.end]``."""
    match = _COMMENT.match(text, span.start, span.end)
    if match is None or not match.group("colon"):
        return Malformed(span, "write it as <!-- mtlint: ACTION=CODES -->")
    action = match.group("action")
    if not action:
        return Malformed(span, f"no action (one of {', '.join(ACTIONS)})")
    if action not in ACTIONS:
        return Malformed(span, f"unknown action '{action}' (known: {', '.join(ACTIONS)})")
    if match.group("codes") is None:
        return Directive(action, (), span)
    selectors = tuple(code.strip().upper() for code in match.group("codes").split(","))
    bad = [code for code in selectors if not _SELECTOR.fullmatch(code)]
    if bad:
        return Malformed(span, f"'{bad[0]}' is not a rule code or prefix such as G101 or G")
    start, end = match.span("codes")
    return Directive(action, selectors, span, Span(start, end))
