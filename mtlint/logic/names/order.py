"""F104: one institution named in two word orders (``University of Brunei``, ``Brunei University``).

Chinese and Vietnamese put the place first (文莱大学, Đại học Brunei), and MT
renders the one name now as ``Brunei University``, now as ``University of
Brunei``; the two orders in one article read as two institutions. The head
words (``University``, ``Institute``) are pack data. Not compared: ``the
Chinese University of Hong Kong`` (a capitalised word before the head) and
``Hong Kong University of Science`` (``of`` after it), other institutions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, NamedTuple

from mtlint.cache.patterns import compile_pattern
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix
from mtlint.kinds.presence import case_sensitive_ids, holds_any
from mtlint.logic.speech import alternation

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_WORD_BEFORE: Final = compile_pattern(r"(\p{Lu}[\p{L}\p{M}'’-]*) $")
_PLACE: Final = r"\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3}"


class Named(NamedTuple):
    """One occurrence of an institution's name, in one of the two orders."""

    start: int
    end: int
    place: tuple[str, ...]


class InstitutionOrderRule(Rule):
    """Reports each occurrence of the order an article did not use first."""

    OPTIONS: ClassVar[OptionTypes] = {
        "heads": (list, True),
        "articles": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        heads = alternation(spec.options["heads"])
        self.head_first = compile_pattern(
            rf"\b(?:{heads}) of (?P<place>{_PLACE})(?![\w'’-])")
        self.place_first = compile_pattern(rf"\b(?P<place>{_PLACE}) (?:{heads})\b(?! of\b)")
        self.articles = frozenset(str(w) for w in spec.options["articles"])
        #: the text a head-first name holds: its head's last word, then `` of ``
        self.head_ofs = tuple(sorted({f"{str(h).split()[-1]} of " for h in spec.options["heads"]
                                      if str(h).split()}))
        #: the same, lowered, for the shared scan of the lowered text
        self.lowered_head_ofs = case_sensitive_ids(self.head_ofs)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        # each finding needs a head-first name; a substring test is far cheaper than the search,
        # and a text holding one holds it lowered too (the shared scan: most texts hold none)
        if not holds_any(doc, self.lowered_head_ofs) or \
                not any(head_of in text for head_of in self.head_ofs):
            return
        of_form = _by_place(_named(m, m.start()) for m in self.head_first.finditer(text)
                            if not self._part_of_longer_name(text, m.start()))
        if not of_form:
            return
        front_form: dict[tuple[str, ...], list[Named]] = defaultdict(list)
        for match in self.place_first.finditer(text):
            named = _trimmed(match, of_form)
            if named is not None:
                front_form[named.place].append(named)
        for place, fronts in front_form.items():
            both = [n for n in sorted(of_form[place] + fronts) if not doc.in_quote(n.start, n.end)]
            model = both[0] if both else None
            for named in both[1:]:
                if model is not None and (named in fronts) != (model in fronts):
                    yield self._finding(doc, named, model)

    def _part_of_longer_name(self, text: str, start: int) -> bool:
        """``the Chinese University of …``: a capitalised word, not an article, before it."""
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and before.group(1) not in self.articles

    def _finding(self, doc: Document, later: Named, model: Named) -> Diagnostic:
        found = doc.text[later.start : later.end]
        first = doc.text[model.start : model.end]
        fix = Fix.replace(later.start, later.end, first, self.meta.applicability,
                          f"Write '{first}', as the article first did")
        return self.diagnostic(later.start, later.end, fix=fix, found=found, first=first)


def _named(match: Any, start: int) -> Named:
    return Named(start, match.end(), tuple(match.group("place").split(" ")))


def _by_place(names: Iterator[Named]) -> dict[tuple[str, ...], list[Named]]:
    found: dict[tuple[str, ...], list[Named]] = defaultdict(list)
    for named in names:
        found[named.place].append(named)
    return found


def _trimmed(match: Any, of_form: Mapping[tuple[str, ...], list[Named]]) -> Named | None:
    """The place-first name cut to its longest last words that the other order names
    (``During Brunei University`` -> ``Brunei University``), or None."""
    words = match.group("place").split(" ")
    for size in range(len(words), 0, -1):
        if tuple(words[-size:]) in of_form:
            cut = len(" ".join(words[:-size])) + (1 if size < len(words) else 0)
            return Named(match.start("place") + cut, match.end(), tuple(words[-size:]))
    return None
