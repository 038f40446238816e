"""``--format junit``: well-formed JUnit XML, a suite per file and a case per finding."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic
from mtlint.report.base import FileResult, RunSummary
from mtlint.report.junit import report_junit
from tests.cli.helpers import run_cli
from tests.report.sample import RESIDUE, assert_golden, sample_summary


def _render(summary: RunSummary) -> str:
    stream = io.StringIO()
    report_junit(summary, stream, statistics=False)
    return stream.getvalue()


def test_sample_matches_golden_file() -> None:
    assert_golden("sample.junit.xml", _render(sample_summary()))


def test_a_suite_per_file_and_a_failed_case_per_finding() -> None:
    root = ET.fromstring(_render(sample_summary()))
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "4", "3")
    clean, news = root.findall("testsuite")  # sorted by path
    assert (clean.get("name"), clean.get("failures")) == ("news/clean.md", "0")
    [passing] = clean.findall("testcase")
    assert passing.find("failure") is None
    cases = news.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "A901 test-residue at 1:12", "L901 test-colon at 2:17", "D901 test-span at 3:7"]
    failure = cases[0].find("failure")
    assert failure is not None
    assert failure.get("message") == "Residue 'Read also: 50% <off> & more'\nsecond line"
    assert failure.get("type") == "A901"
    assert "fix (safe): Remove the residue" in (failure.text or "")


def test_characters_xml_cannot_hold_are_shown_escaped() -> None:
    doc = Document("bad \x01\x1b byte\n", "a\x02.md")
    summary = RunSummary([FileResult.of(doc, [Diagnostic(RESIDUE, 4, 6, "odd \x01")])])
    root = ET.fromstring(_render(summary))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "a\\x02.md"
    failure = suite.find("testcase/failure")
    assert failure is not None
    assert failure.get("message") == "odd \\x01"
    assert "text: \\x01\\x1b" in (failure.text or "")


def test_cli_output_parses(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"  # plain text: in Markdown, <Markets> would be raw HTML
    article.write_text("Prices rose.\n\nRead also: <Markets> & fall\n", encoding="utf-8")
    result = run_cli("check", "--format", "junit", str(article))
    assert result.out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(result.out)
    assert root.find("testsuite/testcase/failure") is not None
