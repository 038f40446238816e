"""The entity kinds' narration: mentions outside quotations, found once per document."""

from __future__ import annotations

import random

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import load_registry
from mtlint.kinds.entities import narration_mentions
from mtlint.tables.styles import NEUTRAL


def _context() -> Context:
    return Context(style=NEUTRAL, entity_files=load_registry().entity_files)


def test_narration_leaves_out_quoted_mentions_and_is_shared() -> None:
    ctx = _context()
    doc = Document("“America will pay,” the envoy said of the United States.")
    mentions = narration_mentions(doc, ctx)
    assert [doc.text[m.start : m.end] for m in mentions] == ["United States"]
    assert narration_mentions(doc, ctx) is mentions


def test_narration_without_quotations_is_every_mention() -> None:
    ctx = _context()
    doc = Document("America will pay, the envoy said of the United States.")
    assert [doc.text[m.start : m.end] for m in narration_mentions(doc, ctx)] == \
        ["America", "United States"]


def test_narration_is_every_mention_no_quotation_touches() -> None:
    # mentions are matched to the quotations by bisection: the same as asking each
    ctx = _context()
    rng = random.Random(4)
    pieces = ["America", "United States", "Russia", "Jordan", "“", "”", "\"", "'", " said ",
              ". ", "\n\n", "x", "America's", " "]
    kept = ctx.entities.several_ways
    for _ in range(1500):
        doc = Document("".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))))
        every = ctx.entities.mentions_in(doc)
        assert narration_mentions(doc, ctx) == \
            [m for m in every if m.form.text in kept and not doc.in_quote(m.start, m.end)], \
            doc.text


def test_narration_leaves_out_entities_named_and_spelled_one_way() -> None:
    # Jordan has no other name nor spelling: neither kind could report it
    ctx = _context()
    doc = Document("Jordan and the United States met in Amman.")
    assert "Jordan" not in ctx.entities.several_ways
    assert [doc.text[m.start : m.end] for m in ctx.entities.mentions_in(doc)] == \
        ["Jordan", "United States", "Amman"]
    assert [doc.text[m.start : m.end] for m in narration_mentions(doc, ctx)] == ["United States"]


def test_narration_keeps_a_mention_that_only_touches_a_quotation() -> None:
    # a quotation ending where a mention starts, or starting where one ends, holds none of it
    ctx = _context()
    doc = Document("“Yes”United States, “no” and “Russia” then United States“x” Russia “y”.")
    assert [doc.text[m.start : m.end] for m in narration_mentions(doc, ctx)] == \
        ["United States", "United States", "Russia"]
