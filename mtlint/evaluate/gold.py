"""Reading annotated corpora: mtlint's gold format and MQM-annotated JSONL.

mtlint's format is a folder with articles and a ``gold.jsonl`` holding one
object per defect: ``{"file": "mt/a.txt", "start": 10, "end": 19,
"family": "G", "text": "1/10/2023"}`` (code-point offsets into the decoded
file, end exclusive, ``file`` relative to the folder). An article with no gold
line is clean. See docs/evaluation.md.

The MQM format is one article per line with ``text``, ``annotations``
(``category``, ``start``, ``end``, ``rater``…) and
``segments_no_error_all_raters`` (ranges every rater called error-free).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtlint.engine.families import FAMILIES
from mtlint.errors import InputError
from mtlint.io.read import read_source

GOLD_FILE = "gold.jsonl"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One annotated defect: a family letter (mtlint gold) or an MQM category."""

    start: int
    end: int
    label: str
    rater: str = ""


@dataclass
class Article:
    """An annotated text; ``clean_ranges`` are stretches confirmed free of errors."""

    name: str
    text: str
    gold: list[GoldSpan] = field(default_factory=list)
    clean_ranges: list[tuple[int, int]] = field(default_factory=list)

    @property
    def is_clean(self) -> bool:
        return not self.gold


def read_gold_folder(folder: Path, patterns: tuple[str, ...]) -> list[Article]:
    """The articles under ``folder`` matching ``patterns``, with their checked gold spans."""
    gold_path = folder / GOLD_FILE
    if not gold_path.is_file():
        raise InputError(f"no {GOLD_FILE} in this folder", str(folder))
    lines = list(_jsonl(gold_path))
    # a subfolder with a gold file of its own is a separate corpus (a held-out set)
    nested = [p.parent for p in folder.rglob(GOLD_FILE) if p.parent != folder]
    articles: dict[str, Article] = {}
    for path in sorted({p for pattern in patterns for p in folder.rglob(pattern)}):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and path.name.lower() != "readme.md" and \
                not any(path.is_relative_to(root) for root in nested):
            articles[name] = Article(name, read_source(path, str(path)).text)
    for number, item in lines:
        article, span = _gold_line(item, articles, f"{gold_path}:{number}")
        article.gold.append(span)
    return list(articles.values())


def _gold_line(item: Any, articles: dict[str, Article], where: str) -> tuple[Article, GoldSpan]:
    try:
        name, family = item["file"], item["family"]
        start, end = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"a gold line needs file, start, end and family ({exc})", where) from exc
    article = articles.get(name)
    if article is None:
        raise InputError(f"names an article that is not there: {name}", where)
    if family not in FAMILIES:
        raise InputError(f"unknown family {family!r} (a letter A-O)", where)
    if not 0 <= start <= end <= len(article.text):
        raise InputError(f"offsets {start}-{end} are outside {name}", where)
    if "text" in item and item["text"] != article.text[start:end]:
        raise InputError(f"text {item['text']!r} is not what {name} has at {start}-{end}: "
                         f"{article.text[start:end]!r}", where)
    return article, GoldSpan(start, end, family)


def read_mqm_jsonl(path: Path) -> list[Article]:
    """Articles of an MQM-annotated JSONL file (one article per line)."""
    articles = []
    for number, item in _jsonl(path):
        try:
            gold = [GoldSpan(int(a["start"]), int(a["end"]), str(a["category"]),
                             str(a.get("rater", "")))
                    for a in item["annotations"]]
            clean = [(int(s), int(e)) for s, e in item.get("segments_no_error_all_raters", [])]
            articles.append(Article(str(item.get("id", number)), item["text"], gold, clean))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"line {number}: not an MQM article ({exc})", str(path)) from exc
    return articles


def _jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(path)) from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {number}: invalid JSON ({exc.msg})", str(path)) from exc
