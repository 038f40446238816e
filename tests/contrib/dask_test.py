"""The Dask integration gives exactly the single-process output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.contrib.dask import lint_archive, lint_archive_locally

distributed = pytest.importorskip("distributed")
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as dask_client:
        yield dask_client


def test_folder_on_two_workers_equals_one_process(client, tmp_path: Path) -> None:
    for article in sorted(CORPUS.glob("mt/*.txt")):
        (tmp_path / article.name).write_bytes(article.read_bytes())
    local = lint_archive_locally(tmp_path)
    assert local, "the sample corpus has findings"
    assert lint_archive(tmp_path, client, batch=3) == local


def test_jsonl_and_parquet_archives(client, tmp_path: Path) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    texts = sorted(CORPUS.glob("mt/*.txt"))
    records = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in texts]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    parquet = tmp_path / "a.parquet"
    pq.write_table(pyarrow.Table.from_pylist(records), parquet)
    expected = lint_archive_locally(jsonl, {"select": ["G", "F"]})
    assert expected
    assert lint_archive(jsonl, client, {"select": ["G", "F"]}, batch=4) == expected
    assert lint_archive(parquet, client, {"select": ["G", "F"]}, batch=5) == expected
    assert {json.loads(line)["path"] for line in expected} <= {p.name for p in texts}
