"""Reusing lint results of unchanged files across runs (``--no-cache`` turns it off).

An entry is keyed by the run's fingerprint (mtlint version and code, rule
packs, settings), the rules that ran, the file's name (its format and
per-file settings) and its text. Only the lint result of one text is
stored, so ``--fix`` sees every fixable finding and relints what it fixes.
"""

from __future__ import annotations

import os
from pathlib import Path

from mtlint.cache.codec import UndecodableEntryError, decode_diagnostics, encode_diagnostics
from mtlint.cache.digest import blake2b
from mtlint.cache.fingerprint import run_fingerprint
from mtlint.cache.patterns import compile_sre
from mtlint.cache.prune import prune_cache
from mtlint.cache.store import EntryStore
from mtlint.document import Document
from mtlint.engine.build import Run
from mtlint.engine.rule import Rule
from mtlint.engine.run import Linter, LintResult
from mtlint.score.article import count_words, remember_word_count

CACHE_FOLDER = ".mtlint_cache"
ENV_FOLDER = "MTLINT_CACHE_DIR"
_FORMAT = "3"  # 3: findings are stored before suppression comments apply
#: results kept per configuration (mtlint version, packs and settings): about 1 KB each
MOST_RESULTS = 100_000
#: folders of other configurations kept besides the one in use (a branch with other settings)
MOST_OTHER_CONFIGURATIONS = 2
_CONFIGURATION_FOLDER = compile_sre(r"v\d+-[0-9a-f]{20}")


class ResultCache:
    """Lint results stored per (run, rules, path, text)."""

    def __init__(self, store: EntryStore, fingerprint: str) -> None:
        self.store = store
        self.fingerprint = fingerprint

    def load(self, rules: list[Rule], doc: Document) -> LintResult | None:
        """The stored result for ``doc`` under ``rules``, or None."""
        entry = self.store.read(self._key(rules, doc))
        if not isinstance(entry, dict) or entry.get("path") != doc.path:
            return None
        words = entry.get("words")
        if type(words) is not int:
            return None
        try:
            metas = {rule.meta.code: rule.meta for rule in rules}
            result = LintResult(decode_diagnostics(entry.get("diagnostics"), metas))
        except UndecodableEntryError:
            return None
        remember_word_count(doc, words)
        return result

    def save(self, rules: list[Rule], doc: Document, result: LintResult) -> None:
        """Store ``result`` unless a rule failed (failures must be reported every time)."""
        if not result.failures:
            self.store.write(self._key(rules, doc), {
                "path": doc.path, "words": count_words(doc),
                "diagnostics": encode_diagnostics(result.diagnostics)})

    def prune(self) -> None:
        """Once a day, drop the least recently used results beyond ``MOST_RESULTS`` and
        the folders of configurations least recently used beyond the newest few."""
        folder = self.store.folder
        prune_cache(folder, folder.parent / "results.pruned", MOST_RESULTS,
                    MOST_OTHER_CONFIGURATIONS, _CONFIGURATION_FOLDER)

    def _key(self, rules: list[Rule], doc: Document) -> str:
        digest = blake2b(f"{self.fingerprint}\0{doc.path}\0".encode(), digest_size=32)
        digest.update(",".join(rule.meta.code for rule in rules).encode())
        digest.update(repr(doc.masked.spans).encode())  # masks a caller passed in count too
        digest.update(b"\0")
        digest.update(doc.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


def cache_folder(run: Run) -> Path:
    """``$MTLINT_CACHE_DIR``, else ``.mtlint_cache`` beside the config file or here."""
    configured = os.environ.get(ENV_FOLDER)
    if configured:
        return Path(configured)
    source = run.settings.source
    return (source.parent if source is not None else Path.cwd()) / CACHE_FOLDER


def prune_results(run: Run) -> None:
    """Prune the result cache ``with_cache`` gave ``run``, when it is due."""
    if isinstance(run.linter.ctx.results, ResultCache):
        run.linter.ctx.results.prune()


def with_cache(run: Run) -> Run:
    """The same run, with its linter reading and writing the result cache."""
    fingerprint = run_fingerprint(run.settings)
    store = EntryStore(cache_folder(run) / f"v{_FORMAT}-{fingerprint[:20]}")
    ctx = run.linter.ctx.with_results(ResultCache(store, fingerprint))
    return run.replaced(linter=Linter(run.linter.rules, ctx))
