"""The ``substitution`` kind: a table of wrong forms and what to write instead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import regex

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.lines import unusual, unusual_characters
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Fix
from mtlint.kinds.pattern import time_limit, timed_out
from mtlint.kinds.pattern_timeout import PatternTimeoutError

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class SubstitutionRule(Rule):
    """Flags each key of ``swap`` and offers its value as the replacement.

    ``before`` and ``after`` are regular expressions the text must match
    around the word (not part of the finding); ``words`` = false allows
    matches inside words (for character sequences such as mojibake).
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "swap": (dict, True),
        "ignore_case": (bool, False),
        "words": (bool, False),
        "before": (str, False),
        "after": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        swap = spec.options["swap"]
        if not swap or not all(isinstance(v, str) for v in swap.values()):
            raise PackError("must map each form to a string", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.swap")
        self.ignore_case = bool(spec.options.get("ignore_case", False))
        self.swap = {(k.casefold() if self.ignore_case else k): v for k, v in swap.items()}
        alternatives = "|".join(regex.escape(k) for k in sorted(swap, key=len, reverse=True))
        edge = r"\b" if spec.options.get("words", True) else ""
        source = (f"(?<={spec.options.get('before', '')})" f"{edge}(?:{alternatives}){edge}"
                  f"(?={spec.options.get('after', '')})")
        flags = regex.VERSION0 | (regex.IGNORECASE if self.ignore_case else 0)
        try:
            self.pattern = compile_pattern(source, flags)
        except regex.error as exc:
            raise PackError(f"bad before/after expression: {exc}", spec.meta.pack,
                            f"rule.{spec.meta.code}.options") from exc
        #: the user's expressions, named when they time out (the swap words cannot backtrack)
        self.context = " and ".join(f"{key} pattern {spec.options[key]!r}"
                                    for key in ("before", "after") if spec.options.get(key))
        self.stopped = ""  # why the pattern was stopped earlier in this run
        self.gate = _unusual_gate(list(swap)) if not self.ignore_case else None

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if self.stopped:  # one timeout per run, as for the pattern kind
            raise PatternTimeoutError(f"not run: {self.stopped} on an earlier file")
        if self.gate is not None and not self.gate.search(unusual(doc)):
            return
        limit = time_limit(doc.lint_text, ctx.pattern_timeout)
        try:
            for match in self.pattern.finditer(doc.lint_text, timeout=limit):
                found = match.group()
                good = self.swap[found.casefold() if self.ignore_case else found]
                fix = Fix.replace(match.start(), match.end(), good, self.meta.applicability,
                                  f"Write '{good}'")
                yield self.diagnostic(match.start(), match.end(), fix=fix, match=found,
                                      replacement=good)
        except TimeoutError as exc:
            self.stopped = f"{self.meta.name}: {self.context or 'pattern'} timed out"
            raise timed_out(self.stopped, limit) from exc


def _unusual_gate(forms: list[str]) -> re.Pattern[str] | None:
    """A class of one ``unusual`` character from each form, when every form has one
    (mojibake tables): a text holding a form holds that character among its unusual ones."""
    picked = []
    for form in forms:
        odd = unusual_characters(form)
        if not odd:
            return None
        picked.append(odd[0])
    return compile_sre("[" + re.escape("".join(sorted(set(picked)))) + "]")
