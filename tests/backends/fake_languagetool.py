"""A stand-in for a LanguageTool server, for tests that need O findings but no Java.

It answers ``/v2/check`` requests as a LanguageTool 6.8 server does for
three of its rules (their ids, issue types, categories and suggestions as
that server gives them, messages shortened): 'a apple' (EN_A_VS_AN, O201),
'He go home' (HE_VERB_AGR, O206) and a space before a full stop
(COMMA_PARENTHESIS_WHITESPACE, O303). Like LanguageTool, it skips markup and
counts offsets in UTF-16 units of the whole request.
"""

from __future__ import annotations

import json
import re
from typing import Any

from mtlint.backends.client import LanguageToolClient
from mtlint.backends.offsets import utf16_length
from mtlint.errors import BackendError

_RULES = (
    (re.compile(r"\b[Aa](?= apple)"), "EN_A_VS_AN", "misspelling", "MISC",
     "Use “an” instead of ‘a’ if the following word starts with a vowel sound.", ("an",)),
    (re.compile(r"(?<=\bHe )go(?= home)"), "HE_VERB_AGR", "grammar", "GRAMMAR",
     "The pronoun ‘He’ is usually used with a third-person or a past tense verb.",
     ("goes", "went")),
    (re.compile(r" \."), "COMMA_PARENTHESIS_WHITESPACE", "whitespace", "TYPOGRAPHY",
     "Don’t put a space before the full stop.", (".",)),
)


class FakeLanguageTool(LanguageToolClient):
    """Answers check requests locally; ``requests`` counts the checks asked for."""

    def __init__(self, url: str = "http://127.0.0.1:9") -> None:
        super().__init__(url)
        self.requests = 0

    def check(self, params: dict[str, str], timeout: float = 0) -> dict[str, Any]:
        self.requests += 1
        if "data" not in params:  # the version probe of open_grammar
            return {"software": {"version": "6.8", "buildDate": "fake"}, "matches": []}
        items = json.loads(params["data"])["annotation"]
        text = "".join(item.get("text", item.get("markup", "")) for item in items)
        markup = _markup_spans(items)
        matches = []
        for pattern, rule_id, issue_type, category, message, replacements in _RULES:
            for found in pattern.finditer(text):
                if any(s < found.end() and found.start() < e for s, e in markup):
                    continue
                matches.append({
                    "message": message,
                    "offset": utf16_length(text[: found.start()]),
                    "length": utf16_length(found.group()),
                    "replacements": [{"value": r} for r in replacements],
                    "rule": {"id": rule_id, "issueType": issue_type,
                             "category": {"id": category}}})
        return {"software": {"version": "6.8"}, "matches": matches}


class LostLanguageTool(LanguageToolClient):
    """A server that went away: every request fails."""

    def __init__(self, url: str = "http://127.0.0.1:9") -> None:
        super().__init__(url)

    def check(self, params: dict[str, str], timeout: float = 0) -> dict[str, Any]:
        raise BackendError(f"LanguageTool at {self.root} is unreachable (gone)")


class FailingLanguageTool(FakeLanguageTool):
    """A server that answers the version probe, then fails every check."""

    def check(self, params: dict[str, str], timeout: float = 0) -> dict[str, Any]:
        if "data" not in params:
            return super().check(params, timeout)
        raise BackendError(f"LanguageTool at {self.root} answered HTTP 503")


def _markup_spans(items: list[dict[str, str]]) -> list[tuple[int, int]]:
    spans, position = [], 0
    for item in items:
        length = len(item.get("text", item.get("markup", "")))
        if "markup" in item:
            spans.append((position, position + length))
        position += length
    return spans
