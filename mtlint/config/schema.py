"""Every configuration option, declared once: type, default and documentation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Option:
    """One key of ``[tool.mtlint]``."""

    key: str
    kind: type
    default: Any
    doc: str
    example: str
    choices: tuple[str, ...] = ()


OPTIONS: tuple[Option, ...] = (
    Option("select", list, ["ALL"], "Rule codes or prefixes to run.", 'select = ["A", "G101"]'),
    Option("ignore", list, [], "Rule codes or prefixes not to run.", 'ignore = ["K"]'),
    Option("extend-select", list, [], "Codes or prefixes added to select.",
           'extend-select = ["O"]'),
    Option("style", str, "neutral", "House style preset for name and date forms.",
           'style = "ap"'),
    Option("include", list, ["*.txt", "*.md", "*.markdown"],
           "File name patterns linted when a folder is walked.", 'include = ["*.txt"]'),
    Option("exclude", list, [], "Path patterns never linted, even when named.",
           'exclude = ["drafts/*"]'),
    Option("rule-packs", list, [], "Extra folders of rule packs, relative to the config file.",
           'rule-packs = ["house-rules"]'),
    Option("fail-level", str, "warning", "Lowest severity that makes the exit code 1.",
           'fail-level = "error"', ("info", "warning", "error")),
    Option("unsafe-fixes", bool, False, "Apply unsafe fixes with --fix.", "unsafe-fixes = true"),
)

BY_KEY = {option.key: option for option in OPTIONS}
