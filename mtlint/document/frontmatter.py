"""Markdown front matter: YAML between ``---`` lines or TOML between ``+++`` lines."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.span import Span
from mtlint.record import Record

_OPENING: Final = compile_sre(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n")
# ``date: 2023-10-01``, ``date = 2023-10-01T08:00:00Z``, ``date: "2023-10-01"``
_DATE: Final = compile_sre(r"^date[ \t]*[:=][ \t]*[\"']?(\d{4})-(\d{2})-(\d{2})(?![\d])",
                          re.MULTILINE)


class FrontMatter(Record):
    """The front matter block, fences included (without the final line break)."""

    __match_args__ = ("span", "date")

    def __init__(self, span: Span, date: dt.date | None) -> None:
        self.span: Final = span
        self.date: Final = date


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the very start of ``text``, if it is closed."""
    opening = _OPENING.match(text)
    if not opening:
        return None
    fence = opening.group(1)
    closers = (fence, "...") if fence == "---" else (fence,)
    offset = opening.end()
    while offset < len(text):
        newline = text.find("\n", offset)
        end = len(text) if newline < 0 else newline
        if text[offset:end].rstrip() in closers:
            body = text[opening.end() : offset]
            return FrontMatter(Span(0, end - (text[end - 1 : end] == "\r")), _date(body))
        offset = end + 1
    return None


def _date(body: str) -> dt.date | None:
    match = _DATE.search(body)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
