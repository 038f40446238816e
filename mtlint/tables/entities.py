"""Entity tables: each entity's names, their spelling variants and abbreviations.

A table entry (``[[entity]]`` in a pack's ``entities*.toml``) lists names;
each name has ``forms`` (spellings of that name, e.g. Kim Jong Un /
Kim Jong-un), optional ``short`` (the later-reference short form in the
same spellings, position for position: Zelensky / Zelenskyy) and optional
``abbr`` (spellings of its abbreviation). Two spellings of one name are a
spelling variant; two names of one entity are two names. Metonyms and
demonyms are simply not listed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Final, NamedTuple

import ahocorasick_rs

from mtlint.document import Document
from mtlint.document.casing import lower
from mtlint.errors import PackError
from mtlint.packs.toml import read_toml
from mtlint.record import Record
from mtlint.tables.phrases import find_matches


class Form(Record):
    """One listed spelling: which entity, which of its names, and whether abbreviated.

    ``variant`` is its position in its spelling list (forms and short share
    positions), ``spellings`` the list it belongs to (forms, short or abbr);
    ``derived``: a spelling mtlint derived (``Chiangmai`` from ``Chiang Mai``), never
    the one chosen.
    """

    __match_args__ = ("entity", "name", "abbr", "variant", "text", "spellings", "derived")

    def __init__(self, entity: str, name: int, abbr: bool, variant: int, text: str,
                 spellings: tuple[str, ...], derived: bool = False) -> None:
        self.entity: Final = entity
        self.name: Final = name
        self.abbr: Final = abbr
        self.variant: Final = variant
        self.text: Final = text
        self.spellings: Final = spellings
        self.derived: Final = derived
        # set once, not compared: F102 asks them of every mention
        #: the name it spells, abbreviated or not: (entity, name, abbr), its spellings' group
        self.key: Final = (entity, name, abbr)
        #: whether several spellings share this text (Shoigu / Shoigu), so it decides nothing
        self.ambiguous: Final = spellings.count(text) > 1

    def respelled(self, variant: int) -> str:
        """This form in spelling ``variant`` (itself when that list is shorter)."""
        return self.spellings[variant] if variant < len(self.spellings) else self.text


class Mention(NamedTuple):
    """A form found in a text (a named tuple: made in about half a frozen dataclass's
    time, and an article has a dozen)."""

    start: int
    end: int
    form: Form


_new_tuple = tuple.__new__


class EntityTable:
    """All forms of all entities, searched in one Aho-Corasick pass."""

    def __init__(self, forms: Iterable[Form], kinds: dict[str, str]) -> None:
        self.forms: dict[str, Form] = {}
        for form in forms:
            self.forms.setdefault(form.text, form)
        self.kinds = kinds
        patterns = sorted(self.forms)
        self._by_index = [self.forms[text] for text in patterns]
        self._automaton = (
            ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            if patterns else None
        )
        self._longest = max(map(len, patterns), default=0)
        listed = self.forms.values()
        names: dict[str, set[int]] = {}
        for form in listed:
            names.setdefault(form.entity, set()).add(form.name)
        spelled = {form.key for form in listed if len(form.spellings) > 1}
        #: texts of the forms whose entity has two or more names (a mention of another
        #: form only ever names its entity one way)
        self.several_names = frozenset(form.text for form in listed if len(names[form.entity]) > 1)
        #: texts of the forms whose name has two or more spellings, abbreviated or not
        #: (another form's ``respelled`` is itself, whatever the spelling chosen)
        self.several_spellings = frozenset(form.text for form in listed
                                           if form.key in spelled)
        #: the forms of both: the only ones whose mentions the entity kinds read
        self.several_ways = self.several_names | self.several_spellings

    def mentions(self, text: str) -> list[Mention]:
        """Whole-word mentions of listed forms, leftmost-longest, in text order."""
        if self._automaton is None:
            return []
        found: list[Mention] = []
        forms = self._by_index
        size = len(text)
        for index, start, end in find_matches(self._automaton, text, self._longest):
            # whole words: no letter, digit or underscore on either side (checked inline:
            # a function call per side cost as much as the rest of the loop)
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < size else " "
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                # tuple.__new__ as the named tuple's own __new__ calls it, without that
                # Python-level frame (a tenth of the loop's time)
                found.append(_new_tuple(Mention, (start, end, forms[index])))
        return found

    def mentions_in(self, doc: Document) -> list[Mention]:
        """``mentions`` of the document's lintable text, found once per document."""
        return doc.memo(("entity-mentions", id(self)), lambda: self.mentions(doc.lint_text))

    def kind(self, entity: str) -> str:
        """The entity's type: country, capital, person, organisation…"""
        return self.kinds.get(entity, "")


def within_a_mention(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``mentions`` (in text order, as
    ``mentions`` returns them; ``starts`` are their starts)."""
    at = bisect_right(starts, start) - 1
    return at >= 0 and mentions[at].end >= end


def load_entity_tables(paths: Iterable[Path]) -> EntityTable:
    """Read every ``[[entity]]`` of the given TOML files into one table; a place's
    two-word name also gets its run-together spelling (``_with_compact_forms``)."""
    forms: list[Form] = []
    kinds: dict[str, str] = {}
    seen: dict[str, str] = {}
    for path in paths:
        for entry in _entries(path):
            entity, kind = _field(path, entry, "id"), _field(path, entry, "type")
            kinds[entity] = kind
            for form in _forms(path, entity, entry):
                if form.text in seen and seen[form.text] != entity:
                    raise PackError(f"'{form.text}' is listed for both '{seen[form.text]}' and "
                                    f"'{entity}'", str(path), "entity.names")
                seen[form.text] = entity
                forms.append(form)
    return EntityTable(_with_compact_forms(forms, kinds, seen), kinds)


def _with_compact_forms(forms: list[Form], kinds: dict[str, str],
                        seen: dict[str, str]) -> list[Form]:
    """``forms`` and, for each two-word name of a place, the name written as one word
    (``Chiangmai``, ``Hongkong``, ``Danang``) as one more spelling of it, every form of
    the name then listing it; not where a listed form is written so, nor for a name with
    short forms (they share the positions)."""
    by_name: dict[tuple[str, int], list[Form]] = {}
    for form in forms:
        if not form.abbr and kinds[form.entity] in _COMPACT_KINDS:
            by_name.setdefault((form.entity, form.name), []).append(form)
    taken = set(seen)
    respelled: dict[int, Form] = {}  # listed forms by id, given the longer spellings
    derived: list[Form] = []
    for (entity, name), spelled in by_name.items():
        listed = spelled[0].spellings
        if len(spelled) != len(listed):
            continue
        extra = []
        for form in spelled:
            words = form.text.split()
            if len(words) == 2 and all(w.isalpha() and w[0].isupper() for w in words):
                compact = words[0] + lower(words[1])
                if compact not in taken:
                    taken.add(compact)
                    extra.append(compact)
        if extra:
            spellings = (*listed, *extra)
            respelled.update((id(form), form.replaced(spellings=spellings)) for form in spelled)
            derived += [Form(entity, name, False, len(listed) + i, text, spellings, derived=True)
                        for i, text in enumerate(extra)]
    return [respelled.get(id(form), form) for form in forms] + derived


#: the entity kinds whose two-word names get a run-together spelling
_COMPACT_KINDS: Final = frozenset({"capital", "country", "place", "region"})


def _entries(path: Path) -> list[dict[str, object]]:
    data = read_toml(path)
    entries = data.get("entity", [])
    if not isinstance(entries, list):
        raise PackError("must be an array of tables ([[entity]])", str(path), "entity")
    return entries


def _field(path: Path, entry: dict[str, object], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value:
        raise PackError("missing or not a string", str(path), f"entity.{key}")
    return value


def _spellings(path: Path, entity: str, name: dict[str, object], key: str,
               required: bool = False) -> list[str]:
    spellings = name.get(key, [])
    if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings) or \
            (required and not spellings):
        raise PackError(f"entity '{entity}': a non-empty list of strings", str(path),
                        f"entity.names.{key}")
    return spellings


def _forms(path: Path, entity: str, entry: dict[str, object]) -> list[Form]:
    names = entry.get("names")
    if not isinstance(names, list) or not names:
        raise PackError(f"entity '{entity}' needs a non-empty list", str(path), "entity.names")
    found: list[Form] = []
    for index, name in enumerate(names):
        if not isinstance(name, dict):
            raise PackError(f"entity '{entity}': each name is a table", str(path), "entity.names")
        forms = _spellings(path, entity, name, "forms", required=True)
        short = _spellings(path, entity, name, "short")
        if short and len(short) != len(forms):
            raise PackError(f"entity '{entity}': short must list one spelling per form",
                            str(path), "entity.names.short")
        for spellings, abbr in ((forms, False), (short, False),
                                (_spellings(path, entity, name, "abbr"), True)):
            found.extend(Form(entity, index, abbr, variant, text, tuple(spellings))
                         for variant, text in enumerate(spellings))
    return found
