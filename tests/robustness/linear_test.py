"""Pathological shapes of a big file take work in proportion to its size: counted, not timed.

A 30 MB file took 83 s to check instead of 20: rules scanned back along a line
for each finding (a file may be one line), copied the rest of the text for
each finding, or scanned every finding, quotation or paragraph kept so far for
each new one. Each case below checks a text and one four times as long with
one rule and counts the work: lines of mtlint run (``sys.settrace``) and
characters of the text that searches scan and slices copy (a ``str``
subclass). Linear work grows four times; each of these grew about sixteen.
"""

from __future__ import annotations

import string
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import pytest

import mtlint
from mtlint.document import Document
from mtlint.document.span import DisjointRanges, Span, SpanSet
from mtlint.engine.context import Context
from mtlint.tables.styles import NEUTRAL
from tests.kinds.rule_helpers import rule

if TYPE_CHECKING:
    from _typeshed import TraceFunction

_PACKAGE = str(Path(mtlint.__file__).resolve().parent)
#: how much more work four times the text may take: linear is 4, quadratic 16
_LINEAR = 5.0


class _Counted(str):
    """A text that counts the characters its searches scan and its slices copy."""

    scanned = 0

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:
        low, high, _ = slice(start, end).indices(len(self))
        at = str.find(self, sub, low, high)
        _Counted.scanned += at + len(sub) - low if at >= 0 else max(high - low, 0)
        return at

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        low, high, _ = slice(start, end).indices(len(self))
        at = str.rfind(self, sub, low, high)
        _Counted.scanned += high - at if at >= 0 else max(high - low, 0)
        return at

    def __getitem__(self, key: Any) -> str:
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            _Counted.scanned += len(piece)
        return piece

    def __contains__(self, sub: object) -> bool:
        at = str.find(self, str(sub))
        _Counted.scanned += at + len(str(sub)) if at >= 0 else len(self)
        return at >= 0


def _work(code: str, text: str) -> tuple[int, int, int]:
    """Lines of mtlint run, characters scanned or copied, and findings of rule ``code``."""
    checking = rule(code)
    doc = Document(_Counted(text))
    lines = 0

    def local(frame: FrameType, event: str, arg: Any) -> TraceFunction:
        nonlocal lines
        lines += event == "line"
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> TraceFunction | None:
        name = frame.f_code.co_filename  # mtlint's modules and any generated methods
        return local if name.startswith(_PACKAGE) or name == "<string>" else None

    _Counted.scanned = 0
    sys.settrace(calls)
    try:
        found = list(checking.check(doc, Context(style=NEUTRAL)))
    finally:
        sys.settrace(None)
    return lines, _Counted.scanned, len(found)


def _letters(i: int) -> str:
    return "".join(string.ascii_lowercase[i // 26**k % 26] for k in range(3))


def _names(count: int) -> str:
    """Two-word names, each also written as one word (F103 looks for each pair)."""
    return "".join(f"Mr Yun K{_letters(i)} met the press on a long day in the city. Later "
                   f"Yunk{_letters(i)} spoke to them about it. " for i in range(count))


def _group(count: int) -> str:
    """Mr Yun and ``count`` surnames no two of which are one name (each letter of ``i``
    stands twice), and a name spelled two ways for F103 to find."""
    letters = "abdefgilmnoprvz"

    def surname(i: int) -> str:
        first, second = letters[i % len(letters)], letters[i // len(letters) % len(letters)]
        return f"Ka{first}r{second}t{first}n{second}"

    return "".join(f"Fadil Rahman met Mr Yun {surname(i)} on a long day in the city. Later, "
                   f"Fadel Rahman said so. " for i in range(count))


CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    # on one line, each bracket searched back to the paragraph's start for its line
    "L106 brackets on one line": ("L106", lambda n: "Prices rose 5 percent) on Monday. " * n),
    "L107 quote marks on one line": ("L107", lambda n: "\u201cWe will win, he said. " * n),
    # the marks before each glued one were scanned from the start of the file
    "L103 glued quote marks": (
        "L103", lambda n: "He called it what\u201dblack hearts\u201d would do. " * n),
    "L102 square brackets looked for": (
        "L102", lambda n: "Floods hit Medan,North Sumatra on Monday. " * n),
    "N106 symbols not at a line start": (
        "N106", lambda n: "He found a notice that said \u25cb while building. " * n),
    # the rest of the text was copied for each finding
    "C101 initials closing paragraphs": (
        "C101", lambda n: "The river is expected to crest on Friday, he said. (rna)\n\n" * n),
    # every quotation and every run kept so far, for each foreign quotation
    "J102 foreign quotations": (
        "J102", lambda n: "\u201cKami tidak dapat dengan cepat selesai,\u201d the mayor told "
                          "reporters on the steps of the hall in the morning. " * n),
    # every finding so far, for each later spelling
    "F103 a name spelled two ways": (
        "F103", lambda n: "Fadil Rahman opened the meeting. Later, Fadel Rahman said the vote "
                          "was fair. " * n),
    # every finding so far, for each title before an organisation's name
    "K101 organisations after titles": (
        "K101", lambda n: "General Chairman PBSI said the team was ready. Chairman Vietnam "
                          "Coffee and Cocoa Association said so. " * n),
    # every pair of names in a group that differ in one word (Mr Yun ...)
    "F103 a big group of names one word apart": ("F103", _group),
    # residue lines: every line found so far, for each line with a head
    "A104 control lines": (
        "A104", lambda n: "The talks ended.\n\nShare this article\n\nTags: politics\n\n" * n),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_pathological_shape_takes_linear_work(case: str) -> None:
    code, make = CASES[case]
    lines, scanned, found = _work(code, make(50))
    lines_4x, scanned_4x, found_4x = _work(code, make(200))
    assert found_4x >= 4 * found > 0, "the case no longer finds what it was built for"
    assert lines_4x <= _LINEAR * lines, f"{lines} -> {lines_4x} lines run"
    assert scanned_4x <= _LINEAR * max(scanned, 1000), f"{scanned} -> {scanned_4x} scanned"


def test_many_two_word_names_are_looked_for_in_one_scan() -> None:
    # F103's single-word check looked for each two-word name with its own scan of the
    # text; the lines run are not counted: more of these names are one letter apart
    # (Yunkaab, Yunkaac) as they grow, so the pairs to report grow faster than the text
    _, scanned, found = _work("F103", _names(50))
    _, scanned_4x, found_4x = _work("F103", _names(200))
    assert found_4x > 3 * found > 0
    assert scanned_4x <= _LINEAR * scanned, f"{scanned} -> {scanned_4x} scanned"


class _CountedList(list[Span]):
    """A list counting the items it hands out, one by one or in slices."""

    handed = 0

    def __getitem__(self, key: Any) -> Any:
        item = list.__getitem__(self, key)
        _CountedList.handed += len(item) if isinstance(key, slice) else 1
        return item


def test_span_set_queries_do_not_copy_the_spans_after_the_query() -> None:
    # ``spans[i:]`` copied the rest of the list on each question: a million questions
    # about the quotations of a 30 MB file
    spans = SpanSet([Span(10 * i, 10 * i + 5) for i in range(2000)])
    spans.spans = _CountedList(spans.spans)
    _CountedList.handed = 0
    queries = [(at, at + width) for at in range(0, 20000, 7) for width in (0, 3, 12)]
    for start, end in queries:
        spans.overlaps(start, end)
        spans.cuts(start, end)
    assert _CountedList.handed <= 6 * len(queries)


def test_span_set_queries_answer_as_a_scan_does() -> None:
    spans = [Span(s, e) for s, e in [(2, 5), (5, 9), (12, 13), (20, 30), (31, 31), (40, 44)]]
    found = SpanSet(spans)
    for start in range(48):
        for end in range(start, 48):
            assert found.overlaps(start, end) == any(s.overlaps(start, end) for s in spans)
            assert found.cuts(start, end) == any(
                s.overlaps(start, end) and not (start <= s.start and s.end <= end)
                for s in spans)
        assert found.first_from(start) == next((s for s in spans if s.start >= start), None)
    for span in [*spans, Span(2, 4), Span(5, 8), Span(0, 1), Span(44, 48)]:
        assert found.holds(span) == (span in spans)


def test_disjoint_ranges_answer_as_a_scan_does() -> None:
    ranges = DisjointRanges()
    kept: list[tuple[int, int]] = []
    candidates = [(s, s + w) for s in range(0, 60, 3) for w in (0, 1, 4, 9)]
    for start, end in sorted(candidates, key=lambda r: (r[1] - r[0], -r[0])):
        overlapping = any(s < end and start < e for s, e in kept)
        assert ranges.overlaps(start, end) == overlapping
        if not overlapping:
            ranges.add(start, end)
            kept.append((start, end))
    for start in range(64):
        for end in range(start, 64):
            assert ranges.overlaps(start, end) == any(s < end and start < e for s, e in kept)
    assert len(ranges) == len(kept)
    with pytest.raises(ValueError, match="overlaps"):
        ranges.add(*next(r for r in kept if r[1] > r[0]))
