"""Names of an article, which a dictionary spell checker must not call misspelt.

News names people, places and organisations that no dictionary lists: the
entity tables know some, and the article itself shows the others as
capitalised multi-word names (``Niu Ruifei``, ``Ursula von der Leyen``).
Every word of such a name is a name wherever it recurs (``Niu said``).
"""

from __future__ import annotations

from mtlint.cache.patterns import compile_pattern
from mtlint.document import Document
from mtlint.engine.context import Context

_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*"
_PARTICLE = r"(?:von|van|der|den|de|del|della|di|da|du|la|le|al|bin|ibn|el|dos|das|y)"
_MULTI_WORD_NAME = compile_pattern(rf"\b{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD})+")
_CAPITAL_WORD = compile_pattern(rf"\b{_WORD}")
_OPENERS = " \t\"'“‘([«—–-"
_SENTENCE_ENDS = ".!?:;…\r\n"


class ArticleNames:
    """The names of one article: entity mentions and the words of its multi-word names."""

    def __init__(self, doc: Document, ctx: Context) -> None:
        self._doc = doc
        self._mentions = [(m.start, m.end) for m in ctx.entities.mentions_in(doc)]
        self.words: set[str] = set()
        for found in _MULTI_WORD_NAME.finditer(doc.lint_text):
            self.words.update(_CAPITAL_WORD.findall(found.group()))

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is (inside) a listed entity or words of the article's names."""
        if any(s <= start and end <= e for s, e in self._mentions):
            return True
        words = self._doc.text[start:end].split()
        return bool(words) and all(word.strip(".,;:!?\"'“”‘’()") in self.words for word in words)

    def mid_sentence_capital(self, start: int) -> bool:
        """Whether a capitalised word at ``start`` stands inside a sentence, where it is a name."""
        if not self._doc.text[start : start + 1].isupper():
            return False
        before = self._doc.lint_text[max(0, start - 64) : start].rstrip(_OPENERS)
        return before != "" and before[-1] not in _SENTENCE_ENDS


def article_names(doc: Document, ctx: Context) -> ArticleNames:
    """The article's names, found once per document."""
    return doc.memo("article-names", lambda: ArticleNames(doc, ctx))
