"""Findings and fixes pickle by their fields (``--jobs`` workers send them back)."""

from __future__ import annotations

import pickle

import pytest

from mtlint.document.span import Span
from mtlint.engine.rule import Diagnostic, RuleCase, RuleDocs, RuleMeta, RuleSpec, Severity
from mtlint.engine.run import RuleFailure
from mtlint.fix.model import Applicability, Edit, Fix
from mtlint.record import Record
from mtlint.tables.styles import Style

_META = RuleMeta("A901", "test-residue", "A", "Accuracy/Addition", Severity.ERROR, "m",
                 RuleDocs("what", "why", "example", "instead"))
#: every field given a value other than its default
_FIX = Fix((Edit(3, 9, "x"), Edit(12, 14, "y")), Applicability.UNSAFE, "Rewrite it")
_FINDING = Diagnostic(_META, 3, 14, "found", _FIX, Severity.INFO)


_SPEC = RuleSpec(_META, "pattern", {"pattern": "x"}, (RuleCase("a x", ("x",), "a"),), ("y",))
#: the records of the API and of --jobs workers; each restored by its __init__ fields
#: (a mypyc-compiled frozen class cannot be restored the default way)
RECORDS = {"diagnostic": _FINDING, "fix": _FIX, "edit": _FIX.edits[0], "meta": _META,
           "docs": _META.docs, "failure": RuleFailure("A901", "boom", "pack.toml"),
           "span": Span(3, 9), "spec": _SPEC, "case": _SPEC.hits[0],
           "style": Style("house", "d", "{day} {month} {year}", "{day} {month}",
                          ("Jan.",) * 12, {"ID-1": ("Jakarta",)})}


@pytest.mark.parametrize("record", RECORDS.values(), ids=RECORDS.keys())
def test_a_record_comes_back_equal_with_every_field(record: object) -> None:
    back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == record


@pytest.mark.parametrize("record", RECORDS.values(), ids=RECORDS.keys())
def test_a_record_is_restored_by_its_init_from_its_fields(record: Record) -> None:
    # the default restore of a slotted object sets each field by name, which a compiled
    # class's read-only fields refuse; and the parent takes back findings by the thousand
    assert record.__reduce__() == (type(record), record.values())
