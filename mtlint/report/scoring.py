"""Scores of a run's articles: ranking, the ``max-score`` gate, and summary lines."""

from __future__ import annotations

from typing import NamedTuple

from mtlint.report.base import FileResult, RunSummary
from mtlint.score.article import ArticleScore, finding_penalty, score_article


class Scored(NamedTuple):
    """One file's result with its score."""

    result: FileResult
    score: ArticleScore


def file_score(summary: RunSummary, result: FileResult) -> ArticleScore:
    """The score of one file of the run, with the run's weights."""
    return score_article(result.file.words, result.diagnostics, summary.weights)


def ranked(summary: RunSummary) -> list[Scored]:
    """Every file, worst score first; ties by path."""
    scored = [Scored(r, file_score(summary, r)) for r in summary.files]
    return sorted(scored, key=lambda s: (-s.score.value, s.result.file.path))


def over_max_score(summary: RunSummary) -> list[Scored]:
    """The files whose score is above ``max-score`` (none when it is not set)."""
    limit = summary.max_score
    return [] if limit is None else [s for s in ranked(summary) if s.score.value > limit]


def finding_scores(summary: RunSummary, result: FileResult) -> list[dict[str, float | int]]:
    """Per finding of ``result``: its penalty, and its article's score and words."""
    score = file_score(summary, result)
    return [{"penalty": finding_penalty(d, summary.weights), "article_score": score.value,
             "article_words": score.words} for d in result.diagnostics]


def file_score_line(summary: RunSummary, result: FileResult) -> str:
    """``path: score 3.45 (…)``, closing a file's findings in the text format."""
    scored = Scored(result, file_score(summary, result))
    return f"{result.file.path}: score {scored.score.value:.2f} ({_counts(scored)})"


def article_lines(summary: RunSummary) -> list[str]:
    """For ``--statistics``: each file with a penalty, worst score first."""
    return [f"{s.score.value:7.2f}  {s.result.file.path}  ({_counts(s)})"
            for s in ranked(summary) if s.score.penalty]


def score_lines(summary: RunSummary) -> list[str]:
    """The batch score, the worst file, and how many files are above ``max-score``."""
    files = ranked(summary)
    if not files:
        return []
    lines: list[str] = []
    batch = batch_score(files)
    if len(files) == 1:
        lines.append(f"Score: {batch:.2f} penalty points per 100 words (MQM; 0 is clean).")
    else:
        worst = files[0]
        lines.append(f"Score: {batch:.2f} penalty points per 100 words across {len(files)} "
                     f"files (MQM; 0 is clean); worst {worst.score.value:.2f} in "
                     f"{worst.result.file.path}.")
    if summary.max_score is not None:
        failing = len(over_max_score(summary))
        lines.append(f"{failing} file{'s' * (failing != 1)} above max-score "
                     f"{summary.max_score:g}.")
    return lines


def batch_score(files: list[Scored]) -> float:
    """The score of all files taken as one text: their penalty per 100 of their words."""
    words = sum(s.score.words for s in files)
    penalty = sum(s.score.penalty for s in files)
    return round(100 * penalty / max(words, 1), 2)


def _counts(scored: Scored) -> str:
    n = len(scored.result.diagnostics)
    return (f"{n} finding{'s' * (n != 1)}, {scored.score.penalty:g} points, "
            f"{scored.score.words} words")
