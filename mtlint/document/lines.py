"""Per-document views shared by line- and word-oriented rules, each computed once.

``lines`` gives every non-blank line with its *core*: the line without list
bullets before it and closing punctuation after it, the part a whole-line
phrase (``Share this article``, ``ADVERTISEMENT``) must equal. ``lowered``
is the text in lower case with offsets unchanged, for case-insensitive
phrase tables. ``unusual`` keeps only the characters that are not printable
ASCII or a tab or line break: a rule looking for such characters (controls,
mojibake, foreign marks) skips a text whose few unusual ones hold none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, NamedTuple

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower

if TYPE_CHECKING:
    from mtlint.document.document import Document

#: a whole-line phrase is compared only when its core is at most this long
MAX_KEY_LENGTH: Final = 80
#: how much of each line's start ``line_openings`` keeps: the longest line head
OPENING_LENGTH: Final = 64
#: words this long count when a line's capitalisation is judged
_LONG_WORD: Final = 4
#: ``lower_in_place`` lowers longer texts in pieces of about this many characters
_LOWER_PIECE: Final = 1 << 16
_PIECE_CUT: Final = compile_sre("[ \n]")

#: the bytes ``unusual`` drops: printable ASCII, tab and line breaks
USUAL: Final = bytes(range(0x20, 0x7F)) + b"\t\n\r"

_SPACES: Final = compile_sre(r"\s+")
#: bullets, quote and heading marks, and emphasis (``**ADVERTISEMENT**``, ``__Related__``)
_LEAD: Final = " \t\r\u00a0\u2022\u00b7*_>\u00bb\u203a|#-\u2013\u2014\u25aa\u25cf\u25ba\u25b6"
_TRAIL: Final = " \t\r\u00a0.:;!?\u2026*_|>\u00bb\u203a-\u2013\u2014\u25aa\u25cf\u25ba\u25b6"


class Line(NamedTuple):
    """One non-blank line: ``start``/``end`` without surrounding white space.

    ``core_start``/``core_end`` drop list bullets before and closing
    punctuation after; ``key`` is the core in lower case with single spaces,
    empty when the core is longer than ``MAX_KEY_LENGTH``. A named tuple: built
    about 2.5 times faster than a frozen dataclass, for every line of every text.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    key: str


def lines(doc: Document) -> list[Line]:
    """The non-blank lines of ``doc.lint_text``, in order."""
    return doc.memo("lines.lines", lambda: _find_lines(doc.lint_text))


def lines_by_key(doc: Document) -> dict[str, list[Line]]:
    """The lines that have a ``key``, by key: whole-line phrase tables look them up."""
    def index() -> dict[str, list[Line]]:
        found: dict[str, list[Line]] = {}
        for line in lines(doc):
            if line.key:
                found.setdefault(line.key, []).append(line)
        return found
    return doc.memo("lines.by_key", index)


def line_openings(doc: Document) -> tuple[str, list[Line]]:
    """Each line's core opening (``OPENING_LENGTH`` characters, lower case), one per row.

    Row ``i`` of the string is line ``i``'s opening, so a phrase table can be
    matched against all line openings in one scan.
    """
    def build() -> tuple[str, list[Line]]:
        low = lowered(doc)
        found = lines(doc)
        rows = [low[line.core_start : min(line.end, line.core_start + OPENING_LENGTH)]
                for line in found]
        return "\n".join(rows), found
    return doc.memo("lines.openings", build)


def line_at(doc: Document, offset: int) -> Line | None:
    """The non-blank line containing ``offset``, if any."""
    found = lines(doc)
    starts = doc.memo("lines.starts", lambda: [line.start for line in found])
    i = bisect_right(starts, offset) - 1
    if i >= 0 and found[i].start <= offset < found[i].end:
        return found[i]
    return None


def is_title_case(line: str, share: float) -> bool:
    """Whether at least ``share`` of a line's words of four letters or more (two at
    least) are capitalised: a headline (``Minister Visits Central Bank``)."""
    long_words = [w for w in line.split() if sum(c.isalpha() for c in w) >= _LONG_WORD]
    capitalised = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 2 and capitalised >= share * len(long_words)


def lowered(doc: Document) -> str:
    """``doc.lint_text`` in lower case, each character at its original offset."""
    return doc.memo("lines.lowered", lambda: lower_in_place(doc.lint_text))


def lowered_utf8(doc: Document) -> bytes:
    """``lowered(doc)`` as UTF-8 (lone surrogates kept), for the scans of bytes."""
    return doc.memo("lines.lowered_utf8", lambda: lowered(doc).encode("utf-8", "surrogatepass"))


def unusual(doc: Document) -> str:
    """The characters of ``doc.lint_text`` other than printable ASCII, tab and line
    breaks, in order; two such characters adjacent in the text are adjacent here."""
    return doc.memo("lines.unusual", lambda: unusual_characters(doc.lint_text))


def unusual_characters(text: str) -> str:
    """``unusual`` for any text."""
    # in UTF-8 an ASCII byte is never part of another character's bytes
    encoded = text.encode("utf-8", "surrogatepass")
    return encoded.translate(None, USUAL).decode("utf-8", "surrogatepass")


def lower_in_place(text: str) -> str:
    """``text.lower()`` with one character for each: ``İ`` becomes ``i``, not ``i`` + dot.

    A long text is lowered in pieces cut after a space or line break:
    ``str.lower`` works in a buffer of three 4-byte code points per character
    (360 MB for a 30 MB file, most of the peak memory of checking it). Only a
    capital sigma is lowered by its neighbours (``ς`` ends a word), and they
    are looked at only up to the nearest character that is neither a letter
    nor ignored in casing, such as a space, so the pieces lower as the whole.
    """
    if len(text) <= _LOWER_PIECE:
        return _lower_piece(text)
    return "".join(map(_lower_piece, pieces(text)))


def pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about ``_LOWER_PIECE`` characters, each cut just after a
    space or line break, so that no run of other characters is split between two."""
    start = 0
    while start < len(text):
        end = _piece_end(text, start)
        yield text[start:end]
        start = end


def _piece_end(text: str, start: int) -> int:
    """Just after the last space or line break of the next ``_LOWER_PIECE`` characters
    (or the first after them): the end of the piece starting at ``start``."""
    end = start + _LOWER_PIECE
    if end >= len(text):
        return len(text)
    cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
    if cut < 0:  # a long run with neither (Chinese text): to the next one, if any
        found = _PIECE_CUT.search(text, end)
        return found.end() if found else len(text)
    return cut + 1


def _lower_piece(text: str) -> str:
    low = lower(text)
    if len(low) == len(text):
        return low
    # Only U+0130 lowers to two characters; one string per character took 64x the
    # text's size in memory (issue 7: 3 GB for 50 MB of Turkish news).
    return "i".join(lower(part) for part in text.split("\u0130"))


def line_key(text: str) -> str:
    """How a phrase table entry is compared with a line's ``key``."""
    return _SPACES.sub(" ", lower_in_place(text.strip().lstrip(_LEAD).rstrip(_TRAIL)))


#: builds a ``Line`` without the Python frame of its ``__new__`` (a third of the work)
_new_line = tuple.__new__


def _find_lines(text: str) -> list[Line]:
    found: list[Line] = []
    at = 0  # where the next line starts
    for line in text.split("\n"):
        line_start = at
        at += len(line) + 1
        lead = line.lstrip()
        if not lead:
            continue
        stripped = lead.rstrip()
        start = line_start + len(line) - len(lead)
        end = start + len(stripped)
        core = stripped.lstrip(_LEAD)
        core_start = end - len(core)
        core = core.rstrip(_TRAIL)
        key = _key(core) if len(core) <= MAX_KEY_LENGTH else ""
        found.append(_new_line(Line, (start, end, core_start, core_start + len(core), key)))
    return found


def _key(core: str) -> str:
    """The core in lower case with single spaces; ``_SPACES`` runs only when the core
    holds two spaces or a non-printable character (every white space but the space is)."""
    key = lower(core)
    if len(key) != len(core):
        key = lower_in_place(core)
    if "  " in key or not key.isprintable():
        key = _SPACES.sub(" ", key)
    return key


def blanks_before(text: str, at: int, floor: int = 0) -> int:
    """Where the white space (line breaks excepted) that ends at ``at`` starts, looking
    back no further than ``floor``: walked backwards, as a line may be a whole file."""
    while at > floor and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at
