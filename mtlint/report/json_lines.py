"""``--format json-lines``: one finding per line, the objects of ``--format json``."""

from __future__ import annotations

import json
from typing import TextIO

from mtlint.report.base import RunSummary
from mtlint.report.json import finding_objects


def report_json_lines(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Each finding as a one-line JSON object, sorted by path then offset."""
    for result in sorted(summary.files, key=lambda f: f.file.path):
        for item in finding_objects(summary, result, statistics):
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
