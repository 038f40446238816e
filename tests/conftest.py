"""Shared fixtures: the built-in registry, loaded once per session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# The compiled-pattern store (mtlint.cache.patterns) takes its folder when mtlint first
# compiles a pattern, on import: a folder of this session's own, never the user's cache.
_SESSION_CACHE = tempfile.mkdtemp(prefix="mtlint-test-cache-")
os.environ["MTLINT_CACHE_DIR"] = _SESSION_CACHE
atexit.register(shutil.rmtree, _SESSION_CACHE, ignore_errors=True)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from mtlint.engine.registry import Registry, load_registry  # noqa: E402

# Property and fuzz tests: reproducible in CI (fixed examples, no database),
# random locally; article-sized examples have no per-example deadline.
settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                          print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(autouse=True)
def _private_result_cache(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with an empty result cache of its own, never the checkout's."""
    monkeypatch.setenv("MTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("mtlint-cache")))
