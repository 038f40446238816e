"""M108: scale words calqued from the source: ``1.2 ten thousand yuan``, ``677 thousand billion``.

Chinese counts in ten-thousands (万) and hundred-millions (亿); Vietnamese and
Indonesian say "thousand billion" (nghìn tỷ, ribu miliar) for a trillion.
MT translates the words, and English readers must do the arithmetic. The
pack maps each calqued phrase to its factor; the suggestion writes the
amount with English scale words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import ahocorasick_rs

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Fix
from mtlint.kinds.presence import case_sensitive_ids, holds_any
from mtlint.tables.phrases import find_matches

if TYPE_CHECKING:
    from decimal import Decimal

    from mtlint.document import Document
    from mtlint.engine.context import Context

#: a number, not the second half of one torn at its separator (``Rp7. 2 thousand
#: trillion``: M106 reports those, and the scale word cannot be read without the source)
_NUMBER_BEFORE: Final = compile_pattern(
    r"(?<![\w.,])(?<!\d[.,][ \t\u00a0])(?P<number>\d+(?:\.\d+)?)[ \t\u00a0]+$")
_WORD_CHAR: Final = compile_pattern(r"\w")
#: English scale words, largest first, and the smallest amount written with a scale word
_ENGLISH_SCALES: Final = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
#: a factor as the pack may write it: a number in digits, as ``str`` gives an int or a float
_FACTOR: Final = compile_sre(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


class CalquedScaleRule(Rule):
    """Flags ``<number> <calqued scale>`` and suggests the English amount."""

    OPTIONS: ClassVar[OptionTypes] = {
        "factors": (dict, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        #: each phrase's factor as written, made a Decimal when an amount is computed
        #: (decimal takes 2 ms to import: only a text holding a phrase needs it)
        self.factors = {str(k).casefold(): _factor(v, spec)
                        for k, v in spec.options["factors"].items()}
        self.scales = ahocorasick_rs.AhoCorasick(
            list(self.factors), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self.longest_scale = max(map(len, self.factors), default=0)
        self.phrase_ids = case_sensitive_ids(self.factors)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """The scale phrases are found first (one Aho-Corasick pass), then a number
        right before each."""
        if not holds_any(doc, self.phrase_ids):
            return
        from decimal import Decimal

        text = doc.lint_text
        for _, start, end in find_matches(self.scales, text, self.longest_scale):
            number = _NUMBER_BEFORE.search(text, max(0, start - 24), start)
            if number is None or _WORD_CHAR.match(text, end):
                continue
            found = text[number.start() : end]
            value = Decimal(number.group("number")) * Decimal(self.factors[text[start:end]])
            english = english_amount(value)
            fix = Fix.replace(number.start(), end, english, self.meta.applicability,
                              f"Write '{english}'")
            yield self.diagnostic(number.start(), end, fix=fix, match=found, replacement=english)


def _factor(value: Any, spec: RuleSpec) -> str:
    """A factor of the pack, checked to be a number written in digits."""
    written = str(value)
    if isinstance(value, bool) or not _FACTOR.fullmatch(written):
        raise PackError("every factor must be a number", spec.meta.pack,
                        f"rule.{spec.meta.code}.options.factors")
    return written


def english_amount(value: Decimal) -> str:
    """``12000`` -> ``12,000``; ``1.5e8`` -> ``150 million``; ``6.77e14`` -> ``677 trillion``."""
    for size, word in _ENGLISH_SCALES:
        if value >= size:
            return f"{_plain(value / size)} {word}"
    return _plain(value, grouped=True)


def _plain(value: Decimal, grouped: bool = False) -> str:
    text = f"{value.normalize():f}"
    whole, dot, decimals = text.partition(".")
    return (f"{int(whole):,}" if grouped else whole) + dot + decimals


