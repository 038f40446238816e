"""Matching findings to gold spans: counts per family, per rule and per MQM category.

A finding matches a gold span when the two overlap (see ``overlaps``) and, in
mtlint's gold format, the rule's family letter is the span's family.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from mtlint.engine.rule import Diagnostic, RuleMeta
from mtlint.evaluate.gold import Article, GoldSpan

Linted = list[tuple[Article, list[Diagnostic]]]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open ranges overlap; an empty range (an insertion point) counts where it stands."""
    if a_start == a_end:
        return b_start <= a_start <= b_end
    if b_start == b_end:
        return a_start <= b_start <= a_end
    return a_start < b_end and b_start < a_end


def _touches(d: Diagnostic, g: GoldSpan) -> bool:
    return overlaps(d.start, d.end, g.start, g.end)


@dataclass
class Tally:
    """Findings that match a gold span (tp) or none (fp); gold spans found by none (fn)."""

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


@dataclass(frozen=True, slots=True)
class Spot:
    """A listed false alarm (``label`` is a rule code) or miss (a family or category).

    ``line`` and ``column`` are 1-based; ``context`` is the text around the span.
    """

    article: str
    label: str
    start: int
    end: int
    text: str
    line: int
    column: int
    context: str


_CONTEXT = 40


def _spot(article: Article, label: str, start: int, end: int) -> Spot:
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    context = text[max(0, start - _CONTEXT) : end + _CONTEXT].replace("\n", " ")
    return Spot(article.name, label, start, end, text[start:end],
                text.count("\n", 0, start) + 1, start - line_start + 1, context)


@dataclass
class GoldScore:
    """Scores of a gold-annotated folder.

    ``rules`` counts each rule's own findings; its ``fn`` and ``gold`` are over
    the gold spans of the rule's family, so a rule's recall is the share of its
    family's spans that this rule found.
    """

    families: dict[str, Tally] = field(default_factory=dict)
    rules: dict[str, Tally] = field(default_factory=dict)
    articles: int = 0
    clean_articles: int = 0
    clean_findings: int = 0
    clean_by_rule: Counter[str] = field(default_factory=Counter)
    misses: list[Spot] = field(default_factory=list)
    false_alarms: list[Spot] = field(default_factory=list)

    @property
    def clean_findings_per_10(self) -> float | None:
        return 10 * self.clean_findings / self.clean_articles if self.clean_articles else None


def score_gold(linted: Linted, rules: list[RuleMeta]) -> GoldScore:
    """Findings match the gold spans of their rule's family that they overlap."""
    score = GoldScore()
    for meta in rules:
        score.rules[meta.code] = Tally()
    for article, findings in linted:
        _score_article(score, article, findings, rules)
    return score


def _score_article(score: GoldScore, article: Article, findings: list[Diagnostic],
                   rules: list[RuleMeta]) -> None:
    score.articles += 1
    if article.is_clean:
        score.clean_articles += 1
        score.clean_findings += len(findings)
        score.clean_by_rule.update(d.code for d in findings)
    for d in findings:
        hit = any(g.label == d.meta.family and _touches(d, g) for g in article.gold)
        for tally in (_get(score.families, d.meta.family), _get(score.rules, d.code)):
            tally.tp += hit
            tally.fp += not hit
        if not hit:
            score.false_alarms.append(_spot(article, d.code, d.start, d.end))
    for g in article.gold:
        family = _get(score.families, g.label)
        family.gold += 1
        found_by = {d.code for d in findings if d.meta.family == g.label and _touches(d, g)}
        if not found_by:
            family.fn += 1
            score.misses.append(_spot(article, g.label, g.start, g.end))
        for meta in rules:
            if meta.family == g.label:
                tally = _get(score.rules, meta.code)
                tally.gold += 1
                tally.fn += meta.code not in found_by


def _get(table: dict[str, Tally], key: str) -> Tally:
    return table.setdefault(key, Tally())


@dataclass
class CategoryScore:
    """Recall for one MQM category.

    ``errors`` merges the overlapping spans that the raters gave this category
    into one error each (the union of raters); ``annotations`` counts every
    rater's span. ``found_by`` counts, per rule, the errors it overlapped.
    """

    errors: int = 0
    errors_found: int = 0
    annotations: int = 0
    annotations_found: int = 0
    per_rater: dict[str, Tally] = field(default_factory=dict)
    found_by: Counter[str] = field(default_factory=Counter)

    @property
    def recall(self) -> float | None:
        return self.errors_found / self.errors if self.errors else None

    @property
    def annotation_recall(self) -> float | None:
        return self.annotations_found / self.annotations if self.annotations else None


@dataclass
class MqmScore:
    """Recall per MQM category, and what the rules flagged where the raters saw no error.

    ``on_rater_span`` counts findings that overlap any rater's span;
    ``clean_by_rule`` those inside segments that all raters called error-free
    (the false alarms); the rest are unmarked text that nobody confirmed clean.
    """

    categories: dict[str, CategoryScore] = field(default_factory=dict)
    articles: int = 0
    clean_segments: int = 0
    clean_findings: int = 0
    findings_by_rule: Counter[str] = field(default_factory=Counter)
    on_rater_span: Counter[str] = field(default_factory=Counter)
    clean_by_rule: Counter[str] = field(default_factory=Counter)
    false_alarms: list[Spot] = field(default_factory=list)
    unmarked: list[Spot] = field(default_factory=list)
    misses: list[Spot] = field(default_factory=list)

    @property
    def false_alarms_per_100(self) -> float | None:
        if not self.clean_segments:
            return None
        return 100 * self.clean_findings / self.clean_segments


def merge_raters(spans: list[GoldSpan]) -> list[tuple[int, int, str]]:
    """The union of raters: overlapping spans of one category merged into one error."""
    merged: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda g: (g.label, g.start, g.end)):
        if merged:
            start, end, label = merged[-1]
            if label == span.label and overlaps(start, end, span.start, span.end):
                merged[-1] = (start, max(end, span.end), label)
                continue
        merged.append((span.start, span.end, span.label))
    return merged


def score_mqm(linted: Linted, claimed: frozenset[str] = frozenset()) -> MqmScore:
    """Any finding that overlaps a rater's span finds it, whatever its rule's category.

    Misses are listed only for the ``claimed`` categories (those some rule maps to).
    """
    score = MqmScore()
    for article, findings in linted:
        score.articles += 1
        _score_mqm_article(score, article, findings, claimed)
    return score


def _score_mqm_article(score: MqmScore, article: Article, findings: list[Diagnostic],
                       claimed: frozenset[str]) -> None:
    for g in article.gold:
        category = score.categories.setdefault(g.label, CategoryScore())
        hit = any(_touches(d, g) for d in findings)
        category.annotations += 1
        category.annotations_found += hit
        rater = category.per_rater.setdefault(g.rater, Tally())
        rater.gold += 1
        rater.fn += not hit
    for start, end, label in merge_raters(article.gold):
        category = score.categories[label]
        codes = {d.code for d in findings if overlaps(d.start, d.end, start, end)}
        category.errors += 1
        category.errors_found += bool(codes)
        category.found_by.update(codes)
        if not codes and label in claimed:
            score.misses.append(_spot(article, label, start, end))
    score.clean_segments += len(article.clean_ranges)
    for d in findings:
        score.findings_by_rule[d.code] += 1
        if any(_touches(d, g) for g in article.gold):
            score.on_rater_span[d.code] += 1
        elif any(overlaps(d.start, d.end, s, e) for s, e in article.clean_ranges):
            score.clean_findings += 1
            score.clean_by_rule[d.code] += 1
            score.false_alarms.append(_spot(article, d.code, d.start, d.end))
        else:
            score.unmarked.append(_spot(article, d.code, d.start, d.end))
