"""Two mtlint processes at once, parallel jobs, and a shared or corrupt result cache.

Whatever the interleaving, no run crashes, no file is left half-written or
with a temporary file beside it, and the fixed text is the one a lone run
produces. A run that loses a race for a file says so in one line and exits
2; it never overwrites the other run's result.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mtlint.cache.digest import hex_digest
from tests.robustness.helpers import temp_files

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "mt"
LOST_RACE = "changed by another program since it was read; not written"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The machine-translated sample articles, four copies each, in two folders."""
    root = tmp_path / "tree"
    for copy in range(4):
        folder = root / f"desk{copy % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        for article in sorted(CORPUS.glob("*.txt")):
            shutil.copyfile(article, folder / f"{copy}-{article.name}")
    return root


def _start(*args: str, cache: Path | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ)
    if cache is not None:
        env["MTLINT_CACHE_DIR"] = str(cache)
    return subprocess.Popen([sys.executable, "-m", "mtlint", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=600)
    return process.returncode, out, err


def _contents(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.txt"))}


def _fixed_alone(tree: Path, tmp_path: Path) -> dict[str, bytes]:
    """What one run of ``--fix`` makes of a copy of ``tree``."""
    alone = tmp_path / "alone"
    shutil.copytree(tree, alone)
    code, _, err = _finish(_start("check", "--fix", "--exit-zero", "--no-cache", str(alone)))
    assert code == 0, err
    return _contents(alone)


def _assert_lost_races_only(code: int, err: str) -> None:
    assert code in (0, 2), err
    for line in err.splitlines():
        assert line.endswith(LOST_RACE), line
    assert (code == 2) == bool(err), err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_processes_fixing_one_tree_agree_with_a_lone_run(tree: Path, tmp_path: Path,
                                                             jobs: str) -> None:
    expected = _fixed_alone(tree, tmp_path)
    args = ("check", "--fix", "--exit-zero", "--jobs", jobs, "--format", "concise", str(tree))
    first, second = _start(*args), _start(*args)
    for process in (first, second):
        code, _, err = _finish(process)
        _assert_lost_races_only(code, err)
    assert _contents(tree) == expected
    assert temp_files(tree) == []


def test_checking_while_another_process_fixes_sees_whole_files(tree: Path,
                                                               tmp_path: Path) -> None:
    expected = _fixed_alone(tree, tmp_path)
    fixer = _start("check", "--fix", "--exit-zero", "--jobs", "2", str(tree))
    checker = _start("check", "--format", "json", "--jobs", "2", str(tree))
    code, out, err = _finish(checker)
    assert code in (0, 1), err
    assert err == ""
    assert out.lstrip().startswith("[")
    assert _finish(fixer)[0] == 0
    assert _contents(tree) == expected


def test_two_processes_sharing_a_cache_report_what_an_uncached_run_reports(
        tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "shared-cache"
    uncached = _finish(_start("check", "--format", "json", "--no-cache", str(tree)))
    runs = [_start("check", "--format", "json", "--jobs", "2", str(tree), cache=cache)
            for _ in range(2)]
    for process in runs:
        assert _finish(process) == uncached
    assert _finish(_start("check", "--format", "json", str(tree), cache=cache)) == uncached


def _corrupt(entry: Path, how: str) -> None:
    data = entry.read_bytes()
    if how == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        entry.write_bytes(os.urandom(len(data)))
    elif how == "valid-checksum-wrong-shape":
        body = b'{"path": 3, "diagnostics": "nope"}'
        entry.write_bytes(hex_digest(body).encode() + b"\n" + body)
    else:  # a folder where an entry should be
        entry.unlink()
        entry.mkdir()


@pytest.mark.parametrize("how", ["truncated", "garbage", "valid-checksum-wrong-shape", "folder"])
def test_corrupt_cache_entries_are_detected_and_rebuilt(tree: Path, tmp_path: Path,
                                                        how: str) -> None:
    cache = tmp_path / "cache"
    uncached = _finish(_start("check", "--format", "json", "--no-cache", str(tree)))
    assert _finish(_start("check", "--format", "json", str(tree), cache=cache)) == uncached
    entries = sorted(cache.rglob("*.json"))
    assert entries, "nothing was cached"
    for entry in entries:
        _corrupt(entry, how)
    assert _finish(_start("check", "--format", "json", str(tree), cache=cache)) == uncached
    if how != "folder":
        rebuilt = [entry.read_bytes() for entry in entries]
        assert all(b'"diagnostics"' in data for data in rebuilt), "entries were not rebuilt"


def test_cache_folder_that_is_a_file_is_ignored(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    uncached = _finish(_start("check", "--format", "json", "--no-cache", str(tree)))
    assert _finish(_start("check", "--format", "json", str(tree), cache=cache)) == uncached
