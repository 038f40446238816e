"""The cycle collector's young threshold, raised while a check runs and restored after, and
the results a check keeps, set aside from its rounds until the check ends."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mtlint.cli import garbage
from mtlint.cli.commands import check
from mtlint.cli.main import main


@pytest.fixture(autouse=True)
def _restore_thresholds() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)
    gc.unfreeze()


def test_the_young_threshold_is_raised_in_the_block_and_restored_after() -> None:
    gc.set_threshold(700, 10, 10)
    with garbage.fewer_collections():
        assert gc.get_threshold() == (garbage.YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_thresholds_are_restored_when_the_block_raises() -> None:
    gc.set_threshold(700, 11, 12)
    with pytest.raises(KeyError), garbage.fewer_collections():
        raise KeyError("x")
    assert gc.get_threshold() == (700, 11, 12)


def test_a_higher_threshold_and_no_automatic_collection_are_kept() -> None:
    for thresholds in ((garbage.YOUNG * 2, 10, 10), (0, 10, 10)):
        gc.set_threshold(*thresholds)
        with garbage.fewer_collections():
            assert gc.get_threshold() == thresholds


def test_a_check_lints_and_reports_with_the_raised_threshold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gc.set_threshold(700, 10, 10)
    seen: list[tuple[int, int, int]] = []
    report = check.write_report

    def spy(*args: Any) -> None:
        seen.append(gc.get_threshold())
        report(*args)

    monkeypatch.setattr(check, "write_report", spy)
    path = tmp_path / "a.txt"
    path.write_text("Prices rose.\n", encoding="utf-8")
    # JSON: a report written after the run (text is written file by file, as files are checked)
    assert main(["check", "--no-cache", "--format", "json", str(path)], io.StringIO(),
                io.StringIO()) == 0
    assert seen == [(garbage.YOUNG, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_set_aside_freezes_what_is_alive_until_the_block_ends() -> None:
    assert gc.get_freeze_count() == 0
    with garbage.fewer_collections() as set_aside:
        kept = [[index] for index in range(100)]
        set_aside()
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_objects_the_caller_froze_stay_frozen() -> None:
    gc.freeze()
    theirs = gc.get_freeze_count()
    with garbage.fewer_collections() as set_aside:
        kept = [[index] for index in range(100)]
        set_aside()
        assert gc.get_freeze_count() == theirs
    assert gc.get_freeze_count() == theirs
    assert kept


def test_a_check_sets_each_kept_result_aside_and_puts_them_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    freeze = gc.freeze

    def spy() -> None:
        calls.append(gc.get_freeze_count())
        freeze()

    monkeypatch.setattr(gc, "freeze", spy)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Prices rose.\n", encoding="utf-8")
    assert main(["check", "--no-cache", "--jobs", "1", str(tmp_path)], io.StringIO(),
                io.StringIO()) == 0
    assert len(calls) == 3
    assert gc.get_freeze_count() == 0
