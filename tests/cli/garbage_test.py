"""The cycle collector's young threshold, raised while a check runs and restored after, and
the results a check keeps, set aside from its rounds until the check ends."""

from __future__ import annotations

import gc
import io
import sysconfig
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


def _set_aside_then_raise() -> None:
    with garbage.fewer_collections() as set_aside:
        set_aside()
        assert gc.get_freeze_count() > 0
        raise KeyError("x")


def test_thresholds_are_restored_and_nothing_stays_set_aside_when_the_block_raises() -> None:
    gc.set_threshold(700, 11, 12)
    with pytest.raises(KeyError):
        _set_aside_then_raise()
    assert gc.get_threshold() == (700, 11, 12)
    assert gc.get_freeze_count() == 0


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


def test_nothing_is_set_aside_where_freezing_walks_the_whole_heap(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(garbage, "_free_threaded", lambda: True)
    with garbage.fewer_collections() as set_aside:
        set_aside()
        assert gc.get_freeze_count() == 0


def _cycles_left_by_a_check(folder: Path) -> int:
    """The objects in reference cycles that a check of ``folder`` leaves behind."""
    gc.collect()
    assert main(["check", "--no-cache", "--exit-zero", "--jobs", "1", str(folder)],
                io.StringIO(), io.StringIO()) == 0
    return gc.collect()


def test_a_check_makes_no_reference_cycle_a_file(tmp_path: Path) -> None:
    # what is set aside is collected only after the check: cycles made for each file
    # would pile up until then over a whole archive
    samples = sorted((Path(__file__).resolve().parents[2] / "corpus").rglob("*.txt"))[:20]
    few, many = tmp_path / "few", tmp_path / "many"
    for folder, copies in ((few, 1), (many, 5)):
        folder.mkdir()
        for copy in range(copies):
            for index, sample in enumerate(samples):
                (folder / f"{copy}-{index}.txt").write_bytes(sample.read_bytes())
    _cycles_left_by_a_check(many)  # the rules are built, and their tables, on first use
    assert _cycles_left_by_a_check(many) == _cycles_left_by_a_check(few)


@pytest.mark.parametrize(("version", "config", "expected"), [
    ((3, 12, 0), {"Py_GIL_DISABLED": 1}, False),  # no free-threaded build before 3.13
    ((3, 13, 0), {"Py_GIL_DISABLED": 1}, True),
    ((3, 13, 0), {"Py_GIL_DISABLED": 0}, False),
    ((3, 14, 0), {}, False),
])
def test_a_free_threaded_build_is_told_by_its_configuration(
        monkeypatch: pytest.MonkeyPatch, version: tuple[int, int, int],
        config: dict[str, int], expected: bool) -> None:
    monkeypatch.setattr(garbage.sys, "version_info", version)
    monkeypatch.setattr(sysconfig, "get_config_var", config.get)
    assert garbage._free_threaded() is expected
