"""Hostile trees: 10,000 files, deep folders, symlink loops, pipes, unreadable entries."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.helpers import DIRTY, FIXED, run_cli
from tests.robustness.helpers import fix, one_line_error

NOBODY = 65534


def test_ten_thousand_files_are_all_checked(tmp_path: Path) -> None:
    for folder in range(100):
        sub = tmp_path / f"desk{folder:02}"
        sub.mkdir()
        for number in range(100):
            text = DIRTY if number == 99 else "He returned on Friday.\n"
            (sub / f"story{number:02}.txt").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = run_cli("check", "--format", "concise", str(tmp_path))
    seconds = time.perf_counter() - started
    assert result.code == 1
    assert result.out.count(" A102 ") == 100
    assert "in 10000 files" in result.out
    assert seconds < 60, f"10,000 files took {seconds:.1f} s"


@pytest.fixture
def deep_folder(tmp_path: Path) -> Iterator[Path]:
    """The innermost of 1,500 nested folders, removed bottom-up afterwards: shutil.rmtree
    (and so pytest's own clean-up of old temporary folders) recurses and fails on it."""
    folder = tmp_path
    for _ in range(1500):
        folder = folder / "a"
        os.mkdir(folder)
    yield folder
    for path in folder.iterdir():
        path.unlink()
    while folder != tmp_path:
        folder.rmdir()
        folder = folder.parent


def test_folders_1500_deep_do_not_exhaust_recursion(tmp_path: Path, deep_folder: Path) -> None:
    # os.walk recurses in Python 3.11 and raised RecursionError here.
    (deep_folder / "deep.txt").write_text(DIRTY, encoding="utf-8")
    result = run_cli("check", "--format", "concise", str(tmp_path))
    assert result.code == 1
    assert "deep.txt:3:1 A102" in result.out


@pytest.fixture
def linked_tree(tmp_path: Path) -> Path:
    """real/a.txt, a link to it, a folder link back up (a loop), a self-loop and a dangling link."""
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real/a.txt")
    (tmp_path / "real" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "dangling.txt").symlink_to("missing.txt")
    return tmp_path


def test_symlink_loops_in_a_tree_do_not_hang_and_each_file_is_read_once(
        linked_tree: Path) -> None:
    result = run_cli("check", "--format", "concise", str(linked_tree))
    assert result.code == 1
    assert result.out.count(" A102 ") == 1
    assert result.err == ""


def test_a_file_named_twice_is_checked_and_fixed_once(linked_tree: Path) -> None:
    target = linked_tree / "real" / "a.txt"
    result = fix(target, linked_tree / "link.txt", target)
    assert result.code == 0, result.err
    assert target.read_text(encoding="utf-8") == FIXED


def test_fixing_through_a_symlink_fixes_the_target_and_keeps_the_link(linked_tree: Path) -> None:
    link = linked_tree / "link.txt"
    assert fix(link).code == 0
    assert link.is_symlink(), "the link was replaced by a copy"
    assert (linked_tree / "real" / "a.txt").read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("name", ["loop.txt", "dangling.txt"])
def test_broken_symlink_named_directly_is_one_line(linked_tree: Path, name: str) -> None:
    one_line_error(run_cli("check", str(linked_tree / name)), name, "symbolic link")


def _run_with_deadline(*args: str) -> subprocess.CompletedProcess[str]:
    """mtlint in a child process that is killed after 60 s, so a hang fails the test."""
    return subprocess.run([sys.executable, "-m", "mtlint", *args], capture_output=True,
                          text=True, timeout=60, check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_is_never_opened_for_reading(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    walked = _run_with_deadline("check", "--format", "concise", str(tmp_path))
    assert walked.returncode == 1
    assert "a.txt:3:1 A102" in walked.stdout
    named = _run_with_deadline("check", str(tmp_path / "pipe.txt"))
    assert named.returncode == 2
    assert "pipe.txt: not a regular file" in named.stderr


def test_device_named_directly_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    result = _run_with_deadline("check", "/dev/zero")
    assert result.returncode == 2
    assert "/dev/zero: not a regular file" in result.stderr


# Unreadable entries. CI runs as root, and root reads a chmod 000 file anyway,
# so the run is made as an unprivileged user: a forked child drops to 'nobody'
# before calling mtlint in-process (no interpreter path to reach, nothing mocked).


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder an unprivileged user can enter (pytest's tmp_path is private to root)."""
    with tempfile.TemporaryDirectory(prefix="mtlint-perm-") as name:
        os.chmod(name, 0o777)
        yield Path(name)


def _as_unprivileged(*args: str) -> tuple[int, str]:
    """Exit code and stderr of mtlint run as 'nobody' (or as the current non-root user)."""
    if os.geteuid() != 0:
        result = run_cli(*args)
        return result.code, result.err
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        code = 3
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            from mtlint.cli.main import main

            err = io.StringIO()
            code = main(list(args), io.StringIO(), err)
            os.write(write_end, err.getvalue().encode())
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        err_text = pipe.read().decode()
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status), err_text


def test_unreadable_file_is_one_line_and_the_others_are_still_checked(shared_tmp: Path) -> None:
    locked = shared_tmp / "locked.txt"
    locked.write_text(DIRTY, encoding="utf-8")
    locked.chmod(0o000)
    (shared_tmp / "open.txt").write_text(DIRTY, encoding="utf-8")
    (shared_tmp / "open.txt").chmod(0o666)
    code, err = _as_unprivileged("check", "--fix", str(shared_tmp))
    assert code == 2, err
    assert err.strip() == f"mtlint: {locked}: cannot read: Permission denied"
    assert (shared_tmp / "open.txt").read_text(encoding="utf-8") == FIXED
    locked.chmod(0o644)
    assert locked.read_text(encoding="utf-8") == DIRTY


def test_unreadable_folder_is_reported_not_silently_skipped(shared_tmp: Path) -> None:
    # os.walk drops folders it cannot list without a word: the run looked clean.
    hidden = shared_tmp / "hidden"
    hidden.mkdir()
    (hidden / "a.txt").write_text(DIRTY, encoding="utf-8")
    hidden.chmod(0o000)
    try:
        code, err = _as_unprivileged("check", str(shared_tmp))
    finally:
        hidden.chmod(0o755)
    assert code == 2, err
    assert f"{hidden}: cannot read folder: Permission denied" in err
