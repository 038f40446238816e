"""Pronoun person (family I): the reporter's voice put in the speaker's mouth.

I101 finds ``“I went on to say that relations …,” said Kim's subordinate.``:
the source's ``he went on to say that`` became a first-person frame inside
the quotation, so the quotation makes the speaker narrate himself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from mtlint.engine.rule import Diagnostic, Rule, RuleSpec
from mtlint.logic.speech import NarrationFrames

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class FirstPersonNarration(Rule):
    """I101: a quotation opening with a first-person narration frame, then attributed.

    ``“I am proud,” she said.`` has no frame; ``“I said that we would win,”``
    is the speaker recounting their own words (``we``, ``would``) and is left
    alone (see ``NarrationFrames``), and so is a quotation the reporter
    attributes to himself (``,” I said.``).
    """

    OPTIONS: Mapping[str, tuple[type | tuple[type, ...], bool]] = {
        **NarrationFrames.OPTIONS,
        "first_person": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self._first = {str(s) for s in spec.options["first_person"]}
        self._frames = NarrationFrames(spec.options, self._first)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for quote in doc.quotes.spans:
            frame = self._frames.frame(doc, quote)
            if frame is None:
                continue
            after = self._frames.attribution(doc, quote)
            if after is not None and after.who not in self._first:
                yield self.diagnostic(quote.start, quote.end, who=after.who or "the speaker",
                                      frame=doc.text[frame.start : frame.end])
