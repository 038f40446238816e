"""The fix model: sorted edits with an applicability level."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Final

from mtlint.document.casing import lower
from mtlint.pickling import by_init_fields


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


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    """Replace ``[start, end)`` of the text with ``replacement``."""

    start: int
    end: int
    replacement: str = ""

    def __init__(self, start: int, end: int, replacement: str = "") -> None:
        # written out for mypyc to compile, as ``Span``'s: most findings carry a fix
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "replacement", replacement)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_init_fields(self)


@dataclass(frozen=True, slots=True)
class Fix:
    """Edits applied all or none, with how safe they are and what they do."""

    edits: tuple[Edit, ...]
    applicability: Applicability
    message: str

    def __init__(self, edits: tuple[Edit, ...], applicability: Applicability,
                 message: str) -> None:
        # written out for mypyc to compile, as ``Span``'s
        object.__setattr__(self, "edits", edits)
        object.__setattr__(self, "applicability", applicability)
        object.__setattr__(self, "message", message)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_init_fields(self)

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
