"""The ``widget-line`` kind: a short line made of widget signals, not of prose.

Weather boxes and market tickers leave lines such as ``Jakarta 31°C Cloudy``
or ``USD/IDR 15,620 ▲ 0.25%``. A line is flagged when it matches at least
``min_signals`` different ``signals`` patterns, has at most ``max_words``
words (numbers and symbols do not count) and a number, does not end like
a sentence, and has none of the ``sentence_words`` that prose needs
(``the``, ``fell``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.casing import lower
from mtlint.document.lines import lines, unusual
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.kinds.pattern import PATTERN_TIMEOUT, compile_patterns

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_NUMBER: Final = compile_sre(r"\d")  # every widget shows a number: a temperature, a price, a rate
#: a widget does not end like a sentence
_SENTENCE_END: Final = ".!?\u2026"
_MAX_WORD_LENGTH: Final = 24  # a longer line cannot have few enough words; skip splitting it
#: a word: a run of non-blanks with a letter in it (``31°C`` is one; ``15,620``, ``½`` and
#: ``▲`` are not)
_WORD: Final = compile_pattern(r"(?<!\S)\S*?\p{L}\S*")
_LETTER: Final = compile_pattern(r"\p{L}")
#: the only characters ``str.split`` splits at that ``\s`` does not match
_SPLIT_NOT_SPACE: Final = compile_sre("[\x1c-\x1f]")


class WidgetLineRule(Rule):
    """Flags whole lines that read as a weather or ticker widget; the fix removes them."""

    OPTIONS: ClassVar[OptionTypes] = {
        "signals": (list, True),
        "min_signals": (int, True),
        "max_words": (int, True),
        "sentence_words": (list, True),
        "fix_message": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.signals = compile_patterns(spec, "signals")
        self.min_signals = int(spec.options["min_signals"])
        self.max_words = int(spec.options["max_words"])
        self.sentence_words = frozenset(lower(str(w)) for w in spec.options["sentence_words"])
        #: a blank-separated piece without a letter is never a sentence word
        self._lettered = all(_LETTER.search(w) for w in self.sentence_words)
        self.fix_message = str(spec.options.get("fix_message", "Remove the widget line"))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        longest = _MAX_WORD_LENGTH * self.max_words
        split = None  # whether str.split gives the pieces _WORD's words are, asked once
        for line in lines(doc):
            if (line.end - line.start > longest or text[line.end - 1] in _SENTENCE_END
                    or not _NUMBER.search(text, line.start, line.end)):
                continue  # the cheapest tests first: most lines end like a sentence
            content = text[line.start : line.end]
            if split is None:
                split = self._lettered and not _SPLIT_NOT_SPACE.search(unusual(doc))
            if self._is_widget(content, split):
                fix = self.removal(doc, line.start, line.end, self.fix_message)
                yield self.diagnostic(line.start, line.end, fix=fix,
                                      match=doc.text[line.start : line.end])

    def _is_widget(self, content: str, split: bool) -> bool:
        if not (self._has_few_words_split(content) if split else self._has_few_words(content)):
            return False
        found, left = 0, len(self.signals)
        for signal in self.signals:
            if found + left < self.min_signals:
                return False  # too few signals left to find
            left -= 1
            if signal.search(content, timeout=PATTERN_TIMEOUT):
                found += 1
                if found >= self.min_signals:
                    return True
        return False

    def _has_few_words(self, content: str) -> bool:
        """At most ``max_words`` words, none of them a sentence word."""
        # word by word: a sentence stops at its first sentence word
        for count, match in enumerate(_WORD.finditer(content), 1):
            if count > self.max_words or lower(match.group()).strip(",;:") in self.sentence_words:
                return False
        return True

    def _has_few_words_split(self, content: str) -> bool:
        """``_has_few_words`` from the blank-separated pieces, when each word is a piece
        with a letter and a piece without one is never a sentence word: the words are
        counted only when the pieces are too many."""
        pieces = content.split()
        if any(lower(piece).strip(",;:") in self.sentence_words for piece in pieces):
            return False
        return len(pieces) <= self.max_words or self._has_few_words(content)
