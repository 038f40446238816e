"""``mtlint explain O`` and ``mtlint explain O101``: how LanguageTool findings get their codes."""

from __future__ import annotations

import re
from typing import TextIO

from mtlint.backends.table import FALLBACK_COUNT, FALLBACK_FIRST, LanguageToolTable, load_table
from mtlint.cache.patterns import compile_sre

GRAMMAR_CODE = compile_sre(r"O\d{0,3}", re.IGNORECASE)
#: the first code of mtlint's table; its codes run up to the fallback codes
_TABLE_FIRST = 100

_OVERVIEW = """\
O (grammar and spelling, from LanguageTool)

Family O findings come from a LanguageTool server, and only when one is
given: --languagetool URL (or languagetool = "URL" in the configuration) uses
a running server, --languagetool local lets language-tool-python start one
(pip install 'mtlint[grammar]'). Without it no O code is ever reported.

Codes: each LanguageTool rule id gets a stable code. Rules in mtlint's table
(rules/languagetool/languagetool.toml) have O100-O499 (O1xx spelling and word
forms, O2xx grammar, O3xx punctuation and spacing, O4xx style); any other
rule gets O{first}-O{last} from a CRC-32 of its id, the same on every run
(two unlisted rules may share one). The message names what is wrong; the
MQM category comes from LanguageTool's ITS 2.0 issue type.

Default set: rules and categories measured below 0.5 precision against
raters' fluency spans, or contradicting the house styles, are off; name a
code exactly in select or extend-select to switch its rule on
(extend-select = ["O101"] for the spell checker). Spelling findings on the
article's names (entity tables, capitalised multi-word names, capitalised
words inside a sentence) are dropped.

Fixes: LanguageTool's first suggestion, unsafe (--unsafe-fixes); safe only
for its white-space rules when the suggestion changes nothing but spaces.
A finding on the span of a built-in finding is merged into it.
See docs/grammar.md.
"""


def explain_grammar_code(code: str, stream: TextIO) -> int:
    """Print the O family overview, or what one O code stands for."""
    code = code.upper()
    table = load_table()
    if len(code) < 4:
        stream.write(_OVERVIEW.format(first=FALLBACK_FIRST,
                                      last=FALLBACK_FIRST + FALLBACK_COUNT - 1))
        stream.write("\nListed codes:\n" + "".join(_row(table, rule_id, c)
                                                   for rule_id, c in table.codes.items()))
        return 0
    listed = [rule_id for rule_id, c in table.codes.items() if c == code]
    if listed:
        stream.write(f"{code}: LanguageTool rule {listed[0]} ({_state(table, listed[0])})\n"
                     "See 'mtlint explain O' for how O codes work.\n")
    else:
        stream.write(f"{code}: {_unlisted(int(code[1:]))}\n"
                     "See 'mtlint explain O' for how O codes work.\n")
    return 0


def _unlisted(number: int) -> str:
    """What an O code no rule of the table has stands for: a fallback code, a free code
    of the table's range, or no code at all."""
    table = f"O{_TABLE_FIRST}-O{FALLBACK_FIRST - 1}"
    if number >= FALLBACK_FIRST:
        return ("not in mtlint's table; a fallback code that any unlisted LanguageTool "
                "rule whose id hashes to it may get.")
    if number >= _TABLE_FIRST:
        return (f"a table code ({table} go to the LanguageTool rules listed in "
                "rules/languagetool/languagetool.toml) that no rule has yet, so no "
                "finding gets it.")
    return (f"no finding gets this code: listed LanguageTool rules have {table}, the "
            f"others fallback codes O{FALLBACK_FIRST}-O{FALLBACK_FIRST + FALLBACK_COUNT - 1}.")


def _row(table: LanguageToolTable, rule_id: str, code: str) -> str:
    return f"  {code}  {rule_id} ({_state(table, rule_id)})\n"


def _state(table: LanguageToolTable, rule_id: str) -> str:
    return f"{'off' if rule_id in table.disabled_rules else 'on'} by default"
