"""Inline Markdown that is not prose: code spans, link targets, autolinks, URLs, HTML.

markdown-it's inline tokens carry no offsets, so this small scanner finds the
constructs in the raw text of one paragraph or heading, following CommonMark
closely enough for masking: code spans bind tightest, then autolinks and raw
HTML; a link's text stays visible while its brackets and target are masked.
It never recurses, so nesting depth cannot exhaust the stack.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.document.span import Span

_TRIGGER: Final = compile_sre(r"\\[!-/:-@\[-`{-~]|`+|<|!?\[|\]|(?<![\w/.@-])(?:https?://|www\.)",
                             re.IGNORECASE)
_AUTOLINK: Final = compile_sre(
    r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>"
    r"|<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>")
COMMENT: Final = compile_sre(r"<!--(?:-?>|[\s\S]*?-->)")
_HTML: Final = compile_sre(
    r"<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>"
    r"|</[A-Za-z][A-Za-z0-9-]*\s*>"
    r"|<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*"
    r"(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>")
_URL_BODY: Final = compile_sre(r"[^\s<]*")
_URL_TRAILING: Final = "?!.,:;*_~'\""
_SPACE: Final = " \t\n\r"
_TITLE_CLOSERS: Final = {'"': '"', "'": "'", "(": ")"}
_MAX_LABEL: Final = 999


class InlineMasks:
    """What one scan found: spans to mask, and which of them are HTML comments."""

    def __init__(self) -> None:
        self.masked: list[Span] = []
        self.comments: list[Span] = []


class _Opener:
    """Where a link or image opens: ``length`` 1 for "[", 2 for "!["."""

    def __init__(self, start: int, length: int) -> None:
        self.start: Final = start
        self.length: Final = length


def scan_inline(text: str, start: int, end: int, references: Collection[str],
                found: InlineMasks) -> None:
    """Add the non-prose inline constructs of ``text[start:end]`` to ``found``.

    ``references`` holds the normalized labels of the link reference
    definitions, which decide whether ``[text]`` is a link.
    """
    openers: list[_Opener] = []
    unclosed_runs: set[int] = set()
    last_closers: dict[str, int] = {}
    pos = start
    while (match := _TRIGGER.search(text, pos, end)) is not None:
        token, at = match.group(), match.start()
        pos = match.end()
        if token[0] == "`":
            pos = _code_span(text, at, len(token), end, unclosed_runs, found)
        elif token == "<":
            pos = _angle(text, at, end, found, last_closers)
        elif token[-1] == "[":
            openers.append(_Opener(at, len(token)))
        elif token == "]":
            if openers:
                pos = _close_bracket(text, openers, at, end, references, found)
        elif token[0] != "\\":
            pos = _bare_url(text, at, end, found)


def _code_span(text: str, at: int, length: int, end: int, unclosed: set[int],
               found: InlineMasks) -> int:
    if length not in unclosed:
        closing = _backtick_run(length).search(text, at + length, end)
        if closing is not None:
            found.masked.append(Span(at, closing.end()))
            return closing.end()
        unclosed.add(length)  # no later run of this length can close either
    return at + length


@lru_cache(maxsize=64)
def _backtick_run(length: int) -> re.Pattern[str]:
    return compile_sre(f"(?<!`)`{{{length}}}(?!`)")


#: openers of HTML whose pattern scans ahead for a closer, most specific first
_SCANNING: Final = (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"), ("<!", ">"))


def _unclosable(text: str, at: int, end: int, last_closers: dict[str, int]) -> bool:
    """Whether the HTML opening at ``at`` has no closer after it: thousands of unclosed
    ``<!--`` each made the patterns scan to the end of the paragraph (issue 7)."""
    for opener, closer in _SCANNING:
        if text.startswith(opener, at):
            if closer not in last_closers:
                last_closers[closer] = text.rfind(closer, at, end)
            return last_closers[closer] < at
    return False


def _angle(text: str, at: int, end: int, found: InlineMasks,
           last_closers: dict[str, int]) -> int:
    if _unclosable(text, at, end, last_closers):
        return at + 1
    for pattern in (_AUTOLINK, COMMENT, _HTML):
        match = pattern.match(text, at, end)
        if match is not None:
            found.masked.append(Span(at, match.end()))
            if pattern is COMMENT:
                found.comments.append(Span(at, match.end()))
            return match.end()
    return at + 1


def _bare_url(text: str, at: int, end: int, found: InlineMasks) -> int:
    body = _URL_BODY.match(text, at, end)
    stop = body.end() if body else at
    while stop > at:
        last = text[stop - 1]
        if last in _URL_TRAILING or (last == ")" and
                                     text.count("(", at, stop) < text.count(")", at, stop)):
            stop -= 1
        else:
            break
    found.masked.append(Span(at, stop))
    return stop


def _close_bracket(text: str, openers: list[_Opener], at: int, end: int,
                   references: Collection[str], found: InlineMasks) -> int:
    """Mask a link's brackets and target when ``]`` at ``at`` closes one."""
    opener = openers.pop()
    tail = _link_tail(text, at + 1, end, text[opener.start + opener.length : at], references)
    if tail is None:
        return at + 1
    found.masked.append(Span(opener.start, opener.start + opener.length))
    found.masked.append(Span(at, tail))
    if opener.length == 1:  # links cannot contain links: earlier "[" are plain text now
        openers[:] = [o for o in openers if o.length == 2]
    return tail


def _link_tail(text: str, pos: int, end: int, label: str,
               references: Collection[str]) -> int | None:
    """Where the link whose text ends before ``pos`` ends, or None if it is no link."""
    if pos < end and text[pos] == "(":
        return _inline_target(text, pos + 1, end)
    if pos < end and text[pos] == "[":
        close = text.find("]", pos + 1, min(end, pos + 2 + _MAX_LABEL))
        if close >= 0 and "[" not in text[pos + 1 : close]:
            named = text[pos + 1 : close]
            if _normalize(named if named.strip() else label) in references:
                return close + 1
    return pos if _normalize(label) in references else None


def _inline_target(text: str, pos: int, end: int) -> int | None:
    """The end of ``(destination "title")`` whose "(" is just before ``pos``."""
    pos = _skip_space(text, pos, end)
    if pos < end and text[pos] == "<":
        close = text.find(">", pos + 1, end)
        if close < 0 or "\n" in text[pos:close]:
            return None
        pos = close + 1
    else:
        destination_end = _bare_destination(text, pos, end)
        if destination_end is None:
            return None
        pos = destination_end
    pos = _skip_space(text, pos, end)
    if pos < end and text[pos] in _TITLE_CLOSERS:
        title_end = _title_end(text, pos, end)
        if title_end is None:
            return None
        pos = _skip_space(text, title_end, end)
    return pos + 1 if pos < end and text[pos] == ")" else None


def _bare_destination(text: str, pos: int, end: int) -> int | None:
    depth = 0
    while pos < end:
        char = text[pos]
        if char == "\\" and pos + 1 < end:
            pos += 2
            continue
        if char in _SPACE:
            break
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        pos += 1
    return pos if depth == 0 else None


def _title_end(text: str, pos: int, end: int) -> int | None:
    closer = _TITLE_CLOSERS[text[pos]]
    search = pos + 1
    while (close := text.find(closer, search, end)) >= 0:
        if text[close - 1] != "\\":
            return close + 1
        search = close + 1
    return None


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _SPACE:
        pos += 1
    return pos


def _normalize(label: str) -> str:
    """A reference label as markdown-it stores it: trimmed, spaces collapsed, case-folded."""
    return lower(" ".join(label.split())).upper()
