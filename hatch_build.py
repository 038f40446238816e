"""Wheel build hook: compiles mtlint's linting core with mypyc.

The modules that run for every document (``COMPILED``: the document model, the
engine, the rule kinds and logic, the tables, the score and word count), all but
those in ``INTERPRETED``, are compiled to C extension modules, which lint about 1.3
times as fast (in-process and by ``bench/compare.py``). The ``.py`` files ship beside
them, and Python imports an extension module before a source file of the same name.
A few scans, whose Python makes one string per word, are also written in C (``NATIVE``):
their Python modules use the C module when it is there, and the Python code when not.

- An editable install (``pip install -e .``) is never compiled, so that an edited
  source file takes effect; the tests run on it. ``tests/build_test.py`` checks that
  a compiled wheel finds what the source finds.
- ``MTLINT_PURE_PYTHON=1`` builds a pure-Python wheel.
- Where mypyc or the C compiler fails (no compiler, no Python headers), the build
  warns and goes on pure Python, unless ``MTLINT_REQUIRE_COMPILED=1``.

The compiling is done in a temporary copy of the package, so the source tree never
holds an extension module that would shadow its ``.py`` file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: the packages compiled, each whole but for ``INTERPRETED``, and single modules: what runs
#: for every document (the rules, the fixes their findings carry, and the word count each
#: file's result keeps), and ``record.py``, the base of those modules' records (a compiled
#: class derives only from compiled ones)
COMPILED = ("mtlint/document", "mtlint/engine", "mtlint/kinds", "mtlint/logic", "mtlint/tables",
            "mtlint/score/article.py", "mtlint/fix/model.py", "mtlint/fix/spacing.py",
            "mtlint/record.py")
#: modules mypyc must not compile, each with its reason
INTERPRETED = {
    "mtlint/kinds/pattern_timeout.py": "a compiled class cannot derive from TimeoutError",
    "mtlint/logic/names/spelled_classes.py":
        "the pattern store keys patterns by spelled_out's bytecode",
}
#: the mypy options mypyc type-checks with: the build environment holds no runtime
#: dependency, whose types are then Any (as regex's always are: it has no stubs)
_MYPY_CONFIG = """\
[mypy]
python_version = {major}.{minor}
ignore_missing_imports = True
"""
#: C modules written by hand, built with the compiled core: module name -> source (built in
#: the same setup, so one that fails to compile makes the whole wheel pure Python)
NATIVE = {"mtlint.document._words": "mtlint/document/_words.c"}
_SETUP = """\
from mypyc.build import mypycify
from setuptools import Extension, setup

setup(name="mtlint-core", ext_modules=mypycify(
    ["--config-file", "mypy.ini", *{paths!r}], opt_level="3", debug_level="0",
    multi_file=True, group_name="mtlint_core") + [
    Extension(name, [source], extra_compile_args=["-O3"]) for name, source in {native!r}.items()])
"""


class CompiledCore(BuildHookInterface[Any]):
    """Adds the compiled modules to a (non-editable) wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" \
                or os.environ.get("MTLINT_PURE_PYTHON") == "1":
            return
        self._work = Path(tempfile.mkdtemp(prefix="mtlint-mypyc-"))
        try:
            built = _compile(Path(self.root), self._work)
        except _CompileError as error:
            shutil.rmtree(self._work, ignore_errors=True)
            if os.environ.get("MTLINT_REQUIRE_COMPILED") == "1":
                raise
            self.app.display_warning(f"mtlint: mypyc failed, building pure Python: {error}")
            return
        except BaseException:
            shutil.rmtree(self._work, ignore_errors=True)
            raise
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(
            {str(path): str(path.relative_to(self._work)) for path in built})

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _sources(root: Path) -> list[Path]:
    """The Python files ``COMPILED`` names under ``root``, ``INTERPRETED`` ones included."""
    return [path for entry in COMPILED
            for path in ([root / entry] if entry.endswith(".py") else (root / entry).rglob("*.py"))]


class _CompileError(Exception):
    """mypyc or the C compiler failed; the message ends with their last lines."""


def _compile(root: Path, work: Path) -> list[Path]:
    """Compiles ``COMPILED`` in a copy of the package under ``work``; returns the
    extension modules built, in place in that copy."""
    shutil.copytree(root / "mtlint", work / "mtlint",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    paths = sorted(path.relative_to(work).as_posix() for path in _sources(work)
                   if path.relative_to(work).as_posix() not in INTERPRETED)
    (work / "mypy.ini").write_text(
        _MYPY_CONFIG.format(major=sys.version_info.major, minor=sys.version_info.minor),
        encoding="utf-8")
    (work / "setup.py").write_text(_SETUP.format(paths=paths, native=NATIVE), encoding="utf-8")
    jobs = str(max(1, min(os.cpu_count() or 1, 8)))
    process = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace", "--parallel", jobs],
        cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    if process.returncode != 0:
        raise _CompileError("\n".join(process.stdout.splitlines()[-15:]))
    # the shared library beside the package, one small module per source file inside it
    # (setuptools' copies under build/ are left out)
    built = [path for pattern in ("*.so", "*.pyd")
             for path in (*work.glob(pattern), *(work / "mtlint").rglob(pattern))]
    if not built:
        raise _CompileError("no extension module was built")
    return built
