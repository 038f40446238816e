"""The non-ASCII characters of a document, used to skip English-only text fast."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.document.nonascii import non_ascii


def test_only_the_non_ascii_characters_remain_in_order() -> None:
    assert non_ascii(Document("He said “Мы” in Hà Nội.")) == "“Мы”àộ"


def test_english_only_text_has_none() -> None:
    assert non_ascii(Document("Plain ASCII text, nothing else.")) == ""


def test_lone_surrogates_do_not_crash() -> None:
    assert non_ascii(Document("bad \udc80 byte")) == "\udc80"
