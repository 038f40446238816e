"""Markdown articles end to end: what is linted, exact offsets, fixes that spare code."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

ARTICLE = """\
---
title: "Talks on Sunday (1/10/2023)"
date: 2023-10-03
---
# Talks resume

She spoke on Sunday (1/10/2023) in Seoul, see [the notice](https://x.org/1/10/2023).

```text
Sunday (1/10/2023)
```

> He left on Monday (2/10/2023) with `Monday (2/10/2023)` in hand.
"""


def _json(*args: str) -> list[dict[str, object]]:
    result = run_cli("check", "--select", "G101", "--format", "json", *args)
    return list(json.loads(result.out))


def test_only_prose_is_flagged_with_exact_offsets(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    found = _json(str(path))
    assert [(f["text"], f["line"], f["column"]) for f in found] == [
        ("1/10/2023", 7, 22), ("2/10/2023", 13, 22)]
    assert [ARTICLE[int(f["start"]) : int(f["end"])] for f in found] == ["1/10/2023", "2/10/2023"]


def test_front_matter_date_decides_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    messages = [str(f["message"]) for f in _json(str(path))]
    assert "October 2, 2023" in messages[1]


def test_fix_rewrites_prose_and_leaves_code_links_and_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run_cli("check", "--select", "G101", "--fix", str(path)).code == 0
    fixed = path.read_text(encoding="utf-8")
    assert fixed == ARTICLE.replace("Sunday (1/10/2023) in", "Sunday (October 1, 2023) in") \
        .replace("Monday (2/10/2023) with", "Monday (October 2, 2023) with")


def test_the_same_text_as_plain_text_is_flagged_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert len(_json(str(path))) > 2


def test_stdin_filename_with_md_reads_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    found = _json("--stdin-filename", "news/a.md", "-")
    assert [f["line"] for f in found] == [7, 13]


def test_suppression_comment_in_markdown_is_honoured_and_kept_by_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    text = "<!-- mtlint: disable-next-line=G101 -->\nOn Sunday (1/10/2023) she left.\n"
    path.write_text(text, encoding="utf-8")
    assert run_cli("check", "--fix", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == text
