"""House styles: how dates are written and which name forms are preferred."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

from mtlint.errors import PackError
from mtlint.packs.toml import read_toml
from mtlint.record import Record

FULL_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class Style(Record):
    """A house style preset from ``rules/styles.toml``.

    ``prefer`` maps an entity id to its preferred spellings (of any of its
    names or abbreviations); entities not listed keep the spelling the
    article used first (the ``neutral`` behaviour).
    """

    __match_args__ = ("name", "description", "date_format", "date_format_no_year", "months",
                      "prefer")

    def __init__(self, name: str, description: str = "",
                 date_format: str = "{month} {day}, {year}",
                 date_format_no_year: str = "{month} {day}",
                 months: tuple[str, ...] = FULL_MONTHS,
                 prefer: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self.name: Final = name
        self.description: Final = description
        self.date_format: Final = date_format
        self.date_format_no_year: Final = date_format_no_year
        self.months: Final = months
        self.prefer: Final[Mapping[str, tuple[str, ...]]] = {} if prefer is None else prefer

    def format_date(self, date: dt.date, with_year: bool = True) -> str:
        """``date`` written the house way, e.g. ``October 1, 2023``."""
        template = self.date_format if with_year else self.date_format_no_year
        return template.format(month=self.months[date.month - 1], day=date.day, year=date.year)


NEUTRAL: Final = Style("neutral", "The article's first-used form of each name wins.")


def load_styles(paths: Iterable[Path]) -> dict[str, Style]:
    """The ``[style.NAME]`` tables of the given files; ``neutral`` is always there."""
    styles = {"neutral": NEUTRAL}
    for path in paths:
        tables = read_toml(path).get("style", {})
        if not isinstance(tables, dict):
            raise PackError("must be a table of styles ([style.NAME])", str(path), "style")
        for name, table in tables.items():
            styles[name] = _style(path, name, table)
    return styles


def _style(path: Path, name: str, table: Any) -> Style:
    key = f"style.{name}"
    if not isinstance(table, dict):
        raise PackError("must be a table", str(path), key)
    unknown = set(table) - {"description", "date_format", "date_format_no_year", "months",
                            "prefer"}
    if unknown:
        raise PackError("unknown key", str(path), f"{key}.{sorted(unknown)[0]}")
    months = table.get("months", list(FULL_MONTHS))
    if not isinstance(months, list) or len(months) != 12:
        raise PackError("must list 12 month names", str(path), f"{key}.months")
    prefer = table.get("prefer", {})
    if not isinstance(prefer, dict):
        raise PackError("must map entity ids to spellings", str(path), f"{key}.prefer")
    return Style(
        name,
        str(table.get("description", "")),
        str(table.get("date_format", NEUTRAL.date_format)),
        str(table.get("date_format_no_year", NEUTRAL.date_format_no_year)),
        tuple(months),
        {k: (v,) if isinstance(v, str) else tuple(v) for k, v in prefer.items()},
    )
