"""Findings and fixes pickle by their fields (``--jobs`` workers send them back)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.fix.model import Applicability, Edit, Fix

_META = RuleMeta("A901", "test-residue", "A", "Accuracy/Addition", Severity.ERROR, "m",
                 RuleDocs("what", "why", "example", "instead"))
#: every field given a value other than its default
_FIX = Fix((Edit(3, 9, "x"), Edit(12, 14, "y")), Applicability.UNSAFE, "Rewrite it")
_FINDING = Diagnostic(_META, 3, 14, "found", _FIX, Severity.INFO)


@pytest.mark.parametrize("record", [_FINDING, _FIX, _FIX.edits[0]],
                         ids=["diagnostic", "fix", "edit"])
def test_a_record_comes_back_equal_with_every_field(record: object) -> None:
    back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == record


def test_restoring_findings_asks_dataclasses_fields_only_for_their_shared_rule(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the default restore asked fields() for every finding, fix and edit: the parent's
    # main cost of taking findings back from --jobs workers
    asked = []
    fields = dataclasses.fields

    def counted(record: object) -> object:
        asked.append(type(record).__name__)
        return fields(record)  # type: ignore[arg-type]

    monkeypatch.setattr(dataclasses, "fields", counted)
    assert pickle.loads(pickle.dumps([_FINDING] * 50)) == [_FINDING] * 50
    # only the rule's metadata, pickled once and shared by all (asked to save and restore)
    assert sorted(asked) == ["RuleDocs", "RuleDocs", "RuleMeta", "RuleMeta"]
