"""Shared fixtures: the built-in registry, loaded once per session."""

from __future__ import annotations

import pytest

from mtlint.engine.registry import Registry, load_registry


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()
