"""L101/L102: no space after punctuation: ``the investigation.I did``, ``Jakarta,Indonesia``.

The pack's ``pattern`` matches the punctuation (with a closing quote or
bracket after it) that a word follows without a space; the fix inserts the
space. Tokens that are web addresses, e-mail addresses or domain names
(``Example.com``, ``www.Site.org``) are left alone, and with
``skip_in_square_brackets`` so are labels and placeholders in brackets
(``[Gambas:Video]``), and so is whatever the
pattern's own look-arounds exclude (``U.S.``, ``e.g.``, ``3.5``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from mtlint.document.casing import lower
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.kinds.gated import compile_gated

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class MissingSpace(Rule):
    """Flags punctuation glued to the next word; the fix inserts a space."""

    OPTIONS: ClassVar[OptionTypes] = {
        "patterns": (list, True),
        "skip_tokens_with": (list, True),
        "domain_endings": (list, True),
        "skip_in_square_brackets": (bool, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.patterns = compile_gated(spec)
        self.skip = tuple(lower(str(s)) for s in spec.options["skip_tokens_with"])
        self.domains = frozenset(lower(str(d)) for d in spec.options["domain_endings"])
        self.skip_brackets = bool(spec.options.get("skip_in_square_brackets", False))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        for pattern in self.patterns:
            for match in pattern.finditer(doc):
                start, end = match.span()
                if self._in_address(text, start, end) or (
                        self.skip_brackets and _in_square_brackets(doc, start)):
                    continue
                shown = doc.text[start : end + 1]
                fix = Fix.replace(end, end, " ", self.meta.applicability,
                                  f"Add a space after '{doc.text[start:end]}'")
                yield self.diagnostic(start, end + 1, fix=fix, match=shown)

    def _in_address(self, text: str, start: int, end: int) -> bool:
        """Whether the junction is part of a URL, e-mail address or domain name."""
        left = start
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        right = end
        while right < len(text) and not text[right].isspace():
            right += 1
        token = lower(text[left:right])
        if any(s in token for s in self.skip):
            return True
        after = token[end - left :]
        label = after.split(".")[0].rstrip(",;:!?)\"'\u201d\u2019")
        return label in self.domains


def _in_square_brackets(doc: Document, at: int) -> bool:
    """Whether ``at`` is inside ``[…]`` on its line: a label or placeholder, not prose.

    The last ``[`` on the line before ``at`` with no ``]`` after it; the brackets are
    found once and looked up (searching back along the line each time took quadratic
    time on a file written on one line)."""
    opens, closes = doc.memo("missing_space.brackets", lambda: _brackets(doc.lint_text))
    i = bisect_left(opens, at) - 1
    if i < 0 or opens[i] < doc.line_start_at(at):
        return False
    j = bisect_left(closes, opens[i])
    return j == len(closes) or closes[j] >= at


def _brackets(text: str) -> tuple[list[int], list[int]]:
    """Where the ``[`` and the ``]`` of ``text`` stand."""
    return ([m.start() for m in re.finditer(r"\[", text)],
            [m.start() for m in re.finditer(r"\]", text)])
