"""Characters per second with grammar checks on: LanguageTool alone, mtlint cold and warm.

Usage: python3 bench/languagetool.py [--languagetool URL] [--corpus PATH] [--limit N]

Reads the articles of ../shared/corpus/mqm-wmt23-zhen/dev.jsonl (or
--corpus) and prints, for the same text:

* LanguageTool alone: the batched requests of every paragraph, no disk cache;
* mtlint with grammar on, first run: built-in rules plus LanguageTool with an
  empty disk cache;
* mtlint with grammar on, second run: the same, answers read from the cache;
* the built-in rules alone.

An untimed pass first lets the JVM compile LanguageTool's hot paths.
LanguageTool keeps its own result cache per sentence; each pass that must
reach the server sends a disabled rule id of its own (a rule that does not
exist), which gives it a cold server cache without changing any finding.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from mtlint.backends.annotate import paragraphs_of
from mtlint.backends.cache import ResultCache
from mtlint.backends.checker import ParagraphChecker
from mtlint.backends.client import LanguageToolClient
from mtlint.backends.grammar import GrammarSession
from mtlint.backends.merge import lint_with_grammar
from mtlint.backends.table import load_table
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.evaluate.gold import read_mqm_jsonl

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/mqm-wmt23-zhen/dev.jsonl"


def cold_params() -> dict[str, str]:
    """The default request, made unknown to LanguageTool's own result cache."""
    params = load_table().params()
    unknown = f"MTLINT_BENCH_{uuid.uuid4().hex}"
    params["disabledRules"] = ",".join(filter(None, [params.get("disabledRules"), unknown]))
    return params


def seconds(work: Callable[[], object]) -> float:
    """Wall-clock seconds ``work()`` takes."""
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languagetool", default=os.environ.get(
        "MTLINT_LANGUAGETOOL_URL", "http://127.0.0.1:8081"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    texts = [a.text for a in read_mqm_jsonl(args.corpus)][: args.limit or None]
    characters = sum(len(t) for t in texts)
    settings = Settings(languagetool=args.languagetool)
    run = build_run(settings)
    client = LanguageToolClient(args.languagetool)
    warm_up = ParagraphChecker(client, cold_params(), None)
    for text in texts:  # the JVM compiles LanguageTool's hot paths; not timed
        warm_up.check(paragraphs_of(Document(text)))
    alone = ParagraphChecker(client, cold_params(), None)
    rows = [("LanguageTool alone", seconds(
        lambda: [alone.check(paragraphs_of(Document(t))) for t in texts]))]
    with tempfile.TemporaryDirectory() as folder:
        cache = ResultCache(Path(folder), "bench")
        session = GrammarSession(settings, ParagraphChecker(client, cold_params(), cache),
                                 load_table(), io.StringIO())
        for label in ("mtlint + grammar, first run", "mtlint + grammar, second run"):
            rows.append((label, seconds(
                lambda: [lint_with_grammar(run.linter, session, Document(t)) for t in texts])))
    rows.append(("built-in rules only", seconds(
        lambda: [run.linter.lint(Document(t)) for t in texts])))
    print(f"{len(texts)} articles, {characters} characters\n")
    print("| pass | seconds | characters/s |\n|---|---:|---:|")
    for label, spent in rows:
        print(f"| {label} | {spent:.2f} | {characters / spent:,.0f} |")


if __name__ == "__main__":
    main()
