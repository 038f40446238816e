"""Rules compiled on first use, so a run whose results all come from the cache compiles nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mtlint.engine.registry import REVIEW_KINDS, instantiate
from mtlint.engine.rule import Diagnostic, Rule, RuleSpec
from mtlint.packs.locate import is_builtin_pack

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class DeferredRule(Rule):
    """A built-in rule whose patterns are compiled when it first checks a document."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.spec = spec
        self._rule: Rule | None = None

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        return self._built().check(doc, ctx)

    def prepare(self) -> None:
        self._built()

    def _built(self) -> Rule:
        if self._rule is None:
            self._rule = instantiate(self.spec)
            # later calls go straight to the built rule: one Python call less per document
            self.check = self._rule.check  # type: ignore[method-assign]
        return self._rule


def prepare_rule(spec: RuleSpec) -> Rule:
    """Built-in rules deferred (the test suite compiles their patterns); others built now.

    Rules from your own packs are built at once, so a bad pattern there is a
    configuration error before any file is read. Review rules run after the
    others and are cheap, so they are never deferred.
    """
    if not is_builtin_pack(spec.meta.pack) or spec.kind in REVIEW_KINDS:
        return instantiate(spec)
    return DeferredRule(spec)
