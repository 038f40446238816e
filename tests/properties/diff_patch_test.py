"""``--fix``, ``--diff`` and the real ``patch`` program agree, byte for byte.

For generated articles written with LF, CRLF or mixed newlines, with and
without a UTF-8 byte-order mark: applying the ``--diff`` output with
``patch`` gives exactly the bytes ``--fix`` writes, ``--fix`` changes nothing
the second time, and the newline bytes of every line it keeps are the same.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.cli.main import main
from tests.properties.articles import article_file

PATCH = shutil.which("patch")
BOM = "\ufeff".encode()


def _mtlint(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def _patched(original: Path, diff: str, folder: Path) -> bytes:
    """The bytes of a copy of ``original`` after ``patch`` applies ``diff``."""
    copy = folder / "patched.txt"
    shutil.copyfile(original, copy)
    assert PATCH is not None
    done = subprocess.run([PATCH, "--batch", "--silent", "--no-backup-if-mismatch", "-p1",
                           str(copy)], input=diff.encode(), capture_output=True, check=False)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    return copy.read_bytes()


@pytest.mark.skipif(PATCH is None and not os.environ.get("CI"),
                    reason="no patch program (.ci/run installs it; in CI this fails)")
@settings(max_examples=250)
@given(drawn=article_file(), unsafe=st.booleans())
def test_diff_applied_by_patch_equals_fix_and_fix_is_idempotent(
        drawn: tuple[str, str, bool], unsafe: bool) -> None:
    text, _style, bom = drawn
    raw = (BOM if bom else b"") + text.encode()
    flags = ["--unsafe-fixes"] if unsafe else []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "article.txt"
        path.write_bytes(raw)
        code, diff, err = _mtlint("check", "--diff", *flags, str(path))
        assert code in (0, 1), err
        assert path.read_bytes() == raw, "--diff wrote the file"
        expected = _patched(path, diff, folder) if diff else raw
        code, _, err = _mtlint("check", "--fix", "--exit-zero", *flags, str(path))
        assert code == 0, err
        fixed = path.read_bytes()
        assert fixed == expected, "patch applied to --diff differs from --fix"
        assert fixed.startswith(BOM) == bom
        _mtlint("check", "--fix", "--exit-zero", *flags, str(path))
        assert path.read_bytes() == fixed, "a second --fix changed the file"
        if b"\r" not in raw.replace(b"\r\n", b""):  # a fix may join a lone CR and a LF
            assert _line_endings(fixed) <= _line_endings(raw)


def _line_endings(data: bytes) -> set[bytes]:
    """The kinds of line ending a file uses (a fix never invents a new one)."""
    return {b"\r\n" if line.endswith(b"\r") else b"\n" for line in data.split(b"\n")[:-1]}
