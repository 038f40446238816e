"""The layout of a Markdown article: what is prose, what is code, links and markup.

markdown-it-py parses the blocks and gives their line ranges; the raw text is
linted, and the blocks only decide masks: fenced and indented code, raw HTML
blocks, reference definitions and front matter are masked whole; in
paragraphs and headings, :mod:`mtlint.document.inline` masks code spans,
link targets, autolinks, URLs and inline HTML. Block markers (``#``, ``>``,
list bullets, rules) are blanked for the rules but not masked, so a fix may
still remove a whole line with its marker. markdown-it stops nesting at 20
levels; deeper lines are left as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.frontmatter import read_front_matter
from mtlint.document.inline import COMMENT, InlineMasks, scan_inline
from mtlint.document.layout import Layout
from mtlint.document.span import Span

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_LONE_CR: Final = compile_sre(r"\r(?!\n)")
_QUOTE_MARK: Final = compile_sre(r"[ \t]*(>)")
_BULLET: Final = compile_sre(r"[ \t]*([-+*]|\d{1,9}[.)])(?=[ \t\r]|$)")
_ATX_OPEN: Final = compile_sre(r"[ \t]*(#{1,6})(?=[ \t\r]|$)")
_ATX_CLOSE: Final = compile_sre(r"[ \t](#+)[ \t\r]*$")
_REFERENCE_START: Final = compile_sre(r"[ \t>]*\[[^\]\n]+\]:")
_DIRECTIVE: Final = compile_sre(r"<!--[ \t\r\n]*mtlint\b")
_CONTAINERS: Final = {"blockquote_open": "quote", "list_item_open": "item"}
_CLOSERS: Final = frozenset(("blockquote_close", "list_item_close"))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported only when a Markdown file is linted

    # Only the blocks are used; inline parsing (a third of the time) is done by our scanner.
    return MarkdownIt("commonmark").disable(["inline", "text_join"])


def markdown_layout(text: str) -> Layout:
    """Masks, markup and suppression comments of a Markdown text."""
    layout = Layout()
    front = read_front_matter(text)
    source = _LONE_CR.sub(" ", text)  # markdown-it counts a lone \r as a line break
    if front is not None:
        layout.masked.append(front.span)
        layout.date = front.date
        lines_in_front = text.count("\n", 0, front.span.end)
        source = "\n" * lines_in_front + source[front.span.end :]
    env: dict[str, Any] = {}
    tokens = _parser().parse(source, env)
    references = env.get("references", {})
    _Walk(text, layout, references).run(tokens)
    return layout


class _Container:
    """A block quote or list item open at ``first_line``; ``kind`` is "quote" or "item"."""

    def __init__(self, kind: str, first_line: int) -> None:
        self.kind: Final = kind
        self.first_line: Final = first_line


class _Walk:
    """One pass over the block tokens, keeping the open containers of each line."""

    def __init__(self, text: str, layout: Layout, references: dict[str, Any]) -> None:
        self.text = text
        self.layout = layout
        self.references: Collection[str] = references.keys()
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.covered = bytearray(len(self.starts))
        self.inline = InlineMasks()
        for reference in references.values():
            if reference.get("map"):
                self._mask_lines(*reference["map"])

    def run(self, tokens: list[Token]) -> None:
        stack: list[_Container] = []
        for token in tokens:
            if token.type in _CONTAINERS and token.map:
                stack.append(_Container(_CONTAINERS[token.type], token.map[0]))
            elif token.type in _CLOSERS:
                stack.pop()
            elif token.map and token.type in _LEAF_HANDLERS:
                _LEAF_HANDLERS[token.type](self, token, stack)
        self._mask_stray_references()
        self.layout.masked += self.inline.masked
        self.layout.suppression_comments += [
            s for s in self.inline.comments if _DIRECTIVE.match(self.text, s.start)]

    # -- leaf blocks -------------------------------------------------------------

    def _code(self, token: Token, stack: list[_Container]) -> None:
        self._mask_lines(*self._map(token))

    def _html(self, token: Token, stack: list[_Container]) -> None:
        first, last = self._map(token)
        start, end = self._mask_lines(first, last)
        end = min(end, self.text.rfind("-->", start, end) + 3)  # unclosed "<!--" (issue 7)
        self.inline.comments += [Span(*m.span()) for m in COMMENT.finditer(self.text, start, end)]

    def _rule(self, token: Token, stack: list[_Container]) -> None:
        first, _ = self._map(token)
        self._cover(first, first + 1)
        self.layout.markup.append(Span(self._prefix(first, stack), self._line_end(first)))

    def _paragraph(self, token: Token, stack: list[_Container]) -> None:
        first, last = self._map(token)
        self._cover(first, last)
        starts = [self._prefix(line, stack) for line in range(first, last)]  # markers blanked
        self._scan(starts[0], self._line_end(last - 1))

    def _heading(self, token: Token, stack: list[_Container]) -> None:
        first, last = self._map(token)
        self._cover(first, last)
        starts = [self._prefix(line, stack) for line in range(first, last)]
        if token.markup.startswith("#"):
            self._atx_markers(starts[0], self._line_end(first))
            self._scan(starts[0], self._line_end(first))
        else:  # setext: the last line underlines the others
            self.layout.markup.append(Span(starts[-1], self._line_end(last - 1)))
            self._scan(starts[0], self._line_end(last - 2))

    # -- helpers -----------------------------------------------------------------

    def _map(self, token: Token) -> tuple[int, int]:
        assert token.map is not None
        first, last = token.map
        return first, min(last, len(self.starts))

    def _line_end(self, line: int) -> int:
        """The end of 0-based ``line`` without its line break."""
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
        return end - 1 if end > self.starts[line] and self.text[end - 1] == "\r" else end

    def _cover(self, first: int, last: int) -> None:
        self.covered[first:last] = b"\x01" * (last - first)

    def _mask_lines(self, first: int, last: int) -> tuple[int, int]:
        self._cover(first, last)
        start, end = self.starts[first], self._line_end(last - 1)
        self.layout.masked.append(Span(start, end))
        return start, end

    def _prefix(self, line: int, stack: list[_Container]) -> int:
        """Where the content of ``line`` starts after its container markers, which become markup."""
        pos, end = self.starts[line], self._line_end(line)
        for container in stack:
            if container.kind == "quote":
                marker = _QUOTE_MARK.match(self.text, pos, end)
            elif line == container.first_line:
                marker = _BULLET.match(self.text, pos, end)
            else:
                continue
            if marker is None:
                break  # a lazy continuation line has no marker
            self.layout.markup.append(Span(*marker.span(1)))
            pos = marker.end()
        return pos

    def _atx_markers(self, start: int, end: int) -> None:
        opening = _ATX_OPEN.match(self.text, start, end)
        if opening is None:
            return
        self.layout.markup.append(Span(*opening.span(1)))
        closing = _ATX_CLOSE.search(self.text, opening.end(), end)
        if closing is not None:
            self.layout.markup.append(Span(*closing.span(1)))

    def _scan(self, start: int, end: int) -> None:
        if start < end:
            scan_inline(self.text, start, end, self.references, self.inline)

    def _mask_stray_references(self) -> None:
        """Reference definitions markdown-it consumed without a map (repeated labels)."""
        for line in range(len(self.covered)):  # mypyc cannot compile enumerate(bytearray)
            if not self.covered[line] and _REFERENCE_START.match(
                    self.text, self.starts[line], self._line_end(line)):
                self._mask_lines(line, line + 1)


_LEAF_HANDLERS: Final = {
    "fence": _Walk._code,
    "code_block": _Walk._code,
    "html_block": _Walk._html,
    "hr": _Walk._rule,
    "paragraph_open": _Walk._paragraph,
    "heading_open": _Walk._heading,
}
