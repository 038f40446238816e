"""The ``per-file-ignores`` table: path patterns mapped to rule codes not to run there."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mtlint.cache.patterns import compile_sre

#: pattern -> codes or prefixes, in the order the table lists them (hashable)
PerFileIgnores = tuple[tuple[str, tuple[str, ...]], ...]

_SELECTOR = compile_sre(r"ALL|[A-Z][0-9]{0,3}")


def parse_per_file_ignores(value: Any) -> PerFileIgnores:
    """Validate ``{"pattern": ["CODE", ...]}``; ValueError says what is wrong."""
    if not isinstance(value, Mapping):
        raise ValueError("must be a table of path patterns to lists of rule codes")
    table = []
    for pattern, codes in value.items():
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ValueError(f"'{pattern}' must map to a list of rule codes")
        selectors = tuple(code.strip().upper() for code in codes)
        for selector in selectors:
            if not _SELECTOR.fullmatch(selector):
                raise ValueError(f"'{pattern}': '{selector}' is not a rule code or prefix")
        table.append((pattern, selectors))
    return tuple(table)
