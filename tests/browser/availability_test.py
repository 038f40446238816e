"""Without Chromium or Playwright the browser tests skip locally and fail in CI."""

from __future__ import annotations

import pytest

from tests.browser.conftest import unavailable


def test_missing_browser_fails_when_ci_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="in CI"):
        unavailable("chromium")


def test_missing_browser_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium"):
        unavailable("chromium")
