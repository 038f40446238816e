"""Cache entries: atomic, checksummed, and harmless when the disk misbehaves."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from mtlint.cache.digest import hex_digest
from mtlint.cache.files import read_sealed, write_sealed
from mtlint.cache.store import EntryStore


def test_written_entries_read_back(tmp_path: Path) -> None:
    store = EntryStore(tmp_path / "cache" / "v1-abc")
    store.write("k1", {"path": "a.txt", "rows": [[1, "é"]]})
    assert store.read("k1") == {"path": "a.txt", "rows": [[1, "é"]]}
    assert store.read("k2") is None


def test_the_cache_folder_is_tagged_and_ignored_by_git(tmp_path: Path) -> None:
    EntryStore(tmp_path / "cache" / "v1-abc").write("k", 1)
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f59")
    assert (tmp_path / "cache" / ".gitignore").read_text().endswith("*\n")


def test_truncated_or_corrupt_entries_read_as_misses(tmp_path: Path) -> None:
    store = EntryStore(tmp_path)
    store.write("k", {"rows": list(range(100))})
    entry = tmp_path / "k.json"
    data = entry.read_bytes()
    entry.write_bytes(data[:-7])
    assert store.read("k") is None
    entry.write_bytes(data.replace(b"42", b"24"))
    assert store.read("k") is None
    entry.write_bytes(b"")
    assert store.read("k") is None


def test_a_body_that_is_not_json_reads_as_a_miss(tmp_path: Path) -> None:
    body = b"{not json"
    (tmp_path / "k.json").write_bytes(hex_digest(body).encode() + b"\n" + body)
    assert EntryStore(tmp_path).read("k") is None


def test_an_unwritable_cache_is_silently_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = EntryStore(blocker / "cache")
    store.write("k", 1)
    assert store.read("k") is None


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    store = EntryStore(tmp_path)
    for index in range(5):
        store.write(f"k{index}", index)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"k{i}.json" for i in range(5)]


def test_concurrent_writers_never_expose_a_partial_entry(tmp_path: Path) -> None:
    writer = textwrap.dedent(f"""
        from pathlib import Path
        from mtlint.cache.store import EntryStore
        store = EntryStore(Path({str(tmp_path)!r}))
        for i in range(300):
            store.write("shared", {{"writer": __import__("sys").argv[1], "rows": [i] * 2000}})
    """)
    writers = [subprocess.Popen([sys.executable, "-c", writer, name]) for name in "ab"]
    store = EntryStore(tmp_path)
    seen = set()
    while any(w.poll() is None for w in writers):
        value = store.read("shared")
        if value is not None:
            assert len(value["rows"]) == 2000
            assert len(set(value["rows"])) == 1
            seen.add(value["writer"])
    assert [w.returncode for w in writers] == [0, 0]
    assert store.read("shared") is not None
    assert seen


def test_every_cache_file_is_read_back_only_with_its_checksum(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "entry.bin"
    write_sealed(path, b"body\nwith a newline")
    assert read_sealed(path) == b"body\nwith a newline"
    path.write_bytes(path.read_bytes()[:-1])  # truncated
    assert read_sealed(path) is None
    assert read_sealed(tmp_path / "missing") is None
