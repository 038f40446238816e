"""M105: a time written the source's way: ``10.00 WIB``, ``10h30``, ``at 04.17``.

Indonesian writes ``pukul 10.00 WIB``, French and Vietnamese ``10h30``; MT
keeps the notation. English news writes ``10:00 WIB`` or ``10 a.m. WIB``,
often with the GMT time. Flagged: a dotted time before a listed zone; an
``h`` time with minutes (``10h30``); an ``h`` hour (``22h``) or a dotted time
with a leading zero (``04.17``) after a listed preposition (``from``, ``at``).
The suggestion only writes the colon; the house style decides the rest, so
it is shown, never applied.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final, cast

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.ascii_view import AsciiView, ascii_view
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.logic.speech import alternation

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: every clock-like token; context decides which are source-style times
_CLOCK: Final = compile_pattern(r"(?<![\w.,:])(?P<hour>[01]?\d|2[0-3])"
                                r"(?:(?P<dot>\.)(?P<minute>[0-5]\d)|h(?P<hminute>[0-5]\d)?)(?![\w.,:]?\d)")
_LETTER: Final = compile_pattern(r"\w")
#: where a clock-like token may end, found faster than the tokens themselves
_CLOCK_TAIL: Final = compile_pattern(r"(?<=\d)(?:\.\d\d(?!\d)|h(?:\d\d)?(?!\w))")


#: where a tail may start in an ASCII view, one character on: a digit before ``.dd`` or ``h``
_TAIL_PLACE: Final = compile_sre(rb"0(?=h|\.00)")


def _tails(text: str, view: AsciiView | None) -> Iterator[Any]:
    """``_CLOCK_TAIL.finditer(text)``; with a view, tried only where it may match (tails
    never overlap, so each place's match is one ``finditer`` finds)."""
    if view is None:
        return cast(Iterator[Any], _CLOCK_TAIL.finditer(text))
    # a tail is ".dd" or "h" after a digit, which the view shows as "0.00" or "0h"
    return view.matches(_CLOCK_TAIL, _TAIL_PLACE, 1)


def _clocks(text: str, view: AsciiView | None = None) -> Iterator[Any]:
    """Every clock-like token: its tail first, then the one or two hour digits before."""
    for tail in _tails(text, view):
        for digits in (2, 1):
            clock = _CLOCK.match(text, max(0, tail.start() - digits))
            if clock is not None and clock.end() == tail.end():
                yield clock
                break


class SourceTimeRule(Rule):
    """Flags source-style times; the zones and prepositions are pack data."""

    OPTIONS: ClassVar[OptionTypes] = {
        "zones": (list, True),
        "prepositions": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.zone = compile_pattern(
            rf"[ \t\u00a0]*(?:{alternation(spec.options['zones'])})(?![\w])")
        self.preposition = compile_pattern(
            rf"\b(?i:{alternation(spec.options['prepositions'])})[ \t\u00a0]+$")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        for clock in _clocks(text, ascii_view(doc)):
            end = self._end(text, clock)
            if end is not None:
                yield self._finding(text, clock, end)

    def _end(self, text: str, clock: Any) -> int | None:
        """Where the source-style time ends (its zone included), or None when it is none."""
        if _LETTER.match(text, clock.end()):
            return None
        if clock.group("dot"):
            zone = self.zone.match(text, clock.end())
            if zone is not None:
                return int(zone.end())
        elif clock.group("hminute"):
            return int(clock.end())
        leading_zero = clock.group("dot") and clock.group("hour").startswith("0")
        after_preposition = self.preposition.search(text, max(0, clock.start() - 12),
                                                    clock.start())
        if after_preposition and (leading_zero or not clock.group("dot")):
            return int(clock.end())
        return None

    def _finding(self, text: str, clock: Any, end: int) -> Diagnostic:
        minute = clock.group("minute") or clock.group("hminute") or "00"
        english = f"{clock.group('hour')}:{minute}{text[clock.end() : end]}"
        fix = Fix.replace(clock.start(), end, english, self.meta.applicability,
                          f"Write '{english}'")
        return self.diagnostic(clock.start(), end, fix=fix, match=text[clock.start() : end],
                               replacement=english)
