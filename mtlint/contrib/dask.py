"""Linting large archives on a Dask distributed cluster.

Install with ``pip install 'mtlint[dask]'``. Example::

    from distributed import Client
    from mtlint.contrib.dask import lint_archive

    client = Client("tcp://scheduler:8786")
    for line in lint_archive("articles.parquet", client, {"select": ["G", "F"]}):
        print(line)

The result is exactly what one process gives (``lint_archive_locally``): one
JSON line per finding, records in archive order, findings by offset.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.api import Config, resolve_config
from mtlint.contrib.archive import Record, lint_records, read_records

if TYPE_CHECKING:
    from distributed import Client

#: records sent to a worker in one task
BATCH = 200


def lint_archive_locally(source: str | Path, config: Config = None, text_field: str = "text",
                         id_field: str = "id") -> list[str]:
    """Lint an archive in this process; the reference for ``lint_archive``."""
    settings = resolve_config(config)
    return lint_records(list(read_records(Path(source), settings, text_field, id_field)),
                        settings)


def lint_archive(source: str | Path, client: Client, config: Config = None,
                 text_field: str = "text", id_field: str = "id",
                 batch: int = BATCH) -> list[str]:
    """Lint an archive on the cluster behind ``client``, in batches of ``batch`` records."""
    settings = resolve_config(config)
    records = read_records(Path(source), settings, text_field, id_field)
    futures = [client.submit(lint_records, chunk, settings, pure=False)
               for chunk in _chunks(records, batch)]
    gathered: list[list[str]] = client.gather(futures)  # type: ignore[no-untyped-call]
    return [line for lines in gathered for line in lines]


def _chunks(records: Iterator[Record], size: int) -> list[list[Record]]:
    iterator = iter(records)
    chunks = []
    while chunk := list(islice(iterator, size)):
        chunks.append(chunk)
    return chunks
