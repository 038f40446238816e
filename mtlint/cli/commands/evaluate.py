"""``mtlint eval``: precision and recall of the rules on annotated corpora."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from mtlint.document import Document
from mtlint.engine.build import Run
from mtlint.engine.run import batches
from mtlint.evaluate.gold import Article, read_gold_folder, read_mqm_jsonl
from mtlint.evaluate.report import as_json, gold_table, mqm_table
from mtlint.evaluate.score import GoldScore, Linted, MqmScore, score_gold, score_mqm


def evaluate(run: Run, corpora: list[str], fmt: str, details: bool, out: TextIO,
             err: TextIO | None = None) -> int:
    """Score every corpus (a gold folder or an MQM JSONL file) and print the results."""
    results: dict[str, Any] = {}
    names = {rule.meta.code: rule.meta.name for rule in run.linter.rules}
    for corpus in corpora:
        score = score_corpus(run, Path(corpus), err or sys.stderr)
        results[corpus] = as_json(score, details)
        if fmt == "text":
            if isinstance(score, GoldScore):
                gold_table(corpus, score, names, out, details)
            else:
                mqm_table(corpus, score, out, details)
    if fmt == "json":
        json.dump(results, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 0


def score_corpus(run: Run, path: Path, err: TextIO) -> GoldScore | MqmScore:
    """A gold folder's or an MQM file's scores under the rules of ``run``."""
    metas = [rule.meta for rule in run.linter.rules]
    if path.is_dir():
        return score_gold(_lint(run, read_gold_folder(path, run.settings.include), err), metas)
    claimed = frozenset(meta.category for meta in metas)
    return score_mqm(_lint(run, read_mqm_jsonl(path), err), claimed)


def _lint(run: Run, articles: list[Article], err: TextIO) -> Linted:
    linted: Linted = []
    for batch in batches(articles, lambda article: len(article.text)):
        docs = [Document(article.text, article.name) for article in batch]
        for article, result in zip(batch, run.linter.lint_each(docs), strict=True):
            for failure in result.failures:
                err.write(f"mtlint: warning: {article.name}: rule {failure.code} failed: "
                          f"{failure.message}\n")
            linted.append((article, result.diagnostics))
    return linted
