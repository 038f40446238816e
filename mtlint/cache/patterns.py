"""Compiled regular expressions kept between runs.

``regex`` parses and optimises every pattern in Python before its C core
receives the opcodes; for the built-in rules that is about 45 ms of each run,
more than Python's own start-up. A compiled pattern carries what its C core
received (``_pickled_data``: regex rebuilds pickled patterns from it), and
that is kept in the user cache folder (``patterns/``, one ``marshal`` file per
regex build and Python version), so a later run rebuilds the pattern as
unpickling would and skips the parsing. An entry is only ever what this same
regex build made of the same pattern and flags; an entry regex refuses falls
back to ``regex.compile``, and reading or writing the cache never fails a run.
The file is sealed as ``mtlint.cache.files`` writes cache files, so a damaged
file is never handed to the C core (the folder is trusted as Python's own
bytecode caches are); a table that has grown past ``MOST_KEPT`` entries
(packs edited many times) keeps only one run's patterns. Runs that end at
once each write their whole table; the last one wins, and patterns only the
others added are compiled again later.

``re`` patterns are kept the same way, as the code ``re`` hands its C core:
mtlint compiles its own through ``compile_sre`` (about 50 of them, 5 ms of
each run's start), and one whose text is slow to make and to parse
(character classes spelled out code point by code point: ``compile_re``) is
kept under the short template it is made from.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import re
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import Any, AnyStr

import regex
import regex._main as regex_main

from mtlint.cache.files import read_sealed, write_sealed
from mtlint.cache.user_folder import default_cache_folder

#: pattern, flags, regex's default version; for a ``re`` pattern: pattern, flags, -2 (text)
#: or -3 (bytes), or template, code digest, -1
_Key = tuple[str | bytes, int, int]
_CORE = regex_main._regex  # the C extension that builds a pattern from opcodes
MOST_KEPT = 4000  # the built-in rules compile about 180 patterns
#: the last part of a ``re`` pattern's key, made from a template or given as text or bytes
#: (a ``regex`` one holds regex's default version); bytes keep a tag of their own, as an
#: ASCII text and its bytes hash alike and ``python -b`` warns when they are compared
_RE = -1
_SRE_TEXT = -2
_SRE_BYTES = -3
#: ``re``'s C core, which builds a pattern from the code ``compile_re`` and ``compile_sre``
#: keep
_SRE: Any = importlib.import_module("_sre")


class PatternStore:
    """The opcodes of compiled patterns, read from ``path`` once and written back
    (by ``save``) when patterns were added."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._table: dict[_Key, tuple[Any, ...]] | None = None
        self._used: set[_Key] = set()
        self._loading = threading.Lock()  # threads compiling at once read the file once
        self.unsaved = False

    def compile(self, pattern: str, flags: int = 0) -> Any:
        """``regex.compile(pattern, flags)``, from stored opcodes when there are some."""
        pattern = str(pattern)  # a str subclass would be stored as one, which marshal refuses
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        table = self._known()
        self._used.add(key)
        arguments = table.get(key)
        if arguments is not None:
            try:
                return _CORE.compile(*arguments)
            except Exception:  # an entry this regex cannot use: compile afresh
                table.pop(key, None)
        compiled = regex.compile(pattern, flags)
        arguments = getattr(compiled, "_pickled_data", None)
        if isinstance(arguments, tuple) and not compiled.flags & regex.LOCALE:
            table[key] = arguments
            self.unsaved = True
        return compiled

    def compile_re(self, template: str, expand: Callable[[str], str]) -> re.Pattern[str]:
        """``re.compile(expand(template))``, from stored code when there is some; the
        pattern is stored under ``template`` and ``expand``'s code, so ``expand`` (slow)
        runs only to compile it afresh: it must give one pattern for one template with
        this regex build and this code."""
        return self._stored_re((template, _code_digest(expand), _RE),
                               lambda: expand(template), 0)

    def compile_sre(self, pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
        """``re.compile(pattern, flags)``, from stored code when there is some (anything
        but a text or bytes, a compiled pattern say, goes to ``re.compile`` as it is)."""
        if isinstance(pattern, bytes):
            data = bytes(pattern)  # a subclass would be stored as one, which marshal refuses
            return self._stored_re((data, int(flags), _SRE_BYTES), lambda: data, int(flags))
        if isinstance(pattern, str):
            text = str(pattern)
            return self._stored_re((text, int(flags), _SRE_TEXT), lambda: text, int(flags))
        return re.compile(pattern, flags)

    def _stored_re(self, key: _Key, pattern: Callable[[], AnyStr], flags: int
                   ) -> re.Pattern[AnyStr]:
        """The ``re`` pattern stored under ``key``, or ``pattern()`` compiled with
        ``flags`` and stored under it."""
        table = self._known()
        self._used.add(key)
        arguments = table.get(key)
        if arguments is not None:
            try:
                compiled: re.Pattern[AnyStr] = _SRE.compile(*arguments)
                return compiled
            except Exception:  # an entry this Python cannot use: compile afresh
                table.pop(key, None)
        text = pattern()
        try:
            arguments = _re_arguments(text, flags)
            compiled = _SRE.compile(*arguments)
        except Exception:  # a bad pattern, or re's internals changed: as re does, no entry
            return re.compile(text, flags)
        table[key] = arguments
        self.unsaved = True
        return compiled

    def save(self) -> None:
        """Write the table in place of the old file (atomically; errors are ignored)."""
        if self._table is None or not self.unsaved:
            return
        table = self._table
        if len(table) > MOST_KEPT:
            table = {key: table[key] for key in self._used if key in table}
        try:
            body = marshal.dumps(table)
        except ValueError:  # an entry marshal cannot hold: keep the others
            body = marshal.dumps({key: arguments for key, arguments in table.items()
                                  if _storable((key, arguments))})
        write_sealed(self.path, body)
        self.unsaved = False

    def _known(self) -> dict[_Key, tuple[Any, ...]]:
        if self._table is not None:
            return self._table
        with self._loading:
            if self._table is not None:
                return self._table
            body = read_sealed(self.path)
            try:
                loaded = marshal.loads(body) if body is not None else {}
            except (ValueError, EOFError, TypeError):
                loaded = {}
            self._table = loaded if isinstance(loaded, dict) else {}
        return self._table


def _code_digest(function: Callable[[str], str]) -> int:
    """A digest of ``function``'s compiled code (its bytecode, names and constants, and
    those of the code inside it), so that a stored pattern is not reused once the code
    that spelled it out has changed."""
    def parts(code: CodeType) -> Iterator[bytes]:
        yield code.co_code
        yield repr(code.co_names).encode()
        for constant in code.co_consts:
            if isinstance(constant, CodeType):
                yield from parts(constant)
            else:
                yield _stable_repr(constant).encode()

    return zlib.crc32(b"\0".join(parts(function.__code__)))


def _stable_repr(constant: object) -> str:
    """``repr`` of a code constant, the same in every process (a set's order is not)."""
    if isinstance(constant, frozenset):
        return f"frozenset({sorted(map(_stable_repr, constant))})"
    if isinstance(constant, tuple):
        return f"({', '.join(map(_stable_repr, constant))})"
    return repr(constant)


def _re_arguments(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re.compile(pattern, flags)`` hands ``_sre.compile`` (as
    ``re._compiler.compile``), its numbers plain ints (opcodes and flags are int
    subclasses, which marshal refuses). Raises if ``re``'s internals (``re._parser``,
    ``re._compiler``) are not as in CPython 3.11-3.13."""
    parser: Any = importlib.import_module("re._parser")
    compiler: Any = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = [int(number) for number in compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags | parsed.state.flags), code, int(parsed.state.groups) - 1,
            groupindex, tuple(indexgroup))


def _storable(value: Any) -> bool:
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


def store_path() -> Path:
    """This regex and Python's file in the user cache folder (``re``'s code format too:
    ``_sre.MAGIC``)."""
    build = (f"{regex.__version__}-{_CORE.MAGIC}-{_SRE.MAGIC}-{sys.platform}-"
             f"{sys.implementation.cache_tag}")
    return default_cache_folder() / "patterns" / f"{build}-{marshal.version}.marshal"


_STORE: PatternStore | None = None


def compile_pattern(pattern: str, flags: int = 0) -> Any:
    """``regex.compile``, through the user's pattern store (saved when the run ends)."""
    return _store().compile(pattern, flags)


def compile_re(template: str, expand: Callable[[str], str]) -> re.Pattern[str]:
    """``PatternStore.compile_re`` through the user's pattern store."""
    return _store().compile_re(template, expand)


def compile_sre(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile``, through the user's pattern store (saved when the run ends)."""
    return _store().compile_sre(pattern, flags)


def _store() -> PatternStore:
    global _STORE
    if _STORE is None:
        _STORE = PatternStore(store_path())
        atexit.register(_STORE.save)
    return _STORE
