"""Scraped metadata lines at the top of an article (family A0)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.span import Span
from mtlint.record import Record

# A scraped header such as " date 2023-10-01" as the first line of the body.
_HEADER: Final = compile_sre(r"\A[ \t\ufeff]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=[ \t]|\r?\n|\Z)")


class Header(Record):
    """The metadata header: its span and the article date it gives."""

    __match_args__ = ("span", "date")

    def __init__(self, span: Span, date: dt.date) -> None:
        self.span: Final = span
        self.date: Final = date


def read_header(text: str) -> Header | None:
    """The leading ``date YYYY-MM-DD`` header, if the text starts with one."""
    match = _HEADER.match(text)
    if not match:
        return None
    try:
        date = dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
    return Header(Span(0, match.end()), date)
