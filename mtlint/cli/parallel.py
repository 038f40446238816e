"""Checking files in worker processes, results in input order.

Workers are forked, so they inherit the loaded rules instead of rebuilding
or unpickling them; only file names go out and results come back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

# The task of the current pool, inherited by the forked workers.
_TASK: Callable[[Any], Any] | None = None


def effective_jobs(jobs: int, items: int) -> int:
    """Worker count: ``0`` means one per core; never more workers than items."""
    wanted = (os.cpu_count() or 1) if jobs == 0 else jobs
    return max(1, min(wanted, items))


def map_in_order(task: Callable[[_Item], _Result], items: Sequence[_Item],
                 jobs: int) -> Iterator[_Result]:
    """``task(item)`` for each item in order, spread over ``jobs`` forked processes;
    results are yielded as they come, so the caller need not hold them all."""
    workers = effective_jobs(jobs, len(items))
    if workers == 1:
        yield from map(task, items)
        return
    import multiprocessing  # 4 ms: only when there are workers

    if "fork" not in multiprocessing.get_all_start_methods():
        yield from map(task, items)
        return
    global _TASK
    _TASK = task
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_run_task, items,
                                 chunksize=max(1, len(items) // (workers * 8)))
    finally:
        _TASK = None


def _run_task(item: Any) -> Any:
    assert _TASK is not None, "a worker runs only inside map_in_order"
    return _TASK(item)
