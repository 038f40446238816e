"""The result cache in ``mtlint check``: reuse, invalidation, --no-cache, --fix."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from mtlint.cache.results import CACHE_FOLDER, ENV_FOLDER
from mtlint.cli import parallel
from mtlint.document import Document
from mtlint.engine.run import Linter, LintResult
from tests.cli.helpers import run_cli

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "mt"
DATED = "She spoke on Sunday (1/10/2023) in Seoul.\n"


@pytest.fixture
def linted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the rules actually ran on (cache misses) during the test, all checked in
    this process."""
    paths: list[str] = []
    original = Linter._run_rules

    def counting(self: Linter, docs: Sequence[Document]) -> list[LintResult]:
        paths.extend(doc.path for doc in docs)
        return original(self, docs)

    monkeypatch.setattr(Linter, "_run_rules", counting)
    monkeypatch.setattr(parallel, "available_cores", lambda: 1)
    return paths


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(CORPUS, folder)
    return folder


def _entries() -> list[Path]:
    import os

    return sorted(Path(os.environ[ENV_FOLDER]).rglob("*.json"))


def test_second_run_reuses_every_result_and_prints_the_same_json(tmp_path: Path,
                                                                   linted: list[str]) -> None:
    folder = _articles(tmp_path)
    first = run_cli("check", "--format", "json", str(folder))
    files = len(list(folder.glob("*.txt")))
    assert len(linted) == files == len(_entries())
    second = run_cli("check", "--format", "json", str(folder))
    assert len(linted) == files  # nothing was linted again
    assert (second.code, second.out) == (first.code, first.out)
    assert json.loads(second.out)


def test_a_changed_file_is_linted_again(tmp_path: Path, linted: list[str]) -> None:
    folder = _articles(tmp_path)
    run_cli("check", str(folder))
    linted.clear()
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")
    run_cli("check", str(folder))
    assert linted == [str(changed)]


def test_other_settings_do_not_reuse_results(tmp_path: Path, linted: list[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DATED, encoding="utf-8")
    assert run_cli("check", str(path)).code == 1
    assert run_cli("check", "--select", "K", str(path)).code == 0
    assert run_cli("check", "--style", "ap", str(path)).code == 1
    assert len(linted) == 3


def test_a_changed_rule_pack_does_not_reuse_results(tmp_path: Path, linted: list[str]) -> None:
    packs = tmp_path / "house"
    packs.mkdir()
    pack = packs / "house.toml"
    pack.write_text('[pack]\nname = "house"\n', encoding="utf-8")
    (tmp_path / "mtlint.toml").write_text('rule-packs = ["house"]\n', encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(DATED, encoding="utf-8")
    run_cli("check", str(path))
    run_cli("check", str(path))
    pack.write_text('[pack]\nname = "house"\ndescription = "changed"\n', encoding="utf-8")
    run_cli("check", str(path))
    assert len(linted) == 2


def test_no_cache_neither_reads_nor_writes(tmp_path: Path, linted: list[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DATED, encoding="utf-8")
    run_cli("check", "--no-cache", str(path))
    assert _entries() == []
    run_cli("check", str(path))
    run_cli("check", "--no-cache", str(path))
    assert len(linted) == 3


def test_a_corrupt_entry_is_recomputed_and_replaced(tmp_path: Path, linted: list[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DATED, encoding="utf-8")
    first = run_cli("check", str(path))
    [entry] = _entries()
    entry.write_bytes(entry.read_bytes()[:-10])
    second = run_cli("check", str(path))
    assert (second.code, second.out) == (first.code, first.out)
    assert len(linted) == 2
    run_cli("check", str(path))
    assert len(linted) == 2  # the rewritten entry is good again


def test_fix_still_fixes_what_the_cache_holds(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DATED, encoding="utf-8")
    assert run_cli("check", str(path)).code == 1
    assert run_cli("check", "--fix", str(path)).code == 0
    assert path.read_text(encoding="utf-8") == "She spoke on Sunday (October 1, 2023) in Seoul.\n"
    assert run_cli("check", str(path)).code == 0


def test_markdown_and_plain_text_of_one_content_are_cached_apart(tmp_path: Path) -> None:
    text = "Run `on Sunday (1/10/2023)` now.\n"
    for name in ("a.txt", "a.md"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run_cli("check", str(tmp_path / "a.txt")).code == 1
    assert run_cli("check", str(tmp_path / "a.md")).code == 0


def test_results_with_rule_failures_are_not_cached(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from mtlint.logic.dates.rules import NumericDateRule

    def crash(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(NumericDateRule, "check", crash)
    path = tmp_path / "a.txt"
    path.write_text(DATED, encoding="utf-8")
    assert run_cli("check", str(path)).code == 2
    assert _entries() == []
    assert "boom" in run_cli("check", str(path)).err


def test_the_cache_lives_beside_the_config_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_FOLDER)
    project = tmp_path / "project"
    (project / "news").mkdir(parents=True)
    (project / "mtlint.toml").write_text('style = "neutral"\n', encoding="utf-8")
    (project / "news" / "a.txt").write_text(DATED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run_cli("check", "project/news")
    assert list((project / CACHE_FOLDER).rglob("*.json"))
    assert not (tmp_path / CACHE_FOLDER).exists()


def test_without_a_config_file_the_cache_lives_in_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_FOLDER)
    (tmp_path / "a.txt").write_text(DATED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run_cli("check", "a.txt")
    assert list((tmp_path / CACHE_FOLDER).rglob("*.json"))
