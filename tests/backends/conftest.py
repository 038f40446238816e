"""A real LanguageTool server for the grammar tests, and a private result cache.

.ci/run starts ``scripts/languagetool-server`` and exports its URL as
MTLINT_LANGUAGETOOL_URL. Without a reachable server the server-backed tests
are skipped locally, but fail in CI (when CI is set): there is no mock server.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from mtlint.backends.client import LanguageToolClient
from mtlint.errors import BackendError

URL_VARIABLE = "MTLINT_LANGUAGETOOL_URL"


def require(problem: str) -> None:
    """Fail in CI, skip elsewhere: a grammar test cannot run without what it needs."""
    if os.environ.get("CI"):
        pytest.fail(f"{problem}; CI must provide it (see .ci/run)")
    pytest.skip(problem)


@pytest.fixture(scope="session")
def languagetool_url() -> str:
    """The URL of the running LanguageTool server."""
    url = os.environ.get(URL_VARIABLE, "")
    if not url:
        require(f"{URL_VARIABLE} is not set: start scripts/languagetool-server and export it")
    try:
        LanguageToolClient(url).version("en-US")
    except BackendError as exc:
        require(f"no LanguageTool server: {exc}")
    return url


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test starts with an empty cache of its own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("MTLINT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
