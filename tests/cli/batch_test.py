"""``check`` lints a batch of files together; each file keeps its own place and result."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.cli.commands import check
from mtlint.config.settings import Settings
from mtlint.engine.build import build_run
from tests.cli.helpers import DIRTY, article


def _request(paths: list[str]) -> check.CheckRequest:
    return check.CheckRequest(paths, fix=False, diff=False, unsafe_fixes=False,
                              stdin_filename=None, exit_zero=False, statistics=False)


def test_unreadable_files_keep_their_place_among_linted_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Read also: x\n\xff broken")
    article(tmp_path, DIRTY, "b.txt")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    article(tmp_path, DIRTY, "d.txt")
    (tmp_path / "e.txt").write_bytes(b"\xff broken")
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    pairs = [(str(tmp_path / name), name) for name in names]
    advanced: list[int] = []
    checked = check._check_pairs(build_run(Settings()), _request([str(tmp_path)]),
                                 advanced.append, pairs)
    assert [result is not None for result, _ in checked] == [False, True, False, True, False]
    assert advanced == [1, 2, 2, 0]  # a, then b with c, d with e, and nothing left
    assert [result.file.path for result, _ in checked if result is not None] == ["b.txt", "d.txt"]
    assert ["byte offset" in outcome.err for _, outcome in checked] == [
        True, False, False, False, True]
    assert "binary" in checked[2][1].err


def test_a_batch_is_cut_where_its_text_reaches_the_limit(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "BATCH_CHARS", 2 * len(DIRTY))
    sizes: list[int] = []
    real = check._lint_sources

    def counted(run: check.Run, request: check.CheckRequest,
                sources: list[tuple[check.SourceText, check._Outcome]]) -> object:
        sizes.append(len(sources))
        return real(run, request, sources)

    monkeypatch.setattr(check, "_lint_sources", counted)
    pairs = [(str(article(tmp_path, DIRTY, f"{n}.txt")), f"{n}.txt") for n in range(5)]
    advanced: list[int] = []
    checked = check._check_pairs(build_run(Settings()), _request([str(tmp_path)]),
                                 advanced.append, pairs)
    assert advanced == [2, 2, 1]  # the progress bar moves a batch at a time
    assert [result.file.path for result, _ in checked if result is not None] == [
        f"{n}.txt" for n in range(5)]
    assert sizes == [2, 2, 1]


def test_a_crash_after_the_rules_keeps_their_failures_with_the_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = build_run(Settings())
    rule = run.linter.rules[0]

    def broken(*args: object) -> object:
        raise RuntimeError("rule bug")

    monkeypatch.setattr(rule, "check", broken)
    real_of = check.FileResult.of

    def fragile(doc: check.Document, *args: object, **kwargs: object) -> object:
        if doc.path == "b.txt":
            raise ValueError("report bug")
        return real_of(doc, *args, **kwargs)

    monkeypatch.setattr(check.FileResult, "of", fragile)
    pairs = [(str(article(tmp_path, DIRTY, name)), name) for name in ("a.txt", "b.txt")]
    checked = check._check_pairs(run, _request([str(tmp_path)]), lambda _: None, pairs)
    assert checked[0][0] is not None
    assert checked[1][0] is None
    lines = checked[1][1].err.splitlines()
    assert [f"internal error in rule {rule.meta.code}: RuntimeError: rule bug" in line
            for line in lines] == [True, False]
    assert "b.txt: internal error: ValueError: report bug" in lines[1]
    assert len(checked[1][1].run_errors) == 2
