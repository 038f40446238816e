"""Findings survive the trip through JSON exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.cache.codec import UndecodableEntryError, decode_diagnostics, encode_diagnostics
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.engine.rule import Severity

CORPUS = sorted((Path(__file__).resolve().parents[2] / "corpus").rglob("*.txt"))


def test_every_corpus_finding_is_rebuilt_exactly() -> None:
    linter = build_run(Settings()).linter
    metas = {rule.meta.code: rule.meta for rule in linter.rules}
    total = 0
    for path in CORPUS:
        found = linter.lint(Document(path.read_text(encoding="utf-8"), str(path))).diagnostics
        rows = json.loads(json.dumps(encode_diagnostics(found)))
        assert decode_diagnostics(rows, metas) == found
        total += len(found)
    assert total > 50  # the corpus has findings, fixes and several rules


def test_severity_overrides_and_display_only_fixes_round_trip() -> None:
    linter = build_run(Settings()).linter
    metas = {rule.meta.code: rule.meta for rule in linter.rules}
    rows = [["G101", 3, 9, "m", "error", ["display-only", "f", [[3, 9, "x"], [10, 10, " "]]]]]
    [diagnostic] = decode_diagnostics(rows, metas)
    assert diagnostic.level is Severity.ERROR
    assert encode_diagnostics([diagnostic]) == rows


@pytest.mark.parametrize("rows", [
    [["Z999", 0, 1, "m", None, None]],
    [["G101", "0", 1, "m", None, None]],
    [["G101", 0, 1, "m", "fatal", None]],
    [["G101", 0, 1, "m", None, ["safe", "f", [[0, 1]]]]],
    [["G101", 0, 1, "m", 2, None]],
    [["G101", 0, 1, "m", None, [2, "f", []]]],
    [["G101", 0, 1, "m", None, ["safe", "f", [[0, "1", ""]]]]],
    [[["G101"], 0, 1, "m", None, None]],
    [["G101", 0, True, "m", None, None]],
    [["G101", 0, 1]],
    "not rows",
    [None],
], ids=["unknown-code", "string-offset", "bad-severity", "short-edit", "number-severity",
        "number-applicability", "string-edit-offset", "list-code", "bool-offset",
        "short-row", "string", "null-row"])
def test_anything_unexpected_is_undecodable(rows: object) -> None:
    metas = {rule.meta.code: rule.meta for rule in build_run(Settings()).linter.rules}
    with pytest.raises(UndecodableEntryError):
        decode_diagnostics(rows, metas)
