"""Findings and fixes pickle by their fields (``--jobs`` workers send them back)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.engine.run import RuleFailure
from mtlint.fix.model import Applicability, Edit, Fix

_META = RuleMeta("A901", "test-residue", "A", "Accuracy/Addition", Severity.ERROR, "m",
                 RuleDocs("what", "why", "example", "instead"))
#: every field given a value other than its default
_FIX = Fix((Edit(3, 9, "x"), Edit(12, 14, "y")), Applicability.UNSAFE, "Rewrite it")
_FINDING = Diagnostic(_META, 3, 14, "found", _FIX, Severity.INFO)


@pytest.mark.parametrize("record", [_FINDING, _FIX, _FIX.edits[0], _META, _META.docs,
                                    RuleFailure("A901", "boom", "pack.toml")],
                         ids=["diagnostic", "fix", "edit", "meta", "docs", "failure"])
def test_a_record_comes_back_equal_with_every_field(record: object) -> None:
    back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == record


def test_restoring_findings_never_asks_dataclasses_fields(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the default restore asked fields() for every finding, fix, edit and rule: the
    # parent's main cost of taking findings back from --jobs workers (and a compiled
    # frozen class cannot be restored the default way at all)
    asked = []
    fields = dataclasses.fields

    def counted(record: object) -> object:
        asked.append(type(record).__name__)
        return fields(record)  # type: ignore[arg-type]

    monkeypatch.setattr(dataclasses, "fields", counted)
    assert pickle.loads(pickle.dumps([_FINDING] * 50)) == [_FINDING] * 50
    assert asked == []
