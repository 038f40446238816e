"""The ``residue`` kind: page residue found by phrase tables and patterns (family A).

A scraped page leaves whole lines (``ADVERTISEMENT``, ``Share this article``,
``Read also: …``) and placeholder tokens (``[ad_1]``, ``IMG_2041.jpg``) in
the article. Whole lines and placeholders are removed by a safe fix; the
same words glued into a sentence get an unsafe fix, because only an editor
can tell where the residue ends and the sentence begins.

Options (all optional, at least one of the first five):

- ``lines``: phrases that are residue when they are a whole line, compared
  case-insensitively, ignoring bullets before and punctuation after.
- ``heads``: phrases that make the whole line residue when they start it
  (``read also:``); ``head_max_words`` limits such lines to a number of words.
  Emphasis markers (``*``, ``_``) around or inside the head are skipped
  (``**Read also**:``, ``__Read also:__``, ``*Read* also:``), but not one
  joining two letters (``Re_ad``).
- ``tokens``: literal placeholders, residue wherever they stand.
- ``token_patterns``: regular expressions for placeholders, residue anywhere.
- ``patterns``: regular expressions for residue that is safe to remove only
  when it is a whole line.
- ``requires``: substrings (any case) one of which the text must contain
  before ``token_patterns`` and ``patterns`` run; a fast skip for texts that
  cannot match (``translat`` for translation notices).
- ``glued``: phrases flagged inside a line too, with an unsafe fix, when they
  stand as a sentence of their own (``… he said. Share this article``) or
  are written in capitals inside one (``prices ADVERTISEMENT rose``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from operator import attrgetter
from typing import TYPE_CHECKING, ClassVar, Final

import ahocorasick_rs

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.document.lines import (
    OPENING_LENGTH,
    Line,
    line_at,
    line_key,
    line_openings,
    lines_by_key,
    lowered,
)
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Applicability
from mtlint.kinds.gated import GatedPattern, compile_gated
from mtlint.kinds.pattern import PATTERN_TIMEOUT
from mtlint.kinds.presence import found_in, holds, literal_ids
from mtlint.tables.order import longest_first
from mtlint.tables.phrases import find_matches

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

_SENTENCE_END: Final = ".!?\u2026\"\u201d\u2019)]"
#: a run of emphasis markers that does not join two letters or digits
_EMPHASIS: Final = compile_sre(r"(?<![^\W_])[*_]+|[*_]+(?![^\W_])")
_GLUED_MIN_CAPITALS: Final = 8
#: how many of a row's first characters ``_row_heads`` keeps (the longer tells
#: ``the market is risky`` from ``the minister said``)
_HEAD_STARTS: Final = (3, 8)
_START: Final = attrgetter("start")


class ResidueRule(Rule):
    """Flags residue lines, line heads, placeholder tokens and residue patterns."""

    OPTIONS: ClassVar[OptionTypes] = {
        "lines": (list, False),
        "heads": (list, False),
        "head_max_words": (int, False),
        "tokens": (list, False),
        "token_patterns": (list, False),
        "patterns": (list, False),
        "glued": (list, False),
        "requires": (list, False),
        "fix_message": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        self.line_keys = frozenset(line_key(p) for p in _strings(spec, "lines"))
        self.heads = tuple(sorted({lower(h) for h in _strings(spec, "heads")},
                                  key=longest_first))
        if any(len(h) > OPENING_LENGTH for h in self.heads):
            raise PackError(f"heads may be at most {OPENING_LENGTH} characters long",
                            spec.meta.pack, f"rule.{spec.meta.code}.options.heads")
        # leftmost-longest matching is several times faster than standard matching, and
        # _is_head_line tries every head at a line start the scan points to
        self.head_finder = ahocorasick_rs.AhoCorasick(
            list(self.heads), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) \
            if self.heads else None
        self.longest_head = max(map(len, self.heads), default=0)
        #: a head line's row of the openings starts with one of these (see _row_heads)
        self.head_starts = frozenset(map(_head_start, self.heads)) \
            if all(len(h) >= _HEAD_STARTS[0] and "\n" not in h for h in self.heads) else None
        tokens = sorted({lower(t) for t in _strings(spec, "tokens")})
        glued = sorted({line_key(g) for g in _strings(spec, "glued")})
        self.glued_from = len(tokens)
        phrases = tokens + glued
        self.finder = ahocorasick_rs.AhoCorasick(
            phrases, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if phrases else None
        self.longest_phrase = max(map(len, phrases), default=0)
        #: the finder matches only in texts holding one of its phrases (the shared scan)
        self.phrase_ids = literal_ids(phrases)
        self.token_patterns = compile_gated(spec, "token_patterns") \
            if "token_patterns" in options else []
        self.patterns = compile_gated(spec, "patterns") if "patterns" in options else []
        if not (self.line_keys or self.heads or phrases or self.token_patterns or self.patterns):
            raise PackError("give at least one of lines, heads, tokens, token_patterns or "
                            "patterns", spec.meta.pack, f"rule.{spec.meta.code}.options")
        self.head_max_words = int(options.get("head_max_words", 0))
        self.requires = literal_ids(lower(r) for r in _strings(spec, "requires"))
        self.fix_message = str(options.get("fix_message", "Remove the page residue"))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for line in self._residue_lines(doc):
            yield self._found(doc, line.start, _with_masked_tail(doc, line.end), safe=True)
        found = found_in(doc)  # asked once for the tests below
        if self.finder is not None and holds(found, self.phrase_ids):
            yield from self._phrases(doc)
        if not holds(found, self.requires):
            return
        for pattern in self.token_patterns:
            for start, end in _spans(pattern, doc, found):
                yield self._found(doc, start, end, safe=True)
        for pattern in self.patterns:
            for start, end in _spans(pattern, doc, found):
                yield self._found(doc, start, end, safe=_is_whole_line(doc, start, end))

    def _residue_lines(self, doc: Document) -> list[Line]:
        """Lines equal to a ``lines`` phrase or opening with a ``heads`` phrase, in order."""
        found: list[Line] = []
        if self.line_keys:
            by_key = lines_by_key(doc)
            for key in self.line_keys.intersection(by_key):
                found += by_key[key]
        if self.head_finder is not None and (self.head_starts is None or not
                                             self.head_starts.isdisjoint(_row_heads(doc))):
            openings, all_lines, row_starts = doc.memo("residue.openings",
                                                       lambda: _plain_openings(doc))
            taken = {line.start for line in found}  # lines differ by start: no list scan
            for _, start, _ in find_matches(self.head_finder, openings, self.longest_head):
                row = bisect_right(row_starts, start) - 1
                line = all_lines[row]
                if row_starts[row] == start and line.start not in taken and self._is_head_line(
                        doc, line):
                    found.append(line)
                    taken.add(line.start)
        if len(found) > 1:
            found.sort(key=_START)
        return found

    def _is_head_line(self, doc: Document, line: Line) -> bool:
        """A line starting with a head, as a word of its own, short enough."""
        text = doc.lint_text
        if self.head_max_words and len(text[line.start : line.end].split()) > self.head_max_words:
            return False
        opening = _without_emphasis(lowered(doc)[line.core_start : line.end])
        return any(opening.startswith(h) and _edge_after(opening, len(h)) for h in self.heads)

    def _phrases(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.lint_text
        assert self.finder is not None
        for index, start, end in find_matches(self.finder, lowered(doc), self.longest_phrase):
            if not (_edge_before(text, start) and _edge_after(text, end)):
                continue
            if index < self.glued_from:
                yield self._found(doc, start, end, safe=True)
            elif not _is_whole_line(doc, start, end) and _stands_alone(text, start, end):
                yield self._found(doc, start, end, safe=False)

    def _found(self, doc: Document, start: int, end: int, safe: bool) -> Diagnostic:
        fix = self.removal(doc, start, end, self.fix_message)
        if not safe and fix.applicability is Applicability.SAFE:
            fix = fix.with_applicability(Applicability.UNSAFE)
        return self.diagnostic(start, end, fix=fix, match=doc.text[start:end])


def _with_masked_tail(doc: Document, end: int) -> int:
    """The end of the line's text in the file: past a masked tail the rules read as
    blanks (a Markdown link's target: ``Read also: [Title](https://…)``)."""
    text = doc.text
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    while line_end > end and text[line_end - 1] in " \t\r":
        line_end -= 1
    return line_end


def _plain_openings(doc: Document) -> tuple[str, list[Line], list[int]]:
    """``line_openings`` without emphasis markers, and where each row starts."""
    openings, all_lines = line_openings(doc)
    openings = _without_emphasis(openings)
    return openings, all_lines, _row_starts(openings)


def _head_start(head: str) -> str:
    """The head's first characters, as many as the longest of ``_HEAD_STARTS`` it has."""
    return head[: max(n for n in _HEAD_STARTS if n <= len(head))]


def _row_heads(doc: Document) -> frozenset[str]:
    """The first characters (each of ``_HEAD_STARTS`` many) of every row of the plain
    openings: a line is a head line only if the head finder matches at its row's start,
    and a head without a line break matching there makes the row start with its
    ``_head_start``."""
    def build() -> frozenset[str]:
        rows = doc.memo("residue.openings", lambda: _plain_openings(doc))[0].split("\n")
        return frozenset(row[:n] for n in _HEAD_STARTS for row in rows)
    return doc.memo("residue.row_heads", build)


def _without_emphasis(text: str) -> str:
    return _EMPHASIS.sub("", text) if "*" in text or "_" in text else text


def _row_starts(openings: str) -> list[int]:
    starts = [0]
    at = openings.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = openings.find("\n", at + 1)
    return starts


def _strings(spec: RuleSpec, key: str) -> list[str]:
    values = spec.options.get(key, [])
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise PackError("must be an array of non-empty strings", spec.meta.pack,
                        f"rule.{spec.meta.code}.options.{key}")
    return [str(v) for v in values]


def _spans(gated: GatedPattern, doc: Document, found: frozenset[int]) -> list[tuple[int, int]]:
    if not gated.may_match(doc, found):  # most documents: no generator, no scan
        return []
    group = "flag" if "flag" in gated.pattern.groupindex else 0
    spans = (match.span(group) for match in gated.pattern.finditer(doc.lint_text,
                                                                    timeout=PATTERN_TIMEOUT))
    return [(start, end) for start, end in spans if start < end]


def _edge_before(text: str, start: int) -> bool:
    return start == 0 or not (text[start].isalnum() and text[start - 1].isalnum())


def _edge_after(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end - 1].isalnum() and text[end].isalnum())


def _is_whole_line(doc: Document, start: int, end: int) -> bool:
    line = line_at(doc, start)
    return line is not None and line.core_start >= start and line.core_end <= end <= line.end


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the phrase is a sentence of its own, or shouted in capitals inside one."""
    phrase = text[start:end]
    if phrase.isupper() and sum(c.isalpha() for c in phrase) >= _GLUED_MIN_CAPITALS:
        return True
    before = text[max(0, start - 3) : start].rstrip(" \t")
    opens = not before or before[-1] in _SENTENCE_END or before[-1] == "\n"
    after = text[end : end + 4]
    rest = after.lstrip(".:!?\u2026")
    closes = not rest.strip(" \t") or rest.lstrip(" \t")[0] in "\r\n" or (
        rest != after and rest[:1] in " \t" and rest.lstrip(" \t")[:1].isupper())
    return opens and closes
