"""The progress bar: only for many files in a terminal, never in CI."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from mtlint.cli.main import main
from mtlint.cli.progress import PROGRESS_THRESHOLD, file_progress, in_ci, wants_progress


class _Terminal(io.StringIO):
    """An in-memory stream that says it is a terminal."""

    def isatty(self) -> bool:
        super().isatty()  # raises ValueError once closed, as real streams do
        return True


MANY = PROGRESS_THRESHOLD + 1


@pytest.mark.parametrize(("files", "out_tty", "err_tty", "environ", "expected"), [
    (MANY, True, True, {}, True),
    (PROGRESS_THRESHOLD, True, True, {}, False),
    (MANY, False, True, {}, False),
    (MANY, True, False, {}, False),
    (MANY, True, True, {"CI": "true"}, False),
    (MANY, True, True, {"CI": "1"}, False),
    (MANY, True, True, {"CI": "false"}, True),
    (MANY, True, True, {"CI": ""}, True),
], ids=["terminal", "few-files", "stdout-piped", "stderr-piped", "ci-true", "ci-one",
        "ci-false", "ci-empty"])
def test_wants_progress(files: int, out_tty: bool, err_tty: bool, environ: dict[str, str],
                        expected: bool) -> None:
    out = _Terminal() if out_tty else io.StringIO()
    err = _Terminal() if err_tty else io.StringIO()
    assert wants_progress(files, out, err, environ) is expected


def test_closed_stream_is_not_a_terminal() -> None:
    closed = _Terminal()
    closed.close()
    assert not wants_progress(MANY, closed, _Terminal(), {})


def test_in_ci_reads_the_ci_variable() -> None:
    assert in_ci({"CI": "True"})
    assert not in_ci({})


def test_silent_progress_writes_nothing() -> None:
    err = _Terminal()
    with file_progress(MANY, _Terminal(), err, {"CI": "true"}) as advance:
        advance(MANY)
    assert err.getvalue() == ""


def test_terminal_progress_counts_every_finished_file() -> None:
    err = _Terminal()
    with file_progress(MANY, _Terminal(), err, {}) as advance:
        advance(3)
        advance(MANY - 3)
    assert f"{MANY}/{MANY}" in err.getvalue()
    assert "Linting" in err.getvalue()


def test_files_checked_again_after_a_worker_died_do_not_overshoot_the_bar() -> None:
    err = _Terminal()
    with file_progress(MANY, _Terminal(), err, {}) as advance:
        advance(MANY)
        advance(5)  # a dead worker's files, checked again one by one
    assert f"{MANY}/{MANY}" in err.getvalue()
    assert f"{MANY + 5}/{MANY}" not in err.getvalue()


def _articles(tmp_path: Path) -> str:
    for i in range(MANY):
        (tmp_path / f"a{i}.md").write_text("Prices rose.\n", encoding="utf-8")
    return str(tmp_path)


def test_check_in_ci_draws_no_bar_even_in_a_terminal(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    out, err = _Terminal(), _Terminal()
    assert main(["check", _articles(tmp_path)], out, err) == 0
    assert err.getvalue() == ""
    assert f"no findings in {MANY} files" in out.getvalue()


def test_check_in_a_terminal_draws_the_bar_on_stderr(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    out, err = _Terminal(), _Terminal()
    assert main(["check", _articles(tmp_path)], out, err) == 0
    assert "Linting" in err.getvalue()
    assert "Linting" not in out.getvalue()
