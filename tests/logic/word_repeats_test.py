"""Runs of repeated tokens (D104 loops, D105 doubled words)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtlint.document import Document
from mtlint.logic import word_repeats
from mtlint.logic.word_repeats import Run, runs


def _runs(text: str, max_period: int = 4) -> list[Run]:
    return runs(Document(text), max_period)


@pytest.mark.parametrize("text", [
    "Jakarta\nJakarta\nJakarta\nJakarta",  # one-word lines: their breaks are pairs too
    "said\nfour said\nfour said",  # lines of two words after one of one
    "The vote\n\nThe vote\n\nThe vote",
])
def test_lines_alike_make_no_run_across_them(text: str) -> None:
    assert _runs(text, max_period=8) == []


@pytest.mark.parametrize(("text", "spans"), [
    ("the vote was was", [(9, 16)]),  # the only equal pair is the last
    ("was was the vote", [(0, 7)]),
    ("ha ha\nha\nha ha", [(0, 5), (9, 14)]),
])
def test_doubled_words_at_either_end_of_a_line_are_runs(
        text: str, spans: list[tuple[int, int]]) -> None:
    assert [(run.start, run.end) for run in _runs(text, max_period=8)] == spans


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


def test_a_very_long_line_is_read_in_overlapping_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_repeats, "WINDOW", 200)
    monkeypatch.setattr(word_repeats, "WINDOW_OVERLAP", 40)
    text = "word " * 100 + "the the end " + "more " * 100
    found = [text[r.start : r.end] for r in _runs(text) if r.repeats == 2]
    assert found == ["the the"]


# --- runs do not depend on where the line starts -------------------------------

PREFIX = ("p0", "p1", "p2", "p3", "p4")  # unrelated and distinct: they never repeat
#: few words and marks, so that runs of several periods overlap often
VOCABULARY = ("w1", "w2", "w6", "w1,", "w1.", "w6.")


def _token_runs(tokens: list[str], max_period: int) -> list[tuple[int, int, int]]:
    """``(period, first, last)`` token indices of the runs in ``tokens`` on one line."""
    text = " ".join(tokens)
    index = {m.start(): k for k, m in enumerate(re.finditer(r"\S+", text))}
    return [(r.period, index[r.start], index[r.starts[-1]])
            for r in runs(Document(text), max_period)]


@settings(max_examples=300)
@given(tokens=st.lists(st.sampled_from(VOCABULARY), max_size=40),
       max_period=st.integers(1, 8))
@example(tokens=["w6", "w6", "w1", "w6", "w1"], max_period=2)
def test_runs_are_the_same_whatever_comes_before_them(tokens: list[str],
                                                      max_period: int) -> None:
    found = _token_runs(tokens, max_period)
    for k in range(1, len(PREFIX) + 1):
        shifted = _token_runs([*PREFIX[:k], *tokens], max_period)
        assert [(p, first - k, last - k) for p, first, last in shifted] == found, k


def test_a_phrase_run_overlapping_a_doubled_word_is_found_at_any_offset() -> None:
    for prefix in ["", "w9 ", "w8 w9 ", "w7 w8 w9 "]:
        text = prefix + "w6 w6 w1 w6 w1"
        found = [(r.period, text[r.start : r.end]) for r in _runs(text)]
        assert found == [(1, "w6 w6"), (2, "w6 w1 w6 w1")], prefix


def test_runs_of_different_periods_may_start_at_the_same_word() -> None:
    for prefix in ["", "so ", "so it "]:
        text = prefix + "the the end, the the end, the the end."
        found = [(r.period, r.repeats, text[r.start : r.end]) for r in _runs(text)]
        assert found == [(1, 2, "the the"), (3, 3, "the the end, the the end, the the end."),
                         (1, 2, "the the"), (1, 2, "the the")], prefix


def test_a_loop_made_of_doubled_words_is_a_run_of_its_own() -> None:
    # Three period-1 runs cover every token between them, but none holds the loop.
    text = "ha ha ho ho ha ha ho ho ha ha ho ho"
    assert [(r.period, r.repeats) for r in _runs(text)] == [
        (1, 2), (4, 3), (1, 2), (1, 2), (1, 2), (1, 2), (1, 2)]


def test_each_stretch_is_compared_once_per_period(monkeypatch: pytest.MonkeyPatch) -> None:
    """``ha ha ha …`` is one row of equal lengths and one stretch per period: linear time."""
    calls: list[int] = []
    compare = word_repeats._equal_stretches

    def counted(tokens: list[str], start: int, end: int, period: int) -> list[tuple[int, int]]:
        calls.append(period)
        return compare(tokens, start, end, period)

    monkeypatch.setattr(word_repeats, "_equal_stretches", counted)
    [run] = _runs("ha " * 3000, max_period=8)
    assert (run.period, run.repeats) == (1, 3000)
    assert sorted(calls) == list(range(1, 9))


def _stretches_one_by_one(tokens: list[str], max_period: int) -> list[tuple[int, int, int]]:
    """``word_repeats._stretches`` the slow way: every pair compared."""
    found = []
    for period in range(1, max_period + 1):
        equal = [tokens[k] == tokens[k + period] for k in range(len(tokens) - period)] + [False]
        first = None
        for k, same in enumerate(equal):
            if same and first is None:
                first = k
            elif not same and first is not None:
                if k - first >= period:
                    found.append((period, first, k - 1))
                first = None
    return found


#: tokens of one length (only the tokens tell them apart), and long ones (lengths 44 and
#: 300 agree in their lowest byte)
LENGTHS_ALIKE = ("ab", "cd", "ef", "ab,", "x" * 300, "y" * 44, "z" * 300)


@settings(max_examples=400)
@given(tokens=st.lists(st.sampled_from(LENGTHS_ALIKE), max_size=40),
       max_period=st.integers(1, 8))
@example(tokens=["ab", "cd", "ab", "cd", "ef", "ab", "cd"], max_period=2)  # a row of 2 pairs
@example(tokens=["ab", "cd", "ef", "ab", "cd", "ef", "ab", "cd", "ab"], max_period=3)
def test_stretches_are_those_found_pair_by_pair(tokens: list[str], max_period: int) -> None:
    tokens = [*tokens, word_repeats._BREAK]  # as between two pieces
    assert word_repeats._stretches(tokens, max_period) == _stretches_one_by_one(
        tokens, max_period)


def test_a_phrase_of_long_words_repeated_is_a_run() -> None:
    long, longer = "x" * 256, "y" * 300
    text = f"so {long} {longer} {long} {longer} {long} {longer} end"
    assert [(r.period, r.repeats) for r in _runs(text)] == [(2, 3)]


def test_a_run_cut_by_one_window_and_whole_in_the_next_is_kept_whole(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_repeats, "WINDOW", 200)
    monkeypatch.setattr(word_repeats, "WINDOW_OVERLAP", 40)
    before = " ".join(f"w{i}" for i in range(50))  # 189 characters, no repeats
    text = f"{before} {'the ' * 20}" + " ".join(f"v{i}" for i in range(50))
    start = len(before) + 1
    (_, first_end), (second_start, second_end), *_ = word_repeats._windows(text, 0, len(text))
    assert second_start <= start < first_end < start + 80 <= second_end  # as described
    [run] = _runs(text)
    assert (run.period, run.repeats, run.start) == (1, 20, start)
