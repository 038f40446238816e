"""L104: white space before a comma, full stop or other closing punctuation: ``word ,``.

Found where the pack's ``pattern`` matches; the spaces must be real spaces
in the file (a masked link or code span blanked to spaces never counts).
An ellipsis (`` ...``) and emoticons are not punctuation after a word, and
the pattern's look-arounds leave them alone. The fix deletes the spaces.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.kinds.gated import GatedPattern, compile_gated
from mtlint.kinds.pattern import PATTERN_TIMEOUT
from mtlint.kinds.presence import case_sensitive_ids, found_in, holds

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class SpaceBeforePunctuation(Rule):
    """Flags spaces before punctuation; the fix removes them."""

    OPTIONS: ClassVar[OptionTypes] = {
        "patterns": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.patterns = [(pattern, _blank_before(pattern)) for pattern in compile_gated(spec)]

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        found = found_in(doc)
        for pattern, blank_before in self.patterns:
            if not (holds(found, blank_before) and pattern.may_match(doc, found)):
                continue
            for match in pattern.pattern.finditer(text, timeout=PATTERN_TIMEOUT):
                mark = match.start()
                space = mark
                while space > 0 and text[space - 1] in " \t":
                    space -= 1
                if doc.text[space:mark].strip(" \t") or space == mark:
                    continue
                fix = Fix.replace(space, mark, "", self.meta.applicability,
                                  f"Remove the space before '{text[mark]}'")
                yield self.diagnostic(space, mark + 1, fix=fix, mark=text[mark])


def _blank_before(pattern: GatedPattern) -> frozenset[int]:
    """The shared scan's ids of a space or tab before the mark a pattern's matches start
    with (none: no test): a match is flagged only after one, and the lowered text holds
    it lowered."""
    mark = pattern.literal[:1]
    return case_sensitive_ids([" " + mark, "\t" + mark]) if mark else frozenset()
