"""Suppression comments applied centrally: ranges, next line, file, review rules, fixes."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import pytest

from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.engine.context import Context
from mtlint.engine.rule import Diagnostic, Rule, RuleDocs, RuleMeta, RuleSpec, Severity
from mtlint.engine.run import Linter, LintResult
from mtlint.fix.loop import fix_to_fixed_point
from mtlint.fix.model import Applicability, Fix
from tests.memory_store import MemoryStore

DATE = "She spoke on Sunday (1/10/2023) in Seoul."
CALQUE = "It was signed by Minister of Defense Russia Sergei Shoigu."


@cache
def _linter(select: tuple[str, ...]) -> Linter:
    return build_run(Settings(select=select)).linter


def _lint(text: str, select: tuple[str, ...] = ("G101", "K101", "X"),
          path: str = "a.txt") -> LintResult:
    return _linter(select).lint(Document(text, path))


def _found(text: str, select: tuple[str, ...] = ("G101", "K101", "X"),
           path: str = "a.txt") -> list[tuple[str, str]]:
    return [(d.code, text[d.start : d.end]) for d in _lint(text, select, path).diagnostics]


def _fixed(text: str, select: tuple[str, ...] = ("G101", "K101", "X"), path: str = "a.txt") -> str:
    outcome = fix_to_fixed_point(text, lambda t: _lint(t, select, path), Applicability.SAFE)
    assert not outcome.looping_rules
    return outcome.text


def test_disable_next_line_suppresses_only_the_next_line() -> None:
    text = f"<!-- mtlint: disable-next-line=G101 -->\n{DATE}\n{DATE}\n"
    assert _found(text) == [("G101", "1/10/2023")]
    assert _lint(text).diagnostics[0].start == text.rindex("1/10/2023")


def test_disable_until_enable_with_the_same_code() -> None:
    text = (f"<!-- mtlint: disable=G101,K -->\n{DATE}\n{CALQUE}\n"
            f"<!-- mtlint: enable=G101 -->\n{DATE}\n{CALQUE}\n")
    assert _found(text) == [("G101", "1/10/2023")]


def test_enable_without_codes_ends_every_disable() -> None:
    text = f"<!-- mtlint: disable -->\n{DATE}\n<!-- mtlint: enable -->\n{CALQUE}\n"
    assert _found(text) == [("K101", "Minister of Defense Russia")]


def test_disable_file_with_a_prefix_suppresses_the_whole_family() -> None:
    text = f"{DATE}\n{CALQUE}\n<!-- mtlint: disable-file=G -->\n"
    assert _found(text) == [("K101", "Minister of Defense Russia")]


def test_inline_comments_in_plain_text_are_not_directives() -> None:
    text = f"Note <!-- mtlint: disable-file --> here. {DATE}\n"
    assert [code for code, _ in _found(text)] == ["G101"]


def test_markdown_comments_work_inline_but_not_in_code() -> None:
    text = (f"Text <!-- mtlint: disable-next-line=G101 -->\n{DATE}\n\n"
            f"```\n<!-- mtlint: disable-file -->\n```\n\n{CALQUE}\n")
    assert _found(text, path="a.md") == [("K101", "Minister of Defense Russia")]


def test_unused_disable_is_reported_and_removed_by_fix() -> None:
    text = f"<!-- mtlint: disable-next-line=K101 -->\n{DATE}\n"
    found = _lint(text).diagnostics
    assert [(d.code, d.message) for d in found] == [
        ("X102", "Unused suppression: 'disable-next-line=K101' suppresses nothing here"),
        ("G101", found[1].message)]
    assert _fixed(text, ("K101", "X")) == f"{DATE}\n"


def test_fix_drops_only_the_unused_codes() -> None:
    text = f"<!-- mtlint: disable-next-line=G101, K101 -->\n{DATE}\n"
    assert _found(text) == [("X102", "<!-- mtlint: disable-next-line=G101, K101 -->")]
    assert _fixed(text) == f"<!-- mtlint: disable-next-line=G101 -->\n{DATE}\n"


def test_used_comments_survive_fixing_and_rule_fixes_leave_them_alone() -> None:
    text = f"<!-- mtlint: disable-next-line=G101 -->\n{DATE}\n{DATE}\n"
    fixed = _fixed(text)
    assert fixed.startswith(f"<!-- mtlint: disable-next-line=G101 -->\n{DATE}\n")
    assert "1/10/2023" not in fixed.splitlines()[2]


def test_disable_and_its_enable_are_both_reported_when_unused() -> None:
    text = f"<!-- mtlint: disable=K101 -->\n{DATE}\n<!-- mtlint: enable=K101 -->\n"
    assert [code for code, _ in _found(text, select=("G101", "K101", "X102"))] == [
        "X102", "G101", "X102"]
    assert _fixed(text, ("K101", "X102")) == f"{DATE}\n"


def test_codes_of_rules_that_did_not_run_are_not_judged() -> None:
    text = f"<!-- mtlint: disable-next-line=K101 -->\n{DATE}\n"
    assert [code for code, _ in _found(text, select=("G101", "X102"))] == ["G101"]


def test_codes_naming_no_rule_are_reported() -> None:
    text = f"<!-- mtlint: disable-next-line=G101,G999,Z1 -->\n{DATE}\n"
    [finding] = _lint(text).diagnostics
    assert finding.message == "Unused suppression: no rule has the code G999, Z1"
    assert _fixed(text) == f"<!-- mtlint: disable-next-line=G101 -->\n{DATE}\n"


def test_languagetool_codes_are_never_called_unknown() -> None:
    text = f"<!-- mtlint: disable-next-line=O101 -->\n{DATE}\n"
    assert [code for code, _ in _found(text, select=("K101", "X"))] == []


def test_bare_comments_do_not_silence_the_review_rules() -> None:
    text = "<!-- mtlint: disable-file -->\n<!-- mtlint: enable=G101 -->\nText.\n"
    assert [code for code, _ in _found(text)] == ["X102", "X102"]


def test_comments_naming_a_review_rule_silence_it_and_are_never_unused() -> None:
    text = "<!-- mtlint: disable-file=X102 -->\n<!-- mtlint: enable=G101 -->\nText.\n"
    assert _found(text) == []


def test_malformed_comments_are_reported_and_suppress_nothing() -> None:
    text = f"<!-- mtlint: disabel=G101 -->\n{DATE}\n"
    assert [code for code, _ in _found(text)] == ["X103", "G101"]
    assert _lint(text).diagnostics[0].message == (
        "Malformed suppression comment, ignored: unknown action 'disabel' (known: disable, "
        "enable, disable-next-line, disable-file)")


def test_stored_results_are_suppressed_as_fresh_ones() -> None:
    store = MemoryStore()
    linter = Linter(_linter(("G101", "K101", "X")).rules,
                    _linter(("G101", "K101", "X")).ctx.with_results(store))
    text = (f"<!-- mtlint: disable-next-line=G101 -->\n{DATE}\n{CALQUE}\n"
            f"<!-- mtlint: disable-next-line=K101 -->\n{DATE}\n")
    fresh = _lint(text).diagnostics
    assert [d.code for d in fresh] == ["K101", "X102", "G101"]
    assert [linter.lint(Document(text, "a.txt")).diagnostics for _ in range(2)] == [fresh, fresh]
    assert store.loads == 1


def test_fix_of_a_rule_is_disarmed_when_it_would_edit_masked_text() -> None:
    text = "Hello `world` there."
    rule = _Reaching(_spec())
    [finding] = Linter([rule], _context()).lint(Document(text, "a.md")).diagnostics
    assert finding.fix is not None
    assert finding.fix.applicability is Applicability.DISPLAY_ONLY


def test_insertion_at_the_edge_of_masked_text_stays_armed() -> None:
    text = "Hello `world` there."
    rule = _Reaching(_spec(), reach=0)
    [finding] = Linter([rule], _context()).lint(Document(text, "a.md")).diagnostics
    assert finding.fix is not None
    assert finding.fix.applicability is Applicability.SAFE


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_suppression_comment_lines_are_masked(path: str) -> None:
    text = "<!-- mtlint: disable=K101 -->\nText.\n<!-- mtlint: enable -->\n"
    doc = Document(text, path)
    assert doc.lint_text == " " * 29 + "\nText.\n" + " " * 23 + "\n"


class _Reaching(Rule):
    """Flags "Hello" with a fix whose edit reaches ``reach`` characters past the next space."""

    def __init__(self, spec: RuleSpec, reach: int = 3) -> None:
        super().__init__(spec)
        self.reach = reach

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        end = doc.text.index(" ") + 1
        fix = Fix.replace(end, end + self.reach, "", Applicability.SAFE, "reach")
        yield self.diagnostic(0, 5, "hello", fix)


def _spec() -> RuleSpec:
    docs = RuleDocs("what", "why", "example", "instead")
    return RuleSpec(RuleMeta("X999", "test-rule", "X", "Other", Severity.WARNING, "m", docs),
                    "test")


def _context() -> Context:
    return _linter(("G101",)).ctx


