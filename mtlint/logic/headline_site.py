"""A111: the news site's name left at the end of a scraped headline.

A page title reads ``Headline - China News Network``; scrapers keep it as the
article's first line. The rule strips trailing segments after a separator
while each one reads as a site name: a few capitalised words ending with a
site word (``News``, ``Network``, ``Online``, ``Xinhua``) or a domain
(``Chinanews.com``).
A separator without spaces (``days-Chinanews.com``) counts only before a
capital letter, so hyphenated words (``Kim Jong-un``) never split.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.casing import lower
from mtlint.document.lines import lines
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.fix.model import Fix

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_MIN_HEADLINE_WORDS: Final = 3
_CONNECTORS: Final = frozenset(("of", "and", "the", "for", "de", "&"))


class HeadlineSiteName(Rule):
    """Flags the site-name segments ending the first line; the fix removes them."""

    OPTIONS: ClassVar[OptionTypes] = {
        "separators": (list, True),
        "max_words": (int, True),
        "site_words": (list, True),
        "domain_endings": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.separators = tuple(str(s) for s in options["separators"])
        self.max_words = int(options["max_words"])
        words = [lower(str(w)) for w in options["site_words"]]
        self.site_words = frozenset(w for w in words if " " not in w)
        self.site_phrases = tuple(w for w in words if " " in w)
        self.domains = tuple(lower(str(d)) for d in options["domain_endings"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = lines(doc)
        if len(found) < 2:
            return
        headline = found[0]
        text = doc.lint_text[headline.start : headline.end]
        cut = self._site_suffix_start(text)
        if cut is not None:
            start = headline.start + cut
            fix = Fix.replace(start, headline.end, "", self.meta.applicability,
                              "Remove the site name")
            yield self.diagnostic(start, headline.end, fix=fix,
                                  match=doc.text[start : headline.end])

    def _site_suffix_start(self, headline: str) -> int | None:
        """Where the run of site-name segments at the end begins, if there is one."""
        end = len(headline.rstrip(". -\u2013\u2014|"))
        cut = None
        while True:
            split = self._last_separator(headline, end)
            if split is None:
                return cut
            sep_start, sep_end = split
            if not self._is_site_name(headline[sep_end:end]):
                return cut
            # (split no further than needed: a first line may be a whole paragraph)
            if len(headline[:sep_start].split(maxsplit=_MIN_HEADLINE_WORDS)) < _MIN_HEADLINE_WORDS:
                return cut
            cut = end = sep_start

    def _last_separator(self, text: str, end: int) -> tuple[int, int] | None:
        best: tuple[int, int] | None = None
        for sep in self.separators:
            at = text.rfind(sep, 0, end)
            # an occurrence before the best one found cannot be the last: stop there
            while (at > (best[0] if best else 0) and sep.strip() == sep
                   and not _glued_split(text, at, len(sep))):
                at = text.rfind(sep, 0, at)
            if at > 0 and (best is None or at > best[0]):
                best = (at, at + len(sep))
        return best

    def _is_site_name(self, segment: str) -> bool:
        words = segment.split(maxsplit=self.max_words)  # more pieces: too many words
        if not words or len(words) > self.max_words:
            return False
        folded = [lower(w).strip(",.:;'’\"") for w in words]
        if not all(w[:1].isupper() or not w[:1].isalpha() or f in _CONNECTORS
                   or f.endswith(self.domains) for w, f in zip(words, folded, strict=True)):
            return False
        last = folded[-1]
        return (last in self.site_words or last.endswith(self.domains)
                or lower(segment).rstrip(" .").endswith(self.site_phrases))


def _glued_split(text: str, at: int, length: int) -> bool:
    """A separator without spaces splits only between a word and a capital letter."""
    before = text[at - 1]
    after = text[at + length : at + length + 1]
    return before.isalnum() and after.isupper()
