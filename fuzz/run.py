"""Coverage-guided fuzzing of the reader, Markdown masking and the fixer with atheris.

Usage: python3 fuzz/run.py reader|markdown|fixer [atheris/libFuzzer options]
e.g.   python3 fuzz/run.py fixer -max_total_time=600 fuzz/corpus/fixer

``pip install atheris`` first (it is not a test dependency: CI runs the same
checks as time-bounded hypothesis tests in tests/fuzz/). A crash stops the
run and leaves ``crash-*`` with the input; turn it into a regression test in
tests/fuzz/ or tests/robustness/ before fixing it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    from mtlint.config.settings import Settings
    from mtlint.document import Document
    from mtlint.engine.build import build_run
    from mtlint.errors import InputError
    from mtlint.fix.loop import fix_to_fixed_point
    from mtlint.fix.model import Applicability
    from mtlint.io.read import decode, encode

RUN = build_run(Settings())


def fuzz_reader(data: bytes) -> None:
    """Bytes decode losslessly or fail with a one-line message naming the file."""
    try:
        source = decode("a.txt", data)
    except InputError as error:
        _require(str(error).startswith("a.txt: ") and "\n" not in str(error), str(error))
        return
    _require(encode(source, source.text) == data, "decoding lost bytes")


def fuzz_markdown(data: bytes) -> None:
    """Masking keeps every offset: same length, only blanks differ, line breaks kept."""
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    doc = Document(text, "a.md")
    _require(len(doc.lint_text) == len(text), "lint text has another length")
    _require(all(a == b or (b == " " and a not in "\r\n")
                 for a, b in zip(text, doc.lint_text, strict=True)), "lint text moved text")


def fuzz_fixer(data: bytes) -> None:
    """No rule fails on any text, and safe and unsafe fixes settle."""
    provider = atheris.FuzzedDataProvider(data)
    unsafe = provider.ConsumeBool()
    path = "a.md" if provider.ConsumeBool() else "a.txt"
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    result = RUN.linter.lint(Document(text, path))
    _require(not result.failures, str(result.failures))
    minimum = Applicability.UNSAFE if unsafe else Applicability.SAFE
    outcome = fix_to_fixed_point(text, lambda t: RUN.linter.lint(Document(t, path)), minimum)
    _require(not outcome.looping_rules, f"fixes did not settle: {outcome.looping_rules}")
    _require(not outcome.remaining.failures, str(outcome.remaining.failures))


def _require(condition: bool, problem: str) -> None:
    """Fail the input (atheris records it as a crash) when ``condition`` is false."""
    if not condition:
        raise AssertionError(problem)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "reader": fuzz_reader, "markdown": fuzz_markdown, "fixer": fuzz_fixer}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(TARGETS)} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
