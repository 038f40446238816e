"""The fix model: sorted edits with an applicability level."""

from __future__ import annotations

import enum
from typing import Final

from mtlint.document.casing import lower
from mtlint.record import OrderedRecord, Record


class Applicability(enum.IntEnum):
    """How sure a fix is; higher values are applied with less caution."""

    DISPLAY_ONLY = 0
    UNSAFE = 1
    SAFE = 2

    @property
    def label(self) -> str:
        return lower(self.name).replace("_", "-")


#: each applicability by its label (``safe``, ``unsafe``, ``display-only``)
APPLICABILITY_BY_LABEL: Final = {level.label: level for level in Applicability}


class Edit(OrderedRecord):
    """Replace ``[start, end)`` of the text with ``replacement``."""

    __match_args__ = ("start", "end", "replacement")

    def __init__(self, start: int, end: int, replacement: str = "") -> None:
        self.start: Final = start
        self.end: Final = end
        self.replacement: Final = replacement


class Fix(Record):
    """Edits applied all or none, with how safe they are and what they do."""

    __match_args__ = ("edits", "applicability", "message")

    def __init__(self, edits: tuple[Edit, ...], applicability: Applicability,
                 message: str) -> None:
        self.edits: Final = edits
        self.applicability: Final = applicability
        self.message: Final = message

    @classmethod
    def replace(cls, start: int, end: int, text: str, applicability: Applicability,
                message: str) -> Fix:
        return cls((Edit(start, end, text),), applicability, message)

    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)

    def with_applicability(self, applicability: Applicability) -> Fix:
        return Fix(self.edits, applicability, self.message)
