"""Rendering evaluation scores as tables for people or JSON for machines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any, TextIO

from mtlint.engine.families import FAMILIES
from mtlint.evaluate.score import CategoryScore, GoldScore, MqmScore, Spot, Tally

_TOP_RULES = 4


def _ratio(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.2f}"


def _tally_row(label: str, tally: Tally, width: int) -> str:
    return (f"  {label:<{width}} {tally.tp:5d} {tally.fp:5d} {tally.fn:5d} {tally.gold:5d} "
            f"{_ratio(tally.precision)} {_ratio(tally.recall)}\n")


def _family_label(letter: str) -> str:
    family = FAMILIES.get(letter)
    return f"{letter} {family.name}" if family else letter


def gold_table(name: str, score: GoldScore, names: Mapping[str, str], stream: TextIO,
               details: bool) -> None:
    """Per family and per rule: TP, FP, misses, gold spans, precision and recall."""
    gold = sum(t.gold for t in score.families.values())
    stream.write(f"{name}: {score.articles} articles ({score.articles - score.clean_articles} "
                 f"with {gold} gold spans, {score.clean_articles} clean)\n")
    width = 30
    header = f"{'TP':>5} {'FP':>5} {'miss':>5} {'gold':>5} {'prec':>5} {'rec':>5}\n"
    stream.write(f"  {'family':<{width}} {header}")
    for letter in sorted(score.families):
        stream.write(_tally_row(_family_label(letter), score.families[letter], width))
    stream.write(_tally_row("all families", _total(score.families.values()), width))
    stream.write("  per rule (a rule's misses and recall count its family's gold spans):\n"
                 f"  {'rule':<{width}} {header}")
    for code in sorted(score.rules):
        label = f"{code} {names.get(code, '')}"[:width]
        stream.write(_tally_row(label, score.rules[code], width))
    per_10 = score.clean_findings_per_10
    stream.write(f"  clean articles: {score.clean_articles}, findings in them: "
                 f"{score.clean_findings} ({'-' if per_10 is None else f'{per_10:.2f}'} "
                 f"per 10 clean articles){_by_rule(score.clean_by_rule.most_common())}\n")
    if details:
        _spots(stream, "false alarm", score.false_alarms, context=False)
        _spots(stream, "miss", score.misses, context=False)


def _total(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        total.tp, total.fp, total.fn, total.gold = (total.tp + t.tp, total.fp + t.fp,
                                                    total.fn + t.fn, total.gold + t.gold)
    return total


def _by_rule(counts: list[tuple[str, int]]) -> str:
    return (": " + ", ".join(f"{code} {n}" for code, n in counts)) if counts else ""


def _spots(stream: TextIO, kind: str, spots: list[Spot], context: bool) -> None:
    for s in spots:
        shown = s.context if context else s.text
        stream.write(f"  {kind:<11} {s.article}:{s.line}:{s.column} {s.label} {shown[:120]!r}\n")


def mqm_table(name: str, score: MqmScore, stream: TextIO, details: bool) -> None:
    """Recall per MQM category (union of raters, and every rater's span), what each
    rule flagged, and false alarms per 100 all-raters-clean segments."""
    stream.write(f"{name}: {score.articles} articles\n"
                 f"  {'MQM category':<40} {'errors':>6} {'found':>5} {'rec':>5}  "
                 f"{'spans':>5} {'found':>5} {'rec':>5}  found by\n")
    ordered = sorted(score.categories.items(), key=lambda kv: (-kv[1].annotations, kv[0]))
    for category, c in ordered:
        stream.write(_category_row(category, c))
    stream.write("  (errors: overlapping spans of the raters merged; spans: every rater's span)\n"
                 f"  {'rule':<10} {'findings':>8} {'on a rater span':>15} "
                 f"{'in clean segments':>17} {'elsewhere':>9}\n")
    for code, n in sorted(score.findings_by_rule.items()):
        marked, clean = score.on_rater_span[code], score.clean_by_rule[code]
        stream.write(f"  {code:<10} {n:8d} {marked:15d} {clean:17d} {n - marked - clean:9d}\n")
    per_100 = score.false_alarms_per_100
    stream.write(f"  all-raters-clean segments: {score.clean_segments}, findings in them: "
                 f"{score.clean_findings} ({'-' if per_100 is None else f'{per_100:.2f}'} "
                 f"per 100 segments){_by_rule(score.clean_by_rule.most_common())}\n")
    if details:
        _spots(stream, "false alarm", score.false_alarms, context=True)
        _spots(stream, "unmarked", score.unmarked, context=True)
        _spots(stream, "miss", score.misses, context=True)


def _category_row(category: str, c: CategoryScore) -> str:
    found_by = ", ".join(f"{code} {n}" for code, n in c.found_by.most_common(_TOP_RULES))
    return (f"  {category[:40]:<40} {c.errors:6d} {c.errors_found:5d} {_ratio(c.recall)}  "
            f"{c.annotations:5d} {c.annotations_found:5d} {_ratio(c.annotation_recall)}  "
            f"{found_by}\n")


def as_json(score: GoldScore | MqmScore, details: bool) -> dict[str, Any]:
    """A JSON-ready dict with precision and recall spelled out; spans only with ``details``."""
    if isinstance(score, GoldScore):
        data: dict[str, Any] = {
            "articles": score.articles,
            "families": {k: _tally_json(t) for k, t in sorted(score.families.items())},
            "rules": {k: _tally_json(t) for k, t in sorted(score.rules.items())},
            "clean_articles": score.clean_articles, "clean_findings": score.clean_findings,
            "clean_findings_per_10": score.clean_findings_per_10,
            "clean_by_rule": dict(score.clean_by_rule)}
        if details:
            data.update(misses=_spots_json(score.misses),
                        false_alarms=_spots_json(score.false_alarms))
        return data
    data = {
        "articles": score.articles,
        "categories": {k: _category_json(c) for k, c in sorted(score.categories.items())},
        "findings_by_rule": dict(score.findings_by_rule),
        "on_rater_span": dict(score.on_rater_span),
        "clean_segments": score.clean_segments, "clean_findings": score.clean_findings,
        "false_alarms_per_100": score.false_alarms_per_100,
        "clean_by_rule": dict(score.clean_by_rule)}
    if details:
        data.update(misses=_spots_json(score.misses), false_alarms=_spots_json(score.false_alarms),
                    unmarked=_spots_json(score.unmarked))
    return data


def _tally_json(t: Tally) -> dict[str, Any]:
    return {"tp": t.tp, "fp": t.fp, "fn": t.fn, "gold": t.gold,
            "precision": t.precision, "recall": t.recall}


def _category_json(c: CategoryScore) -> dict[str, Any]:
    return {"errors": c.errors, "errors_found": c.errors_found, "recall": c.recall,
            "annotations": c.annotations, "annotations_found": c.annotations_found,
            "annotation_recall": c.annotation_recall, "found_by": dict(c.found_by),
            "per_rater": {rater: {"spans": t.gold, "found": t.gold - t.fn, "recall": t.recall}
                          for rater, t in sorted(c.per_rater.items())}}


def _spots_json(spots: list[Spot]) -> list[dict[str, Any]]:
    return [asdict(s) for s in spots]
