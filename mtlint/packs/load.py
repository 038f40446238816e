"""Validate rule-pack entries into ``RuleSpec`` objects.

Every key is checked here, once, so rule kinds can trust their options;
errors name the pack file and the offending key. A pack may name word lists
once in ``[lists]``; an item ``{ use = "name" }`` in any array of a rule's
options stands for that list's words, so rules that share a vocabulary
(speech verbs, currency codes) cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from mtlint.cache.patterns import compile_sre
from mtlint.engine.families import FAMILIES
from mtlint.engine.rule import OptionTypes, RuleCase, RuleDocs, RuleMeta, RuleSpec, Severity
from mtlint.errors import PackError
from mtlint.fix.model import APPLICABILITY_BY_LABEL, Applicability
from mtlint.packs.toml import read_toml

_CODE = compile_sre(r"[A-Z][0-9]{3}")
_NAME = compile_sre(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_TEXT_KEYS = ("message", "what", "why", "example", "instead")
_OPTIONAL_KEYS = ("family", "category", "fix_safety", "references", "options", "hit", "miss",
                  "applicability")
_KNOWN_KEYS = frozenset(("code", "name", "kind", "severity", *_TEXT_KEYS, *_OPTIONAL_KEYS))

def load_pack(path: Path, kinds: Mapping[str, OptionTypes],
              trusted: bool = False) -> list[RuleSpec]:
    """Every ``[[rule]]`` of one pack file, validated against the known kinds; the
    options of a ``trusted`` pack (a built-in one) are not checked."""
    data = read_toml(path)
    unknown = set(data) - {"pack", "lists", "rule"}
    if unknown:
        raise PackError("unknown top-level key (expected [pack], [lists] and [[rule]])",
                        str(path), sorted(unknown)[0])
    pack = data.get("pack", {})
    if not isinstance(pack, dict) or not isinstance(pack.get("name"), str):
        raise PackError("every pack needs [pack] with a name", str(path), "pack.name")
    unknown_in_pack = sorted(set(pack) - {"name", "description"})
    if unknown_in_pack:
        raise PackError("unknown key in [pack] (known: description, name)", str(path),
                        f"pack.{unknown_in_pack[0]}")
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise PackError("must be an array of tables ([[rule]])", str(path), "rule")
    lists = _lists(path, data.get("lists", {}))
    return [_spec(path, index, entry, kinds, trusted, lists)
            for index, entry in enumerate(rules)]


def _lists(path: Path, lists: Any) -> dict[str, list[str]]:
    where = _Where(path, "lists")
    if not isinstance(lists, dict):
        where.fail("must be a table of arrays of strings")
    return {name: where.strings(lists, name) for name in lists}


def _spec(path: Path, index: int, entry: Any, kinds: Mapping[str, OptionTypes],
          trusted: bool, lists: dict[str, list[str]]) -> RuleSpec:
    where = _Where(path, f"rule[{index}]")
    if not isinstance(entry, dict):
        where.fail("must be a table")
    code = where.string(entry, "code")
    where = _Where(path, f"rule[{index}] ({code})")
    if not _CODE.fullmatch(code):
        where.fail("a family letter and three digits, such as G101", "code")
    unknown = sorted(set(entry) - _KNOWN_KEYS)
    if unknown:
        where.fail(f"unknown key (known: {', '.join(sorted(_KNOWN_KEYS))})", unknown[0])
    kind = where.string(entry, "kind")
    if kind not in kinds:
        where.fail(f"unknown kind '{kind}' (known: {', '.join(sorted(kinds))})", "kind")
    meta = _meta(where, entry, code, str(path))
    options = _with_lists(where, entry.get("options", {}), lists, "options")
    if not trusted:
        _check_options(where, options, kinds[kind])
    return RuleSpec(meta, kind, options, _hits(where, entry), _misses(where, entry))


def _meta(where: _Where, entry: dict[str, Any], code: str, pack: str) -> RuleMeta:
    name = where.string(entry, "name")
    if not _NAME.fullmatch(name):
        where.fail("must be kebab-case, such as ambiguous-numeric-date", "name")
    family = entry.get("family", code[0])
    if code[0] not in FAMILIES:  # packs add rules to mtlint's families, not new families
        where.fail(f"{code[0]} is not a family letter: a code starts with the letter of one "
                   f"of mtlint's defect families, {', '.join(sorted(FAMILIES))} "
                   "(docs/families.md)", "code")
    if family != code[0]:
        where.fail(f"must be the code's letter {code[0]}", "family")
    severity = where.choice(entry, "severity", {s.label: s for s in Severity})
    applicability = where.choice(entry, "applicability", APPLICABILITY_BY_LABEL, "display-only")
    if applicability is not Applicability.SAFE and applicability is not \
            Applicability.DISPLAY_ONLY and not entry.get("fix_safety"):
        where.fail("required when the rule's fixes are not safe", "fix_safety")
    what, why, example, instead = (where.string(entry, k) for k in _TEXT_KEYS[1:])
    docs = RuleDocs(what, why, example, instead, str(entry.get("fix_safety", "")),
                    tuple(where.strings(entry, "references")))
    category = entry.get("category", FAMILIES[family].category)
    if not isinstance(category, str):
        where.fail("must be a string", "category")
    fixable = "never" if applicability is Applicability.DISPLAY_ONLY else "sometimes"
    return RuleMeta(code, name, family, category, severity, where.string(entry, "message"),
                    docs, fixable, applicability, pack)


def _with_lists(where: _Where, value: Any, lists: dict[str, list[str]], key: str) -> Any:
    """``value`` with every ``{ use = "name" }`` item of its arrays, at any depth,
    replaced by the words of the pack's list ``name``."""
    if isinstance(value, dict):
        return {k: _with_lists(where, v, lists, f"{key}.{k}") for k, v in value.items()}
    if not isinstance(value, list):
        return value
    items: list[Any] = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            items.append(item)
            continue
        name = item.get("use")
        if set(item) != {"use"} or not isinstance(name, str) or name not in lists:
            where.fail(f"an item table must be {{ use = \"<name>\" }} naming one of [lists] "
                       f"({', '.join(sorted(lists)) or 'none defined'})", f"{key}[{i}]")
        items.extend(lists[name])
    return items


def _check_options(where: _Where, options: Any, types: OptionTypes) -> None:
    if not isinstance(options, dict):
        where.fail("must be a table", "options")
    for key, value in options.items():
        if key not in types:
            where.fail(f"unknown option (known: {', '.join(sorted(types)) or 'none'})",
                       f"options.{key}")
        expected = types[key][0]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            where.fail(f"must be of type {_type_name(expected)}", f"options.{key}")
    for key, (_, required) in types.items():
        if required and key not in options:
            where.fail("required option is missing", f"options.{key}")


def _hits(where: _Where, entry: dict[str, Any]) -> tuple[RuleCase, ...]:
    cases = []
    for i, case in enumerate(_tables(where, entry, "hit")):
        key = f"hit[{i}]"
        text = where.string(case, "text", key)
        fixed = case.get("fixed")
        if fixed is not None and not isinstance(fixed, str):
            where.fail("must be a string", f"{key}.fixed")
        cases.append(RuleCase(text, tuple(where.strings(case, "match", key)), fixed))
    return tuple(cases)


def _misses(where: _Where, entry: dict[str, Any]) -> tuple[str, ...]:
    return tuple(where.string(case, "text", f"miss[{i}]")
                 for i, case in enumerate(_tables(where, entry, "miss")))


def _tables(where: _Where, entry: dict[str, Any], key: str) -> list[dict[str, Any]]:
    tables = entry.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        where.fail("must be an array of tables", key)
    return list(tables)


def _type_name(expected: type | tuple[type, ...]) -> str:
    types = expected if isinstance(expected, tuple) else (expected,)
    names = {"str": "string", "list": "array", "dict": "table", "bool": "boolean",
             "int": "integer", "float": "number"}
    return " or ".join(names.get(t.__name__, t.__name__) for t in types)


class _Where:
    """Builds errors that name the pack file and the key."""

    def __init__(self, path: Path, prefix: str) -> None:
        self.path = path
        self.prefix = prefix

    def fail(self, message: str, key: str = "") -> NoReturn:
        raise PackError(message, str(self.path), f"{self.prefix}.{key}" if key else self.prefix)

    def string(self, table: dict[str, Any], key: str, within: str = "") -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail("required, a non-empty string", f"{within}.{key}" if within else key)
        return str(value)

    def strings(self, table: dict[str, Any], key: str, within: str = "") -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail("must be an array of strings", f"{within}.{key}" if within else key)
        return list(value)

    def choice(self, table: dict[str, Any], key: str, choices: Mapping[str, Any],
               default: str | None = None) -> Any:
        value = table.get(key, default)
        if not isinstance(value, str) or value not in choices:
            self.fail(f"must be one of {', '.join(choices)}", key)
        return choices[value]
