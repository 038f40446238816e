"""N103: invisible and control characters: zero-width spaces, soft hyphens, C0/C1 controls.

Copied web text carries characters that show nothing but break search,
spell checking and word counts. The fix removes them. Kept as they are:
a zero-width joiner or non-joiner touching a letter of a script that needs
it (Persian, Devanagari…) or an emoji sequence, and direction marks next
to right-to-left letters. A C1 control right after a Latin-1 letter or
``€`` is part of mojibake and left to the mojibake rules. A control that
is white space (form feed, vertical tab, NEL) between two words becomes a
space; a zero-width space or other control between two letters may stand
for a word break, so its fix is unsafe there. NUL is left to the reader,
whose contract keeps the NUL bytes of a text file as they are (a NUL near
the start makes it binary).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.lines import unusual
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule
from mtlint.fix.model import Applicability, Fix

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

# stdlib re scans a character class several times faster than regex does
_INVISIBLE: Final = compile_sre(
    "[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u202a-\u202e\u2066-\u2069"
    "\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+"
)
_JOINERS: Final = "\u200c\u200d"
_DIRECTION: Final = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BREAKERS: Final = "\u200b"
_NAMES: Final = {"\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
                 "\u200d": "zero-width joiner", "\u2060": "word joiner",
                 "\ufeff": "byte-order mark", "\u00ad": "soft hyphen",
                 "\u200e": "left-to-right mark", "\u200f": "right-to-left mark"}


class InvisibleCharacter(Rule):
    """Flags runs of invisible or control characters; the fix removes them."""

    OPTIONS: ClassVar[OptionTypes] = {}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not _INVISIBLE.search(unusual(doc)):  # none is printable ASCII or a line break
            return
        text = doc.lint_text
        for match in _INVISIBLE.finditer(text):
            start, end = match.span()
            run = match.group()
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if _legitimate(run, before, after):
                continue
            replacement = ""
            if run.isspace() and not (before.isspace() or after.isspace()):
                replacement = " "  # a form feed or NEL separates words: keep them apart
            between_letters = before.isalpha() and after.isalpha()
            unsafe = between_letters and not replacement and any(
                c in _BREAKERS or c < " " for c in run)
            if before == " " and after == " ":
                end += 1  # the character stood between two spaces: keep only one of them
            applicability = Applicability.UNSAFE if unsafe else self.meta.applicability
            fix = Fix.replace(start, end, replacement, applicability,
                              "Remove the invisible character")
            yield self.diagnostic(match.start(), match.end(), fix=fix, name=_describe(run))


def _legitimate(run: str, before: str, after: str) -> bool:
    if all(c in _JOINERS for c in run):
        return _needs_joiner(before) or _needs_joiner(after)
    if all(c in _DIRECTION for c in run):
        return _is_right_to_left(before) or _is_right_to_left(after)
    if "\x80" <= run[0] <= "\x9f":
        return before != "" and ("\u00c0" <= before <= "\u00ff" or before == "\u20ac")
    return False


def _needs_joiner(ch: str) -> bool:
    """A letter of a non-Latin script, a combining mark, or an emoji / symbol."""
    if not ch or ch.isascii():
        return False
    category = unicodedata.category(ch)
    if category in ("So", "Sk", "Mn", "Mc") or "\ufe00" <= ch <= "\ufe0f":
        return True
    return ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN")


def _is_right_to_left(ch: str) -> bool:
    return bool(ch) and unicodedata.bidirectional(ch) in ("R", "AL", "AN")


def _describe(run: str) -> str:
    names = [_NAMES.get(c, f"control character U+{ord(c):04X}") for c in dict.fromkeys(run)]
    return ", ".join(names)
