"""One capitalised word written two ways: accents (``Şehir``/``Sehir``), case
(``Codelco``/``CODELCO``), transliteration (``Olkhon``/``Olhon``) or spacing
(``Yun Chuan``/``Yunchuan``).

F103's windows compare names of two or more words; a single word written
two ways is the same slip. Words shorter than ``MIN_TYPO_LENGTH`` are compared
by accents and case only (``Lee`` and ``Li`` are two surnames), longer ones
after the pack's transliteration rewrites too; two capitalised words are
compared with one word written without the space. A capitals-only spelling
counts only against a capitalised one. Only lines of narration count
(headlines and credit lines are often set in capitals), never a dateline's
place (``LAGOS, Nigeria —``, ``KOTA BHARU:``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from string import ascii_letters, digits
from typing import TYPE_CHECKING, Final

import ahocorasick_rs

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.lines import line_at
from mtlint.document.segment import positions_of
from mtlint.logic.names.keys import KeyIndex
from mtlint.logic.names.similarity import MIN_TYPO_LENGTH, plain
from mtlint.record import Record
from mtlint.tables.entities import within_a_mention
from mtlint.tables.phrases import find_matches

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.tables.entities import Mention

#: a capitalised word standing alone
_WORD: Final = compile_pattern(r"(?<![\w'’-])\p{Lu}[\p{L}\p{M}]+(?![\w'’-])")
#: a character of a word (``_WORD`` takes none before or after it)
_JOINER: Final = compile_pattern(r"[\w'’-]")
#: the ASCII characters ``_JOINER`` takes (``\w`` is ``[A-Za-z0-9_]`` in ASCII)
_ASCII_JOINERS: Final = frozenset(ascii_letters + digits + "_'-")
_DATELINE: Final = compile_pattern(r"[ \t]*(?:[\p{Lu}\p{M}'’.-]+[ \t]*)+(?=[,:\u2013\u2014(-])")
#: a line with fewer words than this is a headline, credit or label, not narration
_NARRATION_WORDS: Final = 8
#: what ``str.split()`` splits out (both go by ``str.isspace``)
_SPLIT_WORD: Final = compile_sre(r"\S+")
#: up to this many suspects are looked for one at a time (see ``_starts``)
_FOUND_ONE_BY_ONE: Final = 16


class TokenVariant(Record):
    """A later spelling at ``[start, end)`` of the word first written ``first``."""

    __match_args__ = ("start", "end", "first")

    def __init__(self, start: int, end: int, first: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.first: Final = first


def spelling_keys(fold: Callable[[str], str]) -> KeyIndex[str]:
    """Spellings indexed by their ``_keys`` with ``fold``."""
    return KeyIndex(partial(_keys, fold=fold))


def token_variants(doc: Document, mentions: list[Mention], index: KeyIndex[str],
                   spellings: set[str]) -> list[TokenVariant]:
    """Later spellings of capitalised words the narration first wrote another way;
    ``index`` (``spelling_keys``) keys them by F103's transliteration-neutral fold and
    ``spellings`` are the capitalised words of four letters or more (``sequences.words``)
    and the two-word names (``Yun Chuan``) it found."""
    text = doc.lint_text
    suspects = _sharing_a_key(spellings, index)
    if not suspects:  # most articles: every word is written one way, wherever it stands
        return []
    first_seen: dict[str, str] = {}
    found: list[TokenVariant] = []
    starts = [m.start for m in mentions]
    words_on_line: dict[int, int] = {}  # by line start: a 5 MB file may be one line
    for start, end, spelling in _occurrences(text, suspects):
        # a listed name's words first: the cheapest test, and most dateline pairs' other half
        if within_a_mention(mentions, starts, start, end):
            continue
        line = line_at(doc, start)
        if line is None or doc.in_quote(start, end):
            continue
        if line.start not in words_on_line:  # counted up to what matters, not listed
            words_on_line[line.start] = _words_up_to(text, line.start, line.end,
                                                     _NARRATION_WORDS)
        if words_on_line[line.start] < _NARRATION_WORDS or (
                spelling.isupper() and _in_dateline(text, line.start, start)):
            continue
        for key in suspects[spelling]:
            first = first_seen.setdefault(key, spelling)
            if first != spelling and _comparable(first, spelling):
                found.append(TokenVariant(start, end, first))
                break
    return found


def _words_up_to(text: str, start: int, end: int, most: int) -> int:
    """``len(text[start:end].split())``, or ``most`` if that is more (a line may be a whole
    30 MB file: its list of words took 400 MB)."""
    count = 0
    for _ in _SPLIT_WORD.finditer(text, start, end):
        count += 1
        if count == most:
            break
    return count


def _sharing_a_key(spellings: set[str], index: KeyIndex[str]) -> dict[str, tuple[str, ...]]:
    """The spellings that share a key with another spelling they may be a variant of,
    with their keys."""
    # a spelling sharing a key with another of the article's is among index.sharing's
    keys = index.sharing(spellings)
    if len(keys) < 2:  # most articles: no spelling shares a key with one seen elsewhere
        return {}
    first: dict[str, str] = {}  # the first spelling with each key
    shared: dict[str, list[str]] = {}  # the keys of two spellings or more: few
    for spelling, its_keys in keys.items():
        for key in its_keys:
            other = first.setdefault(key, spelling)
            if other is not spelling:
                shared.setdefault(key, [other]).append(spelling)
    suspects: dict[str, tuple[str, ...]] = {}
    for group in shared.values():
        for i, spelling in enumerate(group):
            for other in group[i + 1 :]:  # _comparable is symmetric: each pair once
                if _comparable(spelling, other):
                    suspects[spelling] = keys[spelling]
                    suspects[other] = keys[other]
    return suspects


def _occurrences(text: str, spellings: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the suspect words and pairs stand, as whole words (as ``_WORD`` finds them),
    in text order."""
    found: list[tuple[int, int, str]] = []
    for spelling, ats in _starts(text, list(spellings)).items():
        if " " not in spelling:
            # a word of letters with no part of a word on either side is what _WORD finds
            found.extend((at, at + len(spelling), spelling) for at in ats
                         if not _joins(text, at - 1) and not _joins(text, at + len(spelling)))
            continue
        next_from = 0
        for at in ats:  # as ``text.find(pair, next_from)`` finds them: copies do not overlap
            if at < next_from:
                continue
            end = next_from = at + len(spelling)
            if _WORD.match(text, at) and (end == len(text) or not text[end].isalnum()):
                found.append((at, end, spelling))
    return sorted(found)


def _starts(text: str, spellings: list[str]) -> dict[str, list[int]]:
    """Every start of every spelling in ``text``, overlapping ones too: by ``str.find`` for
    a few spellings (an article's usual 2 to 12; building an automaton took longer), in
    one Aho-Corasick scan for more (a scan of the text for each took quadratic time: a
    long file has more names)."""
    if len(spellings) <= _FOUND_ONE_BY_ONE:
        return {spelling: positions_of(text, [spelling], 0, len(text)) for spelling in spellings}
    automaton = ahocorasick_rs.AhoCorasick(spellings,
                                           matchkind=ahocorasick_rs.MatchKind.Standard)
    found: dict[str, list[int]] = {spelling: [] for spelling in spellings}
    longest = max(map(len, spellings))
    for index, at, _ in find_matches(automaton, text, longest, overlapping=True):
        found[spellings[index]].append(at)
    for ats in found.values():
        ats.sort()
    return found


def _joins(text: str, i: int) -> bool:
    """Whether ``text[i]`` (``i`` may be outside the text) is part of a word."""
    if not 0 <= i < len(text):
        return False
    char = text[i]
    return char in _ASCII_JOINERS if char.isascii() else _JOINER.match(char) is not None


def _keys(spelling: str, fold: Callable[[str], str]) -> tuple[str, ...]:
    """A pair is compared written without its space; a word by its transliteration-neutral
    fold (or, when short, accents and case only) and as a possible pair without space.
    Keys are strings, the kind first (a string keeps its hash: a tuple's is recomputed)."""
    if " " in spelling:
        return (f"compact:{plain(spelling.replace(' ', ''))}",)
    letters = plain(spelling)
    key = f"fold:{fold(spelling)}" if len(spelling) >= MIN_TYPO_LENGTH else f"plain:{letters}"
    return key, f"compact:{letters}"



def _comparable(first: str, later: str) -> bool:
    """Letters or spacing differ, or one is capitals only and the other capitalised;
    lengths differ by one letter at most (``Olkhon``/``Olhon``, not ``Philippe``/``Filip``,
    two given names that fold alike)."""
    if abs(len(first.replace(" ", "")) - len(later.replace(" ", ""))) > 1:
        return False
    if first.isupper() != later.isupper():
        return True
    return first.casefold() != later.casefold()


def _in_dateline(text: str, line_start: int, offset: int) -> bool:
    """Whether ``offset`` is in a dateline's place name (``WALLA WALLA, Wash. —``,
    ``LAGOS, Nigeria``): capitals at the start of a line, before its first comma or dash."""
    head = _DATELINE.match(text, line_start, min(len(text), line_start + 200))
    return head is not None and offset < head.end()
