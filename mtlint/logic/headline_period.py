"""L109: a full stop after a headline: ``Flood Waters Recede in Northern Sumatra.``.

The first line of an article is taken for a headline when it is short
(``max_words``), has no sentence break inside, and either is in title case
(most of its words of four letters or more are capitalised) or is followed
by a line that opens with a dateline (``SHENZHEN, Feb. 20 -``), which only
the first paragraph of a story has. Headlines take no full stop; the fix
removes it. A final abbreviation (``U.S.``, ``Inc.``) is
not a full stop.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from mtlint.document.casing import lower
from mtlint.document.lines import Line, is_title_case, lines
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.kinds.pattern import PATTERN_TIMEOUT, compile_patterns

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context



class HeadlinePeriod(Rule):
    """Flags the full stop ending a headline."""

    OPTIONS: ClassVar[OptionTypes] = {
        "max_words": (int, True),
        "title_case_share": (float, True),
        "abbreviations": (list, True),
        "datelines": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.max_words = int(spec.options["max_words"])
        self.share = float(spec.options["title_case_share"])
        self.abbreviations = frozenset(lower(str(a)) for a in spec.options["abbreviations"])
        self.datelines = compile_patterns(spec, "datelines")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = lines(doc)
        if len(found) < 2:
            return
        text = doc.lint_text
        headline = text[found[0].start : found[0].end]
        if not self._is_short_line_with_period(headline):
            return
        if is_title_case(headline, self.share) or self._opens_with_dateline(text, found[1]):
            at = found[0].end - 1
            fix = Fix.replace(at, at + 1, "", self.meta.applicability, "Remove the full stop")
            yield self.diagnostic(at, at + 1, fix=fix)

    def _is_short_line_with_period(self, headline: str) -> bool:
        if not headline.endswith(".") or headline.endswith(".."):
            return False
        words = headline.split()
        if len(words) > self.max_words or lower(words[-1]) in self.abbreviations:
            return False
        return not any(w.endswith((".", "!", "?")) for w in words[:-1])

    def _opens_with_dateline(self, text: str, line: Line) -> bool:
        return any(p.match(text, line.core_start, line.end, timeout=PATTERN_TIMEOUT)
                   for p in self.datelines)
