"""The Python API: pure functions over strings, picklable in and out."""

from __future__ import annotations

import pickle

import pytest

import mtlint
from mtlint.config.settings import Settings
from mtlint.errors import ConfigError

TEXT = " date 2023-10-01\n\nRead also: Markets fall\n\nOn Sunday (1/10/2023) talks ended.\n"


def test_lint_text_returns_sorted_findings() -> None:
    codes = [d.code for d in mtlint.lint_text(TEXT)]
    assert codes == ["A102", "G101"]


def test_lint_texts_gives_each_text_its_own_findings() -> None:
    comment = "<!-- Loading... -->\nThe minister spoke.\n"  # masked in Markdown only
    texts = [TEXT, "A clean sentence.\n", comment, comment]
    paths = ["a.txt", "b.txt", "c.md", "d.txt"]
    together = mtlint.lint_texts(texts, {"select": ["G", "A"]}, paths)
    assert together == [mtlint.lint_text(text, {"select": ["G", "A"]}, path)
                        for text, path in zip(texts, paths, strict=True)]
    assert [len(found) for found in together] == [2, 0, 0, 1]


def test_lint_texts_needs_a_path_for_every_text() -> None:
    with pytest.raises(ValueError, match="zip"):
        mtlint.lint_texts([TEXT, TEXT], None, ["a.txt"])


def test_config_as_mapping_or_settings() -> None:
    assert [d.code for d in mtlint.lint_text(TEXT, {"select": ["G"]})] == ["G101"]
    assert [d.code for d in mtlint.lint_text(TEXT, Settings(ignore=("G",)))] == ["A102"]


def test_unknown_config_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="did you mean 'select'"):
        mtlint.lint_text(TEXT, {"selct": ["G"]})


def test_fix_text_applies_safe_fixes_and_reports_the_rest() -> None:
    fixed, remaining = mtlint.fix_text(TEXT)
    assert fixed == " date 2023-10-01\n\nOn Sunday (October 1, 2023) talks ended.\n"
    assert remaining == []


def test_findings_and_settings_survive_pickling() -> None:
    findings = mtlint.lint_text(TEXT)
    assert pickle.loads(pickle.dumps(findings)) == findings
    settings = Settings(select=("G",), style="ap")
    assert pickle.loads(pickle.dumps(settings)) == settings


def test_threads_asking_at_once_build_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from mtlint import api

    built: list[Settings] = []
    real = api.build_run

    def slow_build(settings: Settings) -> api.Run:
        built.append(settings)
        time.sleep(0.2)  # long enough for every thread to ask while the first builds
        return real(settings)

    monkeypatch.setattr(api, "build_run", slow_build)
    config = {"select": ["A102"], "style": "ap"}  # settings no other test asks for
    start = threading.Barrier(4)
    codes: list[list[str]] = []

    def lint() -> None:
        start.wait()
        codes.append([d.code for d in mtlint.lint_text(TEXT, config)])

    threads = [threading.Thread(target=lint) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
    assert codes == [["A102"]] * 4
