"""``json.dumps(value, ensure_ascii=False, indent=2)``, written faster.

With ``indent`` the standard library encodes in pure Python, one generator
step per token: 14,000 findings from the cache took three times as long to
print as to load. Here strings go through the C escaper and numbers through
their ``repr``, as the standard library does, and only the nesting is Python.
The output is the same, character for character (tested against
``json.dumps``).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_LITERALS = {True: "true", False: "false"}


def indented_json(value: Any, indent: int = 2) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=indent)`` writes it."""
    parts: list[str] = []
    _write(value, parts, "\n", " " * indent)
    return "".join(parts)


def _write(value: Any, parts: list[str], newline: str, step: str) -> None:
    # one append per member, and the common scalar types dispatched on their exact type
    append, encode = parts.append, encode_basestring
    if isinstance(value, dict):
        if not value:
            append("{}")
            return
        inner = newline + step
        separator = "{" + inner
        for key, item in value.items():
            name = encode(key) if type(key) is str else encode(_key(key))
            kind = type(item)
            if kind is str:
                append(f"{separator}{name}: {encode(item)}")
            elif kind is int:
                append(f"{separator}{name}: {item}")
            elif item is None:
                append(f"{separator}{name}: null")
            elif kind is dict or kind is list or kind is tuple:
                append(f"{separator}{name}: ")
                _write(item, parts, inner, step)
            else:
                append(f"{separator}{name}: {_scalar(item)}")
            separator = "," + inner
        append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            append("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            append(separator)
            if isinstance(item, dict | list | tuple):
                _write(item, parts, inner, step)
            else:
                append(_scalar(item))
            separator = "," + inner
        append(newline + "]")
    else:
        append(_scalar(value))


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return _LITERALS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value)  # floats, with NaN and Infinity as the standard library writes


def _key(key: Any) -> str:
    """A dictionary key as JSON writes it: numbers, booleans and None become strings."""
    if key is None or key is True or key is False:
        return _scalar(key)
    if isinstance(key, int | float):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
