"""F103: one person's name spelled two ways in one article (``Fadil Rahman``, ``Fadel Rahman``).

Two capitalised windows with the same number of tokens, all equal but one,
and that one the same name after transliteration or one letter apart (see
``similarity``), are one name spelled two ways; so are two windows that
differ only in spaces and hyphens (``Moon Jae-in``, ``Moon Jae In``). Every
occurrence of a later spelling is reported, with the first-used spelling as
an unsafe fix. Names in the entity tables are left to F101 and F102, and
quotations are the speaker's. A single word written with and without its
accents, or once in capitals, is reported too (``token_variants``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.nonascii import non_ascii
from mtlint.document.span import DisjointRanges
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Fix
from mtlint.logic.names.keys import KeyIndex
from mtlint.logic.names.sequences import SequenceFinder, Window
from mtlint.logic.names.similarity import Transliteration
from mtlint.logic.names.token_variants import spelling_keys, token_variants
from mtlint.tables.entities import within_a_mention

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

Words = tuple[str, ...]
#: a group of names this big is compared by ``Transliteration.near_keys``, not pair by pair
_SMALL_GROUP: Final = 24
_COMPACT: Final = "compact:"
_SWAPPED: Final = "swapped:"


class NameVariantRule(Rule):
    """Reports later spellings of a name the article first spelled another way."""

    OPTIONS: ClassVar[OptionTypes] = {
        "particles": (list, True),
        "transliteration": (list, True),
        "not_names": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.finder = SequenceFinder(spec.options["particles"])
        self.same = Transliteration(_pairs(spec))
        self.not_names = frozenset(str(w) for w in spec.options["not_names"])
        self.spelling_keys = spelling_keys(self.same.fold)
        self.name_index: KeyIndex[Words] = KeyIndex(partial(_name_keys, fold=self.same.fold))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        reported = DisjointRanges()
        names, spellings = self.finder.names_and_spellings(doc.lint_text, non_ascii(doc))
        candidates = self._similar_names(names)
        if candidates:
            occurrences = self._occurrences(doc, ctx, {w for pair in candidates for w in pair})
            for first, later in _ordered(candidates, occurrences):
                model = occurrences[first][0]
                for window in occurrences[later]:
                    start, end = _differing_span(window, first)
                    if reported.overlaps(start, end):
                        continue
                    reported.add(start, end)
                    yield self._finding(doc, window, model, start, end)
        for variant in token_variants(doc, ctx.entities.mentions_in(doc), self.spelling_keys,
                                      spellings):
            if not reported.overlaps(variant.start, variant.end):
                found = doc.text[variant.start : variant.end]
                fix = Fix.replace(variant.start, variant.end, variant.first,
                                  self.meta.applicability,
                                  f"Write '{variant.first}', as the article first did")
                yield self.diagnostic(variant.start, variant.end, fix=fix, found=found,
                                      first=variant.first)

    def _occurrences(self, doc: Document, ctx: Context,
                     wanted: set[Words]) -> dict[Words, list[Window]]:
        """Where the wanted names stand in the narration, not inside an entity-table name
        (``Hue`` is one, ``Thua Thien Hue`` is a longer name of its own)."""
        mentions = ctx.entities.mentions_in(doc)
        starts = [m.start for m in mentions]
        found: dict[Words, list[Window]] = defaultdict(list)
        for window in self.finder.windows(doc.lint_text, wanted, non_ascii(doc)):
            if doc.in_quote(window.start, window.end) or \
                    within_a_mention(mentions, starts, window.start, window.end):
                continue
            found[window.words].append(window)
        return found

    def _similar_names(self, names: set[Words]) -> set[tuple[Words, Words]]:
        """Pairs of names that are one name spelled two ways."""
        # a name sharing a key with another of the article's is among index.sharing's
        candidates = self.name_index.sharing(names)
        first: dict[str, Words] = {}  # the first name with each key
        buckets: dict[str, list[Words]] = {}  # the keys of two names or more: few
        for words, keys in candidates.items():
            for key in keys:
                other = first.setdefault(key, words)
                if other is not words:
                    buckets.setdefault(key, [other]).append(words)
        similar: set[tuple[Words, Words]] = set()
        for key, members in buckets.items():
            if key[0].isdigit():
                i = int(key.partition(":")[0])
                similar.update(pair for pair in self._pairs_to_compare(i, members)
                               if self._same_token(i, *pair))
            elif not key.startswith(_COMPACT) or any("-" in "".join(m) for m in members):
                # one name, accented or (one of them hyphenated) spaced two ways
                similar.update((a, b) for a in members for b in members if a < b)
        return similar

    def _pairs_to_compare(self, i: int, members: list[Words]) -> set[tuple[Words, Words]]:
        """Pairs (a < b) of names, equal but for token ``i``, that ``_same_token`` may take
        for one name: every pair of a small group; in a big one (a long file's list of
        people called ``Mr`` something), those whose token ``i`` shares a key, which
        every pair ``_same_token`` takes does (``near_keys``, the plural's stem)."""
        groups = [members]
        if len(members) > _SMALL_GROUP:
            near: dict[tuple[str, str], list[Words]] = defaultdict(list)
            for words in members:
                near["plural", words[i].rstrip("s")].append(words)
                for key in self.same.near_keys(words[i]):
                    near[key].append(words)
            groups = [group for group in near.values() if len(group) > 1]
        return {(a, b) for group in groups for a in group for b in group if a < b}

    def _same_token(self, i: int, a: Words, b: Words) -> bool:
        """Whether names ``a`` and ``b``, equal but for token ``i``, are one name."""
        if a[i] in self.not_names or b[i] in self.not_names:
            return False
        if i == len(a) - 1 >= 2 and a[i].rstrip("s") == b[i].rstrip("s"):
            return True  # Rapid Support Forces / Rapid Support Force: a long name's plural
        return self.same.same_name(a[i], b[i], given_name=i == 0 and len(a) > 1)

    def _finding(self, doc: Document, window: Window, model: Window, start: int,
                 end: int) -> Diagnostic:
        found = doc.text[window.start : window.end]
        first = doc.text[model.start : model.end]
        replacement = _matching_part(model, window, start, end, doc.text)
        fix = Fix.replace(start, end, replacement, self.meta.applicability,
                          f"Write '{first}', as the article first did")
        return self.diagnostic(start, end, fix=fix, found=found, first=first)


def _ordered(pairs: set[tuple[Words, Words]],
             occurrences: dict[Words, list[Window]]) -> list[tuple[Words, Words]]:
    """(first-used, later) spellings found in the narration, shortest names first (the
    messages then quote the name, not the title before it)."""
    ordered = []
    for a, b in pairs:
        if occurrences.get(a) and occurrences.get(b):
            first = min(a, b, key=lambda w: occurrences[w][0].start)
            ordered.append((first, b if first == a else a))
    return sorted(ordered, key=lambda p: (len(p[1]), occurrences[p[1]][0].start))


def _differing_span(window: Window, first: Words) -> tuple[int, int]:
    """The token that differs from the first spelling, or the whole window when the
    two differ in spacing or hyphens."""
    if len(window.words) == len(first):
        differing = [i for i, (a, b) in enumerate(zip(window.words, first, strict=True)) if a != b]
        if len(differing) == 1:
            return window.token_span(differing[0])
    return window.start, window.end


def _matching_part(model: Window, window: Window, start: int, end: int, text: str) -> str:
    """The first spelling's text for the span ``[start, end)`` of ``window``."""
    if (start, end) == (window.start, window.end):
        return text[model.start : model.end]
    token_start, token_end = model.token_span(window.starts.index(start))
    return text[token_start:token_end]


def _name_keys(words: Words, fold: Callable[[str], str]) -> tuple[str, ...]:
    """``_bucket_keys``, the name without spaces and hyphens, a key that pairs names
    only when one of them is hyphenated (Park Ji-sung / Park Ji Sung), and for a name of
    two tokens those in either order (Kenji Ishida / Ishida Kenji)."""
    keys = (*_bucket_keys(words, fold), f"{_COMPACT}{_compact(words)}")
    if len(words) == 2:
        keys += (f"{_SWAPPED}{tuple(sorted(fold(w) for w in words))!r}",)
    return keys


def _bucket_keys(words: Words, fold: Callable[[str], str]) -> tuple[str, ...]:
    """The buckets a name shares with the names it may be a spelling of: its folded
    form (Nguyen Van Tuan / Nguyễn Văn Tuấn: every token differs, the folded name
    not) and itself without each token ``i`` in turn. Keys are strings, ``i:`` and the
    rest's ``repr`` (one string for one tuple), so they keep their hashes (a tuple's is
    recomputed)."""
    folded = f"folded:{tuple(fold(w) for w in words)!r}"
    return (folded, *(f"{i}:{words[:i] + words[i + 1 :]!r}" for i in range(len(words))))


def _compact(words: Words) -> str:
    return "".join(words).replace("-", "").casefold()


def _pairs(spec: RuleSpec) -> list[tuple[str, str]]:
    rewrites = spec.options["transliteration"]
    if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p)
               for p in rewrites):
        raise PackError("a list of [from, to] pairs of strings", spec.meta.pack,
                        f"rule.{spec.meta.code}.options.transliteration")
    return [(str(a), str(b)) for a, b in rewrites]
