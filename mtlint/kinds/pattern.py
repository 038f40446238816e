"""The ``pattern`` kind: flag every match of a regular expression."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.ascii_view import ascii_view
from mtlint.document.casing import lower
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Fix
from mtlint.kinds.pattern_timeout import PatternTimeoutError
from mtlint.kinds.presence import holds_any, literal_ids

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: seconds one pattern may run on one document before the rule is stopped
#: (PatternRule gives this much per megabyte of text: see ``time_limit``)
PATTERN_TIMEOUT: Final = 2.0
_MEGABYTE: Final = 1_000_000


def timed_out(stopped: str, limit: float) -> PatternTimeoutError:
    """The error for a pattern stopped after ``limit`` seconds; ``stopped`` is
    ``"<rule name>: pattern '<regex>' timed out"``."""
    return PatternTimeoutError(f"{stopped} after {limit:g} s (pattern-timeout) and is not run "
                               "again; it backtracks catastrophically or is far too slow")


def time_limit(text: str, seconds_per_megabyte: float) -> float:
    """Seconds a pattern may run over ``text``: in proportion to its size, at least one
    megabyte's worth, so a 50 MB file is not failed by a pattern that is merely linear."""
    return seconds_per_megabyte * max(1.0, len(text) / _MEGABYTE)


def compile_patterns(spec: RuleSpec, key: str = "patterns") -> list[Any]:
    """Compile a pack's list of regular expressions, naming the bad one."""
    compiled = []
    for index, source in enumerate(spec.options[key]):
        try:
            compiled.append(compile_pattern(source, regex.VERSION0))
        except regex.error as exc:
            raise PackError(f"bad regular expression {source!r}: {exc}", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.{key}[{index}]") from exc
    return compiled


class PatternRule(Rule):
    """Each match is a finding; ``fix = "remove"`` or ``"replace"`` offers an edit.

    The match's ``flag`` group, when the pattern has one, is the reported span,
    so context can be matched without being flagged. ``requires`` lists strings
    of which a document must hold one (in any case) for the patterns to run, and
    ``requires_all`` strings of which it must hold every one: a substring test is
    far cheaper than a scan with a pattern that has no literal to look for.
    ``places``, a regular expression over the text's ASCII view (``ascii_view``:
    UTF-8, ASCII digits made ``0``, ASCII letters lowered), finds where a match
    of the patterns may start: they are tried only there (past the last match's
    end, as ``finditer`` goes on), not at every character, when the view exists; it
    must find every place where a match may start, and the patterns no empty match.
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "patterns": (list, True),
        "fix": (str, False),
        "replacement": (str, False),
        "fix_message": (str, False),
        "requires": (list, False),
        "requires_all": (list, False),
        "places": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.patterns = compile_patterns(spec)
        #: the patterns run only on documents holding one of these (lower-cased) strings
        self.requires = literal_ids(lower(str(r)) for r in spec.options.get("requires", []))
        #: ... and each of these (one test per string)
        self.requires_all = [literal_ids([lower(str(r))])
                             for r in spec.options.get("requires_all", [])]
        self.fix_kind = str(spec.options.get("fix", "none"))
        if self.fix_kind not in ("none", "remove", "replace"):
            raise PackError("must be none, remove or replace", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.fix")
        self.replacement = str(spec.options.get("replacement", ""))
        self.fix_message = str(spec.options.get("fix_message", "Remove it"))
        self.stopped = ""  # why a pattern was stopped earlier in this run
        self.places = _compile_places(spec)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if self.stopped:  # one timeout per run, not one per file: 10,000 files x 2 s
            raise PatternTimeoutError(f"not run: {self.stopped} on an earlier file")
        if not holds_any(doc, self.requires) or not all(
                holds_any(doc, ids) for ids in self.requires_all):
            return
        limit = time_limit(doc.lint_text, ctx.pattern_timeout)
        places = None if self.places is None else _places(doc, self.places)
        for pattern in self.patterns:
            try:
                matches = (pattern.finditer(doc.lint_text, timeout=limit) if places is None
                           else _matches_at(pattern, doc.lint_text, places, limit))
                for match in matches:
                    group = "flag" if "flag" in pattern.groupindex else 0
                    start, end = match.span(group)
                    if start < end:
                        yield self.diagnostic(start, end, fix=self._fix(doc, match, group),
                                              match=match.group(group))
            except TimeoutError as exc:
                self.stopped = f"{self.meta.name}: pattern {pattern.pattern!r} timed out"
                raise timed_out(self.stopped, limit) from exc

    def _fix(self, doc: Document, match: Any, group: str | int) -> Fix | None:
        start, end = match.span(group)
        if self.fix_kind == "remove":
            return self.removal(doc, start, end, self.fix_message)
        if self.fix_kind == "replace":
            text = match.expand(self.replacement)
            return Fix.replace(start, end, text, self.meta.applicability,
                               self.fix_message.format(replacement=text))
        return None


def _compile_places(spec: RuleSpec) -> re.Pattern[bytes] | None:
    """The rule's ``places`` pattern, for bytes, or None when it has none."""
    source = spec.options.get("places")
    if source is None:
        return None
    try:
        return compile_sre(str(source).encode())
    except re.error as exc:
        raise PackError(f"bad regular expression {source!r}: {exc}", spec.meta.pack,
                        f"rule.{spec.meta.code}.options.places") from exc


def _places(doc: Document, places: re.Pattern[bytes]) -> list[int] | None:
    """The character offsets where ``places`` matches the view of ``doc``, or None when it
    has no view (the text is scanned everywhere)."""
    view = ascii_view(doc)
    return None if view is None else view.places(places)


def _matches_at(pattern: Any, text: str, places: list[int], limit: float) -> Iterator[Any]:
    """``pattern.finditer(text, timeout=limit)`` for a pattern that matches no empty string
    and whose every match starts at one of ``places`` (ascending): the first match at a
    place from the last match's end on is the one ``finditer`` finds next. All the tries
    together get ``limit`` seconds, as one ``finditer`` does (``TimeoutError``)."""
    deadline = time.monotonic() + limit
    end = 0
    for start in places:
        if start >= end:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("regex timed out")
            match = pattern.match(text, start, timeout=left)
            if match is not None:
                end = match.end()
                yield match
