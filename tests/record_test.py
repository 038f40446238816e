"""Records (mtlint.record): compared, hashed, ordered and copied by their fields."""

from __future__ import annotations

import pytest

from mtlint.document.span import Span
from mtlint.fix.model import Edit
from mtlint.logic.owner_extent import Owner


def test_records_of_one_class_are_equal_when_their_fields_are() -> None:
    assert Owner(5, 3, "place") == Owner(5, 3, "place")
    assert Owner(5, 3, "place") != Owner(5, 3, "org")
    assert hash(Owner(5, 3)) == hash(Owner(5, 3, ""))
    assert repr(Owner(5, 3)) == "Owner(end=5, split=3, split_kind='')"


def test_records_of_two_classes_are_never_equal_even_with_equal_fields() -> None:
    assert Edit(5, 3, "") != Owner(5, 3, "")  # both NotImplemented: identity decides
    assert Span(1, 2) != (1, 2)
    with pytest.raises(TypeError):
        Span(1, 2) < Edit(1, 2)  # noqa: B015 - the comparison is what is tested


def test_ordered_records_sort_as_their_field_tuples() -> None:
    edits = [Edit(3, 4, "b"), Edit(1, 9), Edit(3, 4, "a"), Edit(1, 2)]
    assert [e.values() for e in sorted(edits)] == sorted(e.values() for e in edits)
    assert Edit(1, 2) <= Edit(1, 2) < Edit(1, 3)
    assert Edit(2, 0) >= Edit(1, 9) > Edit(1, 2)


def test_replaced_changes_named_fields_and_refuses_unknown_ones() -> None:
    assert Owner(5, 3).replaced(split_kind="place") == Owner(5, 3, "place")
    with pytest.raises(TypeError, match="no field 'kind'"):
        Owner(5, 3).replaced(kind="place")
