"""Deliberate foreign text: glossed, labelled, bracketed after a name, or a mention."""

from __future__ import annotations

import pytest

from mtlint.document import Document
from mtlint.logic.untranslated.gloss import GlossMarkers

MARKERS = GlossMarkers(["which translates as", "meaning"], ["the slogan", "known as"],
                       ["we", "will", "the", "is", "not", "a"])


def _deliberate(text: str, foreign: str) -> bool:
    start = text.index(foreign)
    return MARKERS.is_deliberate(Document(text), start, start + len(foreign))


@pytest.mark.parametrize(("text", "foreign"), [
    ("They chanted “Мы победим,” which translates as “We will win.”", "Мы победим"),
    ("They chanted “Мы победим” (“We will win”).", "Мы победим"),
    ("“Мы победим,” he said. “We will win.”", "Мы победим"),
    ("President Xi Jinping (习近平) arrived.", "习近平"),
    ("The name (Korean: 강남) is old.", "강남"),
    ("Crowds shouted the slogan “Merdeka” all day.", "Merdeka"),
    ("The party, known as *Gerindra*, won.", "Gerindra"),
    ("Banners read merdeka (meaning freedom).", "merdeka"),
    ("Villagers practise *gotong royong* every week.", "gotong royong"),
    ("He answered ‘tidak’ and left.", "tidak"),
], ids=["marker", "bracketed translation", "next quotation", "name", "label", "mention",
        "italics mention", "bare with marker", "italics", "single quotes"])
def test_deliberate_foreign_text(text: str, foreign: str) -> None:
    assert _deliberate(text, foreign)


@pytest.mark.parametrize(("text", "foreign"), [
    ("经济观察网 - 专业财经新闻网站\n\nEconomic Observer", "经济观察网 - 专业财经新闻网站"),
    ("He said “Мы не отступим” and left.", "Мы не отступим"),
    ("“Kami tidak akan menyerah,” he said. “Kami tetap di sini.”", "Kami tidak akan menyerah"),
    ("Flooding hit the province (น้ำท่วม) again.", "น้ำท่วม"),
], ids=["bare residue", "quote without translation", "next quotation not English",
        "bracketed after a common noun"])
def test_untranslated_foreign_text(text: str, foreign: str) -> None:
    assert not _deliberate(text, foreign)
