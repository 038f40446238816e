"""D105: a word typed twice (or three times) in a row: ``the the``, ``to to``.

Only lower-case doublings are flagged (``The the`` too): two capitalised
copies are usually a name (``Bora Bora``, ``Walla Walla``, ``Li Li``).
Grammatical doublings listed in ``allowed`` (``had had``, ``that that``,
``is is`` in ``what it is is``) and emphatic ones (``very very``) are left
alone, and so are doublings across a line break or punctuation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from mtlint.engine.rule import Diagnostic, Rule, RuleSpec
from mtlint.logic.word_repeats import runs

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class DoubledWord(Rule):
    """Flags identical adjacent words; the fix keeps one."""

    OPTIONS: Mapping[str, tuple[type | tuple[type, ...], bool]] = {
        "allowed": (list, True),
        "max_unit_words": (int, True),
        "max_repeats": (int, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.allowed = frozenset(str(w).lower() for w in spec.options["allowed"])
        self.max_unit_words = int(spec.options["max_unit_words"])
        self.max_repeats = int(spec.options["max_repeats"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        for run in runs(doc, self.max_unit_words):
            if run.period != 1 or run.repeats > self.max_repeats:
                continue
            first = text[run.starts[0] : run.ends[0]]
            last = text[run.starts[-1] : run.ends[-1]]
            token = first.lower()
            if token != last.lower() or token in self.allowed or not _is_word(token):
                continue
            if last[0].isupper():
                continue
            fix = self.removal(doc, run.starts[1], run.end, f"Write '{last}' once")
            yield self.diagnostic(run.start, run.end, fix=fix, word=last)


def _is_word(token: str) -> bool:
    return token.replace("'", "").replace("\u2019", "").isalpha()
