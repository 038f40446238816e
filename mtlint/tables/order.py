"""The order alternatives are tried in when a pattern is built from listed phrases."""

from __future__ import annotations


def longest_first(phrase: str) -> tuple[int, str]:
    """Sort key: longer phrases first (an alternation tries them in order), then
    alphabetical, so a pattern built from a set is the same text in every run
    (sets iterate in a different order each run; compiled patterns are cached by text)."""
    return -len(phrase), phrase
