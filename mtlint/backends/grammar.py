"""A run's connection to LanguageTool: grammar and spelling findings (family O).

``open_grammar`` connects a run to the LanguageTool server that the settings
name (``languagetool = URL`` or ``"local"``); ``merge.lint_with_grammar``
adds the session's findings to a document's built-in findings, then applies
the suppression comments to both. An unreachable or failing server costs
one warning and the grammar checks, never the run, unless
``languagetool-required`` is set.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TextIO

from mtlint.backends.annotate import paragraphs_of
from mtlint.backends.cache import ResultCache
from mtlint.backends.checker import ParagraphChecker
from mtlint.backends.client import LanguageToolClient
from mtlint.backends.findings import FindingMaker
from mtlint.backends.matches import Match
from mtlint.backends.names import article_names
from mtlint.backends.table import FALLBACK_COUNT, FALLBACK_FIRST, LanguageToolTable, load_table
from mtlint.cache.user_folder import default_cache_folder
from mtlint.config.settings import Settings
from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.per_file import ignored_for
from mtlint.engine.rule import Diagnostic
from mtlint.engine.select import is_selected, matches
from mtlint.errors import BackendError

if TYPE_CHECKING:
    from mtlint.engine.build import Run


class GrammarSession:
    """One run's use of a LanguageTool server."""

    def __init__(self, settings: Settings, checker: ParagraphChecker, table: LanguageToolTable,
                 err: TextIO) -> None:
        self.settings = settings
        self.checker = checker
        self.table = table
        self.err = err
        self._failure = _SharedFlag()
        self._maker = FindingMaker(table)

    @property
    def failed(self) -> bool:
        """Whether the server has failed, in this process or another worker of the run."""
        return self._failure.is_set()

    def findings(self, doc: Document, ctx: Context) -> list[Diagnostic]:
        """The selected O findings of ``doc``; [] once the server has failed."""
        if self.failed:
            return []
        paragraphs = paragraphs_of(doc)
        try:
            per_paragraph = self.checker.check(paragraphs)
        except BackendError as exc:
            self.fail(exc)
            return []
        found = []
        ignored = ignored_for(self.settings, doc.path)
        for para, paragraph_matches in zip(paragraphs, per_paragraph, strict=True):
            for match in paragraph_matches:
                if self._spells_a_name(match, para.start, doc, ctx):
                    continue
                diagnostic = self._maker.diagnostic(match, para.start, doc.text)
                if self._selected(diagnostic.code) and not _ignored(diagnostic.code, ignored):
                    found.append(diagnostic)
        return found

    def codes(self, path: str) -> tuple[str, ...]:
        """The O codes ``findings`` looks for in the file ``path``: those it may report
        there; none once the server has failed. Suppression comments naming other O
        codes are not judged."""
        if self.failed:
            return ()
        ignored = ignored_for(self.settings, path)
        return tuple(code for code in self._looked_for if not _ignored(code, ignored))

    @cached_property
    def _looked_for(self) -> tuple[str, ...]:
        listed = self.table.running_codes({*self.settings.select, *self.settings.extend_select})
        fallback = [f"O{number}" for number in
                    range(FALLBACK_FIRST, FALLBACK_FIRST + FALLBACK_COUNT)]
        return tuple(code for code in (*listed, *fallback) if self._selected(code))

    def fail(self, exc: BackendError) -> None:
        """Stop asking the server, in every worker of the run: warn once, or raise when the
        server is required."""
        # a required server's failure raises, and stays an error for each file asking
        if self.settings.languagetool_required or self._failure.set_first():
            report_failure(self.settings, exc, self.err)

    def _spells_a_name(self, match: Match, offset: int, doc: Document, ctx: Context) -> bool:
        """Whether a spell checker flags a name of the article (no error in news)."""
        if not self.table.is_spelling(match.rule_id):
            return False
        names = article_names(doc, ctx)  # found once per document, when first needed
        start, end = offset + match.start, offset + match.end
        return names.covers(start, end) or names.mid_sentence_capital(start)

    def _selected(self, code: str) -> bool:
        return is_selected(code, self.settings.select, self.settings.ignore,
                           self.settings.extend_select)


class _SharedFlag:
    """A flag the run's forked worker processes share: set by the first to fail. Where
    shared memory cannot be had (no ``/dev/shm``), a flag of this process alone."""

    def __init__(self) -> None:
        import multiprocessing  # 4 ms: only for runs that use LanguageTool

        try:
            self._value: Any = multiprocessing.RawValue("b", 0)
            self._lock: Any = multiprocessing.Lock()
        except OSError:
            self._value = SimpleNamespace(value=0)
            self._lock = threading.Lock()

    def is_set(self) -> bool:
        return bool(self._value.value)

    def set_first(self) -> bool:
        """Set the flag; True if it was not set before (in any process)."""
        with self._lock:
            first = not self._value.value
            self._value.value = 1
        return first


def _ignored(code: str, ignored: tuple[str, ...]) -> bool:
    """Whether ``per-file-ignores`` turns ``code`` off (``ALL`` or a matching selector)."""
    return any(matches(code, selector) for selector in ignored)


def report_failure(settings: Settings, exc: BackendError, err: TextIO) -> None:
    """One warning line on ``err``; a BackendError instead when the server is required."""
    if settings.languagetool_required:
        raise BackendError(f"{exc.message} (--languagetool-required)") from exc
    err.write(f"mtlint: warning: {exc.message}; grammar checks (O codes) skipped, "
              "built-in rules only\n")


@contextmanager
def open_grammar(run: Run, err: TextIO, use_cache: bool = True) -> Iterator[Run]:
    """``run`` with a grammar session when the settings ask for LanguageTool.

    Raises BackendError when the server cannot be reached and is required;
    otherwise warns once on ``err`` and yields ``run`` unchanged.
    """
    where = run.settings.languagetool.strip()
    if not where:
        yield run
        return
    table = load_table()
    local = None
    try:
        try:
            if where == "local":
                from mtlint.backends.local import start_local_server

                local = start_local_server(table.language)
                where = local.url
            client = LanguageToolClient(where)
            version = client.version(table.language)
        except BackendError as exc:
            report_failure(run.settings, exc, err)
            yield run
            return
        params = table.params((*run.settings.select, *run.settings.extend_select))
        cache = ResultCache(default_cache_folder(), f"{version} {params}") if use_cache else None
        session = GrammarSession(run.settings, ParagraphChecker(client, params, cache), table,
                                 err)
        yield run.replaced(grammar=session)
        if cache is not None:
            cache.prune()
    finally:
        if local is not None:
            local.close()
