"""mtlint's table of LanguageTool rules: O codes, MQM categories and the default rule set.

The table is data, ``rules/languagetool/languagetool.toml``; see docs/grammar.md.
A rule listed under ``[codes]`` keeps its code for ever; any other rule gets
a fallback code in O500–O999 from a CRC-32 of its id, so the same id always
gets the same code (two unlisted ids may share one).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from mtlint.cache.patterns import compile_sre
from mtlint.errors import PackError
from mtlint.packs.locate import builtin_rules_dir
from mtlint.packs.toml import read_toml

FALLBACK_FIRST, FALLBACK_COUNT = 500, 500
_CODE = compile_sre(r"O[1-4]\d\d")


@dataclass(frozen=True)
class LanguageToolTable:
    """What mtlint asks LanguageTool for and how it reads the answers."""

    language: str
    disabled_rules: tuple[str, ...]
    disabled_categories: tuple[str, ...]
    spelling_rule_prefixes: tuple[str, ...]
    codes: dict[str, str]
    issue_types: dict[str, str]
    categories: dict[str, str]
    fallback_category: str

    def code(self, rule_id: str) -> str:
        """The rule's O code: listed, or the fallback derived from its id."""
        listed = self.codes.get(rule_id)
        if listed is not None:
            return listed
        return f"O{FALLBACK_FIRST + zlib.crc32(rule_id.encode('utf-8')) % FALLBACK_COUNT}"

    def category(self, issue_type: str, category_id: str) -> str:
        """The MQM category of an ITS 2.0 issue type, else of LanguageTool's category."""
        return self.issue_types.get(issue_type) or self.categories.get(category_id) \
            or self.fallback_category

    def is_spelling(self, rule_id: str) -> bool:
        """Whether the rule is a dictionary spell checker (names are no errors to it)."""
        return rule_id.startswith(self.spelling_rule_prefixes)

    def params(self, selectors: Iterable[str] = ()) -> dict[str, str]:
        """The form fields of every request besides the text.

        A rule that is off by default is switched on when ``selectors``
        name its code exactly (``--extend-select O101``).
        """
        wanted = self._switched_on(selectors)
        disabled = [rule_id for rule_id in self.disabled_rules if rule_id not in wanted]
        params = {"language": self.language}
        if disabled:
            params["disabledRules"] = ",".join(disabled)
        if self.disabled_categories:
            params["disabledCategories"] = ",".join(self.disabled_categories)
        if wanted:
            params["enabledRules"] = ",".join(wanted)
        return params

    def running_codes(self, selectors: Iterable[str]) -> list[str]:
        """The codes of the listed rules a request with ``params(selectors)`` runs: all but
        those off by default that ``selectors`` do not name."""
        wanted = self._switched_on(selectors)
        return [code for rule_id, code in self.codes.items()
                if rule_id not in self.disabled_rules or rule_id in wanted]

    def _switched_on(self, selectors: Iterable[str]) -> list[str]:
        """Rules off by default that ``selectors`` name by their exact code, sorted."""
        named = set(selectors)
        return sorted(rule_id for rule_id, code in self.codes.items() if code in named)


@lru_cache(maxsize=4)
def load_table(path: Path | None = None) -> LanguageToolTable:
    """The table at ``path`` (default: the built-in one), validated."""
    path = path or builtin_rules_dir() / "languagetool" / "languagetool.toml"
    data = read_toml(path)
    profile, mqm = _table(data, "profile", path), _table(data, "mqm", path)
    codes = {str(k): str(v) for k, v in _table(data, "codes", path).items()}
    _check_codes(codes, path)
    disabled_rules = _strings(profile, "disabled-rules", path)
    unlisted = [rule_id for rule_id in disabled_rules if rule_id not in codes]
    if unlisted:
        raise PackError(f"{unlisted[0]} is off by default but has no code under [codes]",
                        str(path), "profile.disabled-rules")
    return LanguageToolTable(
        language=str(profile.get("language", "en-US")),
        disabled_rules=disabled_rules,
        disabled_categories=_strings(profile, "disabled-categories", path),
        spelling_rule_prefixes=_strings(profile, "spelling-rule-prefixes", path),
        codes=codes,
        issue_types={str(k): str(v) for k, v in _table(mqm, "issue-types", path).items()},
        categories={str(k): str(v) for k, v in _table(mqm, "categories", path).items()},
        fallback_category=str(mqm.get("fallback", "Fluency/Grammar")),
    )


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PackError("must be a table", str(path), key)
    return value


def _strings(table: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError("must be a list of strings", str(path), key)
    return tuple(value)


def _check_codes(codes: dict[str, str], path: Path) -> None:
    seen: dict[str, str] = {}
    for rule_id, code in codes.items():
        if not _CODE.fullmatch(code):
            raise PackError(f"{rule_id}: '{code}' is not a listed code (O100-O499)", str(path),
                            "codes")
        if code in seen:
            raise PackError(f"{code} is given to both {seen[code]} and {rule_id}", str(path),
                            "codes")
        seen[code] = rule_id
