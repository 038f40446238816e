"""Unified diffs that ``patch`` applies exactly, fast on big files."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from mtlint.io.diff import align, split_lines, unified_diff
from mtlint.io.read import SourceText, decode

PATCH = shutil.which("patch")


def _source(text: str, bom: bool = False) -> SourceText:
    return decode("a.txt", (b"\xef\xbb\xbf" if bom else b"") + text.encode())


def _apply(tmp_path: Path, source: SourceText, fixed: str) -> bytes:
    path = tmp_path / "a.txt"
    path.write_bytes(source.raw)
    diff = "".join(unified_diff(source, fixed))
    assert PATCH is not None
    subprocess.run([PATCH, "--batch", "--silent", str(path)], input=diff.encode(), check=True)
    return path.read_bytes()


def test_split_lines_cuts_at_newlines_only() -> None:
    assert split_lines("a\r\nb\x0cc\u2028d\ne") == ["a\r\n", "b\x0cc\u2028d\n", "e"]
    assert split_lines("a\n") == ["a\n"]
    assert split_lines("") == []


def test_no_change_gives_no_diff() -> None:
    assert list(unified_diff(_source("a\nb\n"), "a\nb\n")) == []


def test_missing_final_newline_is_marked() -> None:
    diff = "".join(unified_diff(_source("a\nold"), "a\nnew"))
    assert diff.endswith("-old\n\\ No newline at end of file\n+new\n"
                         "\\ No newline at end of file\n")


@pytest.mark.skipif(PATCH is None and not os.environ.get("CI"),
                    reason="no patch program (.ci/run installs it; in CI this fails)")
@pytest.mark.parametrize(
    ("text", "fixed", "bom"),
    [
        pytest.param("Hi (Hi).\nBye.", "Hi.\nBye.", False, id="no-final-newline"),
        pytest.param("Hi (Hi).\r\n\r\nBye.\r\n", "Hi.\r\n\r\nBye.\r\n", True, id="bom-crlf"),
        pytest.param("A\x0cB (B).\nC\u2028D\n", "A\x0cB.\nC\u2028D\n", False, id="odd-breaks"),
        pytest.param("x\n\nRead also: y\n\nz\n", "x\n\nz\n", False, id="deleted-line"),
        pytest.param("a\n", "a\nb", False, id="added-tail"),
    ],
)
def test_patch_reproduces_the_fixed_bytes(tmp_path: Path, text: str, fixed: str,
                                          bom: bool) -> None:
    source = _source(text, bom)
    expected = (b"\xef\xbb\xbf" if bom else b"") + fixed.encode()
    assert _apply(tmp_path, source, fixed) == expected


@pytest.mark.skipif(PATCH is None and not os.environ.get("CI"),
                    reason="no patch program (.ci/run installs it; in CI this fails)")
def test_unrelated_texts_still_give_a_correct_patch(tmp_path: Path) -> None:
    before = "".join(f"line {n}\n" for n in range(600))
    after = "".join(f"other {n}\n" for n in range(450))
    assert _apply(tmp_path, _source(before), after) == after.encode()


def test_alignment_keeps_repeated_lines_in_step() -> None:
    before = ["p\n", "\n", "ad\n", "\n", "p\n", "\n", "q\n"]
    after = ["p\n", "\n", "p\n", "\n", "q\n"]
    assert align(before, after) == [("equal", 0, 2, 0, 2), ("delete", 2, 4, 2, 2),
                                    ("equal", 4, 7, 2, 5)]


def test_a_big_file_of_repeated_lines_is_diffed_quickly() -> None:
    # difflib's matcher took minutes on such input (issue 7).
    block = ["The minister left.\n", "\n", "Read also: x\n", "\n", "He returned.\n", "\n"]
    before = block * 40_000
    after = [line for line in before if line != "Read also: x\n"]
    started = time.perf_counter()
    opcodes = align(before, after)
    assert time.perf_counter() - started < 10
    assert {tag for tag, *_ in opcodes} == {"equal", "delete"}
    assert sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "delete") == 40_000
