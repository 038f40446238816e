"""Building one built-in rule and running it on a text, for the kind and logic tests."""

from __future__ import annotations

from functools import cache

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import instantiate, load_registry
from mtlint.engine.rule import Diagnostic, Rule, RuleSpec
from mtlint.tables.styles import NEUTRAL


@cache
def spec(code: str) -> RuleSpec:
    return load_registry().by_code()[code]


def rule(code: str) -> Rule:
    return instantiate(spec(code))


def findings(code: str, text: str) -> list[Diagnostic]:
    return list(rule(code).check(Document(text), Context(style=NEUTRAL)))


def flagged(code: str, text: str) -> list[str]:
    return [text[d.start : d.end] for d in findings(code, text)]
