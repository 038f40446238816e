"""Rendering evaluation scores as a table for people or JSON for machines."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TextIO

from mtlint.evaluate.score import GoldScore, MqmScore, Tally


def _ratio(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def _row(label: str, tally: Tally) -> str:
    return (f"  {label:<6} {tally.tp:5d} {tally.fp:5d} {tally.fn:5d} {tally.gold:5d} "
            f"{_ratio(tally.precision)} {_ratio(tally.recall)}")


def gold_table(name: str, score: GoldScore, stream: TextIO, details: bool) -> None:
    """Per family and per rule: TP, FP, misses, gold spans, precision, recall."""
    stream.write(f"{name}\n  {'':<6} {'TP':>5} {'FP':>5} {'miss':>5} {'gold':>5} "
                 f"{'prec':>5} {'rec':>5}\n")
    for family in sorted(score.families):
        stream.write(_row(family, score.families[family]) + "\n")
    stream.write("  per rule:\n")
    for code in sorted(score.rules):
        stream.write(_row(code, score.rules[code]) + "\n")
    per_ten = 10 * score.clean_false_alarms / score.clean_articles if score.clean_articles else 0
    stream.write(f"  clean articles: {score.clean_articles}, findings in them: "
                 f"{score.clean_false_alarms} ({per_ten:.2f} per 10 clean articles)\n")
    if details:
        for article, code, text in score.false_alarms:
            stream.write(f"  false alarm  {article} {code} {text[:70]!r}\n")
        for article, family, text in score.misses:
            stream.write(f"  miss         {article} {family} {text[:70]!r}\n")


def mqm_table(name: str, score: MqmScore, stream: TextIO) -> None:
    """Recall per MQM category and false alarms per 100 all-raters-clean segments."""
    stream.write(f"{name}\n  {'MQM category':<44} {'spans':>6} {'found':>6} {'recall':>6}\n")
    for category, total in sorted(score.spans.items(), key=lambda kv: -kv[1]):
        found = score.found[category]
        stream.write(f"  {category:<44} {total:6d} {found:6d} {found / total:6.2f}\n")
    per_100 = score.false_alarms_per_100
    stream.write(f"  all-raters-clean segments: {score.clean_segments}, findings in them: "
                 f"{score.clean_false_alarms} "
                 f"({'-' if per_100 is None else f'{per_100:.2f}'} per 100 segments)\n")
    for code, count in score.alarms_by_rule.most_common():
        stream.write(f"    {code}: {count}\n")


def as_json(score: GoldScore | MqmScore) -> dict[str, Any]:
    """A JSON-ready dict with precision and recall spelled out."""
    data = asdict(score)
    if isinstance(score, GoldScore):
        for table in ("families", "rules"):
            for key, tally in getattr(score, table).items():
                data[table][key].update(precision=tally.precision, recall=tally.recall)
    else:
        data["false_alarms_per_100"] = score.false_alarms_per_100
        data["recall"] = {c: score.found[c] / n for c, n in score.spans.items()}
    return data
