"""Fuzzing Markdown masking: any text gives a same-length lint text, without error.

Whether or not a file is Markdown, ``Document.lint_text`` must keep every
offset: same length, line breaks where they were, and only blanks where it
differs from the text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.document import Document

MARKUP = ("# ", "> ", "- ", "1. ", "* ", "```", "~~~", "    ", "`", "**", "_", "[", "](", ")",
          "![", "<", ">", "<!--", "-->", "<div>", "</div>", "---\n", "+++\n", "|", "\\",
          "http://x.org/a_b", "[x]: http://y", "\n", "\r\n", "\n\n", "Read also: x",
          "North Korea (North Korea)", "“quoted”", "<!-- mtlint: disable=A102 -->")
MARKDOWN = st.lists(st.sampled_from(MARKUP) | st.text(max_size=8), max_size=60).map("".join)


@settings(max_examples=300)
@given(text=MARKDOWN, suffix=st.sampled_from((".md", ".markdown", ".txt")))
def test_lint_text_keeps_every_offset(text: str, suffix: str) -> None:
    doc = Document(text, f"article{suffix}")
    assert len(doc.lint_text) == len(doc.text)
    for kept, blanked in zip(doc.text, doc.lint_text, strict=True):
        assert kept == blanked or (blanked == " " and kept not in "\r\n")
    for span in doc.masked.spans:
        assert 0 <= span.start <= span.end <= len(text)
