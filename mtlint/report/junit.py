"""``--format junit``: JUnit XML, a test suite per file and a failed test case per finding."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from mtlint.engine.rule import Diagnostic
from mtlint.report.base import FileResult, RunSummary
from mtlint.report.scoring import file_score
from mtlint.score.article import ArticleScore

# Characters XML 1.0 cannot carry even escaped; article text may hold them (mojibake).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def report_junit(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Write one ``<testsuites>`` document; a clean file is one passing test case."""
    root = ET.Element("testsuites", name="mtlint", tests=str(_tests(summary)),
                      failures=str(summary.findings), errors="0")
    for result in sorted(summary.files, key=lambda f: f.file.path):
        root.append(_suite(result))
        _add_score(root[-1], file_score(summary, result))
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _tests(summary: RunSummary) -> int:
    return sum(max(1, len(f.diagnostics)) for f in summary.files)


def _suite(result: FileResult) -> ET.Element:
    path = _xml_safe(result.file.path)
    failures = len(result.diagnostics)
    suite = ET.Element("testsuite", name=path, tests=str(max(1, failures)),
                       failures=str(failures), errors="0", skipped="0")
    if not result.diagnostics:
        ET.SubElement(suite, "testcase", name="mtlint", classname=path, file=path)
    for d in result.diagnostics:
        suite.append(_case(result, d, path))
    return suite


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
