"""L110: punctuation of the source language's typography left in English text.

Chinese and Japanese full-width marks (``，。：；！？（）``), Arabic marks
(``، ؛ ؟``), Spanish inverted marks (``¿ ¡``) and guillemets (``« » „``)
look wrong in English. Each mark in the pack's ``swap`` table gets its
English form, with English spacing: no space inside brackets and quotation
marks, a space before an opening one and after a closing one or a comma
when a word touches it. A mark next to a letter of a non-Latin script
belongs to an untranslated passage (family J) and is left alone, and so is
a ``»`` or ``¿`` that is part of mojibake (``Nguyá»…n``, N105's finding).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.lines import unusual
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Edit, Fix

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_NON_LATIN_LETTER: Final = compile_pattern(r"(?V1)[\p{L}--\p{Latin}]")
_OPENING: Final = "\u201c(["
_CLOSING: Final = "\u201d)]"
_SPACE: Final = " \t\u00a0\u202f"


class ForeignPunctuation(Rule):
    """Flags source-language punctuation; the fix writes the English mark and spacing."""

    OPTIONS: ClassVar[OptionTypes] = {
        "swap": (dict, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.swap = {str(k): str(v) for k, v in spec.options["swap"].items()}
        if not self.swap or not all(len(k) == 1 and not k.isascii() for k in self.swap):
            raise PackError("must map single non-ASCII characters to their English forms",
                            spec.meta.pack,
                            f"rule.{spec.meta.code}.options.swap")
        # stdlib re scans a character class faster than regex does
        self.pattern = compile_sre("[" + re.escape("".join(self.swap)) + "]")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not self.pattern.search(unusual(doc)):  # every mark of the table is non-ASCII
            return
        text = doc.lint_text
        for match in self.pattern.finditer(text):
            at = match.start()
            if _beside_other_script(text, at) or _in_mojibake(text, at):
                continue
            good = self.swap[text[at]]
            edit = _edit(text, at, good)
            fix = Fix((edit,), self.meta.applicability,
                      f"Write '{good}'" if good else f"Remove '{text[at]}'")
            yield self.diagnostic(at, at + 1, fix=fix, match=text[at],
                                  replacement=good or "nothing")


def _beside_other_script(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(_SPACE)[-1:]
    after = text[at + 1 : at + 4].lstrip(_SPACE)[:1]
    return bool(_NON_LATIN_LETTER.match(before) or _NON_LATIN_LETTER.match(after))


def _in_mojibake(text: str, at: int) -> bool:
    """``»``, ``«``, ``¿`` and ``¡`` right after a Latin-1 letter are UTF-8 bytes (``á»…``)."""
    return "\u0080" <= text[at] <= "\u00bf" and at > 0 and "\u00c0" <= text[at - 1] <= "\u00ff"


def _edit(text: str, at: int, good: str) -> Edit:
    """Replace the mark, taking or adding the white space English typography wants."""
    start, end = at, at + 1
    if good and good in _OPENING:
        while end < len(text) and text[end] in _SPACE:
            end += 1
        space_before = at > 0 and text[at - 1].isalnum()
        return Edit(start, end, (" " if space_before else "") + good)
    if good and good in _CLOSING:
        while start > 0 and text[start - 1] in _SPACE:
            start -= 1
    space_after = bool(good) and end < len(text) and text[end].isalnum()
    return Edit(start, end, good + (" " if space_after else ""))
