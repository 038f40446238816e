"""The score of one article: penalty points of its findings per 100 words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from mtlint.document import Document
from mtlint.document.lines import pieces
from mtlint.engine.rule import Diagnostic, Severity
from mtlint.record import Record
from mtlint.score.weights import ScoreWeights


class ArticleScore(Record):
    """``value`` is ``penalty`` per 100 ``words``, rounded to two decimals; 0 is clean."""

    __match_args__ = ("words", "penalty", "value")

    def __init__(self, words: int, penalty: float, value: float) -> None:
        self.words: Final = words
        self.penalty: Final = penalty
        self.value: Final = value


def count_words(doc: Document) -> int:
    """Words of the linted text: maximal runs of non-space characters holding at least
    one letter or digit. Masked parts (metadata lines, Markdown code) do not count."""
    return doc.memo("score.words", lambda: words_in(doc.lint_text))


def python_words_in(text: str) -> int:
    """The words (``count_words``) of ``text``."""
    # counted a piece at a time: a list of the 5 million words of a 30 MB file took 300 MB,
    # the peak memory of checking it
    return sum(map(_words_in, pieces(text)))


# the compiled wheel counts in C, without a string per word (``mtlint/document/_words.c``;
# tests/build_test.py checks that it counts as ``python_words_in``)
try:
    from mtlint.document._words import count_words as words_in
except ImportError:  # the source, as an editable install runs it, or a pure-Python wheel
    words_in = python_words_in


def _words_in(text: str) -> int:
    """The runs of non-space characters in ``text`` (``str.split``) holding a letter or
    digit (``str.isalnum``): most are letters and digits only, tested at once in C."""
    tokens = text.split()
    return len(tokens) - sum(1 for token in tokens
                             if not token.isalnum() and not any(map(str.isalnum, token)))


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
