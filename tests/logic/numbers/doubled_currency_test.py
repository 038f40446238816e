"""M109: an amount naming its currency twice; the ASCII view's places lose no match."""

from __future__ import annotations

import random

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import Registry
from mtlint.errors import PackError
from mtlint.logic.numbers.doubled_currency import DoubledCurrencyRule
from mtlint.tables.styles import NEUTRAL
from mtlint.testing.cases import case_linter, lint_case


def _rule(registry: Registry) -> DoubledCurrencyRule:
    spec = registry.by_code()["M109"]
    return DoubledCurrencyRule(spec)


def _found(rule: DoubledCurrencyRule, text: str) -> list[str]:
    return [text[d.start : d.end] for d in rule.check(Document(text), Context(style=NEUTRAL))]


def test_the_views_places_find_what_a_scan_of_the_text_finds(registry: Registry) -> None:
    # the rule looks for its pattern only near a number and a currency word in the ASCII
    # view; a scan of the whole text must find no more
    rule = _rule(registry)
    pieces = ["¥ 328 yuan", "Rp 5.000 rupiah", "$20 dollars", "€ 3.5 million euros",
              "RM50 ringgit", "US$ 7 Dollars", "$5 yuan", " 328 yuan", "¥", " ", ", ",
              "¥\u00a0328\u00a0yuan",
              "Prices rose.", "\n", "12 ", "yen", "TL 4,5 lira", "(", "¥1 000 yen"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        scanned = [m.group() for m in rule._doubled.finditer(text)
                   if (m.group("sign"), m.group("word").lower()) in rule.pairs]
        assert _found(rule, text) == scanned, text


def test_texts_without_an_ascii_view_are_scanned_whole(registry: Registry) -> None:
    # Arabic-Indic digits make the view unsafe: the pattern's \d still finds them
    rule = _rule(registry)
    assert _found(rule, "It costs ¥ \u0663\u0662\u0668 yuan.") == ["¥ \u0663\u0662\u0668 yuan"]


def test_the_fix_drops_the_word_and_keeps_the_sign(registry: Registry) -> None:
    linter = case_linter(registry.by_code()["M109"], registry)
    [finding] = lint_case(linter, "A ticket is ¥ 328 yuan.").diagnostics
    assert finding.fix is not None
    assert [(e.start, e.end, e.replacement) for e in finding.fix.edits] == [(17, 22, "")]


def test_a_currency_needs_signs_and_words(registry: Registry) -> None:
    spec = registry.by_code()["M109"]
    broken = type(spec)(meta=spec.meta, kind=spec.kind,
                        options={"currencies": {"yuan": {"signs": ["¥"]}}})
    with pytest.raises(PackError, match="signs and words"):
        DoubledCurrencyRule(broken)


def test_a_packs_longer_sign_is_found_before_its_amount(registry: Registry) -> None:
    # the sign is looked for just before the amount, as far back as the longest sign
    spec = registry.by_code()["M109"]
    long_sign = type(spec)(meta=spec.meta, kind=spec.kind, options={
        "currencies": {"rupee": {"signs": ["INR Rs."], "words": ["rupees"]}}})
    assert _found(DoubledCurrencyRule(long_sign), "It costs INR Rs. 500 rupees.") == [
        "INR Rs. 500 rupees"]
