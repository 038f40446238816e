"""When two spellings of a name token are one name: transliteration and small typos.

``Sergei``/``Sergey``, ``Philip``/``Philippe``, ``Setiyawan``/``Setiawan`` and
``Erdoğan``/``Erdogan`` are equal after the pack's transliteration rules;
``Fadil``/``Fadel`` differ by one letter and ``Boluarte``/``Boularte`` by two
swapped letters in a long enough token. Not the same
name: short tokens (``John``/``Joan``), different first letters
(``Eastern``/``Western``), a longer form of the other (``Korea``/``Korean``,
``Ivanov``/``Ivanova``), or given names that differ in the final vowel
(``Mario``/``Maria``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from mtlint.document.casing import lower

#: a one-letter difference counts only in tokens at least this long
MIN_TYPO_LENGTH: Final = 5
_VOWELS: Final = frozenset("aeiouy")


class Transliteration:
    """Folds a token to a spelling-neutral key with ordered (from, to) rewrites.

    A ``from`` starting with ``^`` rewrites only at the start of the word
    (``^ye`` -> ``e``: Yevgeny / Evgeny, but not Faye / Fae)."""

    def __init__(self, rewrites: Iterable[tuple[str, str]]) -> None:
        self.rewrites = tuple(rewrites)
        self.fold = lru_cache(maxsize=4096)(self._fold)

    def _fold(self, token: str) -> str:
        text = plain(token)
        for old, new in self.rewrites:
            if old.startswith("^"):
                text = new + text[len(old) - 1 :] if text.startswith(old[1:]) else text
            else:
                text = text.replace(old, new)
        collapsed = "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1])
        return collapsed[:-1] if len(collapsed) > 3 and collapsed.endswith("e") else collapsed

    def same_name(self, a: str, b: str, given_name: bool) -> bool:
        """Whether tokens ``a`` and ``b`` (``a != b``) spell one name."""
        x, y = self.fold(a), self.fold(b)
        if x == y:
            return True
        if min(len(x), len(y)) < MIN_TYPO_LENGTH or x[0] != y[0]:
            return False
        if x.startswith(y) or y.startswith(x):
            return False
        if given_name and _differ_in_final_vowel(x, y):
            return False
        # the rewrites can hide a swap (Boluarte/Boularte fold to boluart/bulart)
        return _one_edit_apart(x, y) or _swapped_pair(plain(a), plain(b))

    def near_keys(self, token: str) -> tuple[tuple[str, str], ...]:
        """Keys that any two tokens ``same_name`` takes for one name share: the fold (one
        fold) and, in a fold long enough for a typo, the fold and the plain letters each
        less one letter (a letter replaced: both drop it; one more letter: the longer
        drops it; two letters swapped: both drop the same one of the two). Comparing only
        the tokens that share a key, not every pair, finds the same names in a long list."""
        folded = self.fold(token)
        if len(folded) < MIN_TYPO_LENGTH:
            return (("fold", folded),)
        letters = plain(token)
        return (("fold", folded),
                *(("fold", folded[:i] + folded[i + 1 :]) for i in range(len(folded))),
                *(("plain", letters[:i] + letters[i + 1 :]) for i in range(len(letters))))


@lru_cache(maxsize=16384)
def plain(token: str) -> str:
    """``token`` in lower case, letters only, accents dropped (Turkish dotless ``ı`` too)."""
    if token.isascii():
        return "".join(c for c in lower(token) if c.isalpha())
    return "".join(c for c in unicodedata.normalize("NFKD", token.casefold())
                   if c.isalpha()).replace("ı", "i")


def _swapped_pair(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` differ only by two neighbouring letters swapped, not at
    the end (``Sabir``/``Sabri``, ``Nasir``/``Nasri`` are different names)."""
    if len(x) != len(y) or len(x) <= MIN_TYPO_LENGTH:
        return False
    differ = [i for i, (a, b) in enumerate(zip(x, y, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and differ[1] < len(x) - 1 and \
        x[differ[0]] == y[differ[1]] and x[differ[1]] == y[differ[0]]


def _differ_in_final_vowel(x: str, y: str) -> bool:
    return len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} <= _VOWELS


def _one_edit_apart(x: str, y: str) -> bool:
    """Levenshtein distance exactly one (one substitution, insertion or deletion)."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) > len(y):
        x, y = y, x
    for i, (a, b) in enumerate(zip(x, y[: len(x)], strict=True)):
        if a != b:
            return x[i + 1 :] == y[i + 1 :] if len(x) == len(y) else x[i:] == y[i + 1 :]
    return True
