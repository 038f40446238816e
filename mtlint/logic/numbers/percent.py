"""M107: a percent sign before the number (``%18``, ``%64,86``), as Turkish writes it.

English writes ``18%`` (or ``18 percent``); a decimal comma after it can only
be a decimal, so the fix is safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.fix.model import Fix

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_LEADING_PERCENT: Final = compile_pattern(r"(?<![\w%])%(?P<whole>\d+)(?:[.,](?P<decimals>\d{1,2}))?"
                                          r"(?![\w%]|[.,]\d)")


class LeadingPercentRule(Rule):
    """Moves the percent sign after the number."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for match in _LEADING_PERCENT.finditer(doc.lint_text):
            decimals = match.group("decimals")
            english = match.group("whole") + (f".{decimals}" if decimals else "") + "%"
            fix = Fix.replace(match.start(), match.end(), english, self.meta.applicability,
                              f"Write '{english}'")
            yield self.diagnostic(match.start(), match.end(), fix=fix, match=match.group(),
                                  replacement=english)
