"""D105: a word typed twice (or three times) in a row: ``the the``, ``to to``.

Only lower-case doublings are flagged (``The the`` too): two capitalised
copies are usually a name (``Bora Bora``, ``Walla Walla``, ``Li Li``), and
a capital right after an opening quote mark starts a quotation, where
doubled words are chanted or quoted (``“Bay bay Kemal”``), not slips (after
a bracket or emphasis, ``(The the vote``, it is a slip like any other).
Grammatical doublings listed in ``allowed`` (``had had``, ``that that``,
``is is`` in ``what it is is``) and emphatic ones (``very very``) are left
alone, and so are doublings across a line break or punctuation. Marks
glued to the outer copies do not hide a doubling (``(the the``,
``*the the*``, ``the the,``, ``(don't don't)``: :mod:`mtlint.logic.glued_doubles`),
nor does emphasis around one copy of two (``the **the**``, ``*the* the``); the
fix removes the extra words and keeps the marks (but the markers around a second
copy go with it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.casing import lower
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.logic.glued_doubles import EMPHASIS, glued_doubles
from mtlint.logic.word_repeats import Run, runs

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


#: opening quote marks: a capitalised double right after one is quoted speech
_QUOTE_MARKS: Final = "\"'\u201c\u2018"


class DoubledWord(Rule):
    """Flags identical adjacent words; the fix keeps one."""

    OPTIONS: ClassVar[OptionTypes] = {
        "allowed": (list, True),
        "max_unit_words": (int, True),
        "max_repeats": (int, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.allowed = frozenset(lower(str(w)) for w in spec.options["allowed"])
        self.max_unit_words = int(spec.options["max_unit_words"])
        self.max_repeats = int(spec.options["max_repeats"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        glued = [run for run in glued_doubles(doc) if self._is_doubling(doc, run)]
        plain = [run for run in runs(doc, self.max_unit_words)
                 if run.period == 1 and self._is_doubling(doc, run)]
        if glued:  # a plain run inside a glued one (``(the the the``) is part of it
            plain = [run for run in plain if not any(
                g.start <= run.start and run.end <= g.end for g in glued)]
        for run in sorted(glued + plain, key=lambda run: run.start):
            last = doc.text[run.starts[-1] : run.ends[-1]]
            start, end = _extra_copies(doc.text, run)
            fix = self.removal(doc, start, end, f"Write '{last}' once")
            shown = run.start - _first_copy_emphasis(doc.text, run)  # "*the* the" whole
            yield self.diagnostic(shown, end, fix=fix, word=last)

    def _is_doubling(self, doc: Document, run: Run) -> bool:
        """A lower-case word (the first copy may be capitalised) repeated a few times,
        not one of the allowed doublings."""
        if run.repeats > self.max_repeats:
            return False
        first = doc.text[run.starts[0] : run.ends[0]]
        last = doc.text[run.starts[-1] : run.ends[-1]]
        token = lower(first)
        if first[0].isupper() and run.start > 0 and doc.text[run.start - 1] in _QUOTE_MARKS:
            return False  # a chant or a quoted phrase opening a quotation: '“Bay bay Kemal”'
        if first[0].isupper() and _first_copy_emphasis(doc.text, run):
            return False  # a title in italics: "He has read *Time* time and again"
        return (token == lower(last) and token not in self.allowed and _is_word(token)
                and not last[0].isupper())


def _extra_copies(text: str, run: Run) -> tuple[int, int]:
    """What the fix removes: the copies after the first, with the emphasis markers around
    the second of two (``the **the**`` keeps ``the``, as ``The *the*`` keeps its capital)."""
    start, end = run.starts[1], run.end
    markers = _emphasis_around(text, start, end, run.ends[0]) if run.repeats == 2 else 0
    return start - markers, end + markers


def _first_copy_emphasis(text: str, run: Run) -> int:
    """How many emphasis markers stand on each side of the first of two copies (``*the*
    the``); 0 when they do not."""
    return _emphasis_around(text, run.starts[0], run.ends[0], 0) if run.repeats == 2 else 0


def _emphasis_around(text: str, start: int, end: int, floor: int) -> int:
    """How many emphasis markers stand right before ``[start, end)`` (after ``floor``)
    with the same markers right after it; 0 when none do."""
    markers = start
    while markers > floor and text[markers - 1] in EMPHASIS:
        markers -= 1
    return start - markers if markers < start and text.startswith(text[markers:start], end) \
        else 0


def _is_word(token: str) -> bool:
    return token.replace("'", "").replace("\u2019", "").isalpha()
