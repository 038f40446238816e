"""Discovery: a missing path or an unreadable folder is reported, the rest still found."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

import pytest

from mtlint.cli import discover as discover_module
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


#: where each pattern kind of ``exclude`` applies: the whole path, the name, a path's end
_EXCLUDE_CASES = [
    ("drafts/*", "drafts/a.txt", True),
    ("drafts/*", "site/drafts/a.txt", True),
    ("drafts/*", "news/a.txt", False),
    ("*.bak.txt", "news/a.bak.txt", True),
    ("*.bak.txt", "news/a.txt", False),
    ("a?.txt", "news/ab.txt", True),
    ("a?.txt", "news/abc.txt", False),
    ("[ab].txt", "b.txt", True),
    ("[!ab].txt", "b.txt", False),
    ("news/**/*.md", "news/2024/05/a.md", True),
    ("news", "news", True),
    ("news", "old/news", True),
    ("news", "newsroom", False),
]


@pytest.mark.parametrize(("pattern", "path", "excluded"), _EXCLUDE_CASES)
def test_exclude_matches_a_path_its_name_or_its_end(pattern: str, path: str,
                                                   excluded: bool) -> None:
    globs = discover_module._Globs.of(Settings(exclude=(pattern, "unrelated/*")))
    assert globs.excludes(path) is excluded
    # the definition it stands for: fnmatch of the path, of the name, or of "*/" + pattern
    name = os.path.basename(path)
    assert excluded == (fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(name, pattern)
                        or fnmatch.fnmatch(path, f"*/{pattern}"))


def test_a_walk_leaves_out_excluded_folders_and_files_and_keeps_included_names(
        tmp_path: Path) -> None:
    for relative in ("a.txt", "a.bak.txt", "b.md", "c.html", "drafts/d.txt",
                     "news/drafts/e.txt", "news/f.markdown"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("Hello.\n", encoding="utf-8")
    settings = Settings(exclude=("drafts", "*.bak.txt"))
    found = [shown for _, shown in discover([str(tmp_path)], settings)]
    assert found == [str(tmp_path / name) for name in ("a.txt", "b.md", "news/f.markdown")]
    assert [shown for _, shown in discover([str(tmp_path)], Settings(include=("*.html",)))] \
        == [str(tmp_path / "c.html")]


def test_nothing_is_excluded_without_patterns() -> None:
    assert not discover_module._Globs.of(Settings()).excludes("drafts/a.txt")


def test_the_working_folder_s_files_are_named_without_dot_slash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for relative in ("a.txt", ".hidden.txt", "sub/b.txt"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("Hello.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for root in (".", "./"):
        assert [shown for _, shown in discover([root], Settings())] == \
            [".hidden.txt", "a.txt", os.path.join("sub", "b.txt")]
    # exclude patterns see the same paths: ".*" is the hidden file, not every file
    assert [shown for _, shown in discover(["."], Settings(exclude=(".*",)))] == \
        ["a.txt", os.path.join("sub", "b.txt")]
