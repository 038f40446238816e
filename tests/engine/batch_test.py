"""Linting documents together (``Linter.lint_each``) gives each the findings it has alone."""

from __future__ import annotations

from pathlib import Path

from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.build import build_run
from mtlint.engine.run import BATCH_CHARS, LintResult, batches

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _shown(result: LintResult) -> list[tuple[str, int, int, str]]:
    return [(d.code, d.start, d.end, repr(d.fix)) for d in result.diagnostics]


def test_each_document_of_a_batch_has_the_findings_it_has_alone() -> None:
    paths = sorted((CORPUS / "mt").glob("*.txt"))[:40]
    texts = [(path.read_text(encoding="utf-8"), path.name) for path in paths]
    together = [_shown(result) for result in build_run(Settings()).linter.lint_each(
        [Document(text, name) for text, name in texts])]  # rules built during the batch
    linter = build_run(Settings()).linter
    alone = [_shown(linter.lint(Document(text, name))) for text, name in texts]
    assert together == alone
    assert sum(map(len, alone)) > 100  # the batch has findings to compare


def test_a_batch_keeps_the_order_and_suppressions_of_its_documents() -> None:
    linter = build_run(Settings()).linter
    dirty = "Loading...\nThe minister spoke.\n"
    silenced = "<!-- mtlint: disable-next-line=A101 -->\nLoading...\nThe minister spoke.\n"
    results = linter.lint_each([Document(dirty, "a.md"), Document(silenced, "b.md"),
                                Document(dirty, "c.md")])
    codes = [[d.code for d in result.diagnostics] for result in results]
    assert codes[0] == codes[2]
    assert "A101" in codes[0]
    assert "A101" not in codes[1]


def test_batches_end_once_their_size_reaches_the_limit() -> None:
    sizes = [BATCH_CHARS // 2, BATCH_CHARS // 2 - 1, 1, BATCH_CHARS * 3, 5, 7]
    assert list(batches(sizes, lambda size: size)) == [
        [BATCH_CHARS // 2, BATCH_CHARS // 2 - 1, 1], [BATCH_CHARS * 3], [5, 7]]
    assert list(batches([], len)) == []
