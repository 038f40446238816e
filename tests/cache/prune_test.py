"""Caches stay bounded: least recently used entries and configurations go, once a day."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from mtlint.cache import prune, results
from mtlint.cache.files import read_sealed, write_sealed
from mtlint.cache.prune import EVERY, due, keep_newest_entries, keep_newest_folders
from tests.cli.helpers import run_cli

DAY = 24 * 60 * 60


def _aged(path: Path, seconds_ago: float) -> Path:
    when = time.time() - seconds_ago
    os.utime(path, (when, when))
    return path


def _entry(folder: Path, name: str, seconds_ago: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(name, encoding="utf-8")
    return _aged(path, seconds_ago)


def test_due_once_per_period_and_renews_its_stamp(tmp_path: Path) -> None:
    stamp = tmp_path / "deep" / "x.pruned"
    assert due(stamp)
    assert not due(stamp)
    _aged(stamp, EVERY + 60)
    assert due(stamp)
    assert not due(stamp)


def test_keep_newest_entries_drops_the_oldest_at_any_depth(tmp_path: Path) -> None:
    for n in range(6):
        _entry(tmp_path / f"{n % 2}", f"{n}.json", seconds_ago=100 * n)
    assert keep_newest_entries(tmp_path, 4) == 2
    assert sorted(p.name for p in tmp_path.rglob("*.json")) == [f"{n}.json" for n in range(4)]
    assert keep_newest_entries(tmp_path, 4) == 0


def test_keep_newest_folders_spares_the_current_and_other_caches(tmp_path: Path) -> None:
    for n, name in enumerate(["v2-a", "v2-b", "v2-c", "v2-d", "packs"]):
        _aged(_entry(tmp_path / name, "e.json", 0).parent, seconds_ago=1000 * n)
    removed = keep_newest_folders(tmp_path, "v2-d", 1, lambda name: name.startswith("v"))
    assert sorted(removed) == ["v2-b", "v2-c"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packs", "v2-a", "v2-d"]


def test_reading_an_old_entry_renews_its_time_and_a_fresh_one_is_left(tmp_path: Path) -> None:
    old, fresh = tmp_path / "old", tmp_path / "fresh"
    write_sealed(old, b"body")
    write_sealed(fresh, b"body")
    _aged(old, prune.EVERY + 60)
    _aged(fresh, 60)
    assert read_sealed(old) == read_sealed(fresh) == b"body"
    assert time.time() - old.stat().st_mtime < 60
    assert 50 < time.time() - fresh.stat().st_mtime < 120


def test_check_prunes_old_configurations_and_results_once_a_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Path(os.environ[results.ENV_FOLDER])
    monkeypatch.setattr(results, "MOST_RESULTS", 2)
    stale = [_aged(_entry(cache / f"v2-{n:020x}", "e.json", 0).parent, DAY * (n + 1))
             for n in range(4)]
    _entry(cache / "packs", "p.marshal", DAY * 9)  # another cache sharing the folder
    articles = tmp_path / "articles"
    for n in range(3):
        _entry(articles, f"{n}.txt", 0).write_text("Loading...\n", encoding="utf-8")
    run_cli("check", str(articles))
    kept = sorted(p.name for p in cache.iterdir() if p.is_dir())
    assert kept[0] == "packs"
    assert [stale[0].name, stale[1].name] == kept[1:3]
    current = [p for p in cache.iterdir() if p.is_dir() and p not in stale[:2]
               and p.name != "packs"]
    assert len(current) == 1
    assert len(list(current[0].glob("*.json"))) == 2  # MOST_RESULTS

    (articles / "3.txt").write_text("Read also: more.\n", encoding="utf-8")
    run_cli("check", str(articles))
    # the pruned result written again and the new file's: not pruned again within the day
    assert len(list(current[0].glob("*.json"))) == 4


def test_parsed_packs_beyond_the_limit_go_when_a_new_pack_is_parsed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mtlint.packs import toml

    monkeypatch.setenv("MTLINT_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setattr(toml, "MOST_KEPT", 3)
    for n in range(5):
        pack = tmp_path / f"{n}.toml"
        pack.write_text(f"n = {n}\n", encoding="utf-8")
        toml.read_toml(pack)
        _aged(tmp_path / "user" / "packs.pruned", prune.EVERY + 60)
    assert len(list((tmp_path / "user" / "packs").iterdir())) == 3


def test_a_configuration_answered_from_its_cache_counts_as_used(tmp_path: Path) -> None:
    cache = Path(os.environ[results.ENV_FOLDER])
    articles = tmp_path / "articles"
    _entry(articles, "a.txt", 0).write_text("Loading...\n", encoding="utf-8")
    run_cli("check", str(articles))  # fills the default configuration's folder
    [used] = [p for p in cache.iterdir() if p.is_dir() and p.name.startswith("v")]
    _aged(used, 3 * DAY)
    run_cli("check", str(articles))  # answered from the cache: writes nothing into it
    newer = [_aged(_entry(cache / f"v3-{n:020x}", "e.json", 0).parent, DAY) for n in range(2)]
    _aged(cache / "results.pruned", prune.EVERY + 60)
    run_cli("check", "--select", "G", str(articles))  # another configuration: prunes
    kept = {p.name for p in cache.iterdir() if p.is_dir() and p.name.startswith("v")}
    assert used.name in kept
    assert len(kept & {p.name for p in newer}) == 1
