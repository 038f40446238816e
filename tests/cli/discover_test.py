"""Discovery: a missing path or an unreadable folder is reported, the rest still found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtlint.cli.discover import discover
from mtlint.config.settings import Settings
from mtlint.errors import InputError


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("Hello.\n", encoding="utf-8")
    return tmp_path / "b", tmp_path / "c" / "x.txt"


def test_missing_paths_are_reported_and_the_others_found(tmp_path: Path) -> None:
    _, named = _tree(tmp_path)
    errors: list[InputError] = []
    found = [shown for _, shown in discover([str(tmp_path / "no"), str(tmp_path / "a"),
                                             str(tmp_path / "nor.txt"), str(named)],
                                            Settings(), errors.append)]
    assert found == [str(tmp_path / "a" / "x.txt"), str(named)]
    assert [(e.path, e.message) for e in errors] == [
        (str(tmp_path / "no"), "no such file or folder"),
        (str(tmp_path / "nor.txt"), "no such file or folder")]


def test_broken_symlink_is_reported_and_the_others_found(tmp_path: Path) -> None:
    _, named = _tree(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    errors: list[InputError] = []
    found = [s for _, s in discover([str(tmp_path / "dangling.txt"), str(named)], Settings(),
                                    errors.append)]
    assert found == [str(named)]
    assert [e.message for e in errors] == ["broken or looping symbolic link"]


def test_unreadable_folder_is_reported_and_its_siblings_walked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked, _ = _tree(tmp_path)
    scandir = os.scandir

    def refusing(path: Path) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    errors: list[InputError] = []
    found = [s for _, s in discover([str(tmp_path)], Settings(), errors.append)]
    assert found == [str(tmp_path / "a" / "x.txt"), str(tmp_path / "c" / "x.txt")]
    assert [str(e) for e in errors] == [f"{locked}: cannot read folder: Permission denied"]


def test_without_a_handler_the_first_bad_path_raises(tmp_path: Path) -> None:
    # mtlint.contrib.archive relies on this.
    with pytest.raises(InputError, match="no such file or folder"):
        list(discover([str(tmp_path / "no")], Settings()))
