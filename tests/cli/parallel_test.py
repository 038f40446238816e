"""Checking with several processes gives the one-process result, in order."""

from __future__ import annotations

from pathlib import Path

from mtlint.cli.parallel import effective_jobs, map_in_order
from tests.cli.helpers import run_cli

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _square(n: int) -> int:
    return n * n


def test_map_in_order_keeps_input_order_across_processes() -> None:
    assert list(map_in_order(_square, list(range(50)), 2)) == [n * n for n in range(50)]


def test_effective_jobs_caps_at_items_and_expands_zero() -> None:
    assert effective_jobs(4, 2) == 2
    assert effective_jobs(0, 1000) >= 1
    assert effective_jobs(3, 0) == 1


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
