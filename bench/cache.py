"""How much the result cache saves: a first and a second ``mtlint check`` over 1,000 files.

Usage: python3 bench/cache.py [--files N] [--articles K] [--format FMT] [--clean-only]

Builds N article files (each K corpus articles joined, plus a line that makes
it unique) in a temporary folder, byte-compiles this checkout's mtlint there
(as pip does on install), then runs ``mtlint check`` on the folder twice,
each in its own process, with a fresh cache folder (``MTLINT_CACHE_DIR``).
Prints the wall and CPU times of both runs and their ratios (CPU time is
steadier on a busy machine), and checks that the second run printed exactly
what the first did.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_articles(clean_only: bool) -> list[str]:
    """The sample articles of ``corpus/``: all, or only those without defects."""
    folder = ROOT / "corpus" / "clean" if clean_only else ROOT / "corpus"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]


def build_files(folder: Path, count: int, per_file: int, clean_only: bool = False,
                seed: int = 7) -> int:
    """Write ``count`` articles into ``folder``; returns their total size in bytes."""
    articles = corpus_articles(clean_only)
    chooser = random.Random(seed)
    total = 0
    for index in range(count):
        body = "\n\n".join(chooser.choice(articles).strip() for _ in range(per_file))
        text = f"{body}\n\nThis is story number {index} of the archive.\n"
        path = folder / f"story-{index:04d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def child_environment(temp: Path) -> dict[str, str]:
    """This checkout's mtlint, byte-compiled beforehand as an installed one is."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(MTLINT_CACHE_DIR=str(temp / "cache"), PYTHONPATH=str(ROOT),
               PYTHONPYCACHEPREFIX=str(temp / "pycache"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "mtlint")], env=env,
                   check=True)
    return env


def timed_check(folder: Path, env: dict[str, str], fmt: str) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system) and output of one ``mtlint check`` process."""
    command = [sys.executable, "-m", "mtlint", "check", "--exit-zero", "--format", fmt,
               str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True,
                            check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if result.returncode != 0:
        sys.exit(f"mtlint check failed ({result.returncode}): {result.stderr.strip()}")
    return wall, cpu, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=3, help="corpus articles per file")
    parser.add_argument("--format", default="concise", help="output format of both runs")
    parser.add_argument("--clean-only", action="store_true",
                        help="build the files from corpus/clean (few findings to report)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mtlint-cache-bench-") as temp:
        folder = Path(temp, "articles")
        folder.mkdir()
        size = build_files(folder, args.files, args.articles, args.clean_only)
        env = child_environment(Path(temp))
        first, first_cpu, first_out = timed_check(folder, env, args.format)
        second, second_cpu, second_out = timed_check(folder, env, args.format)
    same = "identical" if first_out == second_out else "DIFFERENT"
    source = "corpus/clean" if args.clean_only else "corpus"
    print(f"{args.files} files from {source}, {size / 1e6:.2f} MB, --format {args.format}")
    print(f"first run (empty cache): {first:7.3f} s wall, {first_cpu:7.3f} s CPU")
    print(f"second run (all cached): {second:7.3f} s wall, {second_cpu:7.3f} s CPU")
    print(f"speed-up: {first / second:.1f}x wall, {first_cpu / second_cpu:.1f}x CPU "
          f"(goal: at least 10x); outputs {same}")


if __name__ == "__main__":
    main()
