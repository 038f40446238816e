"""Reading archives of articles as (name, text) records: folders, JSON lines, Parquet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from mtlint.cli.discover import discover
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.run import batches
from mtlint.errors import InputError
from mtlint.report.base import FileResult
from mtlint.report.json import finding_object

Record = tuple[str, str]


def read_records(source: Path, settings: Settings, text_field: str = "text",
                 id_field: str = "id") -> Iterator[Record]:
    """Articles of a folder (walked like ``mtlint check``), a ``.jsonl`` or a ``.parquet`` file."""
    if source.is_dir():
        for path, shown in discover([str(source)], settings):
            yield shown, Path(path).read_text(encoding="utf-8")
    elif source.suffix == ".jsonl":
        with source.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    item = json.loads(line)
                    yield str(item.get(id_field, f"{source}:{number}")), item[text_field]
    elif source.suffix == ".parquet":
        yield from _parquet(source, text_field, id_field)
    else:
        raise InputError("not a folder, .jsonl or .parquet archive", str(source))


def _parquet(source: Path, text_field: str, id_field: str) -> Iterator[Record]:
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    names = table.column(id_field).to_pylist() if id_field in table.column_names else None
    for row, text in enumerate(table.column(text_field).to_pylist()):
        yield (str(names[row]) if names else f"{source}:{row + 1}"), str(text)


def lint_records(records: list[Record], settings: Settings) -> list[str]:
    """One JSON line per finding (the ``--format json`` object), in record order; the
    records are linted ``BATCH_CHARS`` of text at a time (``lint_texts``)."""
    from mtlint.api import lint_texts

    lines = []
    for batch in batches(records, lambda record: len(record[1])):
        found = lint_texts([text for _, text in batch], settings, [name for name, _ in batch])
        for (name, text), diagnostics in zip(batch, found, strict=True):
            if not diagnostics:
                continue  # most records: no excerpts, no word count
            file = FileResult.of(Document(text, name), diagnostics).file
            for diagnostic in diagnostics:
                lines.append(json.dumps(finding_object(file, diagnostic), ensure_ascii=False))
    return lines
