"""Argument parsing and the one place where errors become exit codes.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage,
configuration, input or internal error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from mtlint import __version__
from mtlint.cli.garbage import fewer_collections, freeze_for_exit
from mtlint.errors import ConfigError, MtlintError

if TYPE_CHECKING:
    from mtlint.config.settings import Settings
    from mtlint.report.base import Reporter

COMMANDS = ("check", "rules", "explain", "eval")
FORMATS = ("text", "concise", "json", "html", "sarif", "github", "json-lines", "junit")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"mtlint: error: {message} (see 'mtlint --help')\n")


def _codes(value: str) -> list[str]:
    return [code.strip().upper() for code in value.split(",") if code.strip()]


def _max_score(value: str) -> float:
    from mtlint.score.weights import parse_max_score

    try:
        return parse_max_score(float(value))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}: {exc}") from exc


def _jobs(value: str) -> int:
    from mtlint.config.schema import parse_jobs

    try:
        number: int | str = int(value)
    except ValueError:
        number = value  # parse_jobs says what is wanted instead
    try:
        return parse_jobs(number)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}: {exc}") from exc


def _check_parser(prog: str) -> _Parser:
    parser = _Parser(
        prog=prog,
        description="Lint machine-translated news articles: page residue, doubled "
                    "attributions, inconsistent names, source-locale dates and more.",
        epilog="Other commands: 'mtlint rules' lists every rule; 'mtlint explain CODE' "
               "documents one; 'mtlint eval [CORPUS ...]' measures precision and recall on "
               "annotated articles. Exit codes: 0 clean, 1 findings remain (with --diff: "
               "fixes to show), 2 usage, configuration, input or internal error, "
               "130 interrupted.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders to lint (default: .); '-' reads stdin; "
                             "options may come before, between or after them, and '--' "
                             "ends the options")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    parser.add_argument("--unsafe-fixes", action="store_true", default=None,
                        help="with --fix or --diff, also apply unsafe fixes")
    parser.add_argument("--diff", action="store_true",
                        help="print the fixes as a unified diff; write nothing")
    parser.add_argument("--select", type=_codes, metavar="CODES",
                        help="comma-separated rule codes or prefixes to run")
    parser.add_argument("--extend-select", type=_codes, metavar="CODES",
                        help="codes or prefixes to run in addition to the selected ones")
    parser.add_argument("--ignore", type=_codes, metavar="CODES",
                        help="comma-separated rule codes or prefixes not to run")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="configuration file (default: nearest mtlint.toml or "
                             "pyproject.toml with [tool.mtlint]); a pyproject.toml named "
                             "here without [tool.mtlint] is an error")
    parser.add_argument("--style", metavar="NAME",
                        help="house style: neutral (default), ap, reuters")
    parser.add_argument("--fail-level", choices=("info", "warning", "error"),
                        help="lowest severity that makes the exit code 1 (default: warning)")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="name of the text read from stdin, used in reports")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when findings remain or --diff shows fixes "
                             "(errors still exit 2)")
    parser.add_argument("--statistics", action="store_true",
                        help="a table of findings per rule, with fixable counts, and each "
                             "article's score (text and concise formats; json and json-lines "
                             "add score fields to each finding)")
    parser.add_argument("--show-fixes", action="store_true", default=None,
                        help="with --fix, list the fixes applied in each file")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write the report to FILE instead of stdout")
    parser.add_argument("--max-score", type=_max_score, metavar="N",
                        help="exit 1 when an article's quality score (penalty points per "
                             "100 words) is above N, whatever the fail level")
    parser.add_argument("--no-cache", action="store_true",
                        help="do not read or write the results cache (parsed packs and "
                             "compiled patterns stay cached per user)")
    parser.add_argument("--languagetool", metavar="URL|local",
                        help="also check grammar and spelling (O codes) with the LanguageTool "
                             "server at URL, or one language-tool-python starts ('local')")
    parser.add_argument("--languagetool-required", action="store_true", default=None,
                        help="exit 2 when the LanguageTool server fails, instead of warning")
    parser.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                        help="check files in N processes (default 0: one per core, with at least "
                             "32 files for each)")
    parser.add_argument("--version", action="version",
                        version=f"mtlint {__version__} ({_core_build()})")
    return parser


def _core_build() -> str:
    """How this install runs the linting core: compiled by mypyc (a wheel built with a C
    compiler) or as Python source (an editable install, or a pure wheel)."""
    spec = importlib.util.find_spec("mtlint.engine.run")
    origin = spec.origin if spec is not None else None
    return "pure Python" if origin is None or origin.endswith(".py") else "compiled core"


def _aux_parser(command: str) -> _Parser:
    parser = _Parser(prog=f"mtlint {command}")
    if command == "explain":
        parser.add_argument("code", metavar="CODE", help="a rule code such as G101")
    else:
        parser.add_argument("--format", choices=("text", "json"), default="text")
    if command == "eval":
        parser.description = ("Precision and recall of the rules on annotated corpora: a "
                              "folder with gold.jsonl, or an MQM-annotated JSONL file.")
        parser.add_argument("corpora", nargs="*", metavar="CORPUS")
        parser.add_argument("--details", action="store_true",
                            help="list every false alarm and miss")
        parser.add_argument("--select", type=_codes, metavar="CODES")
        parser.add_argument("--ignore", type=_codes, metavar="CODES")
        parser.add_argument("--style", metavar="NAME")
    parser.add_argument("--config", type=Path, metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Run mtlint with ``argv`` and return the exit code."""
    with fewer_collections():  # start-up too: imports and rule tables make no cycles
        return _command(argv, out, err)


def _command(argv: Sequence[str] | None, out: TextIO | None, err: TextIO | None) -> int:
    """``main`` without its collection setting."""
    args = list(sys.argv[1:] if argv is None else argv)
    out, err = out or sys.stdout, err or sys.stderr
    named = bool(args) and args[0] in COMMANDS
    command = args.pop(0) if named else "check"
    try:
        if command == "check":
            hint = None if named else _command_hint(args)
            parser = _check_parser("mtlint check" if named else "mtlint")
            return _check(_parse(parser, args, "paths", "."), out, err, hint)
        parser = _aux_parser(command)
        if command == "eval":
            return _auxiliary(command, _parse(parser, args, "corpora", "corpus"), out, err)
        return _auxiliary(command, parser.parse_args(args), out, err)
    except MtlintError as exc:
        err.write(f"mtlint: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        err.write("mtlint: interrupted\n")
        return 130


def _parse(parser: _Parser, args: list[str], listed: str, default: str) -> argparse.Namespace:
    """``args`` parsed with options anywhere among the ``listed`` positionals, as ruff and
    most linters take them (``mtlint check a.txt --fix b.txt``); ``--`` ends the options,
    so every argument after it is one of ``listed``, even ``-x`` or ``--fix``; none at all
    gives ``[default]``.

    ``parse_args`` ends a ``nargs="*"`` positional at the first option ("unrecognized
    arguments: b.txt"); ``parse_intermixed_args`` does not, but in Python 3.11 it fails on
    an argument that starts with ``-`` after ``--``, so that part is set aside first.
    """
    cut = args.index("--") if "--" in args else len(args)
    namespace, extras = parser.parse_known_intermixed_args(args[:cut])
    if extras:  # name the unknown options, not the paths that follow them
        unknown = [arg for arg in extras if arg.startswith("-") and arg != "-"]
        parser.error(f"unrecognized arguments: {' '.join(unknown or extras)}")
    given = [*(getattr(namespace, listed) or []), *args[cut + 1:]]
    setattr(namespace, listed, given or [default])
    return namespace


def _command_hint(args: list[str]) -> tuple[str, str] | None:
    """(first argument, command) when ``mtlint ARG ...`` starts with a missing path that
    looks like a mistyped command ('chek'): the path's error then suggests the command."""
    first = args[0] if args else ""
    if not first or first.startswith("-") or "/" in first or "." in first \
            or os.path.lexists(first):
        return None
    import difflib  # only for this hint: a clean run never imports it

    close = difflib.get_close_matches(first, COMMANDS, n=1)
    return (first, close[0]) if close else None


def _settings(args: argparse.Namespace, err: TextIO, start: Path) -> Settings:
    from mtlint.config.load import find_config, load_settings

    if args.config is not None and not args.config.is_file():
        raise ConfigError("configuration file not found", str(args.config))
    config = args.config if args.config is not None else find_config(start)
    settings, warnings = load_settings(config)
    for warning in warnings:
        err.write(f"mtlint: warning: {warning}\n")
    return settings


def _check(args: argparse.Namespace, out: TextIO, err: TextIO,
           command_hint: tuple[str, str] | None = None) -> int:
    from mtlint.cli.commands.check import CheckRequest, run_check
    from mtlint.engine.build import build_run

    if args.stdin_filename and args.paths == ["."]:
        args.paths = ["-"]
    start = Path(args.stdin_filename or ".") if args.paths == ["-"] else Path(args.paths[0])
    settings = _settings(args, err, start).with_overrides(
        select=tuple(args.select) if args.select else None,
        # As in ruff, a --select on the command line starts the selection afresh.
        ignore=tuple(args.ignore) if args.ignore else (() if args.select else None),
        extend_select=tuple(args.extend_select) if args.extend_select else None,
        style=args.style, fail_level=args.fail_level, unsafe_fixes=args.unsafe_fixes,
        max_score=args.max_score, show_fixes=args.show_fixes, languagetool=args.languagetool,
        languagetool_required=args.languagetool_required)
    request = CheckRequest(args.paths, args.fix, args.diff, bool(settings.unsafe_fixes),
                           args.stdin_filename, args.exit_zero, args.statistics,
                           settings.jobs if args.jobs is None else args.jobs,
                           output=args.output, no_cache=args.no_cache,
                           whole_texts=args.format == "html", command_hint=command_hint)
    run = build_run(settings)
    if not settings.languagetool.strip():  # the backend and its HTTP client cost 30 ms
        return run_check(run, request, _reporter(args.format), out, err)
    from mtlint.backends.grammar import open_grammar

    with open_grammar(run, err, use_cache=not args.no_cache) as grammar_run:
        return run_check(grammar_run, request, _reporter(args.format), out, err)


def _reporter(fmt: str) -> Reporter:
    if fmt in ("sarif", "github", "json-lines", "junit"):
        from mtlint.report.formats import CI_REPORTERS

        return CI_REPORTERS[fmt]
    if fmt == "html":
        from mtlint.report.html import report_html

        return report_html
    if fmt == "json":
        from mtlint.report.json import report_json

        return report_json
    if fmt == "concise":
        from mtlint.report.concise import report_concise

        return report_concise
    from mtlint.report.text import report_text

    return report_text


def _auxiliary(command: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from mtlint.engine.registry import load_registry

    settings = _settings(args, err, Path("."))
    if command == "eval":
        from mtlint.cli.commands.evaluate import evaluate
        from mtlint.engine.build import build_run

        settings = settings.with_overrides(
            select=tuple(args.select) if args.select else None,
            ignore=tuple(args.ignore) if args.ignore else (() if args.select else None),
            style=args.style)
        return evaluate(build_run(settings), args.corpora, args.format, args.details, out)
    registry = load_registry(settings.rule_packs)
    if command == "explain":
        from mtlint.cli.commands.explain import explain_rule

        return explain_rule(registry, args.code, out)
    from mtlint.cli.commands.rules import list_rules

    return list_rules(registry, args.format, out)


def entry() -> NoReturn:
    """The console script. A reader that stops reading (``mtlint check | head``) ends
    the run quietly, as the Python documentation advises, instead of with a traceback.

    Every object is frozen out of the cycle collector's reach before the process ends
    (``freeze_for_exit``); files are closed, exit handlers run, and the objects freed by
    reference counts are freed, as before."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    freeze_for_exit()
    sys.exit(code)
