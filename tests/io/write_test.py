"""Atomic writes: owner and mode kept, symlinks followed, changed files refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtlint.errors import InputError
from mtlint.io.read import SourceText, read_source
from mtlint.io.write import write_atomically

NOBODY = 65534


def test_write_replaces_content_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    path.chmod(0o604)
    write_atomically(path, read_source(path, "a.txt"), b"new\n")
    assert path.read_bytes() == b"new\n"
    assert path.stat().st_mode & 0o777 == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_fixing_a_users_file_leaves_it_owned_by_that_user(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    os.chown(path, NOBODY, NOBODY)
    write_atomically(path, read_source(path, "a.txt"), b"new\n")
    assert (path.stat().st_uid, path.stat().st_gid) == (NOBODY, NOBODY)


def test_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_bytes(b"old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    write_atomically(link, read_source(link, "link.txt"), b"new\n")
    assert link.is_symlink()
    assert target.read_bytes() == b"new\n"


def test_changed_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    source = read_source(path, "a.txt")
    path.write_bytes(b"older\n")
    with pytest.raises(InputError, match="changed by another program"):
        write_atomically(path, source, b"new\n")
    assert path.read_bytes() == b"older\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_file_truncated_to_a_prefix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old text\n")
    source = read_source(path, "a.txt")
    path.write_bytes(b"old")
    with pytest.raises(InputError, match="changed by another program"):
        write_atomically(path, source, b"new\n")


def test_deleted_file_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    source = read_source(path, "a.txt")
    path.unlink()
    with pytest.raises(InputError, match="cannot write: No such file"):
        write_atomically(path, source, b"new\n")
    assert not path.exists()


def test_leftovers_of_a_killed_writer_are_removed_and_nothing_else(tmp_path: Path) -> None:
    from mtlint.io.write import remove_leftovers

    article = tmp_path / "a.txt"
    article.write_text("text\n", encoding="utf-8")
    names = [".a.txt.4242.x1y2.mtlint", ".a.txt.4243.x1y2.mtlint", ".b.txt.4242.x1y2.mtlint",
             ".a.txt.4242.notes", "a.txt.4242.x.mtlint"]
    for name in names:
        (tmp_path / name).write_text("", encoding="utf-8")
    remove_leftovers(article, 4242)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["a.txt", *(n for n in names if n != ".a.txt.4242.x1y2.mtlint")])


def test_temporary_files_are_named_after_the_writing_process(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    from mtlint.io import write

    seen: list[str] = []
    real = write._replace_if_unchanged

    def spy(target: Path, temp: Path, source: SourceText) -> None:
        seen.append(temp.name)
        real(target, temp, source)

    monkeypatch.setattr(write, "_replace_if_unchanged", spy)
    article = tmp_path / "a.txt"
    article.write_bytes(b"old\n")
    write.write_atomically(article, read_source(article, "a.txt"), b"new\n")
    assert article.read_bytes() == b"new\n"
    assert seen[0].startswith(f".a.txt.{os.getpid()}.")
    assert seen[0].endswith(".mtlint")
