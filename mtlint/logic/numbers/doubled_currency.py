"""M109: an amount that names its currency twice, by sign and by word (``¥ 328 yuan``).

Chinese writes ``328元`` and Indonesian ``Rp 5.000 rupiah`` in lists and
captions; MT renders the sign and the word both. A currency's signs and words
are pack data, so ``¥ 500 yen`` and ``¥ 328 yuan`` are both found while ``$5
Singapore dollars`` (a word between) is not.

Most articles hold no number followed by a currency word, so the places are
found in the ASCII view (digits as ``0``, letters lowered) and the sign is
looked for only before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.ascii_view import ascii_view
from mtlint.document.casing import lower
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Fix
from mtlint.kinds.presence import found_in, holds, literal_ids
from mtlint.logic.speech import alternation
from mtlint.tables.order import longest_first

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_SCALES: Final = ("thousand", "million", "billion", "trillion")
#: what an amount's digits run over ("150.000", "3,5"); a sign ends before them
_AMOUNT_CHARS: Final = frozenset("0123456789.,")


class DoubledCurrencyRule(Rule):
    """Flags ``sign amount word`` where sign and word name one currency."""

    OPTIONS: ClassVar[OptionTypes] = {
        "currencies": (dict, True),
        "fix_message": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        #: (sign, word) pairs of one currency, the word lowered
        self.pairs: set[tuple[str, str]] = set()
        for name, value in spec.options["currencies"].items():
            if not isinstance(value, dict) or not all(
                    isinstance(value.get(key), list) and value[key]
                    and all(isinstance(item, str) for item in value[key])
                    for key in ("signs", "words")):
                raise PackError("each currency has non-empty lists signs and words",
                                spec.meta.pack, f"rule.{spec.meta.code}.options.currencies.{name}")
            self.pairs.update((sign, lower(word)) for sign in value["signs"]
                              for word in value["words"])
        signs = alternation(sign for sign, _ in self.pairs)
        words = sorted({word for _, word in self.pairs}, key=longest_first)
        scales = "|".join(_SCALES)
        amount = rf"\d[\d.,]*(?:[ \u00a0](?:{scales}))?"
        #: a sign, the amount and a currency word, ending at the word
        self._doubled = compile_pattern(
            rf"(?<![\w$])(?P<sign>{signs})[ \u00a0]?(?P<amount>{amount})[ \u00a0]+"
            rf"(?i:(?P<word>{'|'.join(map(re.escape, words))}))(?![\w'’-])")
        #: a sign ending where an amount starts, a space between them or none
        self._sign_before = compile_pattern(rf"(?<![\w$])(?:{signs})[ \u00a0]?\Z")
        #: how far before an amount such a sign starts at most
        self._sign_reach = max(len(sign) for sign, _ in self.pairs) + 1
        #: in the ASCII view: a number's last digit, perhaps a scale word, a currency word
        blank = "(?: |\u00a0)".encode()
        self._places = compile_sre(
            b"0(?:" + blank + b"(?:" + "|".join(_SCALES).encode() + b"))?" + blank + b"+(?:"
            + b"|".join(re.escape(w.encode()) for w in words) + rb")(?![a-z])")
        #: the view shows a currency word only if it is ASCII, as its lowering is
        self._ascii_words = all(word.isascii() for word in words)
        # every match holds a sign and a blank and a currency word (lowered, for the
        # shared literal scan): most articles hold no currency word
        self._word_ids = literal_ids(f"{blank}{word}" for word in words for blank in " \u00a0")
        self._sign_ids = literal_ids(lower(sign) for sign, _ in self.pairs)
        self.fix_message = str(spec.options.get("fix_message", "Keep the sign only"))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found_ids = found_in(doc)
        if not (holds(found_ids, self._word_ids) and holds(found_ids, self._sign_ids)):
            return
        text = doc.lint_text
        view = ascii_view(doc) if self._ascii_words else None
        if view is None:
            found: Iterator[Any] = self._doubled.finditer(text)
        else:  # a match ends in a number and a currency word, which the view shows
            found = self._near(text, view.places(self._places))
        for match in found:
            if (match.group("sign"), lower(match.group("word"))) in self.pairs:
                yield self._finding(match)

    def _near(self, text: str, places: list[int]) -> Iterator[Any]:
        """The matches of ``_doubled`` whose amount's last digit is at one of ``places``:
        tried where a sign ends right before the amount's first digit."""
        for place in places:
            start = place
            while start > 0 and text[start - 1] in _AMOUNT_CHARS:
                start -= 1
            sign = self._sign_before.search(text, max(0, start - self._sign_reach), start)
            if sign is not None:
                match = self._doubled.match(text, sign.start())
                if match is not None and match.start("amount") == start:
                    yield match

    def _finding(self, match: Any) -> Diagnostic:
        fix = Fix.replace(match.end("amount"), match.end(), "", self.meta.applicability,
                          self.fix_message)
        return self.diagnostic(match.start(), match.end(), fix=fix, match=match.group(),
                               sign=match.group("sign"), word=match.group("word"))
