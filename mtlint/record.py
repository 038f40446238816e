"""Records: classes of named fields compared by value, made without ``@dataclass``.

``@dataclass`` writes the source of each method it adds and compiles it as the
class is made, about 0.35 ms a class: 21 of the 86 ms a check of one small file
spent in its process went to the 61 dataclasses it made. A record's class writes
its ``__init__`` (which mypyc compiles, where the one ``dataclass`` generates
stays interpreted) and names its fields in ``__match_args__``, in the order
``__init__`` takes them, as a dataclass does; equality, hashing, ``repr``,
pickling and ``replaced`` come from those names here. A record is immutable by
contract: its fields are ``Final``, which mypy enforces, and which a compiled
class enforces when it runs (the attribute is not writable); the source, as an
editable install or a pure-Python wheel runs it, does not stop an assignment.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

_R = TypeVar("_R", bound="Record")


class Record:
    """A base for classes whose fields ``__match_args__`` names, compared by value."""

    __match_args__: ClassVar[tuple[str, ...]] = ()

    def values(self) -> tuple[Any, ...]:
        """The fields' values, in order."""
        return tuple([getattr(self, name) for name in type(self).__match_args__])

    def replaced(self: _R, **changes: Any) -> _R:
        """A copy with ``changes`` to some fields (``dataclasses.replace``)."""
        given = dict(zip(type(self).__match_args__, self.values(), strict=True))
        unknown = set(changes) - set(given)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        return type(self)(**{**given, **changes})

    def __eq__(self, other: object) -> bool:
        theirs = self._values_of_alike(other)
        return NotImplemented if theirs is None else self.values() == theirs

    def __hash__(self) -> int:
        return hash(self.values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}"
                          for name, value in zip(type(self).__match_args__, self.values(),
                                                 strict=True))
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Pickled as its class and its fields, as ``__init__`` takes them."""
        return type(self), self.values()

    def _values_of_alike(self, other: object) -> tuple[Any, ...] | None:
        """``other``'s values if it is of this very class (else it compares as unlike)."""
        return other.values() if type(other) is type(self) and isinstance(other, Record) \
            else None


class OrderedRecord(Record):
    """A record ordered as the tuple of its fields (``order=True`` of a dataclass)."""

    def __lt__(self, other: object) -> bool:
        theirs = self._values_of_alike(other)
        return NotImplemented if theirs is None else self.values() < theirs

    def __le__(self, other: object) -> bool:
        theirs = self._values_of_alike(other)
        return NotImplemented if theirs is None else self.values() <= theirs

    def __gt__(self, other: object) -> bool:
        theirs = self._values_of_alike(other)
        return NotImplemented if theirs is None else self.values() > theirs

    def __ge__(self, other: object) -> bool:
        theirs = self._values_of_alike(other)
        return NotImplemented if theirs is None else self.values() >= theirs
