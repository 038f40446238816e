"""docs/rule-packs.md tells the truth: its commands run, its family letters are the real ones."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from mtlint.engine.families import FAMILIES
from mtlint.engine.registry import KINDS
from tests.cli.helpers import run_cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "rule-packs.md"


def _doc_commands() -> list[str]:
    return sorted(set(re.findall(r"`mtlint ([^`]+)`", DOC.read_text(encoding="utf-8"))))


def test_every_mtlint_command_in_the_doc_runs() -> None:
    commands = _doc_commands()
    assert commands
    for command in commands:
        result = run_cli(*shlex.split(command))
        assert result.code == 0, (command, result.err)


def test_the_doc_says_where_the_list_of_kinds_is_and_it_is_there() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "--kinds" not in text  # 'mtlint rules --kinds' never existed
    assert "`mtlint rules` ends with the list of kinds" in text
    last_line = run_cli("rules").out.splitlines()[-2]
    assert last_line.endswith("kinds: " + ", ".join(sorted(KINDS)))
    rows = json.loads(run_cli("rules", "--format", "json").out)
    assert {row["kind"] for row in rows} <= set(KINDS)


def test_the_doc_lists_the_family_letters_a_pack_may_use() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert ", ".join(sorted(FAMILIES)) in text
