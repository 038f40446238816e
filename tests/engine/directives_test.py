"""Reading one suppression comment."""

from __future__ import annotations

import pytest

from mtlint.document.span import Span
from mtlint.engine.directives import Directive, Malformed, read_directive


def _read(comment: str) -> Directive | Malformed:
    text = f"ab{comment}cd"
    return read_directive(text, Span(2, 2 + len(comment)))


def test_codes_are_upper_cased_and_their_span_kept() -> None:
    directive = _read("<!-- mtlint: disable-next-line = g101, D -->")
    assert directive == Directive("disable-next-line", ("G101", "D"), Span(2, 46), Span(34, 42))


def test_without_codes_a_directive_applies_to_every_rule() -> None:
    assert _read("<!--mtlint:disable-file-->") == Directive("disable-file", (), Span(2, 28))


@pytest.mark.parametrize(("comment", "problem"), [
    ("<!-- mtlint disable -->", "write it as <!-- mtlint: ACTION=CODES -->"),
    ("<!-- mtlint: -->", "no action (one of disable, enable, disable-next-line, disable-file)"),
    ("<!-- mtlint: skip=G101 -->", "unknown action 'skip' (known: disable, enable, "
                                   "disable-next-line, disable-file)"),
    ("<!-- mtlint: disable=G1010 -->", "'G1010' is not a rule code or prefix such as G101 or G"),
    ("<!-- mtlint: disable=G101 D101 -->",
     "'G101 D101' is not a rule code or prefix such as G101 or G"),
    ("<!-- mtlint: enable= -->", "'' is not a rule code or prefix such as G101 or G"),
], ids=["no-colon", "no-action", "unknown-action", "long-code", "no-comma", "empty-codes"])
def test_malformed_comments_say_what_is_wrong(comment: str, problem: str) -> None:
    assert _read(comment) == Malformed(Span(2, 2 + len(comment)), problem)


def test_a_reason_may_follow_after_two_dashes() -> None:
    directive = _read("<!-- mtlint: disable=G101,K -- quoted from the decree -->")
    assert isinstance(directive, Directive)
    assert directive.selectors == ("G101", "K")
    assert _read("<!-- mtlint: disable-file -- archive copy -->") == Directive(
        "disable-file", (), Span(2, 47))
