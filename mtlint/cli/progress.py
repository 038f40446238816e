"""A progress bar on stderr while many files are checked in a terminal.

The bar counts finished files in shared memory, so it also advances when
the files are checked in forked worker processes (``--jobs``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TextIO, TypeVar

#: more files than this get a progress bar
PROGRESS_THRESHOLD = 20
_POLL_SECONDS = 0.1

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")
#: a task over a batch of files: one result per file
Task = Callable[[Sequence[_Item]], list[_Result]]


def wants_progress(files: int, out: TextIO, err: TextIO, environ: Mapping[str, str]) -> bool:
    """Only for many files, with stdout and stderr both terminals, and never in CI."""
    return (files > PROGRESS_THRESHOLD and _is_terminal(out) and _is_terminal(err)
            and not in_ci(environ))


def in_ci(environ: Mapping[str, str]) -> bool:
    """Whether ``CI`` is set, as CI services do (``CI=false`` and ``CI=0`` do not count)."""
    return environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # a closed stream
        return False


@contextmanager
def file_progress(files: int, out: TextIO, err: TextIO,
                  environ: Mapping[str, str] | None = None
                  ) -> Iterator[Callable[[Task[_Item, _Result]], Task[_Item, _Result]]]:
    """Yield a wrapper that makes a task advance the bar by the files it checked (or
    leaves it alone).

    The bar is drawn on ``err`` and removed when the block ends.
    """
    if not wants_progress(files, out, err, os.environ if environ is None else environ):
        yield _unchanged
        return
    # imported here: rich and multiprocessing cost 15 ms, a third of a small file's run
    import multiprocessing

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    done = multiprocessing.Value("i", 0)
    progress = Progress(TextColumn("Linting"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=Console(file=err), transient=True)
    bar = progress.add_task("Linting", total=files)
    stop = threading.Event()

    def follow() -> None:
        while not stop.wait(_POLL_SECONDS):
            progress.update(bar, completed=done.value)

    with progress:
        watcher = threading.Thread(target=follow, daemon=True)
        watcher.start()
        try:
            yield lambda task: _counted(task, done)
        finally:
            stop.set()
            watcher.join()
            progress.update(bar, completed=done.value)


def _unchanged(task: Task[_Item, _Result]) -> Task[_Item, _Result]:
    return task


def _counted(task: Task[_Item, _Result], done: Any) -> Task[_Item, _Result]:
    def run(items: Sequence[_Item]) -> list[_Result]:
        results = task(items)
        with done.get_lock():
            done.value += len(results)
        return results

    return run
