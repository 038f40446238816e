"""Precision of each LanguageTool rule against the raters' fluency spans of an MQM corpus.

Usage: python3 bench/languagetool_precision.py [--languagetool URL] [--corpus PATH]

Checks every article of ../shared/corpus/mqm-wmt23-zhen/dev.jsonl (or
--corpus) with LanguageTool's default rule set (nothing disabled), drops
spell-checker matches on the article's names as mtlint does, and prints a
Markdown table: per rule, its matches, how many overlap a span the raters
marked Fluency/Grammar, Fluency/Spelling or Fluency/Punctuation (precision),
how many overlap a span of any category, and how many fall in segments all
three raters called error-free. The "measured" column applies the rule used
to choose the default set in rules/languagetool/languagetool.toml: a rule
with at least MIN_MATCHES matches stays on only with a precision of at least
MIN_PRECISION; a second table does the same per LanguageTool category, which
goes off only when every rule of it that fired is off. The tables are copied
into docs/grammar.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from mtlint.backends.annotate import paragraphs_of
from mtlint.backends.checker import ParagraphChecker
from mtlint.backends.client import LanguageToolClient
from mtlint.backends.matches import Match
from mtlint.backends.names import ArticleNames
from mtlint.backends.table import load_table
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.evaluate.gold import Article, read_mqm_jsonl
from mtlint.evaluate.score import overlaps

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/mqm-wmt23-zhen/dev.jsonl"
FLUENCY = frozenset({"Fluency/Grammar", "Fluency/Spelling", "Fluency/Punctuation"})
MIN_MATCHES = 3
MIN_PRECISION = 0.5


@dataclasses.dataclass
class RuleTally:
    """Matches of one LanguageTool rule and how the raters' spans judge them."""

    category: str = ""
    matches: int = 0
    fluency: int = 0
    any_span: int = 0
    clean: int = 0
    names_dropped: int = 0
    names_dropped_fluency: int = 0
    examples: Counter[str] = dataclasses.field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.fluency / self.matches if self.matches else 0.0

    @property
    def measured(self) -> str:
        """The verdict of the numbers: on, off, or too few matches to tell."""
        if self.matches < MIN_MATCHES:
            return "too few"
        return "on" if self.precision >= MIN_PRECISION else "off"


def tally(article: Article, tallies: dict[str, RuleTally], checker: ParagraphChecker,
          names_of: ArticleNamesFactory) -> None:
    """Add one article's matches to ``tallies``."""
    doc = Document(article.text, article.name)
    names = names_of(doc)
    spelling = load_table().is_spelling
    paragraphs = paragraphs_of(doc)
    for para, matches in zip(paragraphs, checker.check(paragraphs), strict=True):
        for match in matches:
            start, end = para.start + match.start, para.start + match.end
            rule = tallies[match.rule_id]
            rule.category = match.category_id
            if spelling(match.rule_id) and (names.covers(start, end)
                                            or names.mid_sentence_capital(start)):
                rule.names_dropped += 1
                rule.names_dropped_fluency += _fluent(article, start, end)
                continue
            _judge(rule, article, match, start, end)


def _fluent(article: Article, start: int, end: int) -> bool:
    return any(g.label in FLUENCY and overlaps(start, end, g.start, g.end) for g in article.gold)


def _judge(rule: RuleTally, article: Article, match: Match, start: int, end: int) -> None:
    spans = [g for g in article.gold if overlaps(start, end, g.start, g.end)]
    fluent = _fluent(article, start, end)
    rule.matches += 1
    rule.fluency += fluent
    rule.any_span += bool(spans)
    rule.clean += any(s <= start and end <= e for s, e in article.clean_ranges)
    rule.examples[("+" if fluent else "-") + article.text[start:end]] += 1


class ArticleNamesFactory:
    """ArticleNames with the run's entity tables."""

    def __init__(self) -> None:
        self.ctx = build_run(Settings()).linter.ctx

    def __call__(self, doc: Document) -> ArticleNames:
        return ArticleNames(doc, self.ctx)


def markdown(tallies: dict[str, RuleTally]) -> str:
    """The rule table, most frequent rule first, then the category table."""
    table = load_table()
    lines = ["| rule | code | category | matches | fluency | precision | any span | clean segs "
             "| names dropped (fluency) | measured | default | examples (+ fluency span) |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---|---|---|"]
    for rule_id, t in sorted(tallies.items(), key=lambda kv: (-kv[1].matches, kv[0])):
        examples = ", ".join(f"`{e}`" for e, _ in t.examples.most_common(4))
        any_span = f"{t.any_span / t.matches:.2f}" if t.matches else "-"
        default = "off" if rule_id in table.disabled_rules \
            or t.category in table.disabled_categories else "on"
        lines.append(f"| {rule_id} | {table.code(rule_id)} | {t.category} | {t.matches} | "
                     f"{t.fluency} | {t.precision:.2f} | {any_span} | {t.clean} | "
                     f"{t.names_dropped} ({t.names_dropped_fluency}) | {t.measured} | "
                     f"{default} | {examples} |")
    return "\n".join([*lines, "", *_summary(tallies), "", *_category_lines(tallies)])


def _summary(tallies: dict[str, RuleTally]) -> list[str]:
    """Matches and precision of every rule together, and of the default set."""
    table = load_table()
    on = [t for rule_id, t in tallies.items()
          if rule_id not in table.disabled_rules and t.category not in table.disabled_categories]
    lines = []
    for label, rules in (("every rule (names dropped)", list(tallies.values())),
                         ("the default set", on)):
        total = RuleTally("", sum(r.matches for r in rules), sum(r.fluency for r in rules))
        lines.append(f"- {label}: {total.matches} matches, {total.fluency} on fluency spans, "
                     f"precision {total.precision:.2f}")
    return lines


def _category_lines(tallies: dict[str, RuleTally]) -> list[str]:
    """A category is off when it is measured off and every rule of it that fired is off."""
    table = load_table()
    lines = ["| category | rules that fired | matches | fluency | precision | measured "
             "| default |", "|---|---|---:|---:|---:|---|---|"]
    categories: dict[str, list[RuleTally]] = defaultdict(list)
    for t in tallies.values():
        if t.matches:
            categories[t.category].append(t)
    for category, rules in sorted(categories.items(), key=lambda kv: kv[0]):
        total = RuleTally(category, sum(r.matches for r in rules), sum(r.fluency for r in rules))
        measured = "off" if total.measured == "off" and all(r.measured == "off" for r in rules) \
            else "keep"
        default = "off" if category in table.disabled_categories else "on"
        lines.append(f"| {category} | {len(rules)} | {total.matches} | {total.fluency} | "
                     f"{total.precision:.2f} | {measured} | {default} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languagetool", default=os.environ.get(
        "MTLINT_LANGUAGETOOL_URL", "http://127.0.0.1:8081"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    articles = read_mqm_jsonl(args.corpus)
    everything = dataclasses.replace(load_table(), disabled_rules=(), disabled_categories=())
    checker = ParagraphChecker(LanguageToolClient(args.languagetool), everything.params(), None)
    names_of = ArticleNamesFactory()
    tallies: dict[str, RuleTally] = defaultdict(RuleTally)
    began = time.perf_counter()
    for article in articles:
        tally(article, tallies, checker, names_of)
    print(markdown(tallies))
    seconds = time.perf_counter() - began
    print(f"\n{len(articles)} articles, {sum(len(a.text) for a in articles)} characters, "
          f"{seconds:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
