"""The character classes of the name patterns (``sequences``), and the same classes
spelled out code point by code point for ``re``.

Not compiled by mypyc (see ``hatch_build.py``): the pattern store keys the ``re``
patterns by ``spelled_out``'s bytecode, which a compiled function does not have.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex


class Classes(NamedTuple):
    """The character classes of ``sequences``' ``_TOKEN``, ``_LONG_WORD`` and ``_ALONE``,
    to write ``re`` patterns with (a capital comes first, its lookbehind after it: that
    lets ``re`` skip to the capitals)."""

    upper: str  # \p{Lu}
    body: str  # [\p{Ll}\p{M}'’]
    letter: str  # \p{L}
    long_body: str  # [\p{L}\p{M}]
    joiner: str  # [\w'’-]


#: the last code point the ``re`` classes spell out: a text beyond it is scanned by ``regex``
LAST_SPELLED = "\uffff"
#: the classes as ``regex`` writes them
REGEX_CLASSES = Classes(r"\p{Lu}", r"[\p{Ll}\p{M}'’]", r"\p{L}", r"[\p{L}\p{M}]", r"[\w'’-]")
#: the classes as a ``re`` template names them: by all that their spelling out depends on
#: (the pattern store keeps a pattern under its template)
PLACES = Classes(*(f"\0{regex_class} up to {ord(LAST_SPELLED):X}\0"
                    for regex_class in REGEX_CLASSES))


def spelled_out(template: str) -> str:
    """``template`` with each class named by ``PLACES`` written as the code points up to
    ``LAST_SPELLED`` that ``regex``'s class holds (``REGEX_CLASSES``), in ranges."""
    every = "".join(map(chr, range(ord(LAST_SPELLED) + 1)))
    for place, regex_class in zip(PLACES, REGEX_CLASSES, strict=True):
        runs = (m.group() for m in regex.finditer(f"{regex_class}+", every))
        spelled = "".join(re.escape(run) if len(run) == 1 else
                          f"{re.escape(run[0])}-{re.escape(run[-1])}" for run in runs)
        template = template.replace(place, spelled)
    return template
