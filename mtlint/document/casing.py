"""Lower-casing for the modules mypyc compiles (``hatch_build.COMPILED``).

mypyc compiles ``text.lower()`` to a routine of its own that lowers each character
alone, so a capital sigma that ends a word becomes ``σ`` where Python writes ``ς``
(mypy 2.4, Python 3.11). ``lower`` is ``str.lower`` itself, which compiled code calls
as any other function; tests/build_test.py checks that no compiled module calls
``.lower()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

lower: Final[Callable[[str], str]] = str.lower
