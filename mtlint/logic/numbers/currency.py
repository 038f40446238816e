"""M104: a currency code after the amount (``4300 RMB``, ``100 billion USD``), as the source has it.

English puts a currency sign before the amount (``$100 billion``) or the
currency's English name after it (``4,300 yuan``). The pack maps each code
to its English pattern; the suggestion also writes the digits with English
thousands separators.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import ahocorasick_rs

from mtlint.cache.patterns import compile_pattern
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Fix
from mtlint.kinds.presence import case_sensitive_ids, holds_any
from mtlint.logic.numbers.context import group_thousands
from mtlint.logic.speech import alternation
from mtlint.tables.phrases import find_matches

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


_DOT_GROUPED: Final = compile_pattern(r"\d{1,3}(?:\.\d{3})+")
_WORD_AFTER: Final = compile_pattern(r"[\w-]")
_LETTER_BEFORE: Final = compile_pattern(r"[^\W\d]")
#: how far before a code its amount may start (``1,234,567.89 billion``)
_REACH: Final = 60


class CurrencyAfterAmountRule(Rule):
    """Flags ``<amount> [scale] CODE`` and suggests the code's English pattern."""

    OPTIONS: ClassVar[OptionTypes] = {
        "codes": (dict, True),
        "scales": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.codes = {str(code): str(english) for code, english in spec.options["codes"].items()}
        if not all("{amount}" in english for english in self.codes.values()):
            raise PackError("every code maps to a pattern holding {amount}", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.codes")
        self.code_finder = ahocorasick_rs.AhoCorasick(list(self.codes))
        #: the finder runs only on texts holding a code in some letter case (the shared scan)
        self.code_ids = case_sensitive_ids(self.codes)
        self.longest_code = max(map(len, self.codes), default=0)
        self.amount_before = compile_pattern(
            r"(?<![\w.,$€£¥])(?P<number>\d[\d,]*(?:\.\d+)?)"
            rf"(?P<scale>(?:[ \t\u00a0]+(?:{alternation(spec.options['scales'])}))*)"
            r"[ \t\u00a0]*$")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """Codes are found first (one Aho-Corasick pass), then the amount before each."""
        if not holds_any(doc, self.code_ids):  # a text holding a code holds it lowered
            return
        text = doc.lint_text
        for _, start, end in find_matches(self.code_finder, text, self.longest_code):
            if _WORD_AFTER.match(text, end) or (start and _LETTER_BEFORE.match(text, start - 1)):
                continue
            amount = self.amount_before.search(text, max(0, start - _REACH), start)
            if amount is not None:
                yield self._finding(text, amount, start, end)

    def _finding(self, text: str, amount: Any, code_start: int, end: int) -> Diagnostic:
        number = _english_number(amount.group("number")) + amount.group("scale")
        english = self.codes[text[code_start:end]].format(amount=number)
        fix = Fix.replace(amount.start(), end, english, self.meta.applicability,
                          f"Write '{english}'")
        return self.diagnostic(amount.start(), end, fix=fix, match=text[amount.start() : end],
                               replacement=english)


def _english_number(number: str) -> str:
    """The amount with English separators: ``4300`` -> ``4,300``; ``8.000`` -> ``8,000``
    (an amount never has three decimals, so dot groups of three separate thousands)."""
    if _DOT_GROUPED.fullmatch(number):
        return number.replace(".", ",")
    return group_thousands(number) if "," not in number else number
