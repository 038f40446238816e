"""N105: mojibake of any kind: UTF-8 text decoded as Windows-1252 or Latin-1.

A run of non-ASCII characters that each stand for one byte in Windows-1252
(or Latin-1, for the C1 controls) is turned back into those bytes; every
stretch that is valid UTF-8 and decodes to a plausible character (a letter
of a living script, punctuation, a symbol, an emoji; not a combining mark
or a control) is mojibake, and the fix writes the decoded text. UTF-8 is
strict enough that ordinary accented text (``São``, ``naïve``) never
decodes, while ``ErdoÄŸan``, ``Nguyá»…n``, ``SÃ£o``, ``ÐœÐ¾ÑÐºÐ²Ð°`` and ``ðŸ˜€``
do. Stretches made only of the sequences in ``known`` are left to the table
rule N101, so one defect is not reported twice.

ftfy was measured for this job and not used: its badness heuristic passes
``ErdoÄŸan`` and ``Nguyá»…n`` (frequent in Turkish and Vietnamese news) as
clean, and importing it costs more than linting a long article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.lines import unusual
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.tables.order import longest_first

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

# A UTF-8 lead byte read as Latin-1/cp1252 (À-ÿ) followed by a continuation byte read the
# same way (C1 controls, NBSP-¿, or the cp1252 characters of 0x80-0x9F).
# stdlib re scans a character class several times faster than regex does.
_CP1252_HIGH: Final = ("\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
                       "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
                       "\u0153\u017e\u0178")
_SUSPICIOUS: Final = compile_sre(f"[\u00c0-\u00ff][\u0080-\u00bf{_CP1252_HIGH}]")
_NOT_PLAUSIBLE: Final = frozenset(("Mn", "Me", "Cc", "Cf", "Co", "Cn", "Cs"))
_IMPLAUSIBLE_BLOCKS: Final = ((0x0250, 0x036F), (0x0700, 0x08FF))  # IPA, combining, Syriac-NKo


class Mojibake(Rule):
    """Flags stretches that decode as UTF-8 once turned back into bytes."""

    OPTIONS: ClassVar[OptionTypes] = {
        "known": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        known = sorted({str(k) for k in spec.options["known"]}, key=longest_first)
        self.known = compile_sre("|".join(re.escape(k) for k in known)) if known else None

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # both characters of a suspicious pair are unusual, so adjacent there too
        if not _SUSPICIOUS.search(unusual(doc)):
            return
        text = doc.lint_text
        done = 0
        for match in _SUSPICIOUS.finditer(text):
            if match.start() < done:
                continue
            start, end = _byte_run(text, match.start())
            done = end
            for piece_start, piece_end, good in _decoded_pieces(text, start, end):
                bad = text[piece_start:piece_end]
                if self.known is not None and not self.known.sub("", bad):
                    continue
                fix = Fix.replace(piece_start, piece_end, good, self.meta.applicability,
                                  f"Write '{good}'")
                yield self.diagnostic(piece_start, piece_end, fix=fix, match=bad,
                                      replacement=good)


def _byte(ch: str) -> int | None:
    """The single byte ``ch`` stands for in Windows-1252 (or Latin-1 for C1 controls)."""
    if "\u0080" <= ch <= "\u00ff":
        return ord(ch)
    try:
        encoded = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return encoded[0] if len(encoded) == 1 and encoded[0] >= 0x80 else None


def _byte_run(text: str, at: int) -> tuple[int, int]:
    """The maximal stretch around ``at`` of characters that stand for one high byte."""
    start = at
    while start > 0 and _byte(text[start - 1]) is not None:
        start -= 1
    end = at
    while end < len(text) and _byte(text[end]) is not None:
        end += 1
    return start, end


def _decoded_pieces(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Contiguous stretches of ``text[start:end]`` that are UTF-8 mojibake, decoded."""
    data = bytes(_byte(c) or 0 for c in text[start:end])
    pieces: list[tuple[int, int, str]] = []
    i = 0
    while i < len(data):
        length = _sequence_length(data[i])
        decoded = _decode(data[i : i + length]) if length > 1 else None
        if decoded is None:
            i += 1
            continue
        if pieces and pieces[-1][1] == start + i:
            last = pieces.pop()
            pieces.append((last[0], start + i + length, last[2] + decoded))
        else:
            pieces.append((start + i, start + i + length, decoded))
        i += length
    return pieces


def _sequence_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 1


def _decode(data: bytes) -> str | None:
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    code = ord(decoded)
    if unicodedata.category(decoded) in _NOT_PLAUSIBLE:
        return None
    if any(low <= code <= high for low, high in _IMPLAUSIBLE_BLOCKS):
        return None
    return decoded
