"""The cores a process may use: affinity, and the CPU quota of its control groups."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtlint.cli.cores import available_cores

AFFINITY = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
pytestmark = pytest.mark.skipif(AFFINITY is None, reason="no CPU affinity on this system")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="ascii")


def _cores(tmp_path: Path, groups: str) -> int:
    _write(tmp_path / "self-cgroup", groups)
    return available_cores(tmp_path / "fs", tmp_path / "self-cgroup")


def test_a_v2_quota_in_the_namespace_root_counts(tmp_path: Path) -> None:
    _write(tmp_path / "fs" / "cpu.max", "100000 100000\n")
    assert _cores(tmp_path, "0::/\n") == 1


def test_a_v2_quota_above_the_processs_own_group_binds_it(tmp_path: Path) -> None:
    _write(tmp_path / "fs" / "ci" / "cpu.max", "50000 100000\n")  # half a CPU: one
    _write(tmp_path / "fs" / "ci" / "job" / "cpu.max", "max 100000\n")
    assert _cores(tmp_path, "0::/ci/job\n") == 1


def test_the_hybrid_layouts_v2_folder_is_read(tmp_path: Path) -> None:
    _write(tmp_path / "fs" / "unified" / "job" / "cpu.max", "100000 100000\n")
    assert _cores(tmp_path, "1:name=systemd:/\n0::/job\n") == 1


@pytest.mark.parametrize("folder", ["cpu", "cpu,cpuacct"])
def test_a_v1_quota_counts(tmp_path: Path, folder: str) -> None:
    _write(tmp_path / "fs" / folder / "docker" / "cpu.cfs_quota_us", "100000\n")
    _write(tmp_path / "fs" / folder / "docker" / "cpu.cfs_period_us", "100000\n")
    assert _cores(tmp_path, "4:memory:/docker\n3:cpu,cpuacct:/docker\n") == 1


def test_no_quota_leaves_the_affinity(tmp_path: Path) -> None:
    _write(tmp_path / "fs" / "cpu" / "cpu.cfs_quota_us", "-1\n")
    _write(tmp_path / "fs" / "cpu" / "cpu.cfs_period_us", "100000\n")
    _write(tmp_path / "fs" / "unified" / "cpu.max", "max 100000\n")
    assert _cores(tmp_path, "3:cpu:/\n0::/\n") == AFFINITY


def test_a_quota_above_the_affinity_leaves_the_affinity(tmp_path: Path) -> None:
    _write(tmp_path / "fs" / "cpu.max", f"{(AFFINITY or 1) * 200000} 100000\n")
    assert _cores(tmp_path, "0::/\n") == AFFINITY


@pytest.mark.parametrize("groups", ["", "garbage\n", "0::/../outside\n"],
                         ids=["empty", "garbage", "escaping-path"])
def test_unreadable_group_lists_leave_the_affinity(tmp_path: Path, groups: str) -> None:
    _write(tmp_path / "fs" / "cpu.max", "garbage\n")
    _write(tmp_path / "outside" / "cpu.max", "100000 100000\n")  # not a group of the root
    _write(tmp_path / "cpu.max", "100000 100000\n")
    assert _cores(tmp_path, groups) == AFFINITY


def test_a_group_list_that_is_not_utf8_leaves_the_affinity(tmp_path: Path) -> None:
    (tmp_path / "self-cgroup").write_bytes(b"0::/\xff\n")
    assert available_cores(tmp_path / "fs", tmp_path / "self-cgroup") == AFFINITY


def test_no_group_list_at_all_leaves_the_affinity(tmp_path: Path) -> None:
    assert available_cores(tmp_path, tmp_path / "missing") == AFFINITY
