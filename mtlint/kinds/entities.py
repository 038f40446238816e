"""The entity kinds: one entity named several ways in one article (family F).

``entity-names`` reports two different names of one entity in the narration
(North Korea / DPRK); ``entity-spelling`` fixes spelling variants of one
name (Kim Jong-un / Kim Jong Un) to the house style's or the first-used
spelling. Both read the entity tables through ``ctx.entities``.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from mtlint.engine.rule import Diagnostic, Rule
from mtlint.fix.model import Applicability, Fix
from mtlint.tables.entities import Form, Mention

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


def narration_mentions(doc: Document, ctx: Context) -> list[Mention]:
    """Mentions outside direct quotations (the speaker's words are theirs) of entities
    named or spelled several ways, found once per document (both kinds read them; a
    mention of another entity is never reported, nor decides what one of these is)."""
    return doc.memo(("narration-mentions", id(ctx.entities)),
                    lambda: _outside_quotes(doc, ctx.entities.mentions_in(doc),
                                            ctx.entities.several_ways))


def _outside_quotes(doc: Document, mentions: list[Mention],
                    kept: frozenset[str]) -> list[Mention]:
    """The ``mentions`` of forms in ``kept`` that touch no quotation."""
    mentions = [m for m in mentions if m.form.text in kept]
    spans = doc.quotes.spans if mentions else None
    if not spans:  # no mention, or no quotation for one to be in
        return mentions
    # mentions and quotations are both in text order and disjoint: one walk through both
    # (``doc.in_quote`` for each mention bisected the quotations again)
    outside = []
    at, last = 0, len(spans)
    for mention in mentions:
        while at < last and spans[at].end <= mention.start:
            at += 1  # ends before this mention, so before every later one
        if at == last or spans[at].start >= mention.end:
            outside.append(mention)
    return outside


def introduced_in_parentheses(doc: Document, mentions: list[Mention]) -> set[tuple[str, int]]:
    """(entity, name) pairs introduced as ``Full Name (Other)`` right after another mention."""
    introduced = set()
    text = doc.lint_text
    for before, inside in pairwise(mentions):
        entity = inside.form.entity
        # the text between is read only for mentions of one entity
        if before.form.entity == entity and text[before.end : inside.start].strip() == "(" \
                and text[inside.end : inside.end + 1] == ")":
            introduced.add((entity, inside.form.name))
    return introduced


class EntityNamesRule(Rule):
    """Reports a second name for an entity already named another way."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # only an entity with several names is named two ways; leaving the others out
        # joins no two mentions in ``introduced``: text lay between them
        several = ctx.entities.several_names
        mentions = [m for m in narration_mentions(doc, ctx) if m.form.text in several]
        introduced = introduced_in_parentheses(doc, mentions)
        first: dict[str, Mention] = {}
        for mention in mentions:
            form = mention.form
            reference = first.setdefault(form.entity, mention)
            if form.name == reference.form.name or (form.entity, form.name) in introduced:
                continue
            yield self.diagnostic(
                mention.start, mention.end,
                found=doc.text[mention.start : mention.end],
                first=doc.text[reference.start : reference.end],
            )


class EntitySpellingRule(Rule):
    """Fixes spellings of one name that differ from the house or first-used spelling."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # only a name with several spellings is respelled, whichever is chosen
        several = ctx.entities.several_spellings
        mentions = [m for m in narration_mentions(doc, ctx) if m.form.text in several]
        chosen: dict[tuple[str, int, bool], int] = {}
        # a spelling mtlint derived (Chiangmai) is chosen only when nothing else is used
        for mention in sorted(mentions, key=lambda m: (m.form.ambiguous, m.form.derived)):
            form = mention.form
            if form.key not in chosen:
                chosen[form.key] = _house_variant(ctx, form)
                chosen[form.key] = form.variant if chosen[form.key] < 0 else chosen[form.key]
        for mention in mentions:
            form = mention.form
            good = form.respelled(chosen[form.key])
            if form.text != good:
                # a run-together spelling may be an official one (the Hongkong and Shanghai
                # Banking Corporation): respelling it is an editor's call
                applicability = Applicability.UNSAFE if form.derived and \
                    self.meta.applicability is Applicability.SAFE else self.meta.applicability
                fix = Fix.replace(mention.start, mention.end, good, applicability,
                                  f"Write '{good}'")
                yield self.diagnostic(mention.start, mention.end, fix=fix, found=form.text,
                                      replacement=good)


def _house_variant(ctx: Context, form: Form) -> int:
    """The house style's spelling position for this name, or -1 when it sets none."""
    for text in ctx.style.prefer.get(form.entity, ()):
        other = ctx.entities.forms.get(text)
        if other and other.key == form.key:
            return other.variant
    return -1
