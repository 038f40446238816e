"""``--format github``: workflow commands, escaped as GitHub's runner expects."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic
from mtlint.report.github import annotation, report_github
from tests.cli.helpers import run_cli
from tests.report.sample import RESIDUE, assert_golden, sample_summary


def _render() -> str:
    stream = io.StringIO()
    report_github(sample_summary(), stream, statistics=False)
    return stream.getvalue()


def test_sample_matches_golden_file() -> None:
    assert_golden("sample.github.txt", _render())


def test_one_command_per_finding_with_severity_as_command() -> None:
    lines = _render().splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::notice"]


def test_properties_escape_comma_and_colon_and_data_escapes_percent_and_newlines() -> None:
    first = _render().splitlines()[0]
    assert "file=news/rock & roll%2C 1.md," in first
    assert first.endswith("::Residue 'Read also: 50%25 <off> & more'%0Asecond line")


def test_single_line_finding_has_columns_in_code_points() -> None:
    first = _render().splitlines()[0]
    # "Headline 𝒳 " is 11 code points, so the finding starts in column 12.
    assert ",line=1,col=12,endLine=1,endColumn=39,title=A901::" in first


def test_multi_line_finding_drops_columns() -> None:
    third = _render().splitlines()[2]
    assert third.startswith("::notice file=news/rock & roll%2C 1.md,line=3,endLine=4,title=D901::")
    assert "col=" not in third


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("ab\ncd\n", (0, 3), "line=1,col=1,endLine=1,endColumn=4"),
    ("ab\ncd\n", (3, 3), "line=2,col=1,endLine=2,endColumn=1"),
    ("ab\r\ncd\n", (0, 4), "line=1,col=1,endLine=1,endColumn=5"),
], ids=["ends-with-line-break", "empty-span", "ends-with-crlf"])
def test_span_ending_in_a_line_break_stays_on_its_line(text: str, span: tuple[int, int],
                                                      expected: str) -> None:
    line = annotation(Document(text, "a.md"), Diagnostic(RESIDUE, *span, "m"))
    assert f"file=a.md,{expected},title=A901::m" in line


def test_absolute_paths_in_the_checkout_become_relative(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    inside = annotation(Document("x\n", str(tmp_path / "news" / "a.md")),
                        Diagnostic(RESIDUE, 0, 1, "m"))
    outside = annotation(Document("x\n", "/elsewhere/b.md"), Diagnostic(RESIDUE, 0, 1, "m"))
    assert inside.startswith("::error file=news/a.md,")
    assert outside.startswith("::error file=/elsewhere/b.md,")


def test_cli_writes_annotations_for_real_findings(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Prices rose.\n\nRead also: Markets fall\n", encoding="utf-8")
    result = run_cli("check", "--format", "github", str(article))
    assert result.code == 1
    assert result.out.startswith(f"::error file={article},line=3,col=1,endLine=3,")
    assert ",title=A102::Related-article link 'Read also%3A" not in result.out
    assert ",title=A102::Related-article link 'Read also: Markets fall'" in result.out


def test_run_errors_are_error_annotations_on_their_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Loading...\nThe minister spoke.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"The minister\xff spoke.\n")
    result = run_cli("check", "--format", "github", "--no-cache", str(good), str(bad),
                     str(tmp_path / "missing.txt"))
    assert result.code == 2
    errors = [line for line in result.out.splitlines() if ",title=mtlint::" in line]
    assert len(errors) == 2
    missing = tmp_path / "missing.txt"  # found missing before any file is checked
    assert errors[0] == (f"::error file={missing},title=mtlint::{missing}: "
                         "no such file or folder")
    assert errors[1].startswith(f"::error file={bad},title=mtlint::{bad}: not valid UTF-8")
    assert any(line.startswith(f"::error file={good},line=1") for line in result.out.splitlines())
