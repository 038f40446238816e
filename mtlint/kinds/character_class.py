"""The ``character-class`` kind: runs of characters from one class (``[\\uE000-\\uF8FF]``).

A class with no printable ASCII character, tab or line break is first
looked for among the document's few other characters (``unusual``): most
texts hold none of the class. Otherwise the class is scanned with the
standard library's ``re``, several times faster than ``regex`` at scanning
a character class. ``fix = "remove"`` deletes each run; ``skip_line_start``
leaves runs that open a line alone (bullets).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from mtlint.cache.patterns import compile_sre
from mtlint.document.lines import USUAL, blanks_before, unusual
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class CharacterClassRule(Rule):
    """Flags each run of characters of the class ``characters``."""

    OPTIONS: ClassVar[OptionTypes] = {
        "characters": (str, True),
        "fix": (str, False),
        "fix_message": (str, False),
        "skip_line_start": (bool, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        where = f"rule.{spec.meta.code}.options"
        try:
            self.pattern = compile_sre(f"[{spec.options['characters']}]+")
        except re.error as exc:
            raise PackError(f"bad character class: {exc}", spec.meta.pack,
                            f"{where}.characters") from exc
        self.fix_kind = str(spec.options.get("fix", "none"))
        if self.fix_kind not in ("none", "remove"):
            raise PackError("must be none or remove", spec.meta.pack, f"{where}.fix")
        self.fix_message = str(spec.options.get("fix_message", "Remove it"))
        #: every character of a run is one ``unusual`` keeps
        self.only_unusual = not any(self.pattern.search(chr(c)) for c in USUAL)
        self.skip_line_start = bool(spec.options.get("skip_line_start", False))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        if self.only_unusual and not self.pattern.search(unusual(doc)):
            return
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if self.skip_line_start and _opens_line(text, start):
                continue
            fix = self.removal(doc, start, end, self.fix_message) \
                if self.fix_kind == "remove" else None
            yield self.diagnostic(start, end, fix=fix, match=match.group())


def _opens_line(text: str, start: int) -> bool:
    """Whether only white space stands before ``start`` on its line."""
    at = blanks_before(text, start)
    return at == 0 or text[at - 1] == "\n"
