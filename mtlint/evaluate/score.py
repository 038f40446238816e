"""Matching findings to gold spans: per family and per rule counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from mtlint.engine.rule import Diagnostic
from mtlint.evaluate.gold import Article


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open ranges overlap; an empty range (an insertion point) counts where it stands."""
    if a_start == a_end:
        return b_start <= a_start <= b_end
    if b_start == b_end:
        return a_start <= b_start <= a_end
    return a_start < b_end and b_start < a_end


@dataclass
class Tally:
    """True positives, false positives and misses of one family or rule."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return (self.gold - self.fn) / self.gold if self.gold else None


@dataclass
class GoldScore:
    """Scores of a gold-annotated folder."""

    families: dict[str, Tally] = field(default_factory=dict)
    rules: dict[str, Tally] = field(default_factory=dict)
    clean_articles: int = 0
    clean_false_alarms: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)


def score_gold(articles: list[tuple[Article, list[Diagnostic]]]) -> GoldScore:
    """Findings match gold spans of the same family that they overlap."""
    score = GoldScore()
    for article, findings in articles:
        _score_article(score, article, findings)
    return score


def _score_article(score: GoldScore, article: Article, findings: list[Diagnostic]) -> None:
    if article.is_clean:
        score.clean_articles += 1
        score.clean_false_alarms += len(findings)
    for d in findings:
        hit = any(g.label == d.meta.family and overlaps(d.start, d.end, g.start, g.end)
                  for g in article.gold)
        for tally in (_get(score.families, d.meta.family), _get(score.rules, d.code)):
            tally.tp += hit
            tally.fp += not hit
        if not hit:
            score.false_alarms.append((article.name, d.code, article.text[d.start : d.end]))
    for g in article.gold:
        family = _get(score.families, g.label)
        family.gold += 1
        if not any(d.meta.family == g.label and overlaps(d.start, d.end, g.start, g.end)
                   for d in findings):
            family.fn += 1
            score.misses.append((article.name, g.label, article.text[g.start : g.end]))


def _get(table: dict[str, Tally], key: str) -> Tally:
    return table.setdefault(key, Tally())


@dataclass
class MqmScore:
    """Recall per MQM category and false alarms on all-raters-clean segments."""

    spans: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    clean_segments: int = 0
    clean_false_alarms: int = 0
    alarms_by_rule: Counter[str] = field(default_factory=Counter)

    @property
    def false_alarms_per_100(self) -> float | None:
        if not self.clean_segments:
            return None
        return 100 * self.clean_false_alarms / self.clean_segments


def score_mqm(articles: list[tuple[Article, list[Diagnostic]]]) -> MqmScore:
    """A raters' span counts as found when any finding overlaps it."""
    score = MqmScore()
    for article, findings in articles:
        for g in article.gold:
            score.spans[g.label] += 1
            score.found[g.label] += any(overlaps(d.start, d.end, g.start, g.end)
                                        for d in findings)
        for start, end in article.clean_ranges:
            score.clean_segments += 1
            inside = [d for d in findings if overlaps(d.start, d.end, start, end)]
            score.clean_false_alarms += len(inside)
            score.alarms_by_rule.update(d.code for d in inside)
    return score
