"""C101: editor initials and desk codes closing a paragraph: ``… he said. (dam)``.

Indonesian and other newsrooms sign a story with the editor's initials or a
desk code in brackets after its last sentence: ``(dam)``, ``(ant/rna)``,
``(kes)(+)``, ``(C11-09)``. At the very end of the article they are removed
by a safe fix; at the end of an earlier paragraph they are only reported,
since the article may have been cut or merged there.

A bracket counts only when it follows the end of a sentence (or starts the
line) and nothing but white space follows it up to the paragraph's end;
``(sic)`` and other words in ``not_initials`` never count. Square brackets
count as round ones, and hold ``square_codes`` too (``[MHA/SN]``; ``(AFP/AP)``
names agencies).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.casing import lower
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.kinds.pattern import PATTERN_TIMEOUT

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_SENTENCE_END: Final = ".!?\u2026\"\u201d\u2019)]"
# a bracket closing a line; only there are initials looked for
_LINE_END_ROUND: Final = compile_sre(r"\)[ \t\r]*(?=\n|$)")
_LINE_END_SQUARE: Final = compile_sre(r"\][ \t\r]*(?=\n|$)")
_LONGEST_CODES: Final = 60
#: what ``str.strip`` does not strip (both go by ``str.isspace``)
_ANY_TEXT: Final = compile_sre(r"\S")


class EditorInitials(Rule):
    """Flags bracketed initials or desk codes that close a paragraph."""

    OPTIONS: ClassVar[OptionTypes] = {
        "codes": (list, True),
        "square_codes": (list, False),
        "not_initials": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        codes = "|".join(f"(?:{c})" for c in spec.options["codes"])
        square = "|".join(f"(?:{c})" for c in [*spec.options["codes"],
                                                *spec.options.get("square_codes", [])])
        source = rf"(?:(?:\((?:{codes})\)|\[(?:{square})\])[ \t]*)+$"
        try:
            self.pattern = compile_pattern(source, regex.VERSION0)
        except regex.error as exc:
            raise PackError(f"bad code expression: {exc}", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.codes") from exc
        self.not_initials = frozenset(lower(str(w)) for w in spec.options["not_initials"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        for line_end in _line_end_brackets(text):
            # the newline is looked for only as far back as the codes may reach
            tail_start = max(text.rfind("\n", max(0, line_end.start() - _LONGEST_CODES),
                                        line_end.start()) + 1,
                             line_end.start() - _LONGEST_CODES)
            match = self.pattern.search(text, tail_start, line_end.start() + 1,
                                        timeout=PATTERN_TIMEOUT)
            if match is None:
                continue
            start, end = match.start(), line_end.start() + 1
            if not _after_sentence(text, start):
                continue
            if any(lower(code) in self.not_initials for code in _codes(text[start:end])):
                continue
            yield self._finding(doc, start, end)

    def _finding(self, doc: Document, start: int, end: int) -> Diagnostic:
        found = doc.text[start:end]
        if _ANY_TEXT.search(doc.lint_text, end):  # not ``lint_text[end:]``: a copy per finding
            message = (f"Editor initials or desk code '{found}' closing a paragraph inside the "
                       "article; check whether the article was cut or merged here")
            return self.diagnostic(start, end, message)
        fix = self.removal(doc, start, end, f"Remove '{found}'")
        return self.diagnostic(start, end, fix=fix, match=found)


def _line_end_brackets(text: str) -> list[Any]:
    """The closing brackets that end a line, in order: one scan per bracket, each with a
    literal start (a class of both scanned five times slower), and "]" only if present."""
    found = list(_LINE_END_ROUND.finditer(text))
    if "]" in text:
        found += _LINE_END_SQUARE.finditer(text)
        found.sort(key=lambda match: match.start())
    return found


def _codes(group: str) -> list[str]:
    parts = group.replace("]", ")").split(")")
    return [part.strip("()[] \t") for part in parts if part.strip("()[] \t")]


def _after_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] == "\n" or before[-1] in _SENTENCE_END
