"""The pre-commit hooks, run by the real pre-commit in a git repository of articles.

Two ways in, as an editorial repository would use them: ``pre-commit
try-repo`` and a ``.pre-commit-config.yaml`` naming the hook repository with
``repo:`` and ``rev:``. Pointed at this checkout, pre-commit would install
only what git has committed here (plus edits to tracked files, never new
files), so the tests commit a snapshot of the package files as they are on
disk into a temporary hook repository. pip fetches the build backend
(hatchling) and the dependencies from the package index, nothing else.
``try-repo`` builds its environment in a throw-away store on every call
(about 20 s), so only one test uses it; the others share one environment
under a temporary ``PRE_COMMIT_HOME``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: what building the package needs (see [tool.hatch] in pyproject.toml), and the hooks
PACKAGE_FILES = ("pyproject.toml", "hatch_build.py", "README.md", ".pre-commit-hooks.yaml",
                 "mtlint", "rules")
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "mtlint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
                "GIT_COMMITTER_NAME": "mtlint tests",
                "GIT_COMMITTER_EMAIL": "tests@example.invalid"}

BAD = "The minister left.\n\nRead also: Markets fall\n\nHe returned on Friday.\n"
FIXED = "The minister left.\n\nHe returned on Friday.\n"
CLEAN = "Prices rose on Monday. Traders were calm.\n"

# In CI (.ci/run installs git) a missing git fails the tests instead of skipping them.
pytestmark = pytest.mark.skipif(shutil.which("git") is None and not os.environ.get("CI"),
                                reason="pre-commit needs git")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=repo, check=True,
                   capture_output=True, env={**os.environ, **GIT_IDENTITY})


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("hook-repo")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")
    for name in PACKAGE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=skip)
        else:
            shutil.copy2(source, repo / name)
    for licence in ROOT.glob("LICEN[CS]E*"):
        shutil.copy2(licence, repo / licence.name)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "snapshot of the working tree")
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """An editorial repository: a config that excludes drafts, and nothing else yet."""
    repo = tmp_path / "articles"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "mtlint.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    return repo


def _add(repo: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    _git(repo, "add", "-A")


def _pre_commit(articles: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # pure Python: the hooks' environments are built twice here, and mypyc would take a
    # minute each time (tests/build_test.py checks the compiled wheel)
    env = {**os.environ, **GIT_IDENTITY, "PRE_COMMIT_HOME": str(home), "MTLINT_PURE_PYTHON": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--all-files", "--color", "never"],
        cwd=articles, env=env, capture_output=True, text=True, timeout=900, check=False)


def _run_hook(articles: Path, hook_repo: Path, home: Path,
              hook: str) -> subprocess.CompletedProcess[str]:
    """``pre-commit run HOOK`` with a config that pins the hook repository by ``rev``."""
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, check=True,
                         capture_output=True, text=True).stdout.strip()
    config = (f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n"
              "      - id: mtlint-fix\n      - id: mtlint\n")
    (articles / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(articles, "add", ".pre-commit-config.yaml")
    return _pre_commit(articles, home, "run", hook)


def test_manifest_is_valid_for_pre_commit() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    hooks = clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert {hook["id"]: hook["entry"] for hook in hooks} == {
        "mtlint": "mtlint check", "mtlint-fix": "mtlint check --fix"}
    assert all(hook["types_or"] == ["markdown", "plain-text"] for hook in hooks)
    assert all(hook["files"] == r"\.(md|markdown|txt)$" for hook in hooks)
    assert all(hook["require_serial"] for hook in hooks)  # mtlint uses the cores itself


def test_bad_article_fails_with_readable_findings(articles: Path, hook_repo: Path,
                                                  pre_commit_home: Path) -> None:
    _add(articles, {"news/bad.md": BAD, "news/good.txt": CLEAN, "drafts/wip.md": BAD,
                    "tools/notes.py": "# Read also: Markets fall\n"})
    run = _pre_commit(articles, pre_commit_home, "try-repo", str(hook_repo), "mtlint")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "mtlint...." in run.stdout
    assert "Failed" in run.stdout
    assert "news/bad.md:3:1 A102 Related-article link 'Read also: Markets fall'" in run.stdout
    assert "= fix (safe): Remove the related-article line" in run.stdout
    assert "1 fixable with --fix." in run.stdout
    assert "drafts/wip.md" not in run.stdout  # excluded by mtlint.toml though pre-commit named it
    assert "notes.py" not in run.stdout
    assert (articles / "news" / "bad.md").read_text(encoding="utf-8") == BAD


def test_fix_hook_rewrites_the_article_and_the_next_run_passes(articles: Path, hook_repo: Path,
                                                               pre_commit_home: Path) -> None:
    licence = "Copyright (c) 2024 Foo Corp.\nAll rights reserved.\n"
    _add(articles, {"news/bad.md": BAD, "drafts/wip.md": BAD, "LICENSE": licence})
    fixing = _run_hook(articles, hook_repo, pre_commit_home, "mtlint-fix")
    assert fixing.returncode == 1, fixing.stdout + fixing.stderr
    assert "files were modified by this hook" in fixing.stdout
    assert (articles / "news" / "bad.md").read_text(encoding="utf-8") == FIXED
    assert (articles / "drafts" / "wip.md").read_text(encoding="utf-8") == BAD
    assert (articles / "LICENSE").read_text(encoding="utf-8") == licence  # pre-commit: plain-text
    checking = _run_hook(articles, hook_repo, pre_commit_home, "mtlint")
    assert checking.returncode == 0, checking.stdout + checking.stderr
    assert "Passed" in checking.stdout


def test_clean_articles_pass(articles: Path, hook_repo: Path, pre_commit_home: Path) -> None:
    _add(articles, {"news/a.md": CLEAN, "news/b.txt": CLEAN})
    for hook in ("mtlint", "mtlint-fix"):
        run = _run_hook(articles, hook_repo, pre_commit_home, hook)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "Passed" in run.stdout


def _readme_yaml_blocks() -> list[object]:
    yaml = pytest.importorskip("yaml")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [part.split("```", 1)[0] for part in text.split("```yaml\n")[1:]]
    return [yaml.safe_load(block) for block in blocks]


def test_readme_snippets_use_the_hook_ids_and_upload_sarif() -> None:
    blocks = _readme_yaml_blocks()
    [config] = [b for b in blocks if isinstance(b, dict) and "repos" in b]
    assert [hook["id"] for hook in config["repos"][0]["hooks"]] == ["mtlint-fix", "mtlint"]
    [workflow] = [b for b in blocks if isinstance(b, dict) and "jobs" in b]
    steps = workflow["jobs"]["mtlint"]["steps"]
    assert any("--format sarif" in step.get("run", "") for step in steps)
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif")
               for step in steps)
