"""mtlint against its peers and itself, measured side by side in one run.

Usage: python3 bench/compare.py [--size-mb 50] [--files 20000] [--quick] [--source]

0. Builds the wheel as `pip install .` does, with the linting core compiled by
   mypyc (hatch_build.py), and unpacks it under bench/out/ (rebuilt when the
   sources change); every mtlint figure below is of that build, and the first
   is also given for the source as it runs from an editable install.
   `--source` measures the source only (no C compiler needed).
1. Builds a deterministic corpus (about 50 MB in about 20,000 files) from the
   articles of corpus/ and ../shared/corpus/ under bench/out/.
2. Throughput of `mtlint check` (all built-in rules, no cache), with one
   process and as it runs by default (a process per core), and of proselint
   (pinned, installed into bench/out/ by this script) on the same files, and
   of textlint with five English rules when Node.js is present; prints the
   ratios.
3. Wall time of linting one small file against `python -c pass`, with mtlint
   byte-compiled (as a wheel install leaves it) and its user caches (parsed
   packs, compiled patterns) filled by the runs before, as after a user's
   first run. Both run in a virtual environment under bench/out/ holding only
   mtlint's dependencies: the interpreter this script runs on may start code
   of its own from its site-packages (a `.pth` file), which would slow both and
   so shrink the ratio (this machine's adds about 18 ms to `python -c pass`).
4. `--jobs 1` against `--jobs 2`.
5. Peak memory (max RSS) at 5 MB and at the full size, with the number of
   findings kept, and again with only family N selected (few findings), which
   shows what memory costs beyond the findings.
6. The built-in rules' throughput in one process (bench/throughput.py on the
   first 1,000 files), then each of issue #6's goals (``GOALS``) with this
   run's figure, met or not; memory is judged from the lines of 5.

Every figure is a ratio or rate measured in this run; nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SHARED = ROOT.parent / "shared" / "corpus" / "mqm-wmt23-zhen" / "dev.jsonl"
PROSELINT = "proselint==0.16.0"
TEXTLINT_RULES = ("textlint-rule-write-good", "textlint-rule-common-misspellings",
                  "textlint-rule-no-start-duplicated-conjunction",
                  "textlint-rule-doubled-spaces", "textlint-rule-no-zero-width-spaces")


def base_articles() -> list[str]:
    """The texts every generated file is cut from, in a fixed order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    if SHARED.is_file():
        with SHARED.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def build_corpus(folder: Path, megabytes: float, files: int) -> int:
    """Write ``files`` articles totalling about ``megabytes`` MB; returns the bytes written."""
    if folder.is_dir():
        shutil.rmtree(folder)
    texts = base_articles()
    target = megabytes * 1e6 / files
    written = 0
    for index in range(files):
        parts, size, pick = [], 0, index
        while size < target:  # deterministic: article i starts at base text i mod n
            text = texts[pick % len(texts)]
            parts.append(text)
            size += len(text.encode("utf-8"))
            pick += 7
        text = "\n\n".join(parts)
        cut = text.rfind("\n\n", 0, int(target))  # end on a paragraph near the target size
        data = (text[:cut] if cut > target / 2 else text[: int(target)]).encode("utf-8") + b"\n"
        shard = folder / f"{index // 1000:03d}"
        shard.mkdir(parents=True, exist_ok=True)
        (shard / f"article-{index:05d}.txt").write_bytes(data)
        written += len(data)
    return written


class Goal(NamedTuple):
    """One of issue #6's goals: what is measured, the goal, and whether it is a floor."""

    what: str
    goal: float
    at_least: bool


#: issue #6's goals, in the order ``goal_lines`` takes the figures: the built-in rules in
#: one process (bench/throughput.py), the check command over the whole corpus with one
#: process (reading and reporting included), the ratio to proselint as each runs by
#: default, start-up, and two processes against one
GOALS = (Goal("MB/s of the built-in rules in one process (bench/throughput.py)", 5.0, True),
         Goal("MB/s of one process, whole corpus, --jobs 1", 5.0, True),
         Goal("times proselint's throughput, both as run by default", 20.0, True),
         Goal("one small file against python -c pass", 5.0, False),
         Goal("--jobs 2 against --jobs 1", 1.7, True))


def goal_lines(figures: Sequence[float]) -> list[str]:
    """A line for each goal of ``GOALS`` with its figure of this run, met or not."""
    lines = []
    for goal, figure in zip(GOALS, figures, strict=True):
        met = figure >= goal.goal if goal.at_least else figure <= goal.goal
        bound = "at least" if goal.at_least else "at most"
        lines.append(f"  {goal.what}: {figure:.2f} ({bound} {goal.goal:g}): "
                     f"{'met' if met else 'NOT MET'}")
    return lines


class Ran(NamedTuple):
    """One timed command: wall seconds, peak RSS (KiB, via /usr/bin/time when present),
    what it wrote and its exit code."""

    seconds: float
    rss: int
    stdout: str
    stderr: str
    code: int


def timed(command: Sequence[str]) -> float:
    """Wall seconds of one command."""
    return timed_output(command).seconds


def peer_timed(command: Sequence[str], files: int) -> float:
    """Wall seconds of a peer's run over ``files`` files; stops the benchmark unless it
    linted them all: it exits 1 when it reports problems and 0 when it has none (2 is
    textlint's fatal error), and proselint reports a file it could not lint on stderr
    with exit code 0. A peer that failed early would look fast."""
    ran = timed_output(command)
    complaint = next((line for line in ran.stderr.splitlines()
                      if "Error" in line or "Traceback" in line), "")
    if ran.code not in (0, 1) or complaint or not ran.stdout.strip():
        raise SystemExit(f"{command[0]} did not lint the {files} files (exit code {ran.code}): "
                         f"{complaint or ran.stderr[-500:]}")
    return ran.seconds


def timed_output(command: Sequence[str], env: dict[str, str] | None = None) -> Ran:
    """One command run from bench/out/, timed."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as peak:
        wrapper = [time_bin, "-o", peak.name, "-f", "%M"] if Path(time_bin).exists() else []
        start = time.perf_counter()
        result = subprocess.run([*wrapper, *command], capture_output=True, text=True,
                                env=env, cwd=OUT, check=False)
        seconds = time.perf_counter() - start
        measured = peak.read().split()
    return Ran(seconds, int(measured[-1]) if measured else 0, result.stdout, result.stderr,
               result.returncode)


def findings_in(concise: str, corpus: Path) -> int:
    """Findings in a ``--format concise`` report (one line each, starting with the path)."""
    prefix = f"{corpus}{os.sep}"
    return sum(1 for line in concise.splitlines() if line.startswith(prefix))


@dataclass(frozen=True)
class Mtlint:
    """One build of mtlint: the folder its package is imported from, and the interpreter
    that runs it (``startup_venv``'s)."""

    code: Path
    python: Path

    def check(self, *args: str) -> list[str]:
        return [str(self.python), "-m", "mtlint", "check", "--no-cache", "--exit-zero",
                "--format", "concise", *args]

    def timed(self, *args: str) -> tuple[float, int, str]:
        """``timed_output`` of ``check ARGS``, run from bench/out/ (``python -m`` puts the
        working folder first on the path, and the checkout's is the source) with ``code``
        on PYTHONPATH; stops the benchmark if mtlint failed, whose time means nothing."""
        env = {**os.environ, "PYTHONPATH": str(self.code)}
        ran = timed_output(self.check(*args), env)
        if ran.code:
            raise SystemExit(f"mtlint ({self.code}) failed with exit code {ran.code}:\n"
                             + "\n".join(ran.stderr.splitlines()[-5:]))
        return ran.seconds, ran.rss, ran.stdout


def compiled_build() -> Mtlint:
    """The wheel ``pip install .`` builds, unpacked under bench/out/, rebuilt when a file
    it is built from has changed."""
    sources = sorted([*(ROOT / "mtlint").rglob("*.py"), *(ROOT / "rules").rglob("*"),
                      ROOT / "hatch_build.py", ROOT / "pyproject.toml"])
    digest = hashlib.sha256()
    for path in sources:
        if path.is_file():
            digest.update(f"{path.relative_to(ROOT)}\0".encode() + path.read_bytes())
    folder = OUT / f"compiled-{digest.hexdigest()[:16]}"
    if not (folder / "mtlint").is_dir():
        wheels = OUT / "wheels"
        shutil.rmtree(wheels, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w",
                        str(wheels), str(ROOT)], check=True,
                       env={**os.environ, "MTLINT_REQUIRE_COMPILED": "1"})
        for old in OUT.glob("compiled-*"):
            shutil.rmtree(old)
        with zipfile.ZipFile(next(wheels.glob("mtlint-*.whl"))) as wheel:
            wheel.extractall(folder)
    return Mtlint(folder, startup_venv())


def install_proselint() -> Path:
    venv = OUT / "proselint-venv"
    if not (venv / "bin" / "proselint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", PROSELINT], check=True)
    return venv / "bin" / "proselint"


def install_textlint() -> Path | None:
    if shutil.which("npm") is None:
        return None
    folder = OUT / "textlint"
    binary = folder / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(folder), "textlint",
                        *TEXTLINT_RULES], check=True, capture_output=True)
        rules = {name.removeprefix("textlint-rule-"): True for name in TEXTLINT_RULES}
        (folder / ".textlintrc.json").write_text(json.dumps({"rules": rules}))
    return binary


def files_of(folder: Path, megabytes: float) -> list[str]:
    """The first files of ``folder`` (sorted) that add up to ``megabytes``."""
    chosen, size = [], 0
    for path in sorted(folder.rglob("*.txt")):
        if size >= megabytes * 1e6:
            break
        chosen.append(str(path))
        size += path.stat().st_size
    return chosen


def peer_rates(subset: list[str], megabytes: float, tool: Mtlint, source: Mtlint) -> float:
    """Peers are timed as users run them; mtlint with one process (``--jobs 1``) and as it
    runs by default (one process per core when there are enough files). Returns mtlint's
    throughput by default as a multiple of proselint's."""
    one = tool.timed("--jobs", "1", *subset)[0]
    default = tool.timed(*subset)[0]
    print(f"  mtlint     {megabytes / one:8.2f} MB/s ({one:.1f} s) with --jobs 1, "
          f"{megabytes / default:.2f} MB/s ({default:.1f} s) by default")
    if source != tool:
        from_source = source.timed("--jobs", "1", *subset)[0]
        print(f"  (the source, as an editable install runs it: {megabytes / from_source:.2f} "
              f"MB/s with --jobs 1; compiled/source {from_source / one:.2f}x)")
    proselint = install_proselint()
    theirs = peer_timed([str(proselint), "check", *subset], len(subset))
    print(f"  proselint  {megabytes / theirs:8.2f} MB/s ({theirs:.1f} s)  "
          f"ratio mtlint/proselint: {theirs / one:.1f}x with --jobs 1, "
          f"{theirs / default:.1f}x by default")
    textlint = install_textlint()
    if textlint is not None:
        small = subset[: max(1, len(subset) // 10)]
        small_mb = sum(Path(p).stat().st_size for p in small) / 1e6
        ours_one = tool.timed("--jobs", "1", *small)[0]
        ours_default = tool.timed(*small)[0]
        theirs_small = peer_timed([str(textlint), "--config",
                                   str(OUT / "textlint" / ".textlintrc.json"), *small], len(small))
        print(f"  textlint   {small_mb / theirs_small:8.2f} MB/s on {small_mb:.2f} MB  "
              f"ratio mtlint/textlint: {theirs_small / ours_one:.1f}x with --jobs 1, "
              f"{theirs_small / ours_default:.1f}x by default")
    return theirs / default


def compile_bytecode(code: Path) -> None:
    """Byte-compile mtlint's Python files as installing a wheel does: an editable install
    under PYTHONDONTWRITEBYTECODE would otherwise recompile changed modules on every
    start."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "mtlint")],
                   check=False, capture_output=True)


def rules_rate(tool: Mtlint, folder: Path) -> float:
    """MB/s of the built-in rules in one process on the articles of ``folder``, as
    bench/throughput.py measures it (best of 3 rounds)."""
    ran = subprocess.run([sys.executable, str(ROOT / "bench" / "throughput.py"), "--rounds", "3",
                          "--no-rules", "--corpus", str(folder)],
                         env={**os.environ, "PYTHONPATH": str(tool.code)}, capture_output=True,
                         text=True, check=True)
    print(ran.stdout, end="")
    return rate_of(ran.stdout)


def rate_of(report: str) -> float:
    """The overall MB/s in bench/throughput.py's report."""
    for line in report.splitlines():
        if line.startswith("all ") and " MB/s" in line:
            return float(line.split(": ", 1)[1].split(" MB/s", 1)[0])
    raise SystemExit(f"bench/throughput.py printed no overall rate:\n{report}")


def startup_venv() -> Path:
    """The interpreter of a virtual environment holding mtlint's dependencies, at the
    versions this interpreter has (the tests' and bench/throughput.py's), and nothing
    else: mtlint itself comes from PYTHONPATH, and setuptools, whose ``.pth`` hook runs at
    every start, is removed. Made once; remade when the versions change. Every mtlint run
    is timed in it, as proselint's runs are in theirs."""
    with open(ROOT / "pyproject.toml", "rb") as pyproject:
        wanted = tomllib.load(pyproject)["project"]["dependencies"]
    names = [re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0] for requirement in wanted]
    pinned = [f"{name}=={importlib.metadata.version(name)}" for name in names]
    venv = OUT / "startup-venv"
    python = venv / "bin" / "python"
    marker = venv / "mtlint-dependencies.json"
    if not python.exists() or not marker.exists() or json.loads(marker.read_text()) != pinned:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *pinned], check=True)
        subprocess.run([str(python), "-m", "pip", "uninstall", "-q", "-y", "setuptools"],
                       check=False)
        marker.write_text(json.dumps(pinned))
    return python


#: the one rule the start-up floor is timed with: it reads suppression comments only, so
#: no other rule is imported or built
FLOOR_RULE = "X103"


def startup(sample: str, repeats: int, tool: Mtlint) -> float:
    """Prints, and returns, the time of linting one small file as a multiple of the bare
    interpreter's start-up, both in ``startup_venv``. Also prints the floor under it: the
    same check with only ``FLOOR_RULE``, which reads suppression comments: everything but
    the other rules (interpreter, imports, settings, packs, reading, report)."""
    bare, one, floor = [], [], []
    for _ in range(repeats):  # alternated: the machine's pace drifts
        bare.append(timed([str(tool.python), "-c", "pass"]))
        one.append(tool.timed(sample)[0])
        floor.append(tool.timed("--select", FLOOR_RULE, sample)[0])
    base = statistics.median(bare)
    ratio = statistics.median(one) / base
    here = statistics.median(timed([sys.executable, "-c", "pass"]) for _ in range(repeats))
    print(f"  python -c pass {1000 * base:6.1f} ms, mtlint on one small "
          f"file {1000 * statistics.median(one):6.1f} ms: {ratio:.1f}x (median of {repeats}, "
          f"in bench/out/startup-venv; python -c pass outside it: {1000 * here:.1f} ms)")
    print(f"  the floor without the rules (--select {FLOOR_RULE}): "
          f"{1000 * statistics.median(floor):.1f} ms: {statistics.median(floor) / base:.1f}x")
    return ratio


#: runs of --jobs 1 and --jobs 2 over the whole corpus, alternated: one run of each moved
#: their ratio by 0.1 on this 2-core machine from one run of compare.py to the next
JOBS_PAIRS = 2


def jobs_pairs(tool: Mtlint, corpus: Path, pairs: int) -> tuple[float, float, int, str]:
    """The best seconds of ``--jobs 1`` and of ``--jobs 2`` over ``corpus`` in ``pairs``
    alternated pairs of runs, and the peak memory and report of the first ``--jobs 1``."""
    ones: list[float] = []
    twos: list[float] = []
    rss, report = 0, ""
    for _ in range(pairs):
        seconds, peak, output = tool.timed("--jobs", "1", str(corpus))
        if not ones:
            rss, report = peak, output
        ones.append(seconds)
        twos.append(tool.timed("--jobs", "2", str(corpus))[0])
    return min(ones), min(twos), rss, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--files", type=int, default=20000)
    parser.add_argument("--peer-mb", type=float, default=2.0,
                        help="size of the subset the peers are timed on")
    parser.add_argument("--quick", action="store_true", help="5 MB, 2,000 files")
    parser.add_argument("--source", action="store_true",
                        help="measure the source, not the compiled wheel")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    source = Mtlint(ROOT, startup_venv())
    tool = source if args.source else compiled_build()
    for code in {source.code, tool.code}:
        compile_bytecode(code)
    print(f"mtlint: {'the source' if args.source else 'the compiled wheel'} ({tool.code})")
    size, files = (5.0, 2000) if args.quick else (args.size_mb, args.files)
    corpus = OUT / f"corpus-{size:g}mb"
    written = build_corpus(corpus, size, files)
    megabytes = written / 1e6
    print(f"corpus: {files} files, {megabytes:.1f} MB in {corpus.relative_to(ROOT)}")
    print(f"peers, on the first {args.peer_mb:g} MB:")
    subset = files_of(corpus, args.peer_mb)
    to_proselint = peer_rates(subset, sum(Path(p).stat().st_size for p in subset) / 1e6, tool,
                              source)
    print("start-up:")
    to_bare = startup(subset[0], 15, tool)
    print("parallel jobs, whole corpus:")
    one, two, rss_full, report_full = jobs_pairs(tool, corpus, JOBS_PAIRS)
    print(f"  --jobs 1 {megabytes / one:6.2f} MB/s, --jobs 2 {megabytes / two:6.2f} MB/s: "
          f"{one / two:.2f}x on {os.cpu_count()} cores (best of {JOBS_PAIRS} alternated pairs)")
    five = files_of(corpus, 5.0)
    _, rss_five, report_five = tool.timed("--jobs", "1", *five)
    print(f"peak memory: {rss_five / 1024:.0f} MiB at 5 MB ({findings_in(report_five, corpus)} "
          f"findings kept), {rss_full / 1024:.0f} MiB at {megabytes:.0f} MB "
          f"({findings_in(report_full, corpus)} findings kept)")
    _, few_five, few_report_five = tool.timed("--jobs", "1", "--select", "N", *five)
    _, few_full, few_report_full = tool.timed("--jobs", "1", "--select", "N", str(corpus))
    print(f"  family N only: {few_five / 1024:.0f} MiB at 5 MB "
          f"({findings_in(few_report_five, corpus)} findings kept), {few_full / 1024:.0f} MiB "
          f"at {megabytes:.0f} MB ({findings_in(few_report_full, corpus)} findings kept)")
    print(f"the built-in rules in one process, on {corpus.name}/000:")
    in_process = rules_rate(tool, corpus / "000")
    print("issue #6's goals (memory: see the lines above):")
    print("\n".join(goal_lines((in_process, megabytes / one, to_proselint, to_bare,
                                 one / two))))


if __name__ == "__main__":
    main()
