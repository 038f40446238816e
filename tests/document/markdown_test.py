"""Markdown layout: what is masked, what is markup, what stays prose, at exact offsets."""

from __future__ import annotations

import datetime as dt
import sys
import time

import pytest

from mtlint.document import Document
from mtlint.document.markdown import markdown_layout


def _masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in Document(text, "a.md").masked.spans]


def test_front_matter_yaml_is_masked_and_gives_the_article_date() -> None:
    text = "---\ntitle: Talks on 1/10/2023\ndate: 2023-10-01T08:00:00+07:00\n---\nBody.\n"
    doc = Document(text, "a.md")
    assert doc.article_date == dt.date(2023, 10, 1)
    assert _masked(text) == ["---\ntitle: Talks on 1/10/2023\ndate: 2023-10-01T08:00:00+07:00\n---"]
    assert doc.lint_text.endswith("\nBody.\n")


def test_front_matter_toml_gives_the_article_date() -> None:
    text = '+++\ntitle = "Talks"\ndate = 2023-10-02\n+++\n\nBody.\n'
    doc = Document(text, "a.markdown")
    assert doc.article_date == dt.date(2023, 10, 2)
    assert _masked(text) == ['+++\ntitle = "Talks"\ndate = 2023-10-02\n+++']


def test_unclosed_front_matter_is_not_front_matter() -> None:
    doc = Document("---\ndate: 2023-10-01\nBody.\n", "a.md")
    assert doc.article_date is None


def test_plain_text_files_are_not_read_as_markdown() -> None:
    text = "Use `code 1/10/2023` here.\n"
    assert Document(text, "a.txt").lint_text == text


def test_fenced_and_indented_code_blocks_are_masked_whole_lines() -> None:
    text = "Intro.\n\n```text\nloading...\n```\n\n    indented 1/10/2023\n\nEnd.\n"
    assert _masked(text) == ["```text\nloading...\n```", "    indented 1/10/2023"]


def test_inline_code_is_masked_with_its_backticks() -> None:
    text = "Run ``a ` b`` and `c` now."
    doc = Document(text, "a.md")
    assert _masked(text) == ["``a ` b``", "`c`"]
    assert doc.lint_text == "Run " + " " * 9 + " and " + " " * 3 + " now."


def test_link_text_is_linted_but_brackets_and_target_are_masked() -> None:
    text = 'See [the report](https://x.org/1/10/2023 "Title (1)") today.'
    doc = Document(text, "a.md")
    assert _masked(text) == ["[", '](https://x.org/1/10/2023 "Title (1)")']
    start = text.index("the report")
    assert doc.lint_text[start : start + 10] == "the report"


def test_reference_links_and_definitions_are_masked() -> None:
    text = "Read [the story][s1] and [Other].\n\n[s1]: https://x.org/a\n[other]: /b 'T'\n"
    assert _masked(text) == ["[", "][s1]", "[", "]", "[s1]: https://x.org/a", "[other]: /b 'T'"]


def test_brackets_that_are_not_links_stay_prose() -> None:
    text = "He wrote [sic] and [1] (see above)."
    assert _masked(text) == []


def test_autolinks_bare_urls_and_inline_html_are_masked() -> None:
    text = "Mail <ed@x.org>, see <https://x.org>, www.x.org/a_(b). Or <b class='k'>bold</b>."
    assert _masked(text) == ["<ed@x.org>", "<https://x.org>", "www.x.org/a_(b)",
                             "<b class='k'>", "</b>"]


def test_html_blocks_and_comments_are_masked() -> None:
    text = "<div>\nloading...\n</div>\n\nText <!-- a\nnote --> more.\n\n<!-- block -->\n"
    assert _masked(text) == ["<div>\nloading...\n</div>", "<!-- a\nnote -->", "<!-- block -->"]


def test_escaped_syntax_is_prose() -> None:
    text = r"Price \`5\` and \[not a link\](x) \<b>."
    assert _masked(text) == []


def test_heading_and_container_markers_are_blanked_but_not_masked() -> None:
    text = "## Read also: news ##\n\n> - Loading...\n>   more\n\n1. Item\n\n***\n"
    doc = Document(text, "a.md")
    assert doc.masked.spans == []
    assert doc.lint_text == ("   Read also: news   \n\n    Loading...\n    more\n\n"
                             "   Item\n\n   \n")


def test_setext_heading_underline_is_markup() -> None:
    doc = Document("Title here\n=====\n\nBody.\n", "a.md")
    assert doc.lint_text == "Title here\n     \n\nBody.\n"


def test_lazy_continuation_lines_keep_their_text() -> None:
    doc = Document("> quoted\nlazy line\n", "a.md")
    assert doc.lint_text == "  quoted\nlazy line\n"


def test_offsets_stay_exact_with_crlf_and_lone_cr() -> None:
    text = "Intro.\r\n\r\n```\r\ncode\r\n```\r\nText `x`.\rMore.\r\n"
    doc = Document(text, "a.md")
    assert len(doc.lint_text) == len(text)
    assert _masked(text) == ["```\r\ncode\r\n```", "`x`"]


def test_suppression_comments_are_found_in_blocks_and_inline() -> None:
    text = ("<!-- mtlint: disable-file=G -->\n\nText <!-- mtlint: disable-next-line -->\n"
            "<!-- just a note -->\n\n```\n<!-- mtlint: enable -->\n```\n")
    doc = Document(text, "a.md")
    assert [text[s.start : s.end] for s in doc.suppression_comments] == [
        "<!-- mtlint: disable-file=G -->", "<!-- mtlint: disable-next-line -->"]


@pytest.mark.parametrize("text", [
    "> " * 5000 + "deep",
    "- " * 5000 + "deep",
    "[" * 20000 + "x" + "](y)" * 20000,
    "*" * 20000 + "x" + "*" * 20000,
    "`" * 3000 + "x",
    "".join("`" * n + " " for n in range(1, 400)),
    '[a](b "' * 5000,
], ids=["quotes", "lists", "brackets", "emphasis", "backtick-run", "backtick-runs", "titles"])
def test_deeply_nested_or_pathological_markdown_neither_crashes_nor_hangs(text: str) -> None:
    limit = sys.getrecursionlimit()
    start = time.perf_counter()
    layout = markdown_layout(text)
    assert time.perf_counter() - start < 5
    assert sys.getrecursionlimit() == limit
    assert all(0 <= s.start <= s.end <= len(text) for s in layout.masked + layout.markup)


def test_markdown_it_is_imported_only_for_markdown_files() -> None:
    import subprocess

    code = ("import sys\nfrom mtlint.document import Document\nDocument('a `b`', 'a.txt')\n"
            "assert 'markdown_it' not in sys.modules\nDocument('a `b`', 'a.md')\n"
            "assert 'markdown_it' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)
