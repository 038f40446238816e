"""Choosing rules by code or prefix, as ``--select`` and ``--ignore`` do."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.engine.rule import RuleSpec
from mtlint.errors import UsageError

# O codes come from LanguageTool at run time (docs/grammar.md), not from rule packs.
_RUNTIME_CODES: Final = compile_sre(r"O\d{0,3}")


def matches(code: str, selector: str) -> bool:
    """Whether ``selector`` (``ALL``, a family letter, a code prefix or a code) takes ``code``."""
    return selector == "ALL" or code.startswith(selector)


def select_specs(specs: Iterable[RuleSpec], select: Sequence[str], ignore: Sequence[str],
                 extend_select: Sequence[str] = ()) -> list[RuleSpec]:
    """The specs chosen by select (plus extend-select) minus ignore.

    As in ruff, the more specific of two matching selectors wins, so
    ``--select G --ignore G1`` keeps G2xx and ``--ignore G --select G101``
    keeps G101.
    """
    specs = list(specs)
    _check_known([*select, *ignore, *extend_select], [s.meta.code for s in specs])
    return [spec for spec in specs
            if is_selected(spec.meta.code, select, ignore, extend_select)]


def is_selected(code: str, select: Sequence[str], ignore: Sequence[str],
                extend_select: Sequence[str] = ()) -> bool:
    """Whether the selectors take ``code``; the more specific selector wins."""
    take = max((len(s) if s != "ALL" else 0 for s in (*select, *extend_select)
                if matches(code, s)), default=-1)
    drop = max((len(s) if s != "ALL" else 0 for s in ignore if matches(code, s)), default=-1)
    return take > drop  # at equal specificity, ignore wins


def is_known_selector(selector: str, codes: Sequence[str]) -> bool:
    """``ALL``, an O code or prefix (LanguageTool's, known at run time), or a prefix of
    one of ``codes``."""
    return selector == "ALL" or _RUNTIME_CODES.fullmatch(selector) is not None or any(
        code.startswith(selector) for code in codes)


def _check_known(selectors: Iterable[str], codes: Sequence[str]) -> None:
    for selector in selectors:
        if not is_known_selector(selector, codes):
            raise UsageError(f"unknown rule selector '{selector}' (see 'mtlint rules')")
