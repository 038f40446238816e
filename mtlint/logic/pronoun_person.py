"""Pronoun person (family I): the reporter's voice put in the speaker's mouth.

I101 finds ``“I went on to say that relations …,” said Kim's subordinate.``:
the source's ``he went on to say that`` became a first-person frame inside
the quotation, so the quotation makes the speaker narrate himself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.casing import lower
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.logic.speech import Attribution, NarrationFrames, quoted

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


#: a first-person frame's perfect tense, ``has`` after a third-person speaker
_PLURAL: Final = frozenset(("we", "they", "you"))
_HAVE: Final = compile_pattern(r"^have(?=\s)")


class FirstPersonNarration(Rule):
    """I101: a quotation opening with a first-person narration frame, then attributed.

    ``“I am proud,” she said.`` has no frame; ``“I said that we would win,”``
    is the speaker recounting their own words (``we``, ``would``) and is left
    alone (see ``NarrationFrames``), and so is a quotation the reporter
    attributes to himself (``,” I said.``).
    """

    OPTIONS: ClassVar[OptionTypes] = {
        **NarrationFrames.OPTIONS,
        "first_person": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self._first = {str(s) for s in spec.options["first_person"]}
        self._frames = NarrationFrames(spec.options, self._first)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for quote, frame, after in self._frames.framed(doc):
            if after is None or after.pronoun in self._first:
                continue
            words = quoted(doc, frame)
            yield self.diagnostic(quote.start, quote.end, frame=words,
                                  who=after.speaker or "the speaker",
                                  advice=self._advice(words, after))

    def _advice(self, frame: str, after: Attribution) -> str:
        """How to write it: the frame in the third person after the speaker the attribution
        names (``Prime Minister Pham Minh Chinh also affirmed that …``) or its pronoun."""
        subject = after.speaker or after.pronoun
        parts = frame.split(None, 1)
        if not subject or len(parts) < 2 or parts[0] not in self._first:
            return "Write it in the third person, as indirect speech"
        rest = parts[1]
        if _singular(after):
            rest = _HAVE.sub("has", rest, count=1)
        subject = subject[0].upper() + subject[1:]
        if "," in subject:  # a name in apposition is closed by a comma
            subject += ","
        return f"Write it as indirect speech: '{subject} {rest} …'"


def _singular(after: Attribution) -> bool:
    """Whether the speaker takes ``has``: he, she or it, or a name; not we, they, you or a
    plural noun (``the ministers``, ``officials``)."""
    pronoun = lower(after.pronoun)
    if pronoun:
        return pronoun not in _PLURAL
    last = after.speaker.split()[-1] if after.speaker else ""
    return not (last.islower() and last.endswith("s") and not last.endswith("ss"))
