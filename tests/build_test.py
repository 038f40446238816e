"""The wheel's mypyc-compiled core (``hatch_build.py``) against the source it is built from.

The rest of the suite runs on the source (the editable install is never compiled),
so this file checks what only a compiled build can get wrong: the code patterns that
mypyc compiles differently, and, by building the wheel, that it finds and fixes
exactly what the source does.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import random
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from mtlint.record import Record

ROOT = Path(__file__).resolve().parents[1]


def _build_settings() -> tuple[tuple[str, ...], dict[str, str]]:
    """``COMPILED`` and ``INTERPRETED`` as hatch_build.py writes them (it imports
    hatchling, which only the build environment has)."""
    tree = ast.parse((ROOT / "hatch_build.py").read_text(encoding="utf-8"))
    values = {target.id: ast.literal_eval(node.value) for node in tree.body
              if isinstance(node, ast.Assign) for target in node.targets
              if isinstance(target, ast.Name) and target.id in ("COMPILED", "INTERPRETED")}
    return values["COMPILED"], values["INTERPRETED"]


COMPILED, INTERPRETED = _build_settings()


def _compiled_sources() -> Iterator[Path]:
    for entry in COMPILED:
        paths = [ROOT / entry] if entry.endswith(".py") else sorted((ROOT / entry).rglob("*.py"))
        for path in paths:
            if path.relative_to(ROOT).as_posix() not in INTERPRETED:
                yield path


#: the name of a module constant: capitals, digits and underscores
_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def _pitfalls(path: Path) -> Iterator[str]:
    """What mypyc compiles to something else than Python runs, in one source file, or
    to something slower than it need be."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix()
    yield from _constants_not_final(tree, where)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "lower" and not node.args and not node.keywords:
            yield (f"{where}:{node.lineno}: .lower() lowers a final sigma as σ when compiled: "
                   "call mtlint.document.casing.lower")
        names: list[str] = []
        if isinstance(node, ast.Name):
            names = [node.id]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [getattr(node, "module", None) or "", *(a.name for a in node.names)]
        if "cached_property" in names:
            yield f"{where}:{node.lineno}: a compiled cached_property recomputes on every use"
        if any(name.split(".")[0] == "weakref" for name in names):
            yield f"{where}:{node.lineno}: compiled objects take no weak references"
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Name) \
                        and any(isinstance(t, ast.Name) and t.id.startswith("__")
                                for t in statement.targets):
                    yield (f"{where}:{statement.lineno}: a compiled class does not bind a "
                           "function assigned to a dunder: define a method")


def _constants_not_final(tree: ast.Module, where: str) -> Iterator[str]:
    """Module constants (named in capitals, bound once at module level) not annotated
    ``Final``: compiled code reads those from the module's dict at every use. Type
    variables and type aliases (a subscript, such as ``dict[str, int]``) are no
    constants."""
    bound = Counter(_module_bindings(tree))
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Tuple):
            names = [t.id for t in node.targets[0].elts if isinstance(t, ast.Name)]
            if names and all(_CONSTANT.fullmatch(name) and bound[name] == 1 for name in names):
                yield (f"{where}:{node.lineno}: {', '.join(names)} are read from the module's "
                       "dict at every use when compiled: bind each alone, annotated Final")
            continue
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value, annotation = node.targets[0], node.value, None
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value, annotation = node.target, node.value, node.annotation
        else:
            continue
        if not isinstance(target, ast.Name) or not _CONSTANT.fullmatch(target.id) \
                or bound[target.id] != 1 or isinstance(value, ast.Subscript):
            continue
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
                and value.func.id in ("TypeVar", "ParamSpec", "NewType"):
            continue
        if annotation is None or not _is_final(annotation):
            yield (f"{where}:{node.lineno}: {target.id} is read from the module's dict at every "
                   "use when compiled: annotate it Final")


def _module_bindings(tree: ast.Module) -> Iterator[str]:
    """The names each module-level statement binds (not those bound inside a function or
    class body), and those a ``global`` statement names."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            yield from node.names
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield node.name
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            yield node.id
        elif isinstance(node, ast.Import | ast.ImportFrom):
            yield from ((alias.asname or alias.name).split(".")[0] for alias in node.names)
        pending.extend(ast.iter_child_nodes(node))


def _is_final(annotation: ast.expr) -> bool:
    """``Final`` or ``Final[...]``."""
    if isinstance(annotation, ast.Subscript):
        annotation = annotation.value
    return isinstance(annotation, ast.Name) and annotation.id == "Final"


def test_compiled_modules_avoid_what_mypyc_compiles_differently() -> None:
    sources = list(_compiled_sources())
    assert len(sources) > 100  # the packages named in hatch_build.py exist
    assert all(path.is_file() for path in sources)  # and the modules
    assert [path for path in INTERPRETED if not (ROOT / path).is_file()] == []
    assert [problem for path in sources for problem in _pitfalls(path)] == []


@pytest.mark.parametrize(("source", "problem"), [
    ("def f(word: str) -> str:\n    return word.lower()\n", ".lower()"),
    ("from functools import cached_property\n", "cached_property"),
    ("from weakref import WeakKeyDictionary\n", "weak references"),
    ("class A:\n    __reduce__ = helper\n", "dunder"),
    ("_LIMIT = 20\n", "annotate it Final"),
    ("import re\n_WORD = re.compile('\\\\w+')\n", "annotate it Final"),
    ("NAMES: dict[str, str] = {}\n", "annotate it Final"),
    ("def f() -> None:\n    LIMIT = 2\nLIMIT = 1\n", "annotate it Final"),
    ("OPEN, CLOSE = '(', ')'\n", "bind each alone"),
])
def test_each_pitfall_is_recognised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    source: str, problem: str) -> None:
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert [problem in found for found in _pitfalls(path)] == [True]


def test_lower_with_arguments_or_as_a_value_is_no_pitfall(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    path = tmp_path / "module.py"
    path.write_text("words = map(str.lower, names)\nlow = lower(word)\nx = codec.lower(1)\n",
                    encoding="utf-8")
    assert list(_pitfalls(path)) == []


def test_final_rebound_or_typing_constants_are_no_pitfall(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    path = tmp_path / "module.py"
    path.write_text("from typing import Final, TypeVar\n_LIMIT: Final = 20\n_T = TypeVar('_T')\n"
                    "Options = dict[str, int]\nCOUNT = 0\nCOUNT += 1\nword = 'x'\n"
                    "try:\n    from fast import SCAN\nexcept ImportError:\n    SCAN = None\n"
                    "NAMES: Final[dict[str, str]] = {}\nP = ParamSpec('P')\n"
                    "first, last = 0, 1\nLOW, HIGH = 0, 1\nLOW += 1\n",
                    encoding="utf-8")
    assert list(_pitfalls(path)) == []


def _records() -> Iterator[type[Record]]:
    """The records (``mtlint.record``) of the compiled modules."""
    for path in _compiled_sources():
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        module = importlib.import_module(name.removesuffix(".__init__"))
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and issubclass(value, Record) and value.__match_args__:
                yield value


def test_a_record_names_its_fields_as_its_init_takes_them() -> None:
    # equality, hashing, repr, pickling and ``replaced`` read the fields by these names
    classes = list(_records())
    assert {cls.__name__ for cls in classes} >= {"Span", "Diagnostic", "Found", "Edit", "Fix"}
    for cls in classes:
        parameters = list(inspect.signature(cls.__init__).parameters)[1:]
        assert parameters == list(cls.__match_args__), cls


def test_the_version_says_the_source_runs_as_python(tmp_path: Path) -> None:
    version = _mtlint(ROOT, tmp_path, "--version")
    assert version.stdout.endswith(" (pure Python)\n"), version.stdout + version.stderr


# Building the wheel takes about a minute and needs the package index and a C compiler:
# CI runs it (where a failed compile fails the test), elsewhere MTLINT_TEST_COMPILED=1.
needs_build = pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("MTLINT_TEST_COMPILED")),
    reason="builds the compiled wheel (about a minute): set MTLINT_TEST_COMPILED=1")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled wheel, unpacked: a folder to put on PYTHONPATH."""
    wheels = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels),
         str(ROOT)], env={**os.environ, "MTLINT_REQUIRE_COMPILED": "1"},
        capture_output=True, text=True, timeout=900, check=False)
    assert build.returncode == 0, build.stdout + build.stderr
    unpacked = tmp_path_factory.mktemp("compiled")
    [wheel] = wheels.glob("mtlint-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    return unpacked


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """corpus/, and corpus articles with characters beyond ASCII strewn in: capital and
    final sigmas, dotted İ, ß, ligatures, combining marks, characters beyond U+FFFF."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    strewn = folder / "strewn"
    strewn.mkdir()
    chance = random.Random(11)
    alphabet = ["Σ", "ΟΔΟΣ ", "İ", "ı", "ß", "ﬁ", "\u0301", "\u00a0", "ǅ", "’", "“", "”",
                "\U0001d400", "中文", "\u200b", "ſ", "K"]
    sources = sorted((ROOT / "corpus").rglob("*.txt"))
    for number, source in enumerate(chance.sample(sources, 40)):
        text = list(source.read_text(encoding="utf-8"))
        for _ in range(60):
            text.insert(chance.randrange(len(text) + 1), chance.choice(alphabet))
        (strewn / f"{number:02}.txt").write_text("".join(text), encoding="utf-8")
    return folder


def _mtlint(code: Path, cwd: Path, *args: str,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m mtlint ARGS`` with the package in ``code`` (the source or the wheel)."""
    return subprocess.run([sys.executable, "-m", "mtlint", *args], cwd=cwd,
                          env={**os.environ, **(env or {}), "PYTHONPATH": str(code)},
                          capture_output=True, text=True, timeout=600, check=False)


#: run in the compiled build: where each module comes from, and the records restored
_IN_THE_WHEEL = """
import importlib.util, json, pickle, sys
spec = importlib.util.spec_from_file_location("pickling_test", sys.argv[1])
records = importlib.util.module_from_spec(spec)
spec.loader.exec_module(records)
assert all(pickle.loads(pickle.dumps(r)) == r for r in records.RECORDS.values())
print(json.dumps({name: importlib.util.find_spec(name).origin for name in sys.argv[2:]}))
"""


def _module_name(source: Path) -> str:
    parts = source.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@needs_build
def test_the_wheel_holds_the_compiled_core_and_restores_its_records(compiled: Path,
                                                                    tmp_path: Path) -> None:
    names = {_module_name(path): True for path in _compiled_sources()}
    names.update({_module_name(ROOT / path): False for path in INTERPRETED})
    found = subprocess.run(
        [sys.executable, "-c", _IN_THE_WHEEL, str(ROOT / "tests/engine/pickling_test.py"),
         *names], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(compiled)},
        capture_output=True, text=True, check=False)
    assert found.returncode == 0, found.stderr
    origins = json.loads(found.stdout)
    assert {name: not origins[name].endswith(".py") for name in names} == names
    assert all(origin.startswith(str(compiled)) for origin in origins.values())
    version = _mtlint(compiled, tmp_path, "--version")
    assert version.stdout.endswith(" (compiled core)\n"), version.stdout + version.stderr


@needs_build
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_compiled_core_finds_what_the_source_finds(compiled: Path, articles: Path,
                                                        jobs: str) -> None:
    args = ("check", "--no-cache", "--exit-zero", "--format", "json", "--jobs", jobs, ".")
    source = _mtlint(ROOT, articles, *args)
    built = _mtlint(compiled, articles, *args)
    assert source.returncode == built.returncode == 0, source.stderr + built.stderr
    assert source.stdout.count('"rule": ') > 500
    assert built.stdout == source.stdout
    assert built.stderr == source.stderr


@needs_build
def test_the_compiled_core_reads_back_its_cached_results(compiled: Path, articles: Path,
                                                         tmp_path: Path) -> None:
    args = ("check", "--exit-zero", "--format", "json", "--jobs", "1", "corpus")
    expected = _mtlint(ROOT, articles, "check", "--no-cache", *args[1:]).stdout
    for name, code in (("source", ROOT), ("compiled", compiled)):
        env = {"MTLINT_CACHE_DIR": str(tmp_path / name)}
        cold, warm = (_mtlint(code, articles, *args, env=env) for _ in range(2))
        assert (cold.stdout, warm.stdout, warm.stderr) == (expected, expected, ""), name
        assert any((tmp_path / name).rglob("*")), name  # results were written


@needs_build
def test_the_compiled_core_fixes_what_the_source_fixes(compiled: Path, articles: Path,
                                                       tmp_path: Path) -> None:
    runs = []
    for name, code in (("source", ROOT), ("compiled", compiled)):
        copy = tmp_path / name
        shutil.copytree(articles, copy)
        run = _mtlint(code, copy, "check", "--no-cache", "--fix", "--unsafe-fixes",
                      "--format", "concise", ".")
        texts = {path.relative_to(copy): path.read_bytes() for path in sorted(copy.rglob("*"))
                 if path.is_file()}
        runs.append((run.returncode, run.stdout, run.stderr, texts))
    assert runs[0][3] != {path.relative_to(articles): path.read_bytes()
                          for path in sorted(articles.rglob("*")) if path.is_file()}
    assert runs[1] == runs[0]


#: run in the compiled build: the C scans (hatch_build.NATIVE) against their Python code on
#: random texts of white space, letters, digits and marks, and on the lowered corpus
_C_AGAINST_PYTHON = """
import random, sys
from pathlib import Path
from mtlint.document import _words
from mtlint.document.lines import lower_in_place
from mtlint.logic import word_repeats
from mtlint.score import article
assert word_repeats.repeat_stretches is _words.repeat_stretches
assert article.words_in is _words.count_words
pieces = ["ha", "Ha", "of the", "a", "b", "ab", " ", "  ", "\\n", "\\t", "\\x1c", "\\x85",
          "\\xa0", "\\u2028", "\\u3000", "\\u200b", ".", ",", "_", "\\u2014", "1", "\\xb2",
          "\\u0661", "\\u2166", "\\u03a3", "\\xdf", "\\u0301", "\\U0001d400", "\\ud800", "\\u4e2d",
          "a" * 256, "a" * 257, "b" * 256]  # the Python compares token lengths modulo 256
pieces += [chr(code) for code in range(0x110000) if chr(code).isspace()]  # all 29
chance = random.Random(7)
texts = ["".join(chance.choice(pieces) for _ in range(chance.randrange(60)))
         for _ in range(50_000)]
# more tokens than the C buffer first holds (256), in each string kind
for widest in ("\\x7f", "\\xff", "\\uffff", "\\U0010ffff"):
    kind = [piece for piece in pieces if max(piece, default=" ") <= widest]
    texts += ["".join(chance.choice(kind) for _ in range(chance.randrange(600, 3000)))
              for _ in range(40)]
texts += [lower_in_place(path.read_text(encoding="utf-8"))
          for path in sorted(Path(sys.argv[1]).rglob("*.txt"))]
for number, text in enumerate(texts):
    period = number % 10 if number % 1000 else 2**70  # the rules' periods go up to 8
    assert _words.repeat_stretches(text, period) == \\
        word_repeats.python_repeat_stretches(text, period), (text, period)
    assert _words.count_words(text) == article.python_words_in(text), text
print(len(texts))
"""


@needs_build
def test_the_c_scans_find_what_their_python_finds(compiled: Path, tmp_path: Path) -> None:
    checked = subprocess.run([sys.executable, "-c", _C_AGAINST_PYTHON, str(ROOT / "corpus")],
                             cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(compiled)},
                             capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
    assert int(checked.stdout) > 50_260  # the long texts and the corpus were read too
