"""Fix safety as properties, over generated articles mixing every defect family.

Each fixing pass is checked on its own: the applied edits do not overlap,
the text outside them is kept character for character (no character lost
or duplicated), an edit reaches beyond its finding only over white space,
and no edit touches a quotation. Across all passes, every quotation of the
original is still in the fixed text, in order, fixing settles, and fixing
the fixed text again changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import Run, build_run
from mtlint.engine.rule import Diagnostic
from mtlint.fix.apply import apply_fixes
from mtlint.fix.loop import MAX_PASSES, fix_to_fixed_point
from mtlint.fix.model import Applicability, Edit, Fix
from tests.properties.articles import article

PATH = "article.txt"


@pytest.fixture(scope="module")
def run() -> Run:
    return build_run(Settings())


def _passes(run: Run, text: str,
            minimum: Applicability) -> Iterator[tuple[Document, list[Diagnostic], str]]:
    """(document, diagnostics whose fixes were applied, text after) for each pass."""
    for _ in range(MAX_PASSES):
        doc = Document(text, PATH)
        fixable = [d for d in run.linter.lint(doc).diagnostics
                   if d.fix is not None and d.fix.applicability >= minimum]
        if not fixable:
            return
        fixed, applied = apply_fixes(text, [d.fix for d in fixable if d.fix is not None])
        chosen = {id(fix) for fix in applied}
        yield doc, [d for d in fixable if id(d.fix) in chosen], fixed
        text = fixed


def _edits(diagnostics: list[Diagnostic]) -> list[Edit]:
    return sorted(edit for d in diagnostics if d.fix is not None for edit in d.fix.edits)


def _assert_only_edits_changed(before: str, edits: list[Edit], after: str) -> None:
    """``after`` is ``before`` with each edit's range replaced, nothing else."""
    kept, position, last = 0, 0, 0
    for edit in edits:
        assert last <= edit.start, f"edits overlap at {edit.start}"
        untouched = before[last : edit.start]
        assert after[position : position + len(untouched)] == untouched
        position += len(untouched)
        assert after[position : position + len(edit.replacement)] == edit.replacement
        position += len(edit.replacement)
        kept += len(untouched)
        last = edit.end
    assert after[position:] == before[last:]
    removed = Counter("".join(before[e.start : e.end] for e in edits))
    inserted = Counter("".join(e.replacement for e in edits))
    assert Counter(before) - removed + inserted == Counter(after), "characters lost or doubled"


def _assert_reach_is_white_space(doc: Document, diagnostic: Diagnostic) -> None:
    """A fix may reach beyond its finding only to take adjacent white space with it."""
    assert diagnostic.fix is not None
    for edit in diagnostic.fix.edits:
        if edit.end <= diagnostic.start or edit.start >= diagnostic.end:
            continue  # an edit of another occurrence: checked by _assert_only_edits_changed
        left = doc.text[edit.start : diagnostic.start]
        right = doc.text[diagnostic.end : edit.end]
        assert not left.strip(), f"{diagnostic.code} edits {left!r} before its finding"
        assert not right.strip(), f"{diagnostic.code} edits {right!r} after its finding"


def _assert_quotes_untouched(doc: Document, fix: Fix) -> None:
    for edit in fix.edits:
        if edit.start == edit.end:
            span = doc.quotes.find(edit.start)
            assert span is None or span.start == edit.start, "insertion inside a quotation"
        else:
            assert not doc.quotes.overlaps(edit.start, edit.end), "edit inside a quotation"


def _assert_in_order(pieces: list[str], text: str) -> None:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        assert found >= 0, f"quotation {piece!r} changed by fixing"
        at = found + len(piece)


@settings(max_examples=800)
@given(text=article(), unsafe=st.booleans())
def test_each_fix_pass_changes_only_its_edits_and_never_a_quotation(run: Run, text: str,
                                                                     unsafe: bool) -> None:
    minimum = Applicability.UNSAFE if unsafe else Applicability.SAFE
    original = Document(text, PATH)
    quotations = [text[span.start : span.end] for span in original.quotes.spans]
    final = text
    for doc, applied, after in _passes(run, text, minimum):
        _assert_only_edits_changed(doc.text, _edits(applied), after)
        for diagnostic in applied:
            assert diagnostic.fix is not None
            _assert_reach_is_white_space(doc, diagnostic)
            _assert_quotes_untouched(doc, diagnostic.fix)
        final = after
    _assert_in_order(quotations, final)
    outcome = fix_to_fixed_point(text, lambda t: run.linter.lint(Document(t, PATH)), minimum)
    assert not outcome.looping_rules, f"fixes did not settle: {outcome.looping_rules}"
    assert outcome.text == final
    assert next(_passes(run, final, minimum), None) is None, "fixing the fixed text changes it"
