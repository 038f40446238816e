"""D104: a machine-translation loop: one word or phrase repeated over and over.

Neural MT sometimes gets stuck and repeats a word (``Bern, Bern, Bern, …``)
or a phrase dozens of times. A unit of one token repeated at least
``min_word_repeats`` times, or of 2 to ``max_unit_words`` tokens repeated at
least ``min_phrase_repeats`` times, is reported; the unsafe fix keeps the
last copy, which carries the sentence's punctuation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.logic.word_repeats import Run, runs

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class RepetitionLoop(Rule):
    """Flags runs of a repeated unit long enough to be a translation loop."""

    OPTIONS: ClassVar[OptionTypes] = {
        "min_word_repeats": (int, True),
        "min_phrase_repeats": (int, True),
        "max_unit_words": (int, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.min_word_repeats = int(spec.options["min_word_repeats"])
        self.min_phrase_repeats = int(spec.options["min_phrase_repeats"])
        self.max_unit_words = int(spec.options["max_unit_words"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for run in runs(doc, self.max_unit_words):
            needed = self.min_word_repeats if run.period == 1 else self.min_phrase_repeats
            if run.repeats >= needed and _has_letters(doc, run):
                yield self._finding(doc, run)

    def _finding(self, doc: Document, run: Run) -> Diagnostic:
        unit_end = run.ends[run.period - 1]
        kept_from = len(run.starts) - run.period  # the last copy carries the closing mark
        fix = self.removal(doc, run.start, run.ends[kept_from - 1],
                           "Keep one copy of the repeated words")
        return self.diagnostic(run.start, run.end, fix=fix,
                               unit=doc.text[run.start : unit_end], count=str(run.repeats))


def _has_letters(doc: Document, run: Run) -> bool:
    return any(c.isalpha() for c in doc.text[run.start : run.ends[run.period - 1]])
