"""The report formats made for CI systems, by ``--format`` name."""

from __future__ import annotations

from collections.abc import Mapping

from mtlint.report.base import Reporter
from mtlint.report.github import report_github
from mtlint.report.json_lines import report_json_lines
from mtlint.report.junit import report_junit
from mtlint.report.sarif import report_sarif

CI_REPORTERS: Mapping[str, Reporter] = {
    "sarif": report_sarif,
    "github": report_github,
    "json-lines": report_json_lines,
    "junit": report_junit,
}
