"""The on-disk cache of LanguageTool answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.backends.cache import ResultCache
from mtlint.backends.matches import Match

MATCH = Match(0, 3, "R", "grammar", "GRAMMAR", "m", ("x",))


def test_stored_matches_come_back(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "6.8 en-US")
    assert cache.get("ab12") is None
    cache.put("ab12", [MATCH])
    cache.put("cd34", [])
    assert cache.get("ab12") == [MATCH]
    assert cache.get("cd34") == []


def test_another_profile_does_not_see_the_entries(tmp_path: Path) -> None:
    ResultCache(tmp_path, "6.8 en-US").put("ab12", [MATCH])
    assert ResultCache(tmp_path, "6.8 en-GB").get("ab12") is None


def test_a_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "p")
    cache.put("ab12", [MATCH])
    (next(cache.folder.rglob("ab12.json"))).write_text("[[1, 2]]", encoding="utf-8")
    assert cache.get("ab12") is None


def test_an_unwritable_folder_only_disables_the_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    cache = ResultCache(blocker, "p")
    cache.put("ab12", [MATCH])
    assert cache.get("ab12") is None


def test_an_entry_whose_body_does_not_match_its_checksum_is_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "p")
    cache.put("ab12", [MATCH])
    cache.put("cd34", [MATCH, MATCH])
    one, two = (next(cache.folder.rglob(f"{key}.json")) for key in ("ab12", "cd34"))
    checksum_of_one = one.read_bytes().partition(b"\n")[0]
    # a valid body under another entry's checksum: only the checksum tells it is damaged
    two.write_bytes(checksum_of_one + b"\n" + two.read_bytes().partition(b"\n")[2])
    assert cache.get("cd34") is None


def test_old_profiles_and_answers_beyond_the_limit_are_pruned_once_a_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from mtlint.backends import cache as module

    monkeypatch.setattr(module, "MOST_ANSWERS", 2)
    stamp = tmp_path / "languagetool-results.pruned"
    old = [ResultCache(tmp_path, f"5.{n} en-US") for n in range(4)]
    for n, profile in enumerate(old):
        profile.put("ab12", [MATCH])
        os.utime(profile.folder, (1_000_000 + n, 1_000_000 + n))
    current = ResultCache(tmp_path, "6.8 en-US")
    for key in ("aa01", "bb02", "cc03"):
        current.put(key, [MATCH])
    current.prune()  # the end of a run
    profiles = sorted(p.name for p in (tmp_path / "languagetool-results").iterdir())
    assert profiles == sorted([old[2].folder.name, old[3].folder.name, current.folder.name])
    assert len(list(current.folder.rglob("*.json"))) == 2
    current.put("dd04", [])
    current.prune()  # not due again within the day
    assert len(list(current.folder.rglob("*.json"))) == 3
    assert stamp.exists()
