"""``mtlint eval``: precision and recall of the rules on annotated corpora."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from mtlint.document import Document
from mtlint.engine.build import Run
from mtlint.engine.rule import Diagnostic
from mtlint.evaluate.gold import Article, read_gold_folder, read_mqm_jsonl
from mtlint.evaluate.report import as_json, gold_table, mqm_table
from mtlint.evaluate.score import score_gold, score_mqm


def evaluate(run: Run, corpora: list[str], fmt: str, details: bool, out: TextIO) -> int:
    """Score every corpus (a gold folder or an MQM JSONL file) and print the results."""
    results: dict[str, Any] = {}
    for corpus in corpora:
        path = Path(corpus)
        if path.is_dir():
            score_g = score_gold(_lint(run, read_gold_folder(path, run.settings.include)))
            results[corpus] = as_json(score_g)
            if fmt == "text":
                gold_table(corpus, score_g, out, details)
        else:
            score_m = score_mqm(_lint(run, read_mqm_jsonl(path)))
            results[corpus] = as_json(score_m)
            if fmt == "text":
                mqm_table(corpus, score_m, out)
    if fmt == "json":
        json.dump(results, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 0


def _lint(run: Run, articles: list[Article]) -> list[tuple[Article, list[Diagnostic]]]:
    return [(a, run.linter.lint(Document(a.text, a.name)).diagnostics) for a in articles]
