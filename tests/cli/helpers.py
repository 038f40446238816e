"""Running the command line in-process with captured streams."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from mtlint.cli.main import main

#: an article with one related-article line (A102, safe fix), as it reads fixed, and one
#: with no finding
DIRTY = "The minister left.\n\nRead also: Markets fall\n\nHe returned on Friday.\n"
FIXED = "The minister left.\n\nHe returned on Friday.\n"
CLEAN = "The minister left. He returned on Friday.\n"


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run_cli(*args: str) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return Outcome(code, out.getvalue(), err.getvalue())


def article(folder: Path, text: str, name: str = "a.txt") -> Path:
    """``text`` written to ``folder/name`` as it is (no newline translation)."""
    path = folder / name
    path.write_text(text, encoding="utf-8", newline="")
    return path
