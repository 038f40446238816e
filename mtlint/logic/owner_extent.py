"""Where an organisation that owns a title ends (K101), never in a person's name.

After the head noun (``Ministry``) an ``of …`` complement may follow: a listed
entity (``of Egypt``) or capitalised items joined by commas and a last ``and``
(``of Agriculture, Food and Rural Affairs``), and after it another ``of …``
(``of Monetary Management of Bank Indonesia``: no name comes before an
``of``). Source order then puts the person's name right after the owner
(``Ministry of Religion Hilman Latief said``), so where the owner ends is read
from the words (see ``OwnerExtent._item_end``): a word that starts a listed
person's name (``Abdul``, ``Nguyen``) starts the name; otherwise the item ends
at its last ``item_ends`` word (a complement word or an institution's noun:
``Affairs``, ``Secretariat``) where more capitalised words follow it, and a
name may then be one word (``of State Secretariat Pratikno``); without such
words the last two capitalised words are left to a name, and two words alone
are the owner's. An item stops where a listed entity starts, and a listed
place or organisation right after the name (``Fire and Rescue Department
Kelantan``, ``Regional Police Central Sulawesi``, ``People's Committee Quang Tri
province``) owns it, and is part of the owner too.
"""

from __future__ import annotations

from typing import Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.casing import lower
from mtlint.record import Record

_LEAD: Final = compile_pattern(r"[ ](?:of|for)[ ](?:the[ ])?(?=\p{Lu}|\d{4}[ ]\p{Lu})")
_WORD: Final = compile_pattern(r"(?:\p{Lu}[\w'’-]*|\d{4}(?=[ ]\p{Lu}))(?![\w'’-])")
_COMMA: Final = compile_pattern(r",[ ](?=\p{Lu})")
_AND: Final = compile_pattern(r",?[ ](?:and|&)[ ](?=\p{Lu})")
_NEXT_WORD: Final = compile_pattern(r"[ ]([\w'’-]+)")
#: the most words one complement item takes (``the Northern Sea Route``)
_ITEM_WORDS: Final = 3
#: the words a person's name after the owner is given where no word tells
_NAME_WORDS: Final = 2
#: the most ``of …`` complements one after another that an owner takes
_COMPLEMENTS: Final = 3
#: the most items of a list in a complement that are read
_LIST_ITEMS: Final = 12


class _Run(Record):
    """Capitalised words: those taken as an item, and how many ran on (up to five)."""

    __match_args__ = ("taken", "words")

    def __init__(self, taken: list[tuple[int, int]], words: int) -> None:
        self.taken: Final = taken
        self.words: Final = words

    @property
    def end(self) -> int:
        return self.taken[-1][1] if self.taken else -1


class Owner(Record):
    """An organisation owner's end, and where a place or organisation owning it
    starts (``split``; ``end`` when there is none) and that one's entity kind."""

    __match_args__ = ("end", "split", "split_kind")

    def __init__(self, end: int, split: int, split_kind: str = "") -> None:
        self.end: Final = end
        self.split: Final = split
        self.split_kind: Final = split_kind


class OwnerExtent:
    """Finds the end of an organisation's name in a text, given the entity mentions
    (start: end and kind), the kinds that may own an organisation (``place_kinds``),
    the nouns after a place (``province``), the words that end a complement item
    (``item_ends``), organisations' head nouns (``heads``), the words that start a
    listed person's name (``name_starts``) and the honorifics after which such a word
    is part of an institution's name (``honorifics``: Saint, Prince)."""

    def __init__(self, text: str, mentions: dict[int, tuple[int, str]],
                 place_kinds: set[str], place_nouns: set[str], item_ends: set[str],
                 title_words: set[str], name_like: set[str], *,
                 heads: frozenset[str] = frozenset(),
                 name_starts: frozenset[str] = frozenset(),
                 honorifics: frozenset[str] = frozenset()) -> None:
        self._text = text
        self._mentions = mentions
        self._place_kinds = place_kinds
        self._place_nouns = place_nouns
        self._item_ends = item_ends
        self._titles = title_words
        self._name_like = name_like
        self._name_starts = name_starts
        self._honorifics = honorifics
        self._heads = heads

    def owner(self, head_start: int, head_end: int) -> Owner:
        """The owner whose head noun is at ``[head_start, head_end)``: its complement,
        a listed name beginning with the head (``Bank Indonesia``), then an owning place."""
        listed = self._mentions.get(head_start)
        if listed is not None and listed[0] > head_end and listed[1] in self._place_kinds:
            return Owner(listed[0], head_start, listed[1])
        end = self.complement_end(head_end)
        return self._with_place(end)

    def owning_place(self, end: int) -> Owner:
        """The place right after one of the ``of …`` complements from ``end`` (a title's:
        ``Head of the Office of Industry and Trade`` East Java, ``Secretary of the Party
        Committee`` Taijiang County), which owns the organisation they name: a listed
        place or capitalised words with a place noun, as ``owner`` takes one after an
        organisation's name; ``Owner(end, end)`` when there is none."""
        for _ in range(_COMPLEMENTS):
            after = self._one_complement_end(end)
            if after == end:
                break
            end = after
            owner = self._with_place(end)
            if owner.split < owner.end:
                return owner
        return Owner(end, end)

    def complement_end(self, end: int) -> int:
        """Where the ``of …`` complements after ``end`` end (``end`` if there is none):
        one, and another whole one right after it (``of Monetary Management of Bank
        Indonesia``)."""
        end = self._one_complement_end(end)
        for _ in range(_COMPLEMENTS - 1):
            after = self._one_complement_end(end)
            if after == end or not self._whole(after):
                break
            end = after
        return end

    def _whole(self, end: int) -> bool:
        """Whether a complement ending at ``end`` is a whole name: no listed entity but a
        person, head noun or ``item_ends`` word follows it (``of Moscow`` State
        University, ``of DKI`` Jakarta)."""
        listed = self._mentions.get(end + 1)
        after = _NEXT_WORD.match(self._text, end)
        return (listed is None or listed[1] == "person") and (
            after is None or not (after.group(1) in self._heads
                                  or after.group(1) in self._item_ends))

    def _one_complement_end(self, end: int) -> int:
        """Where one ``of …`` complement right after ``end`` ends (``end`` if none)."""
        lead = _LEAD.match(self._text, end)
        if lead is None:
            return end
        listed = self._mentions.get(lead.end())
        if listed is not None:
            return self._after_place_noun(listed[0])
        first = self._words(lead.end())
        if not first.taken:
            return end
        listed_end = self._list_end(first)
        return listed_end if listed_end is not None else self._item_end(first)

    def _list_end(self, first: _Run) -> int | None:
        """Where a list that ``first`` opens ends (``of Culture, Radio, Television and
        Tourism``), or None: items of one word, or two ending in a complement word,
        joined by commas and a last ``and`` that no title follows (``and Foreign
        Minister Wang Yi``)."""
        item = first
        for _ in range(_LIST_ITEMS):
            if not self._may_be_listed(item):
                return None
            comma = _COMMA.match(self._text, item.end)
            if comma is None:
                break
            item = self._words(comma.end())
            if not item.taken:
                return None
        conjunction = _AND.match(self._text, item.end)
        if conjunction is None or self._starts_title(conjunction.end()) or \
                not self._may_be_listed(item):
            return None
        last = self._words(conjunction.end())
        return self._item_end(last) if last.taken else None

    def _may_be_listed(self, item: _Run) -> bool:
        """Whether ``item`` may be one item of a list: all its words taken, one of them
        or two ending in an ``item_ends`` word (``Natural Resources``)."""
        return item.words == len(item.taken) and (
            len(item.taken) == 1 or (len(item.taken) == 2
                                     and self._word(item.taken[1]) in self._item_ends))

    def _words(self, start: int) -> _Run:
        """The capitalised words of one complement item from ``start`` (a listed name
        counts as one), up to ``_ITEM_WORDS`` and before a listed name."""
        listed = self._mentions.get(start)
        if listed is not None:
            return _Run([(start, listed[0])], 1)
        words: list[tuple[int, int]] = []
        at = start
        # more words than an item and a name take need not be counted
        while len(words) < _ITEM_WORDS + _NAME_WORDS and \
                (word := _WORD.match(self._text, at)) is not None:
            words.append((word.start(), word.end()))
            if self._text[word.end() : word.end() + 1] != " ":
                break
            at = word.end() + 1
        taken: list[tuple[int, int]] = []
        for span in words[:_ITEM_WORDS]:
            if taken and span[0] in self._mentions:
                break
            taken.append(span)
        return _Run(taken, len(words))

    def _item_end(self, item: _Run) -> int:
        """The end of the last item, which a person's name may follow: at its last
        ``item_ends`` word if words run on after it (``of Human Rights`` Atnike Nova
        Sigiro, ``of State Secretariat`` Pratikno); else the last two capitalised words
        are left to the name (``of Maritime`` Luhut Pandjaitan said; ``of Meteorology``
        Suharyanto said: one-word names are common) unless they are ``item_ends`` words
        (``of Public Transport Workers.``, ``of Rural Roads said``). A word that starts
        a listed person's name ends it sooner: the name starts there (``of Rural
        Roads`` Abdul Halim Iskandar), unless an honorific before it makes it part of
        the organisation's name (``Hospital of Saint Paul`` Ahmad Yani). Words that
        another ``of …`` follows are all the organisation's (``of Monetary Management``
        of Bank Indonesia)."""
        words = [self._word(span) for span in item.taken]
        known = [i for i, word in enumerate(words) if word in self._item_ends]
        if item.words == len(item.taken) and _LEAD.match(self._text, item.end):
            keep = len(item.taken)  # no name stands before "of …": all are the owner's
        elif known and item.words > known[-1] + 1:
            keep = known[-1] + 1
        else:
            keep = min(len(item.taken), max(1, item.words - _NAME_WORDS,
                                            known[-1] + 1 if known else 0))
        name = next((i for i, word in enumerate(words) if i and word in self._name_starts
                     and words[i - 1] not in self._honorifics), keep)
        return item.taken[min(keep, name) - 1][1]

    def _with_place(self, end: int) -> Owner:
        """``end`` moved past a listed place or organisation right after it, and a
        place noun after that (``Quang Tri province``)."""
        if self._text[end : end + 1] != " ":
            return Owner(end, end)
        start = end + 1
        listed = self._mentions.get(start)
        if listed is None or listed[1] not in self._place_kinds:
            return self._before_place_noun(end)
        if self._text[start : listed[0]] in self._name_like and \
                _WORD.match(self._text, listed[0] + 1):
            return Owner(end, end)  # a name: "Department Jordan Smith said"
        return Owner(self._after_place_noun(listed[0]), start, listed[1])

    def _before_place_noun(self, end: int) -> Owner:
        """Up to three capitalised words after ``end`` that a place noun follows."""
        words, at = 0, end + 1
        while words < _ITEM_WORDS and (word := _WORD.match(self._text, at)) is not None:
            words += 1
            at = word.end()
            noun = self._after_place_noun(at)
            if noun > at:
                return Owner(noun, end + 1, "place")
            if self._text[at : at + 1] != " ":
                break
            at += 1
        return Owner(end, end)

    def _after_place_noun(self, end: int) -> int:
        """``end`` moved past a place noun after it (`` province``; `` Province`` but not
        in a longer name: ``Moscow State University``)."""
        noun = _NEXT_WORD.match(self._text, end)
        word: str = noun.group(1) if noun is not None else ""
        if noun is None or lower(word[:1]) + word[1:] not in self._place_nouns:
            return end
        after = _NEXT_WORD.match(self._text, noun.end())
        longer = word not in self._place_nouns and after is not None and (
            after.group(1) in self._heads or after.group(1) in self._item_ends)
        return end if longer else int(noun.end())

    def _starts_title(self, start: int) -> bool:
        """Whether a title starts at ``start`` (``and Foreign Minister Wang Yi``)."""
        word = _WORD.match(self._text, start)
        if word is None:
            return False
        second = _NEXT_WORD.match(self._text, word.end())
        return word.group() in self._titles or (
            second is not None and f"{word.group()} {second.group(1)}" in self._titles)

    def _word(self, span: tuple[int, int]) -> str:
        return self._text[span[0] : span[1]]
