"""Runs of repeated tokens (D104 loops, D105 doubled words)."""

from __future__ import annotations

from mtlint.document import Document
from mtlint.logic import word_repeats
from mtlint.logic.word_repeats import Run, runs


def _runs(text: str, max_period: int = 4) -> list[Run]:
    return runs(Document(text), max_period)


def test_single_word_loop_is_one_run_of_period_one() -> None:
    text = "of Bern, Bern, Bern, Bern, and"
    [run] = _runs(text)
    assert (run.period, run.repeats) == (1, 4)
    assert text[run.start : run.end] == "Bern, Bern, Bern, Bern,"


def test_phrase_loop_is_found_at_its_period() -> None:
    [run] = _runs("see x of the x of the x of the end")
    assert (run.period, run.repeats) == (3, 3)


def test_last_copy_may_close_with_another_mark() -> None:
    [run] = _runs("Bern, Bern, Bern.")
    assert run.repeats == 3


def test_a_loop_is_not_reported_again_at_a_multiple_period() -> None:
    assert [r.period for r in _runs("a a a a a a a a")] == [1]


def test_random_coincidences_are_not_runs() -> None:
    assert _runs("the cat saw the dog and the bird") == []


def test_runs_do_not_cross_lines() -> None:
    assert _runs("It ended with the\nthe next line") == []


def test_a_very_long_line_is_read_in_overlapping_windows(monkeypatch) -> None:
    monkeypatch.setattr(word_repeats, "WINDOW", 200)
    monkeypatch.setattr(word_repeats, "WINDOW_OVERLAP", 40)
    text = "word " * 100 + "the the end " + "more " * 100
    found = [text[r.start : r.end] for r in _runs(text) if r.repeats == 2]
    assert found == ["the the"]
