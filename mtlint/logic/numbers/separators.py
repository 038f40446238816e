"""M101 and M102: decimal commas and dot thousands separators in the source's style.

``1,5 million`` and ``Rp 10.000.000`` are Indonesian, Vietnamese and
European notation. A comma followed by one or two digits cannot separate
thousands, so before a unit or scale word it is a decimal comma; two or more
dot groups of three digits cannot be a decimal. One dot group (``3.500``) is
fixed only where a decimal is impossible: money (``Rp 3.500``: rupiah have no
decimals) and counted things (``3.500 people``); before a scale word
(``1.500 billion``), and in a currency English writes with decimals (``$3.499
a gallon``, ``decimal_money``), both readings are reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Edit, Fix
from mtlint.logic.numbers.context import (
    currency_before,
    may_hold,
    start_with_currency,
    words_after,
)
from mtlint.logic.speech import alternation

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: ``Rp 10.000.000``, ``3.500``, ``10.000.000,50``: dot groups, perhaps a decimal comma
#: (``{glued}`` is filled with the rule's currencies, which may stand glued before them:
#: ``Rp150.000``)
_DOT_GROUPED: Final = (r"(?:(?<![\w.,])|(?<=(?<![\w$]){glued}))[1-9]\d{{0,2}}(?:\.\d{{3}})+"
                       r"(?:,\d{{1,2}})?(?![\w]|[.,]\d)")
#: a comma between digits with one or two after it: the only place a decimal comma can be
_COMMA_DECIMALS: Final = compile_pattern(r"(?<=\d),\d{1,2}(?![\d,])")
#: ``_COMMA_DECIMALS`` in the digit view (digits as ``0``): a text without it has no candidate
_COMMA_DECIMALS_SHAPE: Final = compile_sre(rb"0,00?(?![0,])")
#: the one to three digits before such a comma, not part of a longer number
_INTEGER_BEFORE: Final = compile_pattern(r"(?<![\w.,])\d{1,3}$")
#: ``5 000 000``: groups separated by (no-break) spaces, as Russian and French write them
_SPACE_GROUPED: Final = compile_pattern(
    r"(?<![\w.,]|\d[ \u00a0\u202f])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+"
    r"(?:,\d{1,2})?(?![\w]|[.,]\d|[ \u00a0\u202f]\d)")
#: what every match of the two grouped patterns holds, in UTF-8 with digits as ``0``:
#: a digit, a dot or a (no-break, narrow no-break) space, three digits
_GROUPED_SHAPE: Final = compile_sre(b"0(?:[. ]|" + "|".join("\u00a0\u202f").encode() + b")000")


class DecimalCommaRule(Rule):
    """M101: ``1,5 million`` -> ``1.5 million`` (safe: the comma can only be a decimal)."""

    OPTIONS: ClassVar[OptionTypes] = {
        "units": (list, True),
        "units_before": (list, True),
        "currencies": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.unit_after = compile_pattern(
            rf"[ \t\u00a0]?(?:{alternation(spec.options['units'])})(?![\w])")
        self.unit_before = compile_pattern(
            rf"\b(?:{alternation(spec.options['units_before'])})[ \t\u00a0]?$")
        self.currency = currency_before(spec.options["currencies"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """Commas between digits are found first (a fast literal search), then the
        number around each and the unit after or before it."""
        if not may_hold(doc, _COMMA_DECIMALS_SHAPE):  # a candidate has the shape
            return
        text = doc.lint_text
        for candidate in _COMMA_DECIMALS.finditer(text):
            number = _INTEGER_BEFORE.search(text, max(0, candidate.start() - 4), candidate.start())
            if number is None:
                continue
            unit = self.unit_after.match(text, candidate.end())
            end = unit.end() if unit else candidate.end()
            before = self.unit_before.search(text, max(0, number.start() - 30), number.start())
            if unit is None and before is None:
                continue
            start = before.start() if before else start_with_currency(self.currency, text,
                                                                         number.start())
            yield self._finding(doc, start, end, candidate.start())

    def _finding(self, doc: Document, start: int, end: int, comma: int) -> Diagnostic:
        found = doc.text[start:end]
        fixed = found.replace(",", ".")
        fix = Fix((Edit(comma, comma + 1, "."),), self.meta.applicability, f"Write '{fixed}'")
        return self.diagnostic(start, end, fix=fix, match=found, replacement=fixed)


class DotThousandsRule(Rule):
    """M102: ``Rp 10.000.000`` -> ``Rp 10,000,000`` where the reading is settled."""

    OPTIONS: ClassVar[OptionTypes] = {
        "currencies": (list, True),
        "currency_words": (list, True),
        "count_nouns": (list, True),
        "scales": (list, True),
        "ambiguous_message": (str, True),
        "decimal_money": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.currency = currency_before(options["currencies"])
        #: signs and words of currencies English writes with decimals: "$3.499 a gallon"
        self.decimal_money = {str(m).casefold() for m in options.get("decimal_money", [])}
        glued = f"(?:{alternation(options['currencies'])})"
        self.dot_grouped = compile_pattern(_DOT_GROUPED.format(glued=glued))
        self.money_after = words_after(options["currency_words"])
        self.counted = words_after(options["count_nouns"])
        self.scale = words_after(options["scales"])
        self.ambiguous = str(options["ambiguous_message"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        if not may_hold(doc, _GROUPED_SHAPE):  # a match holds the shape: see _GROUPED_SHAPE
            return
        for pattern in (self.dot_grouped, _SPACE_GROUPED):
            for match in pattern.finditer(text):
                found = self._classify(text, match)
                if found is not None:
                    yield found

    def _classify(self, text: str, match: Any) -> Diagnostic | None:
        """Fix a settled reading, report a dot group before a scale word, skip the rest.

        A space never marks decimals, but one space group may be two numbers
        (``page 5 100 people``), so it needs money around it."""
        written, end = match.group(), match.end()
        spaced = not written.count(".")
        number = regex.sub(r"[ \u00a0\u202f]", ".", written)
        if _looks_like_ip_address(number):
            return None
        start = start_with_currency(self.currency, text, match.start())
        single = number.count(".") == 1 and "," not in number
        scale = self.scale.match(text, end) if single and not spaced else None
        if scale is not None:
            return self._ambiguous(text, match.start(), scale.end(), number)
        money_word = self.money_after.match(text, end)
        money = start < match.start() or bool(money_word)
        counted = not spaced and bool(self.counted.match(text, end))
        if single and not spaced and money and self._decimal_money(
                text[start : match.start()], money_word.group() if money_word else ""):
            return self._ambiguous(text, start, end, number, text[start : match.start()])
        if not (single and not money and not counted):
            fixed = number.replace(".", "\0").replace(",", ".").replace("\0", ",")
            fix = Fix.replace(match.start(), end, fixed, self.meta.applicability,
                              f"Write '{fixed}'")
            return self.diagnostic(start, end, fix=fix, match=text[start:end],
                                   replacement=text[start : match.start()] + fixed,
                                   separator="spaces" if spaced else "dots")
        return None

    def _decimal_money(self, sign: str, word: str) -> bool:
        """Whether the sign before an amount or the word after it names a currency that
        English writes with decimals, so one dot group may be three of them."""
        return bool({sign.strip().rstrip(".").casefold(), word.strip().casefold()}
                    & self.decimal_money)

    def _ambiguous(self, text: str, start: int, end: int, number: str,
                   sign: str = "") -> Diagnostic:
        """Both readings of ``number`` (after ``sign``, before a scale word up to ``end``)."""
        scale = text[start + len(sign) + len(number) : end]
        return self.diagnostic(start, end, self.ambiguous.format(
            match=text[start:end], thousands=sign + number.replace(".", ",") + scale,
            decimal=sign + str(float(number)).rstrip("0").rstrip(".") + scale))


def _looks_like_ip_address(number: str) -> bool:
    """``192.168.100.200``: four groups of at most 255, an address rather than an amount."""
    groups = number.split(".")
    return len(groups) == 4 and all(g.isdigit() and int(g) <= 255 for g in groups)
