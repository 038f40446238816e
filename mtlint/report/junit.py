"""``--format junit``: JUnit XML, a test suite per file and a failed test case per finding.

The run's errors (exit code 2) are errored test cases, as pytest reports a module it could
not collect and ESLint a file it could not parse: a file that could not be checked is a
suite of its own with one ``<error>`` test case per error line, and an error on a file
that was checked (a rule that failed on it, a fix that could not be written) is one more
test case, with an ``<error>``, in that file's suite.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TextIO

from mtlint.cache.patterns import compile_sre
from mtlint.engine.rule import Diagnostic
from mtlint.report.base import FileResult, RunError, RunSummary
from mtlint.report.scoring import file_score
from mtlint.score.article import ArticleScore

# Characters XML 1.0 cannot carry even escaped; article text may hold them (mojibake).
_NOT_XML = compile_sre("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: the suite of an error that names no file
_NO_FILE = "mtlint"


def report_junit(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Write one ``<testsuites>`` document; a clean file is one passing test case."""
    errors: dict[str | None, list[RunError]] = {}
    for error in summary.run_errors:
        errors.setdefault(error.path, []).append(error)
    suites: list[tuple[tuple[bool, str], ET.Element]] = []
    for result in summary.files:
        suite = _suite(result, errors.pop(result.file.path, []))
        _add_score(suite, file_score(summary, result))
        suites.append(((False, result.file.path), suite))
    for path, unchecked in errors.items():  # files (or named paths) not checked at all
        suites.append(((path is None, path or ""), _unchecked_suite(path, unchecked)))
    root = ET.Element("testsuites", name="mtlint",
                      tests=str(sum(int(suite.get("tests", "0")) for _, suite in suites)),
                      failures=str(summary.findings), errors=str(len(summary.run_errors)))
    root.extend(suite for _, suite in sorted(suites, key=lambda pair: pair[0]))
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _suite(result: FileResult, errors: Sequence[RunError]) -> ET.Element:
    path = _xml_safe(result.file.path)
    failures = len(result.diagnostics)
    suite = ET.Element("testsuite", name=path, tests=str(max(1, failures + len(errors))),
                       failures=str(failures), errors=str(len(errors)), skipped="0")
    if not result.diagnostics and not errors:
        ET.SubElement(suite, "testcase", name="mtlint", classname=path, file=path)
    for d in result.diagnostics:
        suite.append(_case(result, d, path))
    for error in errors:
        suite.append(_error_case(error, f"{error.rule} error" if error.rule else "error"))
    return suite


def _unchecked_suite(path: str | None, errors: Sequence[RunError]) -> ET.Element:
    name = _NO_FILE if path is None else _xml_safe(path)
    suite = ET.Element("testsuite", name=name, tests=str(len(errors)), failures="0",
                       errors=str(len(errors)), skipped="0")
    for error in errors:
        suite.append(_error_case(error, "not checked" if path is not None else "error"))
    return suite


def _error_case(error: RunError, name: str) -> ET.Element:
    """A test case holding one error of the run, its message as on stderr."""
    classname = _NO_FILE if error.path is None else _xml_safe(error.path)
    case = ET.Element("testcase", name=name, classname=classname)
    if error.path is not None:
        case.set("file", classname)
    message = _xml_safe(error.message)
    element = ET.SubElement(case, "error", message=message)
    if error.rule is not None:
        element.set("type", error.rule)
    element.text = message
    return case


def _case(result: FileResult, d: Diagnostic, path: str) -> ET.Element:
    line, column = result.file.position(d.start)
    case = ET.Element("testcase", name=f"{d.code} {d.meta.name} at {line}:{column}",
                      classname=path, file=path, line=str(line))
    failure = ET.SubElement(case, "failure", message=_xml_safe(d.message), type=d.code)
    details = [f"{result.file.path}:{line}:{column} {d.code} [{d.level.label}] {d.message}",
               f"text: {result.file.excerpt(d.start, d.end)}"]
    if d.fix is not None:
        details.append(f"fix ({d.fix.applicability.label}): {d.fix.message}")
    failure.text = _xml_safe("\n".join(details))
    return case


def _add_score(suite: ET.Element, score: ArticleScore) -> None:
    """The file's quality score as suite properties, ahead of its test cases."""
    properties = ET.Element("properties")
    for name, value in (("score", score.value), ("penalty", score.penalty),
                        ("words", score.words)):
        ET.SubElement(properties, "property", name=name, value=f"{value:g}")
    suite.insert(0, properties)


def _xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold shown as ``\\xNN`` or ``\\uNNNN``."""
    return _NOT_XML.sub(_shown, text)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
