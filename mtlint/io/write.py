"""Atomic writes that never clobber a file changed since it was read.

The new text goes to a temporary file beside the target (written, synced,
given the target's mode and owner); only then is the target checked against
the bytes it was read with, under an advisory lock that other mtlint
processes honour, and replaced in one ``rename``. Any failure leaves the
target as it was and removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import BinaryIO

from mtlint.errors import InputError
from mtlint.io.read import SourceText

_CHUNK = 1 << 20


def write_atomically(path: str | Path, source: SourceText, data: bytes) -> None:
    """Replace the file at ``path`` (or, for a symlink, its target) with ``data``.

    Refuses read-only files and files whose bytes are no longer ``source.raw``.
    """
    target = Path(os.path.realpath(path))  # a symlink stays a link to the fixed file
    try:
        info = target.stat()
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", source.path) from exc
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError("read-only file, not written; make it writable to fix it",
                         source.path)
    temp = _write_temp(target, info, data, source.path)
    try:
        _replace_if_unchanged(target, temp, source)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _write_temp(target: Path, info: os.stat_result, data: bytes, shown: str) -> Path:
    """``data`` in a synced temporary file beside ``target``, with its mode and owner."""
    import tempfile  # 1.7 ms to import, with random: only a run that fixes a file

    try:
        # A name of 255 bytes is legal; the temporary name must fit beside it.
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=_temp_prefix(target, os.getpid()),
                                    suffix=".mtlint")
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}; the file is unchanged",
                         shown) from exc
    temp = Path(name)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            os.chmod(fd, info.st_mode & 0o7777)
            _keep_owner(fd, info)
        finally:
            os.close(fd)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror or exc}; the file is unchanged",
                         shown) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _temp_prefix(target: Path, pid: int) -> str:
    """Temporary files are named after their target and the process writing them, so a
    process that was killed mid-write can have its leftovers found (``remove_leftovers``)."""
    return f".{target.name[:64]}.{pid}."


def remove_leftovers(path: str | Path, pid: int) -> None:
    """Remove the temporary files process ``pid`` left beside ``path`` when it was killed
    while writing it (a worker of ``--jobs``); nothing else is touched."""
    target = Path(os.path.realpath(path))
    prefix = _temp_prefix(target, pid)
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if entry.name.startswith(prefix) and entry.name.endswith(".mtlint"):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is out; a short write is not an error."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view[:_CHUNK]) :]


def _keep_owner(fd: int, info: os.stat_result) -> None:
    """Give the new file the old one's owner when allowed (root fixing a user's files)."""
    if hasattr(os, "fchown"):
        # Only root may give a file away; otherwise the new file is the runner's.
        with contextlib.suppress(PermissionError):
            os.fchown(fd, info.st_uid, info.st_gid)


def _replace_if_unchanged(target: Path, temp: Path, source: SourceText) -> None:
    try:
        with target.open("rb") as current:
            _lock(current)
            opened, now = os.fstat(current.fileno()), target.stat()
            same_file = (opened.st_dev, opened.st_ino) == (now.st_dev, now.st_ino)
            if not same_file or not _holds(current, source.raw):
                raise InputError("changed by another program since it was read; not written",
                                 source.path)
            os.replace(temp, target)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}; the file is unchanged",
                         source.path) from exc


def _lock(handle: BinaryIO) -> None:
    """Serialise check-and-replace between mtlint processes fixing the same file."""
    if sys.platform != "win32":
        import fcntl

        with contextlib.suppress(OSError):  # no locks (some network file systems): go on
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _holds(handle: BinaryIO, expected: bytes) -> bool:
    """Whether the open file's bytes are ``expected``, read a chunk at a time."""
    view = memoryview(expected)
    offset = 0
    while chunk := handle.read(_CHUNK):
        if view[offset : offset + len(chunk)] != chunk:
            return False
        offset += len(chunk)
    return offset == len(expected)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; best effort, some systems cannot open folders."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
