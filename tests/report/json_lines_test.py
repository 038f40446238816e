"""``--format json-lines``: the objects of ``--format json``, one per line."""

from __future__ import annotations

import io
import json
from pathlib import Path

from mtlint.report.json import report_json
from mtlint.report.json_lines import report_json_lines
from tests.cli.helpers import run_cli
from tests.report.sample import assert_golden, sample_summary


def test_sample_matches_golden_file() -> None:
    stream = io.StringIO()
    report_json_lines(sample_summary(), stream, statistics=False)
    assert_golden("sample.jsonl", stream.getvalue())


def test_each_line_is_the_json_format_object_in_the_same_order() -> None:
    lines, array = io.StringIO(), io.StringIO()
    report_json_lines(sample_summary(), lines, statistics=False)
    report_json(sample_summary(), array, statistics=False)
    rows = lines.getvalue().splitlines()
    assert len(rows) == 3
    assert [json.loads(row) for row in rows] == json.loads(array.getvalue())


def test_newlines_in_messages_stay_inside_one_line() -> None:
    stream = io.StringIO()
    report_json_lines(sample_summary(), stream, statistics=False)
    first = json.loads(stream.getvalue().splitlines()[0])
    assert first["message"].endswith("\nsecond line")


def test_cli_with_no_findings_writes_nothing(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Prices rose.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json-lines", str(article))
    assert (result.code, result.out) == (0, "")
