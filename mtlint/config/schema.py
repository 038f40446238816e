"""Every configuration option, declared once: type, default and documentation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from mtlint.config.limits import parse_pattern_timeout
from mtlint.config.per_file import parse_per_file_ignores
from mtlint.score.weights import ScoreWeights, parse_max_score, parse_weights


def parse_jobs(value: Any) -> int:
    """``jobs`` (and ``--jobs``): a whole number of processes; 0 lets mtlint choose (one
    per core, with at least 32 files for each)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("must be a whole number of processes, or 0 for one per core")
    return value


class Option(NamedTuple):
    """One key of ``[tool.mtlint]``; ``parse``, if given, validates and converts the value
    instead of ``kind`` and raises ValueError."""

    key: str
    kind: type
    default: Any
    doc: str
    example: str
    choices: tuple[str, ...] = ()
    parse: Callable[[Any], Any] | None = None


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
    Option("per-file-ignores", dict, (), "Path patterns mapped to rule codes or prefixes not "
           "to run on matching files.", '[tool.mtlint.per-file-ignores] "briefs/*" = ["K"]',
           parse=parse_per_file_ignores),
    Option("show-fixes", bool, False, "With --fix, list the fixes applied in each file.",
           "show-fixes = true"),
    Option("jobs", int, 0, "Processes that check files in parallel; 0: one per core, with at "
           "least 32 files for each.", "jobs = 1", parse=parse_jobs),
    Option("pattern-timeout", float, 2.0, "Seconds a rule pack's regular expression may run "
           "per megabyte of text before its rule is stopped (exit 2).", "pattern-timeout = 5",
           parse=parse_pattern_timeout),
    Option("max-score", float, None, "Fail the run when an article's quality score (MQM "
           "penalty points per 100 words) is above this.", "max-score = 10",
           parse=parse_max_score),
    Option("score-weights", dict, ScoreWeights(), "Penalty points per finding: error, "
           "warning, info, and MQM categories that weigh a warning differently.",
           '[tool.mtlint.score-weights] error = 5, warning = 1, "Fluency/Punctuation" = 0.1',
           parse=parse_weights),
    Option("languagetool", str, "", "LanguageTool server for grammar and spelling (O codes): "
           "an http(s) URL, or 'local' to let language-tool-python start one; empty: off.",
           'languagetool = "http://127.0.0.1:8081"'),
    Option("languagetool-required", bool, False, "Exit 2 when the LanguageTool server cannot "
           "be reached, instead of warning and running the built-in rules only.",
           "languagetool-required = true"),
)

BY_KEY = {option.key: option for option in OPTIONS}
