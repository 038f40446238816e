"""The on-disk cache of LanguageTool answers."""

from __future__ import annotations

from pathlib import Path

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
