"""A slow regular expression in a user's pack is reported as a timeout of that pack's rule
(rule, pack file, pattern), not as an mtlint bug to report; the exit code is 2."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import load_registry
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.engine.run import Linter
from mtlint.kinds.pattern_timeout import PatternTimeoutError
from mtlint.tables.styles import NEUTRAL
from tests.cli.helpers import Outcome, run_cli
from tests.house import VICTIM, house_pack, house_rule


def _project(tmp_path: Path, kind: str, options: str, files: int = 1,
             text: str = VICTIM) -> tuple[Path, list[Path]]:
    pack = tmp_path / "house" / "slow.toml"
    pack.parent.mkdir()
    pack.write_text(house_pack(house_rule("H901", options, kind, name="slow-pattern")),
                    encoding="utf-8")
    (tmp_path / "mtlint.toml").write_text('rule-packs = ["house"]\npattern-timeout = 0.05\n',
                                          encoding="utf-8")
    articles = [tmp_path / f"{n}.txt" for n in range(files)]
    for article in articles:
        article.write_text(text, encoding="utf-8")
    return pack, articles


def _check(*articles: Path) -> Outcome:
    return run_cli("check", "--no-cache", "--format", "concise", *map(str, articles))


def _assert_user_timeout(line: str, pack: Path, *needles: str) -> None:
    assert "internal error" not in line, line
    assert "please report" not in line, line
    for needle in ("rule H901", str(pack), "slow-pattern", "timed out", *needles):
        assert needle in line, (needle, line)


def test_pattern_kind_timeout_names_rule_pack_and_pattern(tmp_path: Path) -> None:
    pack, [article] = _project(tmp_path, "pattern", "patterns = ['(a|a)+$']")
    result = _check(article)
    assert result.code == 2
    [line] = result.err.splitlines()
    _assert_user_timeout(line, pack, "pattern '(a|a)+$'", "after 0.05 s (pattern-timeout)",
                         "backtracks catastrophically")
    assert line.startswith(f"mtlint: {article}: rule H901 in {pack}: ")


def test_pattern_kind_timeout_on_later_files_says_not_run(tmp_path: Path) -> None:
    pack, articles = _project(tmp_path, "pattern", "patterns = ['(a|a)+$']", files=3)
    result = _check(*articles)
    assert result.code == 2
    first, *later = result.err.splitlines()
    _assert_user_timeout(first, pack, "pattern '(a|a)+$'")
    assert len(later) == 2
    for line in later:
        _assert_user_timeout(line, pack, "not run", "pattern '(a|a)+$'", "on an earlier file")


def test_substitution_kind_timeout_names_its_context_pattern_and_stops(tmp_path: Path) -> None:
    options = "swap = { 'b' = 'c' }\nafter = '(a|a)+$'\nwords = false"
    pack, articles = _project(tmp_path, "substitution", options, files=2, text="b" + VICTIM)
    result = _check(*articles)
    assert result.code == 2
    first, second = result.err.splitlines()
    _assert_user_timeout(first, pack, "after pattern '(a|a)+$'", "(pattern-timeout)")
    _assert_user_timeout(second, pack, "not run", "after pattern '(a|a)+$'")


def test_other_kind_timeout_names_rule_and_pack_without_asking_for_a_report(
        tmp_path: Path) -> None:
    pack, [article] = _project(tmp_path, "residue", "token_patterns = ['(a|a)+$']")
    result = _check(article)
    assert result.code == 2
    [line] = result.err.splitlines()
    _assert_user_timeout(line, pack)


class _Stalled(Rule):
    """A rule (built-in A101's identity, or moved to ``pack``) whose search ran out of time."""

    def __init__(self, error: TimeoutError, pack: str | None = None) -> None:
        spec = load_registry().by_code()["A101"]
        if pack is not None:
            spec = spec.replaced(meta=spec.meta.replaced(pack=pack))
        super().__init__(spec)
        self.error = error

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        raise self.error


def _failure_of(rule: Rule) -> tuple[str, str]:
    [failure] = Linter([rule], Context(style=NEUTRAL)).lint(Document("Text.\n")).failures
    return failure.message, failure.timed_out_in


def test_a_built_in_rule_that_times_out_is_still_a_bug_to_report() -> None:
    message, pack = _failure_of(_Stalled(PatternTimeoutError("residue: pattern 'x' timed out")))
    assert Path(pack).parent.name in ("rules", "_rules")
    assert message == "residue: pattern 'x' timed out; please report it"


def test_a_user_rule_that_times_out_is_its_pack_s(tmp_path: Path) -> None:
    pack = str(tmp_path / "slow.toml")
    message, timed_out_in = _failure_of(_Stalled(TimeoutError("regex timed out"), pack))
    assert timed_out_in == pack
    assert "timed out" in message
    assert "please report" not in message


def test_a_crashing_rule_is_still_an_internal_error() -> None:
    class Crashing(Rule):
        def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
            raise ValueError("boom")

    assert _failure_of(Crashing(load_registry().by_code()["A101"])) == ("ValueError: boom", "")


def test_the_message_in_docs_rule_packs_is_the_one_printed(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "rule-packs.md").read_text(
        encoding="utf-8")
    [documented] = [line for line in doc.splitlines() if line.startswith("mtlint: a.txt: ")]
    pack, _ = _project(tmp_path, "pattern", "patterns = ['(a|a)+$']", files=0)
    (tmp_path / "a.txt").write_text(VICTIM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [printed] = run_cli("check", "--no-cache", "a.txt").err.splitlines()
    assert printed.replace(str(pack), "/news/house/slow.toml").replace("0.05 s", "2 s") == \
        documented
