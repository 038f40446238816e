"""J102: source-language words left in English prose.

A single ``de`` or ``la`` proves nothing (``Charles de Gaulle``, ``de facto``);
a dense run does: ``min_words`` words of one language with at most
``max_gap_words`` other words between neighbours, at least two of them
different. A lower-case word a language lists as ``strong`` (``dengan``,
``không``, ``selon``) has no English homograph and is enough alone; capitalised,
only its ``openers`` are (``Cependant,``, ``Sin embargo,``), since a capitalised
``Yang`` may be a surname. Lower-case
words with a language's ``letters`` (Vietnamese ``ư``, ``đ``) or
``suffixes`` (Indonesian ``-kan``, ``-nya``) count towards a run.

A run is left alone when it is a name (only name particles among
capitalised words), when English function words outnumber the source ones,
when it is a listed loanword or a rank after an ordinal (``a 5th dan black
belt``), when its line is page residue that family A reports
(``residue_leads``), or when it is a deliberate foreign quotation (see
``gloss``). All word lists are pack data.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.nonascii import non_ascii
from mtlint.document.span import DisjointRanges
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.kinds.presence import case_sensitive_ids, holds_any
from mtlint.logic.untranslated.gloss import GlossMarkers
from mtlint.logic.untranslated.lexicon import Found, WordFinder
from mtlint.record import Record
from mtlint.tables.order import longest_first

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_WORD: Final = compile_pattern(r"[\p{L}\p{M}'’-]+")
_SENTENCE_START: Final = compile_pattern(r"(?:^|[.!?:\n])[\s\"“‘(]*$")
_SHOWN: Final = 60
#: the word lists a language may give
_LISTS: Final = ("words", "strong", "openers", "suffixes")
#: how far around a source word suffixed words and loanwords are looked for
_NEAR: Final = 80
#: words other than listed ones whose owners are kept
_OWNERS_KEPT: Final = 1 << 14
#: a suffixed word is at least this long (``dilakukan``, ``puncaknya``; not ``kan``)
_SUFFIXED_LENGTH: Final = 6


class Language(Record):
    """One source language: display name, word lists and tell-tale letters and suffixes;
    with ``letters_alone``, a lower-case word with one of ``letters`` counts alone."""

    __match_args__ = ("name", "words", "strong", "openers", "letters", "suffixes",
                      "letters_alone")

    def __init__(self, name: str, words: frozenset[str], strong: frozenset[str],
                 openers: frozenset[str], letters: str, suffixes: tuple[str, ...],
                 letters_alone: bool = False) -> None:
        self.name: Final = name
        self.words: Final = words
        self.strong: Final = strong
        self.openers: Final = openers
        self.letters: Final = letters
        self.suffixes: Final = suffixes
        self.letters_alone: Final = letters_alone
        #: ``words``, ``strong`` and ``openers`` together, and the set of ``letters``
        self.listed: Final = words | strong | openers
        self.letters_set: Final = frozenset(letters)
        #: the letters that make a lower-case word count alone (none unless ``letters_alone``)
        self.alone_letters: Final = self.letters_set if letters_alone else frozenset()

    def owns(self, word: str) -> bool:
        return self.owns_folded(word.casefold())

    def owns_folded(self, folded: str) -> bool:
        """``owns`` for a word already case-folded."""
        return (folded in self.listed
                or not self.letters_set.isdisjoint(folded)
                or (len(folded) >= _SUFFIXED_LENGTH and folded.endswith(self.suffixes)
                    and bool(self.suffixes)))


class Run(Record):
    """Source words of one language close together."""

    __match_args__ = ("language", "words")

    def __init__(self, language: Language, words: tuple[Found, ...]) -> None:
        self.language: Final = language
        self.words: Final = words

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


class SourceWordsRule(Rule):
    """Reports dense runs of a source language's words, and its strong words alone."""

    OPTIONS: ClassVar[OptionTypes] = {
        "languages": (dict, True),
        "english": (list, True),
        "loanwords": (list, True),
        "name_particles": (list, True),
        "residue_leads": (list, True),
        "gloss_markers": (list, True),
        "mention_markers": (list, True),
        "min_words": (int, False),
        "max_gap_words": (int, False),
        "ordinal_ranks": (list, False),
        "ordinal_words": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.languages = [_language(spec, key, value)
                          for key, value in options["languages"].items()]
        self.finder = WordFinder(w for lang in self.languages
                                 for w in lang.words | lang.strong | lang.openers)
        self.letters = _any_of(c for lang in self.languages for c in lang.letters)
        self._listed = frozenset(w for lang in self.languages for w in lang.listed)
        self._owners_kept: dict[str, tuple[int, ...]] = {}
        self._openers = frozenset(w for lang in self.languages for w in lang.openers)
        self._strong = frozenset(w for lang in self.languages for w in lang.strong)
        self._alone_letters = frozenset(c for lang in self.languages for c in lang.alone_letters)
        self.suffixes = sorted({s for lang in self.languages for s in lang.suffixes})
        self.suffixed = _suffixed_words(self.suffixes)
        self._suffix_ids = case_sensitive_ids(self.suffixes)
        self.english = frozenset(str(w).casefold() for w in options["english"])
        self.particles = frozenset(str(w).casefold() for w in options["name_particles"])
        self.residue = tuple(str(w).casefold() for w in options["residue_leads"])
        self.loanwords = WordFinder(str(w) for w in options["loanwords"])
        self.ranks = _ranks(options.get("ordinal_ranks", []), options.get("ordinal_words", []))
        self.markers = GlossMarkers(options["gloss_markers"], options["mention_markers"],
                                    options["english"])
        self.min_words = int(options.get("min_words", 3))
        self.max_gap = int(options.get("max_gap_words", 3))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        taken: list[Run] = []
        covered = DisjointRanges()  # what ``taken`` covers, asked without scanning it
        for run in sorted(self._runs(self._source_words(doc), text), key=lambda r: -len(r.words)):
            start, end = run.start, run.end
            if covered.overlaps(start, end):
                continue
            if self._is_foreign(doc, run) and not self.markers.is_deliberate(doc, start, end):
                taken.append(run)
                covered.add(start, end)
        for run in sorted(taken, key=lambda r: r.start):
            shown = text[run.start : run.end]
            shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"
            yield self.diagnostic(run.start, run.end, language=run.language.name, match=shown)

    def _source_words(self, doc: Document) -> dict[int, list[Found]]:
        """Listed, letter-marked or suffixed words, lower-case or opening a sentence,
        outside loanwords, by the languages owning them (``_by_language``). Suffixes
        and loanwords matter only near a listed or letter-marked word, so only those
        neighbourhoods are searched for them."""
        text = doc.lint_text
        found = {w.start: w for w in self.finder.find(text)}
        if self.letters is not None and self.letters.search(non_ascii(doc)):
            for match in self.letters.finditer(text):
                word = _word_around(text, match.start())
                found.setdefault(word.start, word)
        # a suffixed word holds its suffix: without one (the shared scan tells), none is
        # looked for
        suffixed = self.suffixed is not None and holds_any(doc, self._suffix_ids)
        # no run: a dense one has min_words words, any other is one word alone
        if not suffixed and len(found) < self.min_words and \
                not any(map(self._alone, found.values())):
            return {}
        near = _neighbourhoods(sorted(found))
        for start, end in near if suffixed else ():
            # the same in the stretch: without a suffix, the slower search finds none
            if any(text.find(suffix, start, end) >= 0 for suffix in self.suffixes):
                for match in self.suffixed.finditer(text, start, end):
                    found.setdefault(match.start(),
                                     Found(match.start(), match.end(), match.group()))
        owned = self._by_language([w for _, w in sorted(found.items())])
        # Loanwords, ranks and sentence starts only take words away, and fewer words never
        # make a run (each group of them lies in a group of all, with no more words and no
        # other strong ones): without a run of all the words, none is looked for.
        if next(self._runs(owned, text), None) is None:
            return {}
        in_loanword = _Within(self._loanwords(text, near))
        dropped = {w.start for w in found.values()
                   if not (w.word.islower()
                           or _SENTENCE_START.search(text, max(0, w.start - 8), w.start))
                   or in_loanword(w.start)}
        if not dropped:
            return owned
        return {i: [w for w in words if w.start not in dropped] for i, words in owned.items()}

    def _alone(self, word: Found) -> bool:
        """Whether ``word`` may be a run alone (``_kept``) for some language: the test
        of ``_kept`` with every language's lists at once."""
        return _counts_alone(word.word, self._openers, self._strong, self._alone_letters)

    def _loanwords(self, text: str, near: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Where loanwords and ranks after an ordinal are, in the stretches ``near``."""
        loans = self.loanwords.spans_in(text, near)
        if self.ranks is not None:
            for start, end in near:
                loans += [m.span() for m in self.ranks.finditer(text, start, end)]
        return loans

    def _runs(self, by_language: dict[int, list[Found]], text: str) -> Iterator[Run]:
        """The runs of the words each language owns (``_by_language``)."""
        for i in sorted(by_language):  # in the order of the languages
            language, owned = self.languages[i], by_language[i]
            current: list[Found] = []
            for word in owned:
                if current and _more_words_between(text, current[-1].end, word.start,
                                                   self.max_gap):
                    yield from self._kept(language, current)
                    current = []
                current.append(word)
            yield from self._kept(language, current)

    def _by_language(self, words: list[Found]) -> dict[int, list[Found]]:
        """The words each language owns, in order, by the language's index (only the
        languages owning some)."""
        owned: dict[int, list[Found]] = {}
        for word in words:
            for i in self._owners(word.word.casefold()):
                owned.setdefault(i, []).append(word)
        return owned

    def _owners(self, folded: str) -> tuple[int, ...]:
        """The indexes of the languages owning a case-folded word; kept for listed words
        (a bounded set) and for the first ``_OWNERS_KEPT`` others (letter-marked or
        suffixed words, any number of them)."""
        owners = self._owners_kept.get(folded)
        if owners is None:
            owners = tuple(i for i, language in enumerate(self.languages)
                           if language.owns_folded(folded))
            if folded in self._listed or len(self._owners_kept) < _OWNERS_KEPT:
                self._owners_kept[folded] = owners
        return owners

    def _kept(self, language: Language, words: list[Found]) -> Iterator[Run]:
        dense = len(words) >= self.min_words and len({w.word.casefold() for w in words}) >= 2
        if dense:
            yield Run(language, tuple(words))
            return
        for word in words:
            if _counts_alone(word.word, language.openers, language.strong,
                             language.alone_letters):
                yield Run(language, (word,))

    def _is_foreign(self, doc: Document, run: Run) -> bool:
        """Not a name (``Juan de la Cruz y Pérez``), not mostly English, not residue."""
        text = doc.lint_text
        if "\n" in text[run.start : run.end] or self._on_residue_line(doc, run.start):
            return False
        others = [w for w in _WORD.findall(text, run.start, run.end)
                  if not run.language.owns(w)]
        english = [w for w in others if w.casefold() in self.english]
        if len(english) >= len(run.words):
            return False
        named = [w for w in others if w.casefold() not in self.english]
        particles_only = all(w.word.casefold() in self.particles for w in run.words)
        return not (particles_only and named and all(w[:1].isupper() for w in named))

    def _on_residue_line(self, doc: Document, offset: int) -> bool:
        line_start = doc.line_start_at(offset)
        text = doc.lint_text
        return text[line_start : line_start + 60].lstrip().casefold().startswith(self.residue)


def _counts_alone(word: str, openers: frozenset[str], strong: frozenset[str],
                  alone_letters: frozenset[str]) -> bool:
    """Whether ``word`` is a run alone: an opener, or lower-case and strong or with a
    letter that counts alone."""
    folded = word.casefold()
    return folded in openers or (word.islower() and (
        folded in strong or not alone_letters.isdisjoint(folded)))


def _language(spec: RuleSpec, key: str, value: Any) -> Language:
    where = f"rule.{spec.meta.code}.options.languages.{key}"
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or \
            not all(_strings(value.get(k, [])) for k in _LISTS) or \
            not isinstance(value.get("letters", ""), str) or \
            not isinstance(value.get("letters_alone", False), bool) or \
            set(value) - {"name", "letters", "letters_alone", *_LISTS}:
        raise PackError(f"each language has a name, optional letters and optional lists "
                        f"({', '.join(_LISTS)})", spec.meta.pack, where)
    lists = {key: frozenset(w.casefold() for w in value.get(key, [])) for key in _LISTS}
    return Language(value["name"], lists["words"], lists["strong"], lists["openers"],
                    value.get("letters", ""), tuple(value.get("suffixes", [])),
                    bool(value.get("letters_alone", False)))


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _any_of(letters: Iterable[str]) -> Any:
    """A pattern matching any of ``letters``, or None when there are none (``re``: it scans
    for a set of characters five times faster than ``regex``)."""
    chars = "".join(sorted(set(letters)))
    return compile_sre(f"[{re.escape(chars)}]") if chars else None


def _suffixed_words(suffixes: Iterable[str]) -> Any:
    """Lower-case words ending in one of ``suffixes``, or None when there are none."""
    ends = sorted(set(suffixes), key=longest_first)
    if not ends:
        return None
    return compile_pattern(rf"(?<![\w'’-])\p{{Ll}}{{{_SUFFIXED_LENGTH - 3},}}"
                           rf"(?:{'|'.join(map(regex.escape, ends))})(?![\w'’-])")


def _ranks(ranks: Iterable[Any], ordinal_words: Iterable[Any]) -> Any:
    """A rank after an ordinal and not before another number (``5th dan``,
    ``twelfth-dan``; not ``the 5th dan 6th``), or None when no rank is listed."""
    if not (listed := sorted(map(str, ranks), key=longest_first)):
        return None
    ordinal = "|".join([r"\d{1,2}(?:st|nd|rd|th)",
                        *map(regex.escape, sorted(map(str, ordinal_words), key=longest_first))])
    return compile_pattern(
        rf"(?<![\w'’-])(?:{ordinal})[ \t-]+(?:{'|'.join(map(regex.escape, listed))})"
        rf"(?![\w'’-])(?![ \t]+(?:\d|(?:{ordinal})(?![\w'’-])))", regex.IGNORECASE)


def _neighbourhoods(starts: list[int]) -> list[tuple[int, int]]:
    """Merged stretches of ``_NEAR`` characters around each of ``starts``."""
    merged: list[tuple[int, int]] = []
    for start in starts:
        low, high = max(0, start - _NEAR), start + _NEAR
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


class _Within:
    """Whether an offset lies in one of some ranges: ``any(s <= at < e for s, e in
    ranges)`` by bisection (the ranges may overlap)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))

    def __call__(self, at: int) -> bool:
        i = bisect_right(self.starts, at) - 1  # the ranges starting at or before ``at``
        return i >= 0 and self.reach[i] > at


def _more_words_between(text: str, start: int, end: int, most: int) -> bool:
    """Whether more than ``most`` words lie between ``start`` and ``end`` (split no further)."""
    return len(text[start:end].split(None, most)) > most


def _word_around(text: str, i: int) -> Found:
    """The word holding the letter at ``i``."""
    start, end = i, i + 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return Found(start, end, text[start:end])
