"""Asking LanguageTool about paragraphs: cached answers first, the rest in batched requests."""

from __future__ import annotations

import json
from collections.abc import Iterator

from mtlint.backends.annotate import Paragraph, annotation
from mtlint.backends.cache import ResultCache
from mtlint.backends.client import LanguageToolClient
from mtlint.backends.matches import Match, split_matches

#: characters per request: LanguageTool's public servers accept 20,000 at most
BATCH_CHARS = 20_000
#: between two paragraphs of one request; LanguageTool reads a blank line as a paragraph end
SEPARATOR = "\n\n"


class ParagraphChecker:
    """LanguageTool's matches for paragraphs, each paragraph asked about once."""

    def __init__(self, client: LanguageToolClient, params: dict[str, str],
                 cache: ResultCache | None) -> None:
        self.client = client
        self.params = params
        self.cache = cache

    def check(self, paragraphs: list[Paragraph]) -> list[list[Match]]:
        """The matches of every paragraph, in order; raises BackendError."""
        found: dict[str, list[Match]] = {}
        missing: dict[str, Paragraph] = {}
        for para in paragraphs:
            cached = self.cache.get(para.key) if self.cache else None
            if cached is None:
                missing.setdefault(para.key, para)
            else:
                found[para.key] = cached
        for batch in _batches(list(missing.values())):
            fields = {**self.params, "data": json.dumps(annotation(batch, SEPARATOR))}
            answer = self.client.check(fields)
            for para, matches in zip(batch, split_matches(batch, SEPARATOR, answer), strict=True):
                found[para.key] = matches
                if self.cache:
                    self.cache.put(para.key, matches)
        return [found[para.key] for para in paragraphs]


def _batches(paragraphs: list[Paragraph]) -> Iterator[list[Paragraph]]:
    """Consecutive paragraphs, about BATCH_CHARS per batch (a longer paragraph goes alone)."""
    batch: list[Paragraph] = []
    size = 0
    for para in paragraphs:
        if batch and size + len(para.text) > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(para)
        size += len(para.text) + len(SEPARATOR)
    if batch:
        yield batch
