"""What stands around a number: a currency before it, a unit or noun after it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.ascii_view import ascii_view
from mtlint.logic.speech import alternation

if TYPE_CHECKING:
    from mtlint.document import Document

#: how far before a number a currency sign or code may start (``US$ ``, ``Rp. ``)
_BEFORE: Final = 8
_SPACE: Final = r"[ \t\u00a0]"


def words_after(words: Iterable[Any]) -> Any:
    """A pattern matching one of ``words`` right after a number (after one space at most)."""
    return compile_pattern(rf"{_SPACE}?(?:{alternation(words)})(?![\w])")


def currency_before(symbols: Iterable[Any]) -> Any:
    """A pattern matching a currency sign or code that ends right before a number."""
    return compile_pattern(rf"(?<![\w$])(?:{alternation(symbols)})\.?{_SPACE}?$")


def start_with_currency(pattern: Any, text: str, start: int) -> int:
    """Where the amount starts: at a currency sign just before ``start``, else ``start``."""
    found = pattern.search(text, max(0, start - _BEFORE), start)
    return found.start() if found else start


def group_thousands(number: str) -> str:
    """``4300`` -> ``4,300``, ``12500.5`` -> ``12,500.5``; anything but plain digits stays."""
    whole, dot, decimals = number.partition(".")
    if not whole.isdigit():
        return number
    return f"{int(whole):,}{dot}{decimals}"


def may_hold(doc: Document, shape: re.Pattern[bytes]) -> bool:
    """Whether ``doc.lint_text`` may hold text of ``shape``, a pattern of its UTF-8 with
    each ASCII digit written ``0`` (the dates' ``ascii_view``), searched in C far faster
    than a ``regex`` scan of the text. True when there is no view: ``\\d`` could then
    match a digit the view does not show as ``0``."""
    view = ascii_view(doc)
    return view is None or shape.search(view.data) is not None
