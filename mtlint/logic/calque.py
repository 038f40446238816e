"""Calques (family K): a title followed directly by its owner, in source order.

``Deputy Minister of Foreign Affairs North Korea`` is Indonesian ``Wakil
Menteri Luar Negeri Korea Utara`` word for word; English puts the owner
first (``North Korea's Deputy Minister of Foreign Affairs``) or after
``of``. Owners are the countries and organisations of the entity tables plus
the pack's ``owners``; titles, their modifiers and all word lists are pack data.

An organisation the tables do not know is an owner too when it reads as one:
capitalised words ending in an ``org_heads`` noun (``Governor Central Bank of
Egypt``, ``Speaker Grand National Assembly``) or an acronym of three letters
or more (``General Chairman PBSI``), right after a bare title (one without
its own ``of …``: ``Director of the State Council Taiwan Affairs Office`` is
one long English name). Where such an owner ends is ``OwnerExtent``'s
business (mtlint/logic/owner_extent.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.casing import lower
from mtlint.document.lines import is_title_case, line_at
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.logic.owner_extent import Owner, OwnerExtent
from mtlint.logic.speech import alternation
from mtlint.tables.phrases import PhraseLists, whole_words

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context
    from mtlint.tables.entities import EntityTable

#: how far before an owner a title may start
_REACH: Final = 120
#: how far before an organisation's head noun its capitalised words may start
_BEFORE_HEAD: Final = 100
#: the kinds of owner besides the entity tables' kinds: the pack's ``owners`` (parties,
#: companies, organisations) and ``person_owners``
_ORGANISATION: Final = "organisation"
_PERSON: Final = "person"
#: the kind of a finding whose owner is a place after the title's ``of …`` complement
_OWNING_PLACE: Final = "owning place"
_OF: Final = " of "
#: the words of ``of …`` complements and what follows them: small words, commas and
#: capitalised words (or beyond ASCII: a superset, for a cheap test)
_COMPLEMENT_WORDS: Final = compile_sre(r"(?:[ ](?:of|for|and|the|&)|,?[ ][^\W\d_a-z][\w'’.-]*)*")
#: a person's name after an owner: a capitalised word that is not the start of a clause
_NAME_NEXT: Final = compile_pattern(r",?[ ]\p{Lu}[\w'’.-]*(?:[ ,]|$)")
#: ``of Foreign Affairs``, ``for Political Affairs``: capitalised words after a title
_COMPLEMENT: Final = r"(?: (?:of|for) (?:the )?\p{Lu}[\w'’-]*(?:,? (?:and |& )?\p{Lu}[\w'’-]*)*)?"
_ARTICLE: Final = compile_pattern(r"(?<![\w-])(?:the|The|a|an)[ \t]+$")
_COMPLEMENT_START: Final = compile_pattern(r" (?:of|for) ")
_THE: Final = compile_pattern(r"(?<![\w-])(?:the|The)[ \t]+$")
#: up to three capitalised words after an owner
_NEXT_WORDS: Final = compile_pattern(r"(?:[ \t]+\p{Lu}[\w'’-]*){1,3}")
_LOWER_WORD: Final = compile_pattern(r"[ \t]+(\p{Ll}[\w'’-]*)")
_WORD_BEFORE: Final = compile_pattern(r"(?<![\w'’-])([\w'’-]+)[ \t]+$")
_POSSESSIVE: Final = compile_pattern(r"['’]s?(?![\w'’-])")
#: an acronym that may name an organisation (``PBSI``, ``IKAR``); two letters are initials
_ACRONYM: Final = compile_pattern(r"(?<![\w'’.-])[A-Z]{3,6}(?![\w'’.-])")
_ROMAN: Final = compile_pattern(r"[IVXLC]+")
#: up to this many capitalised words before an organisation's head noun (``Vietnam
#: Football`` Federation, ``Civil Defence and Ambulance`` Authority)
_CAPITALISED_WORDS: Final = 5
_CAPITALISED_BEFORE: Final = compile_pattern(
    rf"(?:\p{{Lu}}[\w'’.&-]*[ ](?:(?:and|&)[ ])?){{1,{_CAPITALISED_WORDS}}}$")
_CAPITALISED_WORD: Final = compile_pattern(r"\p{Lu}[\w'’.&-]*")
#: how many words of a line must be capitalised for it to read as a title-case headline
_HEADLINE_SHARE: Final = 0.6
_LONGEST_HEADLINE: Final = 300
#: (start, end, kind) of an owner or an entity mention
_Span = tuple[int, int, str]


class TitleBeforeOwner(Rule):
    """K101: ``Title Owner`` where English says ``Owner's Title``, ``Owner Title`` or
    ``the Title of the Owner`` (see ``_english``).

    ``President Joe Biden`` is fine (a person is no owner); so are ``Minister
    of Russia`` and ``the Defense Ministry, Russia's`` (the owner is not
    directly after the title). People in ``person_owners`` (Jokowi) own only
    ``group_nouns`` (``volunteers Jokowi``), never titles (``President Jokowi``).
    An owner that reads as something else is left alone (see ``_skip``).
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "titles": (list, True),
        "group_nouns": (list, True),
        "title_prefixes": (list, True),
        "owners": (list, True),
        "person_owners": (list, True),
        "owner_kinds": (list, True),
        "name_like_owners": (list, True),
        "place_words": (list, True),
        "name_heads": (list, True),
        "non_clause_words": (list, True),
        "clause_openers": (list, True),
        "org_heads": (list, False),
        "possessive_kinds": (list, False),
        "definite_heads": (list, False),
        "for_titles": (list, False),
        "owner_place_kinds": (list, False),
        "place_nouns": (list, False),
        "complement_words": (list, False),
        "honorifics": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self._title = _title_pattern(options["title_prefixes"],
                                     [*options["titles"], *options["group_nouns"]])
        self._title_ends = {_last_word(str(t)) for t in [*options["titles"],
                                                          *options["group_nouns"]]}
        self._group = _title_pattern(options["title_prefixes"], options["group_nouns"])
        #: a title without its complement, ending where the search ends
        self._bare_title = _title_pattern(options["title_prefixes"], options["titles"],
                                          complement=False)
        self._floor = _TitleFloor([*options["title_prefixes"], *options["titles"],
                                   *options["group_nouns"]])
        #: titles' last words, ``owners``, ``person_owners`` and ``org_heads``, in one scan
        self._phrases = PhraseLists([self._title_ends, options["owners"],
                                     options["person_owners"], options.get("org_heads", [])])
        self._kinds = {str(k) for k in options["owner_kinds"]}
        self._name_like = {str(n) for n in options["name_like_owners"]}
        self._place_words = {str(w) for w in options["place_words"]}
        self._name_heads = {str(w) for w in options["name_heads"]}
        self._non_clause = {str(w) for w in options["non_clause_words"]}
        self._openers = {str(w) for w in options["clause_openers"]}
        self._org_head_words = frozenset(str(w) for w in options.get("org_heads", []))
        self._title_words = {str(t) for t in options["titles"]}
        self._possessive_kinds = {str(k) for k in options.get("possessive_kinds", ["country"])}
        self._definite_heads = {str(w) for w in options.get("definite_heads", [])}
        self._for_titles = {str(w).casefold() for w in options.get("for_titles", [])}
        self._place_kinds = {str(k) for k in options.get("owner_place_kinds", [])}
        self._place_nouns = {str(w) for w in options.get("place_nouns", [])}
        #: the kinds of place ``_complement_place_findings`` looks for: not countries or
        #: organisations, the owners ``check`` finds first
        self._owning_place_kinds = self._place_kinds - self._kinds
        #: how far past capitalised words a lower-case place noun may end (`` province``)
        self._place_noun_reach = 1 + max(map(len, self._place_nouns), default=0)
        self._complement_words = {str(w) for w in options.get("complement_words", [])}
        #: the words that end an item of an ``of …`` complement: complement words, the
        #: nouns of institutions (``of State Secretariat``) and of places (``of Bandung
        #: City``) and titles (``Office of the President``)
        self._item_ends = self._complement_words | self._definite_heads | {
            noun[:1].upper() + noun[1:] for noun in self._place_nouns} | {
            title for title in self._title_words if title[:1].isupper()}
        #: words a listed person's name may not start with here: they are an owner's
        self._not_name_starts = (self._item_ends | self._org_head_words | self._title_words
                                 | self._place_words
                                 | {str(p) for p in options["title_prefixes"]})
        #: words after which a listed first name belongs to an institution's name
        self._honorifics = frozenset(str(w) for w in options.get("honorifics", []))
        #: ``_person_first_words`` of the last table asked about (a run has one)
        self._name_starts: tuple[EntityTable, frozenset[str]] | None = None

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        ends, owned_by, people_found, heads = self._phrases.occurrences(text)
        title_words = _title_word_ends(ends)
        if not title_words:  # every finding has a title, which ends in one of these words
            return
        found = _Found()
        listed: set[tuple[int, int]] = set()  # owners the tables or the pack list: whole names
        owners = whole_words(text, owned_by)
        people = whole_words(text, people_found)
        kind_of = ctx.entities.kinds.get  # EntityTable.kind without a call per mention
        mentions = [(start, end, kind_of(form.entity, ""))
                    for start, end, form in ctx.entities.mentions_in(doc)]
        for start, end, kind in self._owner_spans(mentions, owners, people):
            # a title found ends in a title's last word, before the owner and in reach
            if not _any_in(title_words, start - _REACH, start) or \
                    not self._may_follow_title(text, start):
                continue
            pattern = self._group if kind == _PERSON else self._title
            title = pattern.search(text, self._floor.of(text, start), start)
            if title is None or self._skip(text, title.start(), start, end):
                continue
            found.add((title.start(), start, end, kind))
            listed.add((start, end))
        splits: dict[int, Owner] = {}
        extent = _LazyExtent(lambda: self._owner_extent(text, ctx, mentions, owners))
        for title_start, start, owner in self._organisation_findings(
                doc, extent, mentions, title_words, heads):
            end = owner.end
            overlapping = found.overlapping(title_start, end)
            # the longer name is the owner: "Chairman Vietnam Coffee and Cocoa Association"
            # is not "Chairman Vietnam", nor "Head Komodo National Park Office" "Head
            # Komodo National Park", nor "Spokesperson Ministry of Commerce China" a
            # "Ministry of Commerce" of China's
            if all(_within(f, title_start, start, end) for f in overlapping):
                for finding in overlapping:
                    found.remove(finding)
                found.add((title_start, start, end, _ORGANISATION))
                if start < owner.split < end:
                    splits[start] = owner
        for title_start, start, end in self._complement_place_findings(
                doc, extent, mentions, owners, title_words):
            if not found.overlapping(title_start, end):
                found.add((title_start, start, end, _OWNING_PLACE))
        for title_start, start, end, kind in sorted(found):
            yield self._finding(doc, title_start, start, end, kind,
                                splits.get(start), (start, end) in listed)

    def _owner_extent(self, text: str, ctx: Context, mentions: list[_Span],
                      owners: list[tuple[int, int]]) -> OwnerExtent:
        """The ``OwnerExtent`` of ``text``, given the entity mentions with their kinds
        and where the pack's owners stand."""
        listed = {start: (end, _ORGANISATION) for start, end in owners}
        listed.update((start, (end, kind)) for start, end, kind in mentions)
        return OwnerExtent(text, listed, self._place_kinds, self._place_nouns,
                           self._item_ends, self._title_words, self._name_like,
                           heads=self._org_head_words,
                           name_starts=self._person_first_words(ctx.entities),
                           honorifics=self._honorifics)

    def _organisation_findings(self, doc: Document, extent: _LazyExtent,
                               mentions: list[_Span], title_words: list[int],
                               heads: list[tuple[int, int]]
                               ) -> Iterator[tuple[int, int, Owner]]:
        """(title start, owner start, owner) for owners that read as organisations
        (``extent``: the text's ``OwnerExtent``, made at its first use; ``mentions``: the
        entity mentions with their kinds; ``title_words``: see ``_title_word_ends``;
        ``heads``: every occurrence of a head noun)."""
        text = doc.lint_text
        after_titles = self._after_bare_titles(text, title_words)
        if not after_titles:  # each owner found starts in this list
            return
        people = {start for start, _, kind in mentions if kind == "person"}
        for starts, owner in self._organisation_candidates(
                text, extent.get, _heads_near(text, heads, after_titles), after_titles):
            for start in starts:
                if start in people:
                    continue
                title = self._title.search(text, self._floor.of(text, start), start)
                if title is None or " of " in title.group() or " for " in title.group() \
                        or _inside_a_name(text, title.start()):
                    continue
                if not (_POSSESSIVE.match(text, owner.end) or _in_headline(doc, start)
                        or self._starts_clause(text, title.start(), owner.end)):
                    yield title.start(), start, owner
                break

    def _complement_place_findings(self, doc: Document, extent: _LazyExtent,
                                   mentions: list[_Span], owners: list[tuple[int, int]],
                                   title_words: list[int]) -> Iterator[tuple[int, int, int]]:
        """(title start, owner start, owner end) where a place right after a title's
        ``of …`` complement owns the institution it names (``_names_an_institution``;
        ``owners``: where the pack's owners stand), and a person's name follows: ``Head
        of BPBD West Sumatra`` Rudy Rinaldy, ``Chairman of the People's Committee Hanoi
        City`` Tran Van Hieu (``OwnerExtent.owning_place``)."""
        text = doc.lint_text
        for title_end in title_words:
            if text[title_end : title_end + len(_OF)] != _OF:
                continue
            # a cheap test first: a listed place with a word after it, or a place noun
            # (perhaps in lower case after them), must stand among the complement's words
            words = _COMPLEMENT_WORDS.match(text, title_end)  # None never: it may be empty
            words_end = title_end if words is None else words.end()
            noun_end = words_end + self._place_noun_reach
            if not self._place_among(mentions, title_end, words_end) and \
                    not self._holds_place_noun(text[title_end:noun_end]):
                continue
            owner = extent.get().owning_place(title_end)
            if owner.split == owner.end or not _NAME_NEXT.match(text, owner.end) or \
                    not self._names_an_institution(text, owner.split - 1, owners):
                continue
            title = self._bare_title.search(text, self._floor.of(text, title_end), title_end)
            if title is None or owner.split - title.start() > _REACH or \
                    _inside_a_name(text, title.start()) or \
                    _in_headline(doc, title.start()) or \
                    self._skip(text, title.start(), owner.split, owner.end):
                continue
            yield title.start(), owner.split, owner.end

    def _names_an_institution(self, text: str, end: int, owners: list[tuple[int, int]]
                              ) -> bool:
        """Whether the words before ``end`` end in an institution's noun or a complement
        word (``Health Office``, ``of Industry and Trade``) or a listed owner (``BPBD``):
        then a place after them owns the institution. A company's unit is named so too
        (``HSBC Hong Kong``, ``Toyota Motor North America``), and so is a post
        (``Director of Operations Hong Kong``)."""
        word = _last_word(text[max(0, end - 40) : end])
        return word in self._item_ends or word in self._org_head_words or \
            any(owner_end == end for _, owner_end in owners)

    def _place_among(self, mentions: list[_Span], low: int, high: int) -> bool:
        """Whether a mention of a listed place of ``_owning_place_kinds`` lies in ``[low,
        high)`` with room for a word after it."""
        at = bisect_left(mentions, (low,))
        while at < len(mentions) and mentions[at][0] < high:
            _, end, kind = mentions[at]
            if end < high and kind in self._owning_place_kinds:
                return True
            at += 1
        return False

    def _holds_place_noun(self, text: str) -> bool:
        """Whether ``text`` holds a place noun as a word, in any case."""
        return not self._place_nouns.isdisjoint(lower(text).replace(",", " ").split())

    def _person_first_words(self, table: EntityTable) -> frozenset[str]:
        """The first words of the listed people's names of two words or more (``Abdul``,
        ``Nguyen``) that are no owner's words: where one follows an organisation's
        words, the person's name starts (read once per table)."""
        known = self._name_starts
        if known is not None and known[0] is table:
            return known[1]
        found = frozenset(
            words[0] for form in table.forms.values()
            if not form.abbr and table.kind(form.entity) == _PERSON
            and len(words := form.text.split()) > 1 and words[0][:1].isupper()
        ) - self._not_name_starts
        self._name_starts = (table, found)
        return found

    def _organisation_candidates(self, text: str, make_extent: Callable[[], OwnerExtent],
                                 heads: list[tuple[int, int]], after_titles: list[int]
                                 ) -> Iterator[tuple[list[int], Owner]]:
        """Possible owner starts, nearest first, and the owner: before each head noun
        (``heads``: ``_heads_near``) up to ``_CAPITALISED_WORDS`` capitalised words, after
        it what ``OwnerExtent`` (made by ``make_extent`` at its first use) takes; or an
        acronym. Only starts in ``after_titles`` (``_after_bare_titles``) can follow a bare
        title: the others are left out, and a head noun without one is passed over."""
        bare = set(after_titles)
        extent: OwnerExtent | None = None
        for head_start, head_end in heads:
            low = max(0, head_start - _BEFORE_HEAD)
            if head_start not in bare and not any(
                    _may_open_words(text, start, head_start) for start in
                    after_titles[bisect_left(after_titles, low):bisect_left(after_titles,
                                                                            head_start)]):
                continue  # no start can be taken (see below), without the search
            before = _CAPITALISED_BEFORE.search(text, low, head_start)
            words = [] if before is None else sorted(
                (word.start() for word in _CAPITALISED_WORD.finditer(
                    text, before.start(), before.end())), reverse=True)
            if head_start not in bare and bare.isdisjoint(words):
                continue  # no start can be taken: the owner need not be read
            if extent is None:
                extent = make_extent()
            owner = extent.owner(head_start, head_end)
            # a head noun opening the owner needs its "of …" (Ministry of Foreign Affairs) or
            # to begin a listed name (Bank Indonesia): alone it may be a name (former
            # President Park Geun-hye)
            opens = owner.split == head_start or extent.complement_end(head_end) > head_end
            starts = [head_start] if opens else []
            yield [start for start in starts + words if start in bare], owner
        for start in after_titles:  # a space before it: no acronym found runs over it
            if not _three_capitals(text, start):  # an acronym starts with three
                continue
            acronym = _ACRONYM.match(text, start)
            if acronym is not None and acronym.group() not in self._title_words and \
                    not _ROMAN.fullmatch(acronym.group()):
                yield [start], Owner(acronym.end(), acronym.end())

    def _after_bare_titles(self, text: str, title_words: list[int]) -> list[int]:
        """The non-blank offsets ``_may_follow_bare_title`` takes, in text order. Where it
        takes one, a title's last word ends right before the white space before it (at
        one of ``title_words``)."""
        found = []
        for end in title_words:
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
            if start > end and self._may_follow_bare_title(text, start):
                found.append(start)
        return found

    def _may_follow_title(self, text: str, start: int) -> bool:
        """Whether a title can end right before ``start``: a space, then a title's last
        word or a capitalised word (``of Foreign Affairs``). A cheap test that spares
        most owners the backward search."""
        if start < 2 or text[start - 1] != " ":
            return False
        word = _last_word(text[max(0, start - 40) : start - 1])
        return word[:1].isupper() or word in self._title_ends

    def _may_follow_bare_title(self, text: str, start: int) -> bool:
        """Whether a title without an ``of …`` can end right before ``start``: its last
        word is there (organisation owners follow only bare titles)."""
        return start >= 2 and text[start - 1] == " " and \
            _last_word(text[max(0, start - 40) : start - 1]) in self._title_ends

    def _owner_spans(self, mentions: list[_Span], owners: list[tuple[int, int]],
                     people: list[tuple[int, int]]) -> list[_Span]:
        """Owner mentions (start, end, kind: an entity kind, ``_ORGANISATION`` for the
        pack's ``owners`` or ``_PERSON`` for its ``person_owners``, ``people``), longest
        first where two overlap."""
        spans = [span for span in mentions if span[2] in self._kinds]
        spans += [(start, end, _ORGANISATION) for start, end in owners]
        spans += [(start, end, _PERSON) for start, end in people]
        kept: list[_Span] = []
        for span in sorted(spans, key=lambda s: (s[0], -s[1])):
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept

    def _skip(self, text: str, title: int, start: int, end: int) -> bool:
        """Whether the owner reads as something else: it owns what follows (``as Prime
        Minister Japan's economy``), starts a clause (``_starts_clause``), ends a
        place name (``Prime Minister of East Germany``: ``place_words``), starts an
        organisation's name (``Taiwan Affairs Office``: ``name_heads``) or a
        person's (``Senator Chad Smith``: ``name_like_owners``)."""
        after = _NEXT_WORDS.match(text, end)
        following = set(after.group().split()) if after else set()
        return bool(
            _POSSESSIVE.match(text, end)
            or self._starts_clause(text, title, end)
            or text[title:start].split()[-1] in self._place_words
            or following & self._name_heads
            or (following and text[start:end] in self._name_like)
        )

    def _starts_clause(self, text: str, title: int, end: int) -> bool:
        """Whether the owner may be the subject of a clause (``the envoy Russia sent``):
        a lower-case word not in ``non_clause_words`` (speech verbs, prepositions)
        follows it, and the title is lower case or comes after a ``clause_openers``
        word (``the``, ``as``)."""
        verb = _LOWER_WORD.match(text, end)
        if verb is None or verb.group(1) in self._non_clause:
            return False
        before = _WORD_BEFORE.search(text, max(0, title - 30), title)
        return text[title].islower() or (before is not None and before.group(1) in self._openers)

    def _finding(self, doc: Document, start: int, owner_start: int, end: int,
                 kind: str, split: Owner | None, listed: bool) -> Diagnostic:
        """The finding; a ``the`` before a title whose owner takes the possessive is
        part of it (``the Minister of Defense South Korea``: South Korea's Minister of
        Defense)."""
        title = doc.text[start : owner_start - 1]
        owner = doc.text[owner_start:end]
        the = _THE.search(doc.text, max(0, start - 5), start)
        replaced = the.start() if the is not None and self._takes_possessive(owner, kind) else start
        if kind == _OWNING_PLACE:
            english = _with_article(doc.text, replaced, f"{title} of {owner}")
        else:
            english = self._english(doc.text, replaced, title, owner, kind, split, listed)
        fix = Fix.replace(replaced, end, english, self.meta.applicability,
                          f"Write the owner the English way: '{english}'")
        return self.diagnostic(replaced, end, fix=fix, title=title, owner=owner,
                               english=english)

    def _takes_possessive(self, owner: str, kind: str) -> bool:
        """Whether the owner goes first with ``'s`` (countries, people; not an acronym)."""
        return (kind in self._possessive_kinds or kind == _PERSON) and not _is_acronym(owner)

    def _english(self, text: str, start: int, title: str, owner: str, kind: str,
                 split: Owner | None, listed: bool) -> str:
        """The title and its owner in English order, as news style writes them.

        An acronym or a one-word organisation comes first, as a modifier
        (``IAEA Director General``, ``Kremlin spokesman``); a country or a person
        owns by the possessive (``Russia's Minister of Defense``, ``Jokowi's
        volunteers``; ``of`` after ``a``: ``a Minister of Defense of Russia``); any
        other organisation follows the title with ``of``, and ``the`` when its
        name ends in a common noun (``the Speaker of the Grand National
        Assembly``, ``the Director of Pribaikalsky National Park``): a possessive
        on a long name (``Grand National Assembly's Speaker``) is not English. A
        place or organisation after the organisation's name owns it in turn (``the
        Chief of the Regional Police of Central Sulawesi``, ``the Spokesperson for
        China's Ministry of Commerce``).
        """
        after_article = _ARTICLE.search(text, max(0, start - 5), start) is not None
        words = owner.split()
        if _is_acronym(owner) or (
                len(words) == 1 and kind not in self._possessive_kinds and kind != _PERSON):
            return f"{owner} {title}"
        if self._takes_possessive(owner, kind):
            return f"{title} of {owner}" if after_article else \
                f"{_possessive_form(text, owner)} {title}"
        place = ""
        if split is not None:
            cut = len(owner) - (split.end - split.split)  # the place ends the owner
            owner, place = owner[:cut].rstrip(), owner[cut:]
            words = owner.split()
        if not listed and len(words) > 1 and words[0] in self._org_head_words and \
                words[1][0].isupper() and words[1] not in self._org_head_words:
            # the owner is in source order too: "Office Komodo National Park" is the
            # Komodo National Park Office; not "Police Office", nor a listed name (Bank
            # Indonesia)
            words = [*words[1:], words[0]]
            owner = " ".join(words)
        # the head noun ends the name or comes before its complement ("Japan Association
        # for the 2025 World Exposition")
        head = _COMPLEMENT_START.split(owner, maxsplit=1)[0].split()[-1]
        definite = head != words[-1] or head in self._definite_heads
        named = f"{'the ' if definite else ''}{owner}"
        if split is not None and split.split_kind in self._possessive_kinds:
            named = f"{_possessive_form(text, place)} {owner}"
        elif place:
            named = f"{named} of {place}"
        of = "for" if _last_word(title).casefold() in self._for_titles else "of"
        return _with_article(text, start, f"{title} {of} {named}")


#: (title start, owner start, owner end, owner kind)
_Finding = tuple[int, int, int, str]
#: how many characters of owner starts one bucket of ``_Found`` holds
_BUCKET: Final = 64


class _Found:
    """Findings whose owners overlap nowhere, by owner start in buckets of ``_BUCKET``
    characters, so that ``overlapping`` looks only near its range: scanning every
    finding kept for each organisation found was quadratic on a huge file."""

    def __init__(self) -> None:
        self._buckets: dict[int, dict[int, _Finding]] = {}
        self._longest = 0  # the longest title and owner added

    def add(self, finding: _Finding) -> None:
        """Add a finding whose owner overlaps no other's."""
        self._buckets.setdefault(finding[1] // _BUCKET, {})[finding[1]] = finding
        self._longest = max(self._longest, finding[2] - finding[0])

    def remove(self, finding: _Finding) -> None:
        del self._buckets[finding[1] // _BUCKET][finding[1]]

    def overlapping(self, start: int, end: int) -> list[_Finding]:
        """The findings whose title or owner overlaps ``[start, end)``: an owner starts
        within ``_longest`` characters of it."""
        found = []
        for bucket in range((start - self._longest) // _BUCKET,
                            (end + self._longest) // _BUCKET + 1):
            for finding in self._buckets.get(bucket, {}).values():
                if finding[0] < end and start < finding[2]:
                    found.append(finding)
        return found

    def __iter__(self) -> Iterator[_Finding]:
        for bucket in self._buckets.values():
            yield from bucket.values()


class _TitleFloor:
    """Where a title that ends before an owner may start at the earliest: the words
    and characters right before the owner that a title (``_title_pattern``) may hold
    run back to there. The search for the title starts there, not ``_REACH`` before the
    owner: a search runs the pattern at every offset it passes."""

    def __init__(self, phrases: Iterable[Any]) -> None:
        listed = [str(p) for p in phrases]
        #: the words of the prefixes and titles, and of a complement's small words: a
        #: title's other words are capitalised
        self._words = frozenset(piece for phrase in listed for word in phrase.split()
                                for piece in word.split("-")) | {"of", "for", "the", "and"}
        #: characters no title holds (the pattern's are letters, digits, ``'’-,&`` and
        #: blanks, and the listed phrases')
        self._foreign = frozenset(_NO_TITLE_CHARACTERS) - set("".join(listed))

    def of(self, text: str, start: int) -> int:
        """The offset from which to search for a title ending at ``start``: after the last
        character before it that no title holds, or the last word (letters, hyphens and
        apostrophes, perhaps a comma after them) that neither starts with a capital nor
        is made of the listed words; at most ``_REACH`` before ``start``."""
        low = max(0, start - _REACH)
        end = start
        while end > low:
            while end > low and text[end - 1].isspace():
                end -= 1
            first = end
            while first > low and not text[first - 1].isspace():
                first -= 1
            floor = self._after_last_block(text, first, end)
            if floor > low:
                return floor
            end = first
        return low

    def _after_last_block(self, text: str, first: int, end: int) -> int:
        """Where a title may start at the earliest for the word ``text[first:end]`` (no
        blanks in it): after it when no title may hold it, after its last character
        no title holds, or -1 when a title may hold all of it."""
        word = text[first:end]
        bare = word[:-1] if word.endswith(",") else word
        if bare.replace("-", "").replace("'", "").replace("’", "").isalpha():
            # every character continues a word: a title starts at its start or not in it
            if bare[0].isupper() or all(piece in self._words for piece in bare.split("-")):
                return -1
            return end
        for at in range(end - 1, first - 1, -1):
            if text[at] in self._foreign:
                return at + 1
        return -1


#: characters that are no word characters, blanks or the pattern's ``'’-,&``
_NO_TITLE_CHARACTERS: Final = ".:;!?()[]{}<>\"“”„«»/|@#$%^*+=~`…•·"


def _title_pattern(prefixes: Iterable[Any], titles: Iterable[Any],
                   complement: bool = True) -> Any:
    """A title (with modifiers and, if ``complement``, an ``of …`` complement) ending where
    the search ends (before a space when it has the complement, at its last word when
    not)."""
    after = f"{_COMPLEMENT} " if complement else ""
    return compile_pattern(
        rf"(?<![\w'’-])(?:(?:{alternation(prefixes)})[ -])*(?:{alternation(titles)}){after}$")


def _with_article(text: str, start: int, english: str) -> str:
    """``english`` (a title and its owner) with ``the`` before it, unless an article
    stands before ``start`` already; ``The`` at a sentence's start."""
    if _ARTICLE.search(text, max(0, start - 5), start) is not None:
        return english
    return f"{'The' if _starts_sentence(text, start) else 'the'} {english}"


class _LazyExtent:
    """A text's ``OwnerExtent``, made at the first ``get``: most texts need none."""

    def __init__(self, make: Callable[[], OwnerExtent]) -> None:
        self._make = make
        self._value: OwnerExtent | None = None

    def get(self) -> OwnerExtent:
        if self._value is None:
            self._value = self._make()
        return self._value


def _title_word_ends(occurrences: list[tuple[int, int]]) -> list[int]:
    """Where a title's last word (``Minister``, ``spokesman``) ends, wherever it stands
    (inside words too), in text order, from its every occurrence."""
    return sorted({end for _, end in occurrences})


def _heads_near(text: str, occurrences: list[tuple[int, int]],
                after_titles: list[int]) -> list[tuple[int, int]]:
    """The whole-word ``org_heads`` (from their every occurrence, as a ``PhraseFinder``
    finds them) starting at or up to ``_BEFORE_HEAD`` characters after one of
    ``after_titles``, in text order: the others' starts (in ``[head - _BEFORE_HEAD,
    head]``) can follow no bare title."""
    return [span for span in whole_words(text, occurrences)
            if _any_in(after_titles, span[0] - _BEFORE_HEAD, span[0] + 1)]


def _three_capitals(text: str, start: int) -> bool:
    """Whether three ASCII capitals (``[A-Z]{3}``) start at ``start``."""
    first = text[start : start + 3]
    return len(first) == 3 and first.isascii() and first.isalpha() and first.isupper()


def _may_open_words(text: str, start: int, end: int) -> bool:
    """Whether ``_CAPITALISED_BEFORE``'s match before ``end`` may hold a word starting at
    ``start``: from there it holds only capitalised words (none lower case), each with
    perhaps ``and`` or ``&`` after it, at most five."""
    words = text[start:end].split()
    return len(words) <= 2 * _CAPITALISED_WORDS and all(
        not word[0].islower() or word == "and" for word in words)


def _any_in(offsets: list[int], low: int, high: int) -> bool:
    """Whether any of the sorted ``offsets`` is in ``[low, high)``."""
    at = bisect_left(offsets, low)
    return at < len(offsets) and offsets[at] < high


def _within(finding: _Finding, title: int, start: int, end: int) -> bool:
    """Whether ``finding`` is a shorter reading of the organisation owner ``[start, end)``
    after the title at ``title``: its title is the same or inside the owner, its owner
    inside too."""
    return (finding[0] == title or finding[0] >= start) and start <= finding[1] \
        and finding[2] <= end and finding[:3] != (title, start, end)


def _inside_a_name(text: str, title: int) -> bool:
    """Whether a capitalised word runs into the title (``Istanbul Chief Public
    Prosecutor's Office``): the title is then part of a longer English name."""
    before = _WORD_BEFORE.search(text, max(0, title - 30), title)
    return before is not None and before.group(1)[0].isupper() and \
        not before.group(1).endswith((".", ":", "!", "?"))


def _in_headline(doc: Document, offset: int) -> bool:
    """Whether ``offset`` is on a title-case line without a sentence end (a headline),
    where every word is capitalised and none is an owner by its case."""
    line = line_at(doc, offset)
    if line is None or line.end - line.start > _LONGEST_HEADLINE:  # never copy a long line
        return False
    text = doc.lint_text[line.start : line.end].rstrip()
    return not text.endswith((".", "?", "!", "…", ":", '"', "”")) and \
        is_title_case(text, _HEADLINE_SHARE)


def _is_acronym(owner: str) -> bool:
    """``IAEA``, ``DPR RI``, ``U.S.``: every letter a capital."""
    return owner.replace(" ", "").replace(".", "").isupper()


def _possessive_form(text: str, owner: str) -> str:
    """``owner's``, with the text's apostrophe (``Jokowi’s``), or ``owners'``."""
    mark = "’" if "’" in text else "'"
    return f"{owner}{mark}" if owner.endswith("s") else f"{owner}{mark}s"


def _last_word(text: str) -> str:
    """The last word of ``text``, hyphenated words split (``Vice-President``: President)."""
    words = text.rsplit(None, 1)
    return words[-1].rsplit("-", 1)[-1] if words else ""


def _starts_sentence(text: str, offset: int) -> bool:
    """Whether ``offset`` starts a line, a sentence, a quotation or the text after a
    dateline's dash (``YOGYAKARTA – Chairman …``)."""
    before = text[max(0, offset - 40) : offset].rstrip(" \t")
    return not before or before.endswith(("\n", "\r", ".", "!", "?", "\u2026", "\u2013",
                                          "\u2014", " -", "\u201c", '"'))
