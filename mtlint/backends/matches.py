"""LanguageTool's matches, read from its JSON and placed in the paragraph they belong to."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from mtlint.backends.annotate import Paragraph
from mtlint.backends.offsets import Utf16Offsets, utf16_length
from mtlint.errors import BackendError


@dataclass(frozen=True, slots=True)
class Match:
    """One LanguageTool finding; offsets are code points into its paragraph's text."""

    start: int
    end: int
    rule_id: str
    issue_type: str
    category_id: str
    message: str
    replacements: tuple[str, ...] = ()

    def as_json(self) -> list[Any]:
        return [self.start, self.end, self.rule_id, self.issue_type, self.category_id,
                self.message, list(self.replacements)]

    @classmethod
    def from_json(cls, item: list[Any]) -> Match:
        start, end, rule_id, issue_type, category_id, message, replacements = item
        return cls(start, end, rule_id, issue_type, category_id, message, tuple(replacements))


def split_matches(paragraphs: list[Paragraph], separator: str,
                  response: dict[str, Any]) -> list[list[Match]]:
    """The matches of one response, per paragraph; those straddling two are dropped.

    ``paragraphs`` were sent joined by ``separator``; LanguageTool's offsets
    count UTF-16 units of that whole text, markup included.
    """
    lengths = [utf16_length(para.text) for para in paragraphs]
    starts = [0]
    for length in lengths[:-1]:
        starts.append(starts[-1] + length + utf16_length(separator))
    found: list[list[Match]] = [[] for _ in paragraphs]
    offsets = [Utf16Offsets(para.text) for para in paragraphs]
    for raw in _raw_matches(response):
        offset, length = _span(raw)
        index = bisect_right(starts, offset) - 1
        local = offset - starts[index]
        if index < 0 or local + length > lengths[index]:
            continue
        to_points = offsets[index].to_code_points
        found[index].append(_match(raw, to_points(local), to_points(local + length)))
    return found


def _raw_matches(response: dict[str, Any]) -> list[dict[str, Any]]:
    matches = response.get("matches")
    if not isinstance(matches, list):
        raise BackendError("LanguageTool's answer has no list of matches")
    return matches


def _span(raw: dict[str, Any]) -> tuple[int, int]:
    try:
        return int(raw["offset"]), int(raw["length"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BackendError(f"LanguageTool's answer has a match without a span ({exc!r})") from exc


def _match(raw: dict[str, Any], start: int, end: int) -> Match:
    try:
        rule = raw["rule"]
        return Match(start, end, str(rule["id"]), str(rule.get("issueType", "")),
                     str(rule.get("category", {}).get("id", "")), str(raw["message"]),
                     tuple(str(r["value"]) for r in raw.get("replacements", [])))
    except (KeyError, TypeError, AttributeError) as exc:
        raise BackendError(f"LanguageTool's answer has a malformed match ({exc!r})") from exc
