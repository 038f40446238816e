"""``--format junit``: well-formed JUnit XML, a suite per file and a case per finding."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic
from mtlint.report.base import FileResult, RunError, RunSummary
from mtlint.report.junit import report_junit
from tests.cli.helpers import run_cli
from tests.report.sample import PATH, RESIDUE, assert_golden, sample_summary


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


# The run's errors: errored test cases, as pytest reports a module it could not collect.


def _errors_summary() -> RunSummary:
    summary = sample_summary()
    summary.run_errors = [
        RunError("news/gone.md: no such file or folder", "news/gone.md", unchecked=True),
        RunError("news/bad.md: not valid UTF-8: undecodable byte 0xff", "news/bad.md",
                 unchecked=True),
        RunError("news/clean.md: rule A901 in house.toml: too slow", "news/clean.md", "A901"),
        RunError(f"{PATH}: read-only file, not written", PATH),
    ]
    return summary


def test_errors_are_counted_and_each_is_an_errored_case() -> None:
    root = ET.fromstring(_render(_errors_summary()))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("7", "3", "4")
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert list(suites) == ["news/bad.md", "news/clean.md", "news/gone.md", PATH]  # by path
    for name in ("news/bad.md", "news/gone.md"):  # not checked: a suite of its own
        suite = suites[name]
        assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "1")
        [case] = suite.findall("testcase")
        assert (case.get("name"), case.get("classname"), case.get("file")) == \
            ("not checked", name, name)
        error = case.find("error")
        assert error is not None
        assert error.get("message") == error.text
        assert (error.text or "").startswith(f"{name}: ")
    clean = suites["news/clean.md"]  # checked, but a rule failed: no longer a passing case
    assert (clean.get("tests"), clean.get("failures"), clean.get("errors")) == ("1", "0", "1")
    [case] = clean.findall("testcase")
    assert case.get("name") == "A901 error"
    error = case.find("error")
    assert error is not None
    assert (error.get("type"), error.text) == (
        "A901", "news/clean.md: rule A901 in house.toml: too slow")
    news = suites[PATH]  # findings and an error: three failed cases and an errored one
    assert (news.get("tests"), news.get("failures"), news.get("errors")) == ("4", "3", "1")
    last = news.findall("testcase")[-1]
    error = last.find("error")
    assert error is not None
    assert (last.get("name"), error.get("type")) == ("error", None)


def test_an_error_without_a_file_has_a_suite_of_its_own() -> None:
    summary = RunSummary(run_errors=[RunError("something broke")])
    root = ET.fromstring(_render(summary))
    assert (root.get("tests"), root.get("errors")) == ("1", "1")
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "mtlint"
    [case] = suite.findall("testcase")
    assert (case.get("name"), case.get("file")) == ("error", None)


def test_error_messages_xml_cannot_hold_are_shown_escaped() -> None:
    summary = RunSummary(run_errors=[RunError("a\x01.md: broken \x02", "a\x01.md")])
    [suite] = ET.fromstring(_render(summary)).findall("testsuite")
    assert suite.get("name") == "a\\x01.md"
    error = suite.find("testcase/error")
    assert error is not None
    assert error.get("message") == "a\\x01.md: broken \\x02"


def test_cli_missing_and_undecodable_files_are_errors(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Prices rose.\n\nRead also: Markets fall\n",
                                    encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Hello.\n\xff broken\n")
    result = run_cli("check", "--no-cache", "--format", "junit", "a.txt", "gone.txt",
                     "bad.txt")
    assert result.code == 2
    root = ET.fromstring(result.out)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "2")
    messages = [e.get("message") for e in root.iter("error")]
    assert [f"mtlint: {m}" for m in messages] == sorted(result.err.splitlines())
    assert [s.get("name") for s in root.findall("testsuite")] == ["a.txt", "bad.txt",
                                                                   "gone.txt"]
