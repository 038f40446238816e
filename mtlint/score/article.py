"""The score of one article: penalty points of its findings per 100 words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mtlint.document import Document
from mtlint.engine.rule import Diagnostic, Severity
from mtlint.score.weights import ScoreWeights

#: a word: a maximal run of non-space characters holding at least one letter or digit
_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)*[^\W_]\S*")


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """``value`` is ``penalty`` per 100 ``words``, rounded to two decimals; 0 is clean."""

    words: int
    penalty: float
    value: float


def count_words(doc: Document) -> int:
    """Words of the linted text: masked parts (metadata lines, Markdown code) do not count."""
    # counted as found, not listed: a list of the 5 million words of a 30 MB file took
    # 300 MB, the peak memory of checking it
    return doc.memo("score.words", lambda: sum(1 for _ in _WORD.finditer(doc.lint_text)))


def remember_word_count(doc: Document, words: int) -> None:
    """Give ``doc`` the word count stored with its cached findings (counting is slow)."""
    doc.memo("score.words", lambda: words)


def finding_penalty(d: Diagnostic, weights: ScoreWeights) -> float:
    """MQM penalty points of one finding: error = major, warning = minor, info = neutral."""
    if d.level is Severity.ERROR:
        return weights.error
    if d.level is Severity.INFO:
        return weights.info
    return weights.minor_weight(d.meta.category)


def score_article(words: int, diagnostics: Iterable[Diagnostic],
                  weights: ScoreWeights) -> ArticleScore:
    """The score of an article of ``words`` words (``count_words``); an article
    without words is scored as if it had one."""
    penalty = round(sum(finding_penalty(d, weights) for d in diagnostics), 6)
    return ArticleScore(words, penalty, round(100 * penalty / max(words, 1), 2))
