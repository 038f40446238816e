"""Checking with several processes gives the one-process result, in order."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pytest

from mtlint.cli import parallel
from mtlint.cli.commands import check
from mtlint.cli.parallel import (
    BATCHES_AHEAD,
    FILES_PER_AUTO_WORKER,
    MOST_PER_BATCH,
    available_cores,
    effective_jobs,
    map_in_order,
)
from tests.cli.helpers import run_cli

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PARENT = os.getpid()
_Item = TypeVar("_Item")


def _square(n: int) -> int:
    return n * n


def _each(task: Callable[[_Item], object]) -> Callable[[Sequence[_Item]], list[object]]:
    """A task of one item as the batch task ``map_in_order`` takes."""
    return lambda items: [task(item) for item in items]


def _lost(n: int, why: str) -> str:
    return f"{n} lost: {why}"


def _in_a_worker() -> bool:
    return os.getpid() != PARENT


def _dies_on_13(n: int) -> int:
    if n == 13 and _in_a_worker():
        os._exit(3)
    return n * n


def _killed_on_7_and_40(n: int) -> int:
    if n in (7, 40) and _in_a_worker():
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def _raises_on_5(n: int) -> int:
    if n == 5:
        raise ValueError("five")
    return n * n


def _exits_on_2(n: int) -> int:
    if n == 2 and _in_a_worker():
        raise SystemExit(4)
    return n * n


def test_map_in_order_keeps_input_order_across_processes() -> None:
    results = map_in_order(_each(_square), list(range(50)), 2, _lost)
    assert list(results) == [n * n for n in range(50)]


class _Label:
    """An object that compares by identity, as a rule's description travels."""

    def __init__(self, name: str) -> None:
        self.name = name


_SHARED_LABELS = [_Label("a"), _Label("b")]


def _labelled(n: int) -> tuple[int, _Label, _Label]:
    """The shared label of ``n``'s parity, and one made in the worker."""
    return n, _SHARED_LABELS[n % 2], _Label(f"made for {n}")


def test_shared_objects_come_back_as_themselves_and_others_as_copies() -> None:
    results = list(map_in_order(_each(_labelled), list(range(40)), 2, _lost,
                                shared=_SHARED_LABELS))
    assert all(label is _SHARED_LABELS[n % 2] for n, label, _ in results)
    assert [made.name for _, _, made in results] == [f"made for {n}" for n in range(40)]
    assert parallel._SHARED == []  # the run's shared objects are not kept after it
    unshared = list(map_in_order(_each(_labelled), list(range(40)), 2, _lost))
    assert not any(label is _SHARED_LABELS[n % 2] for n, label, _ in unshared)


def test_map_in_order_sends_several_batches_to_each_worker() -> None:
    items = list(range(MOST_PER_BATCH * 40 + 3))
    assert list(map_in_order(_each(_square), items, 2, _lost)) == [n * n for n in items]


def test_a_dead_worker_loses_only_the_item_that_killed_it() -> None:
    results = list(map_in_order(_each(_dies_on_13), list(range(200)), 2, _lost))
    assert results == [n * n if n != 13 else
                       "13 lost: its worker process ended with exit code 3" for n in range(200)]


def test_a_killed_worker_is_named_with_its_signal_and_the_run_goes_on() -> None:
    results = list(map_in_order(_each(_killed_on_7_and_40), list(range(60)), 2, _lost))
    why = "its worker process was killed by SIGKILL (perhaps for lack of memory)"
    assert results == [f"{n} lost: {why}" if n in (7, 40) else n * n for n in range(60)]


def test_a_worker_that_exits_costs_one_item() -> None:
    results = list(map_in_order(_each(_exits_on_2), list(range(30)), 2, _lost))
    assert results[2] == "2 lost: its worker process ended with exit code 4"
    assert results[:2] + results[3:] == [n * n for n in range(30) if n != 2]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_raising_task_loses_its_item_in_one_process_or_many(jobs: int) -> None:
    results = list(map_in_order(_each(_raises_on_5), list(range(20)), jobs, _lost))
    assert results[5] == "5 lost: internal error: ValueError: five; please report it"
    assert results[:5] + results[6:] == [n * n for n in range(20) if n != 5]


def test_a_file_whose_worker_dies_is_an_error_and_the_others_are_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(30):
        (tmp_path / f"{n:02}.txt").write_text("Loading...\nThe minister spoke.\n",
                                               encoding="utf-8")
    real = check._check_pairs

    def dies_on_17(run: check.Run, request: check.CheckRequest, advance: check.Advance,
                   pairs: Sequence[tuple[str, str]]) -> object:
        if any(shown.endswith("17.txt") for _, shown in pairs) and _in_a_worker():
            os.kill(os.getpid(), signal.SIGKILL)
        return real(run, request, advance, pairs)

    monkeypatch.setattr(check, "_check_pairs", dies_on_17)
    result = run_cli("check", "--format", "concise", "--no-cache", "--jobs", "2", str(tmp_path))
    assert result.code == 2
    assert result.err.splitlines() == [
        f"mtlint: {tmp_path / '17.txt'}: not checked: its worker process was killed by SIGKILL "
        "(perhaps for lack of memory)"]
    reported = {line.split(":")[0] for line in result.out.splitlines() if "A1" in line}
    assert reported == {str(tmp_path / f"{n:02}.txt") for n in range(30) if n != 17}


def test_effective_jobs_caps_at_items_and_expands_zero() -> None:
    assert effective_jobs(4, 2) == 2
    assert effective_jobs(0, 1000) == min(available_cores(), 1000 // FILES_PER_AUTO_WORKER)
    assert effective_jobs(3, 0) == 1


def test_zero_jobs_gives_each_worker_enough_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "available_cores", lambda: 8)
    assert effective_jobs(0, FILES_PER_AUTO_WORKER - 1) == 1
    assert effective_jobs(0, 2 * FILES_PER_AUTO_WORKER) == 2
    assert effective_jobs(0, 100 * FILES_PER_AUTO_WORKER) == 8
    assert effective_jobs(5, 5) == 5  # a number asked for is taken as it is


def test_jobs_two_output_equals_jobs_one() -> None:
    one = run_cli("check", "--format", "json", "--jobs", "1", str(CORPUS / "mt"))
    two = run_cli("check", "--format", "json", "--jobs", "2", str(CORPUS / "mt"))
    assert one.code == two.code == 1
    assert one.out == two.out
    assert one.err == two.err


def test_jobs_two_fixes_a_tree_like_jobs_one(tmp_path: Path) -> None:
    trees = []
    for jobs in ("1", "2"):
        tree = tmp_path / jobs
        tree.mkdir()
        for article in sorted((CORPUS / "mt").glob("*.txt")):
            (tree / article.name).write_bytes(article.read_bytes())
        run_cli("--fix", "--jobs", jobs, str(tree))
        trees.append({p.name: p.read_bytes() for p in sorted(tree.iterdir())})
    assert trees[0] == trees[1]


def test_a_dead_workers_unfinished_items_are_handed_over_for_cleaning_up() -> None:
    deaths: list[tuple[list[int], int]] = []
    results = list(map_in_order(_each(_dies_on_13), list(range(200)), 2, _lost,
                                lambda items, pid: deaths.append((list(items), pid))))
    assert results[13] == "13 lost: its worker process ended with exit code 3"
    assert [13 in items for items, _ in deaths] == [True] * len(deaths)
    assert deaths[-1][0] == [13]  # the last death is the item alone
    assert all(pid != PARENT for _, pid in deaths)


def _writes_slowly(path: str) -> str:
    if path.endswith("slow"):
        marker = Path(path)
        marker.write_text("half written", encoding="utf-8")
        try:
            Path(f"{path}.begun").touch()  # the marker is whole: the cleanup below is armed
            time.sleep(30)
        finally:
            marker.unlink()
    return path


def test_a_worker_stopped_by_its_parent_runs_its_cleanup(tmp_path: Path) -> None:
    slow = tmp_path / "slow"
    results = map_in_order(_each(_writes_slowly), [str(tmp_path / "fast"), str(slow)], 2, _lost)
    assert next(results) == str(tmp_path / "fast")
    deadline = time.monotonic() + 10
    begun = tmp_path / "slow.begun"
    while not begun.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert slow.exists()
    results.close()  # as when the run is interrupted: the workers are terminated
    assert not slow.exists()


def _pool_of_one() -> parallel._Pool[int, object]:
    return parallel._Pool(multiprocessing.get_context("fork"),
                          parallel._Guarded(_each(_square), _lost), 1, None)


def test_a_worker_is_sent_its_next_batch_before_it_answers() -> None:
    pool = _pool_of_one()
    batches = deque(parallel._Batch(start, [start]) for start in range(5))
    try:
        results = pool.run(batches)
        assert next(results) == 0
        # two batches went out at once; one was answered, the other is in hand
        assert len(batches) == 5 - BATCHES_AHEAD
        assert [b.start for b in pool.workers[0].batches] == [1]
        assert list(results) == [1, 4, 9, 16]
    finally:
        pool.close()


class _Recording:
    """A pipe end that keeps what is sent through it."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def send_bytes(self, data: bytes) -> None:
        self.sent.append(data)


class _BusyWorker:
    """A worker with one batch in hand, whose pipe records."""

    def __init__(self) -> None:
        self.batches = deque([parallel._Batch(0, ["in hand"])])
        self.connection = _Recording()
        self.room_ahead = 1000


def test_a_large_batch_waits_for_its_worker_to_be_free() -> None:
    pool = _pool_of_one()
    worker = _BusyWorker()
    try:
        large = parallel._Batch(1, ["x" * 1000])
        batches: deque[parallel._Batch[str]] = deque()
        pool._give(worker, large, batches)  # type: ignore[arg-type]
        assert list(batches) == [large]
        assert worker.connection.sent == []
        small = parallel._Batch(1, ["x" * 100])
        pool._give(worker, small, batches)  # type: ignore[arg-type]
        assert list(batches) == [large]  # still waiting
        assert len(worker.connection.sent) == 1
        assert list(worker.batches)[-1] is small
    finally:
        pool.close()


#: a run whose pipes hold 8 KB (as on some systems): a batch of 24 KB sent to a busy
#: worker would wait in the pipe while the worker waits to send 4 MB of results
_SMALL_PIPES = """
import socket
from mtlint.cli import parallel

measured = parallel._room_ahead

def shrunk(connection):
    with socket.fromfd(connection.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as pipe:
        for option in (socket.SO_SNDBUF, socket.SO_RCVBUF):
            pipe.setsockopt(socket.SOL_SOCKET, option, 4096)
    return measured(connection)

parallel._room_ahead = shrunk
items = [(n, "x" * 12_000) for n in range(40)]
results = parallel.map_in_order(lambda batch: [(n, "r" * 2_000_000) for n, _ in batch],
                                items, 2, lambda item, why: why)
assert [n for n, _ in results] == list(range(40))
print("done")
"""


def test_a_batch_too_large_for_its_pipe_waits_for_a_free_worker() -> None:
    ran = subprocess.run([sys.executable, "-c", _SMALL_PIPES], capture_output=True, text=True,
                         timeout=120, check=False, cwd=CORPUS.parent)
    assert ran.stdout == "done\n", ran.stderr


def test_a_pipe_that_is_no_socket_takes_no_batch_ahead() -> None:
    reader, writer = multiprocessing.get_context("fork").Pipe(duplex=False)
    duplex, other = multiprocessing.get_context("fork").Pipe()
    try:
        assert parallel._room_ahead(reader) == 0
        assert parallel._room_ahead(duplex) > 0
    finally:
        for end in (reader, writer, duplex, other):
            end.close()
