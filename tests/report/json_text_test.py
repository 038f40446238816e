"""The fast indented JSON writer prints exactly what ``json.dumps(indent=2)`` prints."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.report.json_text import indented_json

_SCALARS = (st.none() | st.booleans() | st.integers() | st.text()
            | st.floats(allow_nan=False, allow_infinity=False))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=30)


@settings(max_examples=300)
@given(value=_VALUES)
def test_same_text_as_the_standard_library(value: object) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_tuples_numbers_as_keys_and_non_ascii_text() -> None:
    value = {"a": (1, 2.5), 3: [], "é": {"“q”": None}, True: {}}
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
