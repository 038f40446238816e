"""Grammar findings from a real LanguageTool server: offsets, names, merging, caching."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mtlint.backends.checker import ParagraphChecker
from mtlint.backends.client import LanguageToolClient
from mtlint.backends.grammar import GrammarSession, open_grammar
from mtlint.backends.merge import lint_with_grammar
from mtlint.backends.table import load_table
from mtlint.cache.files import read_sealed, write_sealed
from mtlint.config.settings import Settings
from mtlint.document import Document, Span
from mtlint.engine.build import Run, build_run
from mtlint.errors import BackendError
from mtlint.fix.model import Applicability


@pytest.fixture
def grammar_run(languagetool_url: str) -> Iterator[Run]:
    with open_grammar(build_run(Settings(languagetool=languagetool_url)), io.StringIO()) as run:
        assert run.grammar is not None
        yield run


def _found(run: Run, doc: Document) -> list[tuple[str, str]]:
    result = lint_with_grammar(run.linter, run.grammar, doc)
    return [(d.code, doc.text[d.start : d.end]) for d in result.diagnostics]


def test_offsets_stay_exact_after_characters_outside_the_bmp(grammar_run: Run) -> None:
    doc = Document("I 😀 saw a apple and 𝔘 a orange.")
    result = lint_with_grammar(grammar_run.linter, grammar_run.grammar, doc)
    found = [(d.code, d.start, d.end, d.meta.category) for d in result.diagnostics]
    assert found == [("O201", 8, 9, "Fluency/Spelling"), ("O201", 22, 23, "Fluency/Spelling")]


def test_masked_text_is_skipped_and_offsets_count_it(grammar_run: Run) -> None:
    text = "He go home. See `he go there` and 😀 a apple.\n"
    masked = Span(text.index("`"), text.index("` ") + 1)
    found = _found(grammar_run, Document(text, masked=[masked]))
    assert found == [("O206", "go"), ("O201", "a")]
    assert text.index(" a apple") + 1 == text.rindex("a apple")


def test_findings_in_later_paragraphs_point_into_the_file(grammar_run: Run) -> None:
    text = " date 2023-10-01\n\nThe talks ended.\n\nShe ate a apple.\n"
    doc = Document(text)
    result = lint_with_grammar(grammar_run.linter, grammar_run.grammar, doc)
    (finding,) = [d for d in result.diagnostics if d.code == "O201"]
    assert (finding.start, doc.position(finding.start)) == (text.index("a apple"), (5, 9))


def test_a_suggestion_is_an_unsafe_fix_and_disarmed_inside_quotations(grammar_run: Run) -> None:
    doc = Document("She ate a apple. He said, “I ate a apple.”")
    fixes = [d.fix.applicability for d in
             lint_with_grammar(grammar_run.linter, grammar_run.grammar, doc).diagnostics
             if d.code == "O201" and d.fix]
    assert fixes == [Applicability.UNSAFE, Applicability.DISPLAY_ONLY]


def test_a_builtin_finding_on_the_same_span_absorbs_the_grammar_one(grammar_run: Run) -> None:
    found = _found(grammar_run, Document("The risk is high . She ate a apple."))
    assert [code for code, _ in found] == ["L104", "O201"]


def test_spell_checking_spares_the_names_of_the_article(languagetool_url: str) -> None:
    settings = Settings(languagetool=languagetool_url, extend_select=("O101",))
    text = ("Niu Ruifei said teh talks went well. Later, Modrow arrived. Niu agreed.\n\n"
            "Shoygu spoke.\n")
    with open_grammar(build_run(settings), io.StringIO()) as run:
        assert _found(run, Document(text)) == [("O101", "teh")]


def test_the_spell_checker_is_off_by_default(grammar_run: Run) -> None:
    assert _found(grammar_run, Document("We recieved the letter.")) == []


def test_ignored_codes_are_not_reported(languagetool_url: str) -> None:
    settings = Settings(languagetool=languagetool_url, ignore=("O2",))
    with open_grammar(build_run(settings), io.StringIO()) as run:
        assert _found(run, Document("She ate a apple. He go home.")) == []


def test_answers_are_cached_per_paragraph(grammar_run: Run, private_cache: Path) -> None:
    doc = Document("She ate a apple.\n\nHe left.\n")
    _found(grammar_run, doc)
    entries = sorted(private_cache.rglob("*.json"))
    assert len(entries) == 2
    for entry in entries:  # prove that the next run reads the cache, not the server
        body = read_sealed(entry)
        assert body is not None
        matches = json.loads(body)
        for match in matches:
            match[5] = "From the cache."
        write_sealed(entry, json.dumps(matches).encode("utf-8"))
    result = lint_with_grammar(grammar_run.linter, grammar_run.grammar, doc)
    assert [d.message for d in result.diagnostics if d.code == "O201"] == ["From the cache."]


def test_a_request_the_server_rejects_is_a_backend_error(languagetool_url: str) -> None:
    with pytest.raises(BackendError, match="answered HTTP 400"):
        LanguageToolClient(languagetool_url).check({"language": "xx-NOWHERE", "text": "Hi."})


def test_the_client_accepts_the_v2_url_form(languagetool_url: str) -> None:
    client = LanguageToolClient(languagetool_url.rstrip("/") + "/v2/")
    assert client.version("en-US").startswith("6.")


def _lost_server(url: str, settings: Settings, err: io.StringIO) -> GrammarSession:
    """A session whose server went away after the run started."""
    return GrammarSession(settings, ParagraphChecker(LanguageToolClient(url), {}, None),
                          load_table(), err)


def test_a_server_lost_mid_run_warns_once_and_stops_asking(closed_port_url: str) -> None:
    err = io.StringIO()
    session = _lost_server(closed_port_url, Settings(), err)
    linter = build_run(Settings()).linter
    for text in ("She ate a apple.", "He go home."):
        assert lint_with_grammar(linter, session, Document(text)).diagnostics == []
    assert len(err.getvalue().splitlines()) == 1
    assert session.failed


def test_a_failure_in_one_worker_stops_the_others_without_a_second_warning(
        closed_port_url: str) -> None:
    import multiprocessing

    err = io.StringIO()
    session = _lost_server(closed_port_url, Settings(), err)
    linter = build_run(Settings()).linter

    def in_a_worker() -> None:
        lint_with_grammar(linter, session, Document("She ate a apple."))
        sys.exit(0 if session.failed and len(err.getvalue().splitlines()) == 1 else 3)

    worker = multiprocessing.get_context("fork").Process(target=in_a_worker)
    worker.start()
    worker.join()
    assert worker.exitcode == 0
    assert session.failed  # the parent sees the worker's failure: it asks no more
    assert lint_with_grammar(linter, session, Document("He go home.")).diagnostics == []
    assert err.getvalue() == ""  # the worker warned (its exit code says so); the parent not


def test_without_shared_memory_the_failure_is_this_processs_own(
        closed_port_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    def no_shm(*args: object) -> object:
        raise OSError("no /dev/shm")

    monkeypatch.setattr(multiprocessing, "RawValue", no_shm)
    err = io.StringIO()
    session = _lost_server(closed_port_url, Settings(), err)
    linter = build_run(Settings()).linter
    for text in ("She ate a apple.", "He go home."):
        assert lint_with_grammar(linter, session, Document(text)).diagnostics == []
    assert session.failed
    assert len(err.getvalue().splitlines()) == 1


def test_a_required_server_lost_mid_run_is_an_error(closed_port_url: str) -> None:
    session = _lost_server(closed_port_url, Settings(languagetool_required=True), io.StringIO())
    with pytest.raises(BackendError, match=r"unreachable.*--languagetool-required"):
        lint_with_grammar(build_run(Settings()).linter, session, Document("She ate a apple."))
