"""Checking files in worker processes, results in input order.

Workers are forked, so they inherit the loaded rules instead of rebuilding
or unpickling them; only items go out and results come back, a few dozen at
a time. The task takes such a batch at once (the linter runs each rule over a
batch of files in turn, which is faster than file by file). A worker that
dies (killed for lack of memory, or a rule that ends the process) must not
hang the run or cost the other files their results: its unfinished items
are checked again one at a time by a new worker, and an item that kills
that worker too becomes a ``lost`` result naming why.

Each worker is sent its next batch before it has finished the one in hand,
so that it need not wait while the parent reads another worker's results.

Objects the caller names as ``shared`` (the rules' descriptions, which every
finding points to) exist in the workers as they do in the parent: results
name them by their place in that list instead of carrying a copy. A copy in
each batch was 28 % of the bytes 885 files' results took, and the copies kept
23 MB more in the parent of a 45 MB run.
"""

from __future__ import annotations

import io
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from mtlint.cli.cores import available_cores

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext, ForkProcess

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")
#: a task over a batch of items: one result per item, in order
BatchTask = Callable[[Sequence[_Item]], list[_Result]]

#: items sent to a worker at once: large enough to keep the pipes quiet, small enough
#: that a dying worker costs little and the workers finish together
MOST_PER_BATCH = 64

#: batches a worker holds at once: the one in hand and the next, waiting in its pipe
BATCHES_AHEAD = 2

#: items each worker gets at least when mtlint chooses the number of workers: forking and
#: building every rule first cost more than a second process saves on fewer files (64
#: files took 229 ms with two processes and 253 ms with one; 16 files 184 ms and 173 ms)
FILES_PER_AUTO_WORKER = 32

#: what a dead worker's exit says, for the lost item's message
_LIKELY_CAUSE: dict[int, str] = {signal.SIGKILL.value: " (perhaps for lack of memory)"}

#: the objects the workers inherited that results name by index (``map_in_order``'s
#: ``shared``), set before the workers are forked
_SHARED: list[object] = []


def effective_jobs(jobs: int, items: int) -> int:
    """Worker count: never more workers than items; ``0`` leaves it to mtlint, one per
    available core but at least ``FILES_PER_AUTO_WORKER`` items for each."""
    if jobs == 0:
        most = items // FILES_PER_AUTO_WORKER
        return max(1, min(available_cores(), most)) if most > 1 else 1
    return max(1, min(jobs, items))


def map_in_order(task: BatchTask[_Item, _Result], items: Sequence[_Item], jobs: int,
                 lost: Callable[[_Item, str], _Result],
                 after_death: Callable[[Sequence[_Item], int], None] | None = None,
                 shared: Sequence[object] = ()) -> Iterator[_Result]:
    """``task(batch)`` for batches of the items in order, spread over ``jobs`` forked
    processes; results are yielded as they come, so the caller need not hold them all.

    A batch whose task raises is done again an item at a time; an item whose
    task raises alone, or whose worker dies on it, yields ``lost(item, why)``
    instead; the other items' results are unaffected.
    ``after_death(items, pid)`` is called with the unfinished items of a worker
    that died, so that what it left half done can be cleaned up.
    ``shared`` objects come back from the workers as themselves, not as copies (every
    object of their types in a result is looked up among them: give types with few
    instances).
    """
    guarded = _Guarded(task, lost)
    workers = effective_jobs(jobs, len(items))
    if workers > 1:
        import multiprocessing  # 4 ms: only when there are workers

        if "fork" not in multiprocessing.get_all_start_methods():
            workers = 1
    if workers == 1:
        for start in range(0, len(items), MOST_PER_BATCH):
            yield from guarded(items[start : start + MOST_PER_BATCH])
        return
    size = max(1, min(MOST_PER_BATCH, len(items) // (workers * 8)))
    batches = deque(_Batch(start, list(items[start : start + size]))
                    for start in range(0, len(items), size))
    _SHARED[:] = shared
    try:
        pool = _Pool(multiprocessing.get_context("fork"), guarded, workers, after_death)
        try:
            yield from pool.run(batches)
        finally:
            pool.close()
    finally:
        _SHARED.clear()


def _shared(index: int) -> object:
    """The inherited object a result names (its unpickling)."""
    return _SHARED[index]


def _shared_reducers() -> dict[type, Callable[[Any], str | tuple[Any, ...]]]:
    """A pickler's dispatch table that writes each object of ``_SHARED`` as its index
    (made once in a worker: the objects are those it inherited)."""
    import copyreg  # pickle and copyreg: only when there are workers (1.3 ms)
    import pickle

    indexes = {id(shared): index for index, shared in enumerate(_SHARED)}

    def reduce(obj: object) -> str | tuple[Any, ...]:
        index = indexes.get(id(obj))
        if index is None:  # made in the worker: sent whole
            return obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        return _shared, (index,)

    return {**copyreg.dispatch_table, **{type(shared): reduce for shared in _SHARED}}


def _dumps(results: object, reducers: dict[type, Callable[[Any], str | tuple[Any, ...]]]
           ) -> bytes:
    """``results`` pickled with the dispatch table ``reducers``."""
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = reducers
    pickler.dump(results)
    return buffer.getvalue()


class _Guarded(Generic[_Item, _Result]):
    """The task, with an exception in it turned into the lost result of the item that
    raised it."""

    __slots__ = ("lost", "task")

    def __init__(self, task: BatchTask[_Item, _Result], lost: Callable[[_Item, str], _Result]
                 ) -> None:
        self.task = task
        self.lost = lost

    def __call__(self, items: Sequence[_Item]) -> list[_Result]:
        try:
            return self.task(items)
        except Exception as exc:  # a bug outside the rules must not cost the other items
            if len(items) == 1:
                return [self._lost_to(items[0], exc)]
            return [self(items[index : index + 1])[0] for index in range(len(items))]

    def _lost_to(self, item: _Item, exc: Exception) -> _Result:
        return self.lost(item, f"internal error: {type(exc).__name__}: {exc}; please report it")


class _Batch(Generic[_Item]):
    """Items ``start``, ``start + 1``, … of the input."""

    __slots__ = ("items", "start")

    def __init__(self, start: int, items: list[_Item]) -> None:
        self.start = start
        self.items = items


class _Worker:
    """One forked process and the pipe it takes batches from and answers on."""

    def __init__(self, context: ForkContext, guarded: _Guarded[Any, Any]) -> None:
        self.connection, child = context.Pipe()
        self.process: ForkProcess = context.Process(target=_serve, args=(child, guarded),
                                                    daemon=True)
        self.process.start()
        child.close()
        #: the batches sent and not yet answered, in the order it takes them
        self.batches: deque[_Batch[Any]] = deque()
        self.room_ahead = _room_ahead(self.connection)

    def why_it_died(self) -> str:
        self.process.join()
        code = self.process.exitcode or 0
        if code < 0:
            name = signal.Signals(-code).name
            return f"its worker process was killed by {name}{_LIKELY_CAUSE.get(-code, '')}"
        return f"its worker process ended with exit code {code}"

    def stop(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


class _Pool(Generic[_Item, _Result]):
    """Forked workers, each fed up to ``BATCHES_AHEAD`` batches; a dead one is replaced."""

    def __init__(self, context: ForkContext, guarded: _Guarded[_Item, _Result], size: int,
                 after_death: Callable[[Sequence[_Item], int], None] | None) -> None:
        self.context = context
        self.guarded = guarded
        self.after_death = after_death
        self.workers = [_Worker(context, guarded) for _ in range(size)]

    def run(self, batches: deque[_Batch[_Item]]) -> Iterator[_Result]:
        from multiprocessing.connection import wait

        done: dict[int, _Result] = {}
        following = 0
        while batches or any(w.batches for w in self.workers):
            for ahead in range(1, BATCHES_AHEAD + 1):  # a batch each before any gets two
                for worker in self.workers:
                    if batches and len(worker.batches) < ahead:
                        self._give(worker, batches.popleft(), batches)
            busy = [w for w in self.workers if w.batches]
            ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy]))
            for worker in busy:
                if worker.connection in ready or worker.process.sentinel in ready:
                    self._collect(worker, done, batches)
            while following in done:
                yield done.pop(following)
                following += 1

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()

    def _give(self, worker: _Worker, batch: _Batch[_Item],
              batches: deque[_Batch[_Item]]) -> None:
        """Send ``batch`` to ``worker``, or put it back in ``batches`` if it cannot go now:
        too large to wait behind another batch, or the worker died."""
        import pickle

        sent = pickle.dumps(batch.items, pickle.HIGHEST_PROTOCOL)
        if worker.batches and len(sent) > worker.room_ahead:
            batches.appendleft(batch)
            return
        try:
            worker.connection.send_bytes(sent)
        except OSError:  # it died: its batches go to its successor
            batches.appendleft(batch)
            if not worker.batches:  # idle: replaced now (else when its death is read)
                self._replace(worker)
            return
        worker.batches.append(batch)

    def _collect(self, worker: _Worker, done: dict[int, _Result],
                 batches: deque[_Batch[_Item]]) -> None:
        """Read the worker's results of its oldest batch; if it died, that batch is the
        one it died on, and the batches after it were not begun."""
        import pickle

        batch = worker.batches.popleft()
        try:
            results: list[_Result] = pickle.loads(worker.connection.recv_bytes())
        except (EOFError, OSError):
            why = worker.why_it_died()
            if self.after_death is not None and worker.process.pid is not None:
                self.after_death(batch.items, worker.process.pid)
            batches.extendleft(reversed(worker.batches))
            self._lose(batch, why, done, batches)
            self._replace(worker)
            return
        for offset, result in enumerate(results):
            done[batch.start + offset] = result

    def _lose(self, batch: _Batch[_Item], why: str, done: dict[int, _Result],
              batches: deque[_Batch[_Item]]) -> None:
        """Check a dead worker's batch again one item at a time, to find the one that
        killed it; that one alone is lost."""
        if len(batch.items) > 1:
            batches.extendleft(reversed([_Batch(batch.start + offset, [item])
                                         for offset, item in enumerate(batch.items)]))
        else:
            done[batch.start] = self.guarded.lost(batch.items[0], why)

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.guarded)


def _room_ahead(connection: Connection) -> int:
    """The largest batch (pickled) sent to a worker that is busy. A worker that finishes
    its batch writes its results, and reads nothing, while its next batch waits in the
    pipe: were that batch not to fit in the pipe's buffer, the parent would wait to
    send it while the worker waits to send its results. A quarter of the buffer
    (Linux gives 208 KB; two batches may wait there, each with the kernel's overhead);
    none when the pipe is no socket."""
    import socket
    import stat

    descriptor = connection.fileno()
    if not stat.S_ISSOCK(os.fstat(descriptor).st_mode):
        return 0
    with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as pipe:  # a copy
        return int(pipe.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)) // 4


def _exit_cleanly(signum: int, frame: object) -> None:
    """Leave as Python exits, so a write in progress removes its temporary file."""
    raise SystemExit(128 + signum)


def _serve(connection: Connection, guarded: _Guarded[Any, Any]) -> None:
    """A worker's life: check each batch it is sent until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _exit_cleanly)  # stopped by the parent: clean up writes
    reducers = _shared_reducers()
    while True:
        try:
            items = connection.recv()
        except (EOFError, OSError):
            return
        connection.send_bytes(_dumps(guarded(items), reducers))
