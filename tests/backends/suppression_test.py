"""Suppression comments and grammar findings (O codes), with a stand-in LanguageTool server."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest

from mtlint.backends import grammar
from mtlint.backends.checker import ParagraphChecker
from mtlint.backends.client import LanguageToolClient
from mtlint.backends.grammar import GrammarSession
from mtlint.backends.merge import lint_with_grammar
from mtlint.backends.table import load_table
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.engine.run import Linter
from tests.backends.fake_languagetool import (
    FailingLanguageTool,
    FakeLanguageTool,
    LostLanguageTool,
)
from tests.cli.helpers import run_cli
from tests.memory_store import MemoryStore

APPLE = "She ate a apple."  # O201 at the 'a'
APPLE2 = "They ate a apple too."
GO = "He go home."  # O206 at 'go'
CLEAN = "The talks ended."
DEFAULTS = Settings()


@cache
def _linter(settings: Settings) -> Linter:
    return build_run(settings).linter


def _session(settings: Settings = DEFAULTS,
             client: LanguageToolClient | None = None) -> GrammarSession:
    table = load_table()
    params = table.params((*settings.select, *settings.extend_select))
    checker = ParagraphChecker(client or FakeLanguageTool(), params, None)
    return GrammarSession(settings, checker, table, io.StringIO())


def _found(text: str, session: GrammarSession | None = None, settings: Settings = DEFAULTS,
           path: str = "a.txt") -> list[tuple[str, str, int]]:
    """(code, flagged text, line) of every finding, with the grammar backend unless told."""
    doc = Document(text, path)
    result = lint_with_grammar(_linter(settings), session or _session(settings), doc)
    return [(d.code, text[d.start : d.end], doc.position(d.start)[0]) for d in result.diagnostics]


@pytest.mark.parametrize("codes", ["=O201", "=O2", "=O", "", "=K101, O201"])
def test_a_comment_naming_the_grammar_code_silences_its_finding(codes: str) -> None:
    text = f"<!-- mtlint: disable-next-line{codes} -->\n{APPLE}\n{APPLE2}\n"
    expected = [("O201", "a", 3)]
    if "K101" in codes:
        expected.insert(0, ("X102", text[: text.index("\n")], 1))  # K101 found nothing
    assert _found(text) == expected


def test_disable_enable_and_disable_file_reach_grammar_findings_as_builtin_ones() -> None:
    text = (f"{GO}\n<!-- mtlint: disable=O201 -->\n{APPLE} {GO}\n"
            f"<!-- mtlint: enable=O201 -->\n{APPLE}\n")
    assert _found(text) == [("O206", "go", 1), ("O206", "go", 3), ("O201", "a", 5)]
    assert _found(f"{text}<!-- mtlint: disable-file=O2 -->\n") == []


def test_markdown_comments_silence_grammar_findings() -> None:
    text = f"Text <!-- mtlint: disable-next-line=O206 -->\n{GO}\n\n{GO}\n"
    assert _found(text, path="a.md") == [("O206", "go", 4)]


@pytest.mark.parametrize(("comment", "line"), [
    ("disable-next-line=O206", 2),  # another grammar code
    ("disable-next-line=O3", 2),  # a prefix of other grammar codes
    ("disable-next-line=O201", 3),  # the right code, but the finding is not on the next line
])
def test_a_comment_naming_another_code_leaves_the_grammar_finding(comment: str,
                                                                  line: int) -> None:
    text = f"<!-- mtlint: {comment} -->\n" + f"{CLEAN}\n" * (line - 2) + f"{APPLE}\n"
    doc = Document(text)
    result = lint_with_grammar(_linter(Settings()), _session(), doc)
    found = [(d.code, doc.position(d.start)[0]) for d in result.diagnostics]
    assert found == [("X102", 1), ("O201", line)]
    assert result.diagnostics[0].message == f"Unused suppression: '{comment}' suppresses " \
                                            "nothing here"


@pytest.mark.parametrize("text", [
    f"<!-- mtlint: disable-next-line -->\n{APPLE}\n",
    f"<!-- mtlint: disable-next-line=O201 -->\n{APPLE}\n",
    f"<!-- mtlint: disable -->\n{APPLE}\n<!-- mtlint: enable -->\n{CLEAN}\n",
    f"<!-- mtlint: disable=O -->\n{APPLE}\n<!-- mtlint: enable=O -->\n{CLEAN}\n",
])
def test_a_comment_that_silenced_only_a_grammar_finding_is_not_unused(text: str) -> None:
    assert _found(text) == []


def test_a_grammar_duplicate_of_a_suppressed_builtin_finding_stays_silent() -> None:
    text = "The risk is high .\n"
    assert [code for code, _, _ in _found(text)] == ["L104"]  # LanguageTool's O303 merged
    assert _found(f"<!-- mtlint: disable-next-line=L104 -->\n{text}") == []


def test_grammar_codes_are_judged_only_where_the_grammar_backend_looked_for_them(
        tmp_path: Path) -> None:
    comment = "<!-- mtlint: disable-next-line=O201 -->"
    text = f"{comment}\n{CLEAN}\n"
    assert _found(text) == [("X102", comment, 1)]  # LanguageTool ran and found nothing
    doc = Document(text)
    assert lint_with_grammar(_linter(Settings()), None, doc).diagnostics == []  # no server
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert run_cli("check", "--fix", str(path)).code == 0  # so --fix keeps the comment
    assert path.read_text(encoding="utf-8") == text
    lost = _session(client=LostLanguageTool())
    assert _found(text, lost) == []  # the server failed: O201 was not looked for
    assert lost.failed
    ignoring = Settings(ignore=("O2",))
    assert _found(text, settings=ignoring) == []  # O201 not selected
    assert _found(f"<!-- mtlint: disable-next-line=O101 -->\n{CLEAN}\n") == []  # off by default
    named = Settings(extend_select=("O101",))
    assert [code for code, _, _ in _found(f"<!-- mtlint: disable-next-line=O101 -->\n{CLEAN}\n",
                                          settings=named)] == ["X102"]


def test_grammar_findings_are_suppressed_when_the_builtin_ones_come_from_the_store() -> None:
    store = MemoryStore()
    builtin = _linter(Settings())
    linter = Linter(builtin.rules, builtin.ctx.with_results(store))
    text = f"<!-- mtlint: disable-next-line -->\n{APPLE}\n{APPLE2}\n"
    for _ in range(2):
        result = lint_with_grammar(linter, _session(), Document(text))
        assert [d.code for d in result.diagnostics] == ["O201"]
    assert store.loads == 1


def test_fix_keeps_a_comment_that_silenced_only_a_grammar_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammar, "LanguageToolClient", FakeLanguageTool)
    path = tmp_path / "a.txt"
    text = f"<!-- mtlint: disable-next-line -->\n{APPLE}\n"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--fix", "--unsafe-fixes", "--languagetool",
                     "http://127.0.0.1:9", str(path))
    assert (result.code, result.err) == (0, "")
    assert path.read_text(encoding="utf-8") == text


def test_a_required_server_failing_mid_run_is_an_error_for_each_file_not_a_bug(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammar, "LanguageToolClient", FailingLanguageTool)
    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{APPLE}\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = run_cli("check", "--languagetool", "http://127.0.0.1:9", "--languagetool-required",
                     *paths)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"mtlint: {path}: LanguageTool at http://127.0.0.1:9 answered HTTP 503 "
        "(--languagetool-required)" for path in paths]


@pytest.mark.parametrize("ignored", [["O"], ["O201"], ["ALL"]])
def test_per_file_ignores_turn_grammar_findings_off_for_their_files(ignored: list[str]) -> None:
    from mtlint.config.per_file import parse_per_file_ignores

    settings = Settings(per_file_ignores=parse_per_file_ignores({"briefs/*": ignored}))
    session = _session(settings)
    text = f"{APPLE}\n<!-- mtlint: disable-next-line=O201 -->\n{APPLE2}\n"
    assert ("O201", "a", 1) in _found(text, session, settings, path="news/a.txt")
    in_briefs = _found(text, session, settings, path="briefs/a.txt")
    assert not [code for code, _, _ in in_briefs if code.startswith("O")]
    # the comment naming O201 is not judged where O201 is turned off
    assert not [code for code, _, _ in in_briefs if code == "X102"]
