"""A progress bar on stderr while many files are checked in a terminal.

The bar counts finished files in shared memory, so it also advances when
the files are checked in forked worker processes (``--jobs``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

#: more files than this get a progress bar
PROGRESS_THRESHOLD = 20
_POLL_SECONDS = 0.1

#: advances the bar by the number of files just checked
Advance = Callable[[int], None]


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
                  environ: Mapping[str, str] | None = None) -> Iterator[Advance]:
    """Yield the function that advances the bar by a number of files checked, in this
    process or a forked worker (or does nothing when no bar is wanted).

    The bar is drawn on ``err`` and removed when the block ends.
    """
    if not wants_progress(files, out, err, os.environ if environ is None else environ):
        yield _no_bar
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

    def advance(checked: int) -> None:
        with done.get_lock():  # files a dead worker had checked are checked again
            done.value = min(files, done.value + checked)

    with progress:
        watcher = threading.Thread(target=follow, daemon=True)
        watcher.start()
        try:
            yield advance
        finally:
            stop.set()
            watcher.join()
            progress.update(bar, completed=done.value)


def _no_bar(checked: int) -> None:
    """Advance no bar."""
