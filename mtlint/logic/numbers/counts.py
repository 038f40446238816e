"""M103: a count written as a fraction (``51/70 organizations``), in the source's style.

Indonesian and Chinese reports write ``51/70 organisasi`` for "51 of the 70
organisations". A slash between two numbers, the first smaller, followed by
a plural noun reads as such a count; fixed expressions (``9/11``, ``24/7``)
are pack data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_SLASHED: Final = compile_pattern(
    r"(?<![\w/.,-])(?P<part>\d{1,5})/(?P<whole>\d{1,5})(?![\w/]|[.,]\d)"
    r"(?P<noun>[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?\p{Ll}{2,}s)(?![\w'’-])")


class SlashCountRule(Rule):
    """Flags ``part/whole nouns`` and suggests ``part of the whole nouns``."""

    OPTIONS: ClassVar[OptionTypes] = {
        "fixed_expressions": (list, True),
        "not_nouns": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.fixed = {str(e) for e in spec.options["fixed_expressions"]}
        self.not_nouns = {str(w) for w in spec.options["not_nouns"]}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for match in _SLASHED.finditer(doc.lint_text):
            part, whole = int(match.group("part")), int(match.group("whole"))
            slashed = f"{match.group('part')}/{match.group('whole')}"
            words = match.group("noun").split()
            if part >= whole or slashed in self.fixed or self.not_nouns & set(words):
                continue
            english = f"{match.group('part')} of the {match.group('whole')} {' '.join(words)}"
            fix = Fix.replace(match.start(), match.end(), english, self.meta.applicability,
                              f"Write '{english}'")
            yield self.diagnostic(match.start(), match.end(), fix=fix, match=match.group(),
                                  replacement=english)
