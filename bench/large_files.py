"""Time and peak memory of mtlint on very large files: 50 MB of articles, 5 MB on one line.

Usage: python3 bench/large_files.py [--megabytes 50] [--line-megabytes 5]

Builds the files from the sample corpus in a temporary folder, then runs
``check``, ``check --fix`` and ``check --diff`` on each in a child process
that reports its own peak resident memory (the test suite checks 5 MB; this
is the 50 MB case from issue 7). Prints seconds, peak MB and MB per MB of
input above an idle run; nothing is asserted.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.robustness.size_test import CHILD, corpus_text

MODES = {"check": ["check"], "fix": ["check", "--fix"], "diff": ["check", "--diff"]}


def measure(args: list[str]) -> tuple[float, int]:
    """Seconds and peak resident bytes of one mtlint run in a child process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          check=True)
    return time.perf_counter() - started, int(done.stdout.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--line-megabytes", type=float, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        idle = folder / "idle.txt"
        idle.write_text("Hello.\n", encoding="utf-8")
        _, baseline = measure(["check", str(idle)])
        print(f"idle run: {baseline / 1e6:.0f} MB peak")
        cases = {"paragraphs": (args.megabytes, False), "one line": (args.line_megabytes, True)}
        for label, (megabytes, one_line) in cases.items():
            source = folder / "source.txt"
            source.write_text(corpus_text(int(megabytes * 1e6), one_line), encoding="utf-8")
            for mode, command in MODES.items():
                work = folder / "work.txt"
                shutil.copyfile(source, work)
                seconds, peak = measure([*command, "--format", "concise", "--exit-zero",
                                         str(work)] if mode != "diff" else [*command, str(work)])
                extra = (peak - baseline) / (megabytes * 1e6)
                print(f"{label:>10} {megabytes:5.0f} MB {mode:<5} {seconds:7.1f} s "
                      f"{peak / 1e6:7.0f} MB peak ({extra:4.1f} MB per MB)")


if __name__ == "__main__":
    main()
