"""The ``vocabulary-line`` kind: a short line made only of words from a closed vocabulary.

Share bars and comment widgets leave lines such as ``Share Tweet Share
E-mail`` or ``Partager sur Facebook Partager sur Twitter``: every word is a
page-control word (``keywords``) or a small connecting word (``filler``),
and numbers and punctuation do not count. A line is flagged when it has at
most ``max_words`` words, all from the vocabulary, with at least
``min_keywords`` keywords; the fix removes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.casing import lower
from mtlint.document.lines import lines, lowered
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_WORD: Final = compile_pattern(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MAX_WORD_LENGTH: Final = 16  # a longer line cannot have few enough words; skip tokenising it


class VocabularyLineRule(Rule):
    """Flags whole lines made only of control words; the fix removes them."""

    OPTIONS: ClassVar[OptionTypes] = {
        "keywords": (list, True),
        "filler": (list, True),
        "min_keywords": (int, True),
        "max_words": (int, True),
        "fix_message": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.keywords = frozenset(lower(str(w)) for w in spec.options["keywords"])
        self.filler = frozenset(lower(str(w)) for w in spec.options["filler"])
        self.min_keywords = int(spec.options["min_keywords"])
        self.max_words = int(spec.options["max_words"])
        self.fix_message = str(spec.options.get("fix_message", "Remove the line"))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        low = lowered(doc)
        longest = _MAX_WORD_LENGTH * self.max_words
        for line in lines(doc):
            if line.end - line.start <= longest and self._is_control_line(low, line.start,
                                                                          line.end):
                fix = self.removal(doc, line.start, line.end, self.fix_message)
                yield self.diagnostic(line.start, line.end, fix=fix,
                                      match=doc.text[line.start : line.end])

    def _is_control_line(self, low: str, start: int, end: int) -> bool:
        first = _WORD.search(low, start, min(end, start + _MAX_WORD_LENGTH * 2))
        if first is None or (first.group() not in self.keywords
                             and first.group() not in self.filler):
            return False  # most lines are prose: their first word settles it
        # word by word: a line of prose stops at its first word outside the vocabulary
        keywords = 0
        for count, match in enumerate(_WORD.finditer(low, start, end), 1):
            word = match.group()
            if count > self.max_words:
                return False
            if word in self.keywords:
                keywords += 1
            elif word not in self.filler:
                return False
        return keywords >= self.min_keywords
