"""Findings inside text that another finding's safe fix deletes are moot.

A residue line (``Lire aussi : …``) deleted by a safe fix should not also be
reported for its spacing, its dates or its foreign words: once the line is
gone, so are they. Only safe deletions count, since unsafe ones may be
declined. When two findings each delete the other (two rules flagging the
same line), the first one is kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from mtlint.engine.rule import Diagnostic
from mtlint.fix.model import Applicability, Edit


def drop_moot(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """``diagnostics`` without those lying inside another one's safe deletion."""
    deletions = [_safe_deletions(d) for d in diagnostics]
    if not any(deletions):
        return diagnostics
    covering = _Covering(deletions)
    kept = []
    for index, d in enumerate(diagnostics):
        moot = any(other != index
                   and (other < index or not _covers(deletions[index], diagnostics[other]))
                   for other in covering.owners(d))
        if not moot:
            kept.append(d)
    return kept


class _Covering:
    """The deletions sorted by start, to find those covering a finding without trying
    them all (every finding against every deletion took minutes on 5 MB; issue 7)."""

    def __init__(self, deletions: list[list[Edit]]) -> None:
        edits = sorted((e.start, e.end, owner) for owner, found in enumerate(deletions)
                       for e in found)
        self.starts = [start for start, _, _ in edits]
        self.edits = edits
        self.reach = list(accumulate((end for _, end, _ in edits), max))

    def owners(self, d: Diagnostic) -> Iterator[int]:
        """The diagnostics owning a deletion that covers ``d``."""
        i = bisect_right(self.starts, d.start) - 1
        while i >= 0 and self.reach[i] >= d.end:  # no earlier deletion reaches d.end
            if self.edits[i][1] >= d.end:
                yield self.edits[i][2]
            i -= 1


def _safe_deletions(d: Diagnostic) -> list[Edit]:
    if d.fix is None or d.fix.applicability is not Applicability.SAFE:
        return []
    # a line removed with its break may leave one line break behind: still a deletion
    return [e for e in d.fix.edits if not e.replacement.strip() and e.end > e.start]


def _covers(edits: list[Edit], d: Diagnostic) -> bool:
    return any(e.start <= d.start and d.end <= e.end for e in edits)
