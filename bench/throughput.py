"""Throughput of the built-in rules on the MQM corpus text, in MB/s per process.

Usage: python3 bench/throughput.py [--rounds N] [--corpus PATH] [--no-rules]

Reads the articles of ../shared/corpus/mqm-wmt23-zhen/dev.jsonl (or
--corpus: a JSONL file with a ``text`` field, or a folder of ``.txt`` files
such as bench/out/corpus-50mb/000), builds the rules once, then lints every
article ``--rounds`` times as ``mtlint check`` does (in batches, with its
cycle-collector setting) and prints the best round's throughput, overall and
per rule. Goals are ratios and rates printed side by side, never asserted
in unit tests.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from mtlint.cli.garbage import fewer_collections
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.engine.run import Linter, batches

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/mqm-wmt23-zhen/dev.jsonl"


def load_texts(path: Path) -> list[str]:
    """The ``text`` field of every line of a JSONL corpus, or the ``.txt`` files of a
    folder (and its subfolders) in name order."""
    if path.is_dir():
        return [file.read_text(encoding="utf-8") for file in sorted(path.rglob("*.txt"))]
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def best_seconds(linter: Linter, texts: list[str], rounds: int) -> float:
    """The fastest of ``rounds`` passes over all texts, linted in batches as by
    ``mtlint check``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for batch in batches(texts, len):
            linter.lint_each([Document(text) for text in batch])
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-rules", action="store_true",
                        help="the overall figure only, not each rule's")
    args = parser.parse_args()
    texts = load_texts(args.corpus)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    run = build_run(Settings())
    with fewer_collections():
        seconds = best_seconds(run.linter, texts, args.rounds)
        print(f"corpus: {len(texts)} articles, {megabytes:.2f} MB ({args.corpus.name})")
        print(f"all {len(run.linter.rules)} built-in rules: {megabytes / seconds:.2f} MB/s "
              f"(best of {args.rounds} rounds, {seconds:.3f} s)")
        for rule in [] if args.no_rules else run.linter.rules:
            alone = Linter([rule], run.linter.ctx)
            rule_seconds = best_seconds(alone, texts, 1)
            print(f"  {rule.meta.code} {rule.meta.name:<36} {megabytes / rule_seconds:8.1f} MB/s")


if __name__ == "__main__":
    main()
