"""LanguageTool counts offsets in UTF-16 code units; mtlint counts code points."""

from __future__ import annotations

from bisect import bisect_left

from mtlint.cache.patterns import compile_sre

_ASTRAL = compile_sre("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Converts between code-point and UTF-16 offsets of one text.

    A character outside the Basic Multilingual Plane (an emoji, a rare Han
    character) is one code point but two UTF-16 units.
    """

    def __init__(self, text: str) -> None:
        # UTF-16 offset of every astral character, in text order.
        self._astral_units = [m.start() + i for i, m in enumerate(_ASTRAL.finditer(text))]

    def to_code_points(self, unit: int) -> int:
        """The code-point offset of UTF-16 offset ``unit`` (inside a pair: the pair's start)."""
        return unit - bisect_left(self._astral_units, unit)

    def to_units(self, code_point: int) -> int:
        """The UTF-16 offset of code-point offset ``code_point``."""
        low, high = 0, len(self._astral_units)
        while low < high:  # astral characters before code_point: unit - index < code_point
            middle = (low + high) // 2
            if self._astral_units[middle] - middle < code_point:
                low = middle + 1
            else:
                high = middle
        return code_point + low


def utf16_length(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))
