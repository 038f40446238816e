"""Writing under ``--fix``: read-only files, races with other programs, full disks.

In every failure the original file keeps its bytes, no temporary file is
left, the run exits 2 and stderr has one line naming the file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import mtlint.cli.commands.check as check_command
import mtlint.io.write as write_module
from tests.cli.helpers import DIRTY, FIXED
from tests.robustness.helpers import fix, one_line_error, temp_files


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


def test_read_only_file_is_reported_and_left_intact(article: Path) -> None:
    article.chmod(0o444)
    one_line_error(fix(article), str(article), "read-only")
    assert article.read_text(encoding="utf-8") == DIRTY
    assert oct(article.stat().st_mode & 0o777) == oct(0o444)
    assert temp_files(article.parent) == []


def test_fix_keeps_permission_bits(article: Path) -> None:
    article.chmod(0o640)
    assert fix(article).code == 0
    assert article.read_text(encoding="utf-8") == FIXED
    assert article.stat().st_mode & 0o777 == 0o640


def test_file_changed_after_it_was_read_is_not_clobbered(
        article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fix = check_command.fix_each_to_fixed_point

    def editor_saves_meanwhile(*args: Any, **kwargs: Any) -> Any:
        article.write_text("The editor's new text.\n", encoding="utf-8")
        return real_fix(*args, **kwargs)

    monkeypatch.setattr(check_command, "fix_each_to_fixed_point", editor_saves_meanwhile)
    one_line_error(fix(article), str(article), "changed by another program")
    assert article.read_text(encoding="utf-8") == "The editor's new text.\n"
    assert temp_files(article.parent) == []


def test_file_changed_while_the_fix_was_being_written_is_not_clobbered(
        article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write_temp = write_module._write_temp

    def editor_saves_meanwhile(*args: Any) -> Path:
        temp = real_write_temp(*args)
        article.write_text("Saved during the write.\n", encoding="utf-8")
        return temp

    monkeypatch.setattr(write_module, "_write_temp", editor_saves_meanwhile)
    one_line_error(fix(article), "changed by another program")
    assert article.read_text(encoding="utf-8") == "Saved during the write.\n"
    assert temp_files(article.parent) == []


def test_file_saved_again_with_the_same_bytes_is_still_fixed(
        article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor's atomic save of unchanged text: the fix is still right for those bytes."""
    real_write_temp = write_module._write_temp

    def editor_saves_meanwhile(*args: Any) -> Path:
        temp = real_write_temp(*args)
        other = article.with_name("other")
        other.write_text(DIRTY, encoding="utf-8")
        os.replace(other, article)
        return temp

    monkeypatch.setattr(write_module, "_write_temp", editor_saves_meanwhile)
    result = fix(article)
    assert result.code == 0, result.err
    assert article.read_text(encoding="utf-8") == FIXED


def _failing(error: int, after: int = 0) -> Callable[..., int]:
    """An ``os.write`` that writes ``after`` bytes and then fails with ``error``."""
    real_write = os.write
    written = 0

    def write(fd: int, data: Any) -> int:
        nonlocal written
        if written >= after:
            raise OSError(error, os.strerror(error))
        done = real_write(fd, bytes(data[: after - written]))
        written += done
        return done

    return write


@pytest.mark.parametrize("after", [0, 10], ids=["nothing-written", "part-written"])
def test_full_disk_leaves_the_original_and_no_temporary_file(
        article: Path, monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    monkeypatch.setattr(os, "write", _failing(errno.ENOSPC, after))
    one_line_error(fix(article), str(article), "No space left on device",
                   "the file is unchanged")
    assert article.read_text(encoding="utf-8") == DIRTY
    assert temp_files(article.parent) == []


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_failing_sync_or_rename_leaves_the_original(article: Path, call: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: Any) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, call, fail)
    one_line_error(fix(article), str(article), "Input/output error")
    assert article.read_text(encoding="utf-8") == DIRTY
    assert temp_files(article.parent) == []


def test_interrupt_while_writing_removes_the_temporary_file(
        article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(_: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    assert fix(article).code == 130
    assert article.read_text(encoding="utf-8") == DIRTY
    assert temp_files(article.parent) == []


def test_folder_without_room_for_a_temporary_file_is_one_line(
        article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_temp(*_: Any, **__: Any) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", no_temp)
    one_line_error(fix(article), str(article), "Read-only file system")
    assert article.read_text(encoding="utf-8") == DIRTY


def test_file_with_a_255_byte_name_can_be_fixed(tmp_path: Path) -> None:
    # The temporary file's name used to be the file's name plus 16 bytes: too long.
    path = tmp_path / ("a" * 251 + ".txt")
    path.write_text(DIRTY, encoding="utf-8")
    assert fix(path).code == 0
    assert path.read_text(encoding="utf-8") == FIXED
