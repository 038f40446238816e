"""Running the command line in-process with captured streams."""

from __future__ import annotations

import io
from dataclasses import dataclass

from mtlint.cli.main import main


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run_cli(*args: str) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return Outcome(code, out.getvalue(), err.getvalue())
