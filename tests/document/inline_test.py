"""The inline scanner: code spans, links, autolinks, URLs and HTML at exact offsets."""

from __future__ import annotations

import pytest

from mtlint.document.inline import InlineMasks, scan_inline


def _masked(text: str, references: tuple[str, ...] = ()) -> list[str]:
    found = InlineMasks()
    scan_inline(text, 0, len(text), references, found)
    return [text[s.start : s.end] for s in sorted(found.masked)]


@pytest.mark.parametrize(("text", "masked"), [
    ("a `` x ` y `` b", ["`` x ` y ``"]),
    ("a ``x` b", []),
    ("a \\`x` b", []),
    ("[a `]` b](u)", ["[", "`]`", "](u)"]),
    ("![alt [x](y) z](img.png)", ["![", "[", "](y)", "](img.png)"]),
    ("[a](<b c> 'T') [d](e (f)) [g](h\n'T')", ["[", "](<b c> 'T')", "[", "](e (f))", "[",
                                                "](h\n'T')"]),
    ("[a] (b) and [c](d e)", []),
    ("[x][] [y][ref] [z][nope]", ["[", "][]", "[", "][ref]"]),
    ("<a@b.co> <ab:y> <x:y> <tag> a < b > c", ["<a@b.co>", "<ab:y>", "<tag>"]),
    ("(see https://a.org/x_(y).) end", ["https://a.org/x_(y)"]),
    ("WWW.A.ORG, xhttps://no and path/www.no", ["WWW.A.ORG"]),
    ("a <!-- c\nd --> b <?pi?> <!DOCTYPE x> <![CDATA[q]]>",
     ["<!-- c\nd -->", "<?pi?>", "<!DOCTYPE x>", "<![CDATA[q]]>"]),
], ids=["code", "unclosed-code", "escaped-code", "code-in-link-text", "image-with-link",
        "targets", "not-links", "references", "autolinks", "url-parens", "www", "html"])
def test_masks(text: str, masked: list[str]) -> None:
    assert _masked(text, ("REF", "X")) == masked


def test_comments_are_reported_apart() -> None:
    found = InlineMasks()
    text = "a <!-- mtlint: enable --> <b>"
    scan_inline(text, 0, len(text), (), found)
    assert [text[s.start : s.end] for s in found.comments] == ["<!-- mtlint: enable -->"]


def test_scanning_stops_at_the_region_end() -> None:
    found = InlineMasks()
    text = "`a` | `b`"
    scan_inline(text, 0, 5, (), found)
    assert [text[s.start : s.end] for s in found.masked] == ["`a`"]
