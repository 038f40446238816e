"""L108: straight and curly double quotation marks mixed in one article.

Quote marks are paired line by line, in order; a mark left over at the end
of a line is L107's finding, not this rule's. When an article has both
straight pairs and curly pairs, the pairs not in the ``prefer`` style are
reported, one finding per quotation: ``curly`` or ``straight`` name a house
style, ``majority`` keeps whichever style has more pairs (on a tie, the one
used first). A pair that opens with one style and closes with the other is
reported at its mark of the non-preferred style. Only reported: converting
quote marks is a style decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.lines import lines
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.logic.quote_marks import marks_between

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_STYLES: Final = ("curly", "straight", "majority")


class MixedQuotes(Rule):
    """Reports the quotations written in the other style than the article's preferred one."""

    OPTIONS: ClassVar[OptionTypes] = {
        "prefer": (str, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.prefer = str(spec.options["prefer"])
        if self.prefer not in _STYLES:
            raise PackError(f"must be one of {', '.join(_STYLES)}", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.prefer")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        if '"' not in text or ("\u201c" not in text and "\u201d" not in text):
            return
        pairs = _pairs(doc)
        styles = [_style(text, pair) for pair in pairs]
        if len(set(styles)) < 2 and "mixed" not in styles:
            return
        preferred = self._preferred(styles)
        other = "straight" if preferred == "curly" else "curly"
        for (start, end), style in zip(pairs, styles, strict=True):
            if style == other:
                yield self.diagnostic(start, end + 1, style=other, other=preferred)
            elif style == "mixed":
                odd = start if _style_of(text[start]) == other else end
                yield self.diagnostic(odd, odd + 1, style=other, other=preferred)

    def _preferred(self, styles: list[str]) -> str:
        if self.prefer != "majority":
            return self.prefer
        curly, straight = styles.count("curly"), styles.count("straight")
        if curly != straight:
            return "curly" if curly > straight else "straight"
        return next((s for s in styles if s != "mixed"), "curly")


def _pairs(doc: Document) -> list[tuple[int, int]]:
    """Offsets of the opening and closing mark of each quotation, marks paired per line."""
    pairs = []
    for line in lines(doc):
        marks = marks_between(doc, line.start, line.end)
        pairs += list(zip(marks[::2], marks[1::2], strict=False))
    return pairs


def _style_of(mark: str) -> str:
    return "straight" if mark == '"' else "curly"


def _style(text: str, pair: tuple[int, int]) -> str:
    opening, closing = _style_of(text[pair[0]]), _style_of(text[pair[1]])
    return opening if opening == closing else "mixed"
