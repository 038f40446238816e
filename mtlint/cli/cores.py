"""How many cores this process may use: the default number of worker processes.

The cores it may be scheduled on, fewer where its control group's CPU quota
allows less (a container started with ``--cpus 2`` on a 64-core host may use
two). Both cgroup versions are read: v2's ``cpu.max`` and v1's
``cpu.cfs_quota_us`` over ``cpu.cfs_period_us``, in the process's own group
and every group above it, as ``/proc/self/cgroup`` names them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

#: v1 hierarchies that may hold the ``cpu`` controller, by their usual mount names
_V1_FOLDERS = ("cpu", "cpu,cpuacct", "cpuacct,cpu")
#: where a hybrid system mounts the v2 hierarchy beside the v1 ones
_V2_HYBRID = "unified"


def available_cores(root: Path = Path("/sys/fs/cgroup"),
                    own_groups: Path = Path("/proc/self/cgroup")) -> int:
    """The cores this process may use (at least 1)."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:  # macOS and Windows: no affinity, no cgroups
        return os.cpu_count() or 1
    quotas = [quota for folder, file in _quota_files(root, own_groups)
              if (quota := _quota(folder, file)) is not None]
    return max(1, min([cores, *quotas]))


def _quota_files(root: Path, own_groups: Path) -> Iterator[tuple[Path, str]]:
    """Each (group folder, v2 or v1 quota file name) from the process's groups up to
    the hierarchy's root."""
    try:
        lines = own_groups.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):  # none, unreadable, or not UTF-8
        return
    for line in lines:
        fields = line.split(":", 2)
        if len(fields) != 3:
            continue
        hierarchy, controllers, path = fields
        if hierarchy == "0" and not controllers:
            bases = [root / _V2_HYBRID, root]
            file = "cpu.max"
        elif "cpu" in controllers.split(","):
            bases = [root / name for name in _V1_FOLDERS]
            file = "cpu.cfs_quota_us"
        else:
            continue
        for base in bases:
            if os.path.isdir(base):  # False, not an error, where it may not be read
                yield from ((folder, file) for folder in _up_from(base, path))
                break


def _up_from(base: Path, path: str) -> Iterator[Path]:
    """``base / path`` and each folder above it up to ``base`` (a group's limits bind
    every group below it); only ``base`` when a container's namespace hides the path,
    or the path would lead out of ``base``."""
    if ".." in PurePosixPath(path).parts:
        yield base
        return
    folder = base / path.strip("/")
    while folder != base:
        yield folder
        folder = folder.parent
    yield base


def _quota(folder: Path, file: str) -> int | None:
    """Whole CPUs the group in ``folder`` may use (at least 1); None for no quota."""
    try:
        if file == "cpu.max":
            quota, period = (folder / file).read_text(encoding="ascii").split()[:2]
        else:
            quota = (folder / file).read_text(encoding="ascii").strip()
            period = (folder / "cpu.cfs_period_us").read_text(encoding="ascii").strip()
        allowed, every = int(quota), int(period)
    except (OSError, ValueError):  # no such group or file, or "max": no quota
        return None
    if allowed <= 0 or every <= 0:  # v1 writes -1 for no quota
        return None
    return max(1, allowed // every)
