"""Which of many rules' literals a document holds, found in one scan for all of them.

A substring test costs a pass over the text, and thirty rules testing their
own literals (``translat``, ``[ad_``, ``thousand``, ``,,``) cost thirty
passes. Rules register their lower-case literals once (``literal_ids``);
``holds_any`` then tells whether the document's lowered text holds one of
them, from the set of literals one overlapping Aho-Corasick scan found,
computed once per document for every registered literal. The answer is the
substring test's: an overlapping scan reports every occurrence of every
literal. The scan is of the text's UTF-8 bytes, for the literals' UTF-8: a
character's bytes never start inside another's, so the bytes hold a literal's
bytes just where the text holds the literal, and no byte offset is mapped back
to a character. Literals registered after a document was scanned (rules are
built on first use) make the next question scan it again.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Final

import ahocorasick_rs

from mtlint.document.lines import lower_in_place, lowered_utf8
from mtlint.tables.phrases import DFA_MOST_BYTES, overlapping_byte_matches

if TYPE_CHECKING:
    from mtlint.document import Document

#: every registered literal and its id (its index in the scanner's pattern list)
_IDS: Final[dict[str, int]] = {}
#: scans with no new literal after which the automaton is rebuilt to scan fastest
_SETTLED: Final = 16
_QUICK_TO_BUILD: Final = ahocorasick_rs.Implementation.ContiguousNFA
_QUICK_TO_SCAN: Final = ahocorasick_rs.Implementation.DFA


class _Automaton:
    """An automaton for the first ``count`` registered literals, built one way."""

    def __init__(self, automaton: ahocorasick_rs.BytesAhoCorasick | None, count: int,
                 characters: int, longest: int,
                 implementation: ahocorasick_rs.Implementation) -> None:
        self.automaton: Final = automaton
        self.count: Final = count
        self.characters: Final = characters
        self.longest: Final = longest
        self.implementation: Final = implementation


class _Scanner:
    """The automaton for the literals registered so far, rebuilt when more come.

    Rules register as they are built, while the first documents are checked, so the
    automaton is first rebuilt with a kind quick to build; once no literal has come
    for ``_SETTLED`` scans it is built once more as a DFA, several times faster to
    scan with when some literals start with a space (no byte is rare enough for
    the other kinds' prefilter), unless the literals are too many for one. The
    automaton and the literals it knows are replaced together, so a thread never
    scans with an automaton older than the literals it was asked about."""

    def __init__(self) -> None:
        self.current = _Automaton(None, 0, 0, 0, _QUICK_TO_BUILD)
        self.scans = 0  # scans since the last literal came

    def found(self, data: bytes) -> frozenset[int]:
        """The ids of the registered literals the UTF-8 ``data`` holds."""
        current = self.current
        if current.count != len(_IDS):
            current = self._build(_QUICK_TO_BUILD)
        elif (self.scans >= _SETTLED and current.implementation is _QUICK_TO_BUILD
              and 0 < current.characters <= DFA_MOST_BYTES):
            current = self._build(_QUICK_TO_SCAN)
        self.scans += 1
        if current.automaton is None:
            return frozenset()
        return _ids(current.automaton, data, current.longest)

    def _build(self, implementation: ahocorasick_rs.Implementation) -> _Automaton:
        literals = list(map(_utf8, _IDS))
        self.current = _Automaton(
            ahocorasick_rs.BytesAhoCorasick(literals, implementation=implementation),
            len(literals), sum(map(len, literals)), max(map(len, literals)), implementation)
        self.scans = 0
        return self.current


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _ids(automaton: ahocorasick_rs.BytesAhoCorasick, data: bytes, longest: int) -> frozenset[int]:
    """The ids of the literals ``data`` holds."""
    return frozenset(index for index, _, _ in overlapping_byte_matches(automaton, data, longest))


_SCANNER: Final = _Scanner()
#: the document memo's key for the literals found: new for each set of literals (kept as an
#: object: compiled, a ``tuple[str, int]`` is kept unboxed and made a new tuple at each use)
_MEMO_KEY: Final[list[Hashable]] = [("presence.found", 0)]


def literal_ids(literals: Iterable[str]) -> frozenset[int]:
    """Register lower-case ``literals``; their ids, or none (no test) if one is empty,
    as every text holds the empty string."""
    wanted = list(literals)
    if "" in wanted:
        return frozenset()
    for literal in wanted:
        _IDS.setdefault(literal, len(_IDS))
    _MEMO_KEY[0] = ("presence.found", len(_IDS))
    return frozenset(_IDS[literal] for literal in wanted)


def case_sensitive_ids(literals: Iterable[str]) -> frozenset[int]:
    """``literal_ids`` of the literals in lower case, for a test of text that must hold
    them as written: a text holding one holds it lowered in ``lowered``. None (no test)
    if one has a capital sigma, the one character lowered by its neighbours."""
    wanted = list(literals)
    if any("\u03a3" in literal for literal in wanted):
        return frozenset()
    return literal_ids(map(lower_in_place, wanted))


def found_in(doc: Document) -> frozenset[int]:
    """The ids of the registered literals ``lowered(doc)`` holds (scanned once)."""
    return doc.memo(_MEMO_KEY[0], lambda: _SCANNER.found(lowered_utf8(doc)))


def holds_any(doc: Document, ids: frozenset[int]) -> bool:
    """Whether ``lowered(doc)`` holds one of the literals ``ids`` (true when there are
    none): ``any(literal in lowered(doc) for literal in …)``, without a pass per literal."""
    return not ids or holds(found_in(doc), ids)


def holds(found: frozenset[int], ids: frozenset[int]) -> bool:
    """``holds_any`` for a rule that asked ``found_in`` once for several tests."""
    return not ids or not ids.isdisjoint(found)
