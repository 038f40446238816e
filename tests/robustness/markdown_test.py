"""Deeply nested and unclosed Markdown: checking and fixing finish without error.

What follows the hostile part may be masked (an unclosed comment or fence
runs to the end), so only the article before it must be fixed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.cli.helpers import DIRTY, FIXED, run_cli

NESTED = {
    "blockquotes": "> " * 10_000 + "Read also: x\n",
    "blockquotes-per-line": "".join(">" * depth + " North Korea (North Korea)\n"
                                    for depth in range(1, 3000)),
    "lists": "".join("  " * depth + "- Read also: x\n" for depth in range(2000)),
    "brackets": "[" * 50_000 + "North Korea (North Korea)" + "](http://x.org)" * 50_000,
    "emphasis": "*" * 100_000 + " word " + "_" * 100_000,
    "backticks": "`" * 50_000 + "\n\n" + "```\n" * 5_000,
    # Each unclosed opener made the masking scan to the end: 43 s for these 80 KB.
    "unclosed-comment": "<!--" * 20_000 + "\nRead also: x\n",
    "unclosed-inline-html": "x <!--" * 10_000 + " <?" * 10_000 + " <![CDATA[" * 5_000
                            + " <!A" * 10_000,
    "html": "<div>" * 20_000 + "Read also: x" + "</div>" * 10_000,
    "headings": "#" * 10_000 + " x\n" + "=\n" * 10_000,
    "tables": "|" * 100_000 + "\n" + "|-" * 50_000 + "\n",
}


@pytest.mark.parametrize("name", sorted(NESTED))
def test_hostile_markdown_is_checked_and_fixed_in_time(tmp_path: Path, name: str) -> None:
    path = tmp_path / "article.md"
    text = DIRTY + "\n" + NESTED[name] + "\n" + DIRTY
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    checked = run_cli("check", "--format", "concise", str(path))
    fixed = run_cli("check", "--fix", "--exit-zero", "--format", "concise", str(path))
    seconds = time.perf_counter() - started
    assert checked.code in (0, 1), checked.err
    assert fixed.code == 0, fixed.err
    assert checked.err == fixed.err == ""
    assert seconds < 60, f"{seconds:.0f} s"
    assert path.read_text(encoding="utf-8").startswith(FIXED), "the prose before was not fixed"
