"""Atomic writes that never clobber a file changed since it was read."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mtlint.errors import InputError
from mtlint.io.read import SourceText


def write_atomically(path: Path, source: SourceText, data: bytes) -> None:
    """Replace ``path`` with ``data`` via a temporary file in the same folder.

    The file must still hold the bytes it was read with; its permission bits
    are kept. On any failure the original is left untouched.
    """
    try:
        if path.read_bytes() != source.raw:
            raise InputError("changed by another program since it was read; not written",
                             source.path)
        mode = path.stat().st_mode & 0o7777
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".mtlint")
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", source.path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror or exc}; the file is unchanged",
                         source.path) from exc
