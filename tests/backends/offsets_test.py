"""UTF-16 offsets (LanguageTool's) and code-point offsets (mtlint's)."""

from __future__ import annotations

import pytest

from mtlint.backends.offsets import Utf16Offsets, utf16_length

TEXT = "a😀b𝔘c"  # two characters outside the Basic Multilingual Plane


@pytest.mark.parametrize(("unit", "point"), [(0, 0), (1, 1), (3, 2), (4, 3), (6, 4), (7, 5)],
                         ids=["start", "emoji", "after-emoji", "fraktur", "c", "end"])
def test_units_map_to_code_points(unit: int, point: int) -> None:
    offsets = Utf16Offsets(TEXT)
    assert offsets.to_code_points(unit) == point
    assert offsets.to_units(point) == unit


def test_a_unit_inside_a_surrogate_pair_maps_to_the_pair_start() -> None:
    assert Utf16Offsets(TEXT).to_code_points(2) == 1


def test_plain_text_offsets_are_unchanged() -> None:
    offsets = Utf16Offsets("plain text")
    assert [offsets.to_code_points(u) for u in range(11)] == list(range(11))


def test_length_counts_surrogate_pairs_twice() -> None:
    assert utf16_length(TEXT) == 7
    assert utf16_length("") == 0
