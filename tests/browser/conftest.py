"""Headless Debian Chromium driven by Playwright; skipped locally without it, fatal in CI."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mtlint.report.base import RunSummary
from mtlint.report.html import report_html

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
#: quiet, offline, sandbox-free (CI runs as root in a container)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def unavailable(reason: str) -> None:
    """Fail when `CI` is set (CI must run these tests), else skip."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests need {reason} in CI (.ci/run installs it)")
    pytest.skip(f"browser tests need {reason}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright Python package")
    if not CHROMIUM.is_file():
        unavailable(f"Debian's chromium package ({CHROMIUM})")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[[Path], Page]]:
    """Open a report file; the test fails on any script error (a blocked request or script
    included) or on any request besides the file itself."""
    pages: list[tuple[Page, list[str], list[str]]] = []

    def opener(path: Path) -> Page:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("request", lambda request: requests.append(request.url))
        page.goto(path.as_uri())
        pages.append((page, errors, requests))
        return page

    yield opener
    for page, errors, requests in pages:
        url = page.url
        page.close()
        assert errors == []
        assert requests == [url]


@pytest.fixture
def open_report(open_page: Callable[[Path], Page],
                tmp_path: Path) -> Callable[[RunSummary], Page]:
    """Write the summary's report to a file and open it."""
    def opener(summary: RunSummary) -> Page:
        stream = io.StringIO()
        report_html(summary, stream, statistics=False)
        path = tmp_path / f"report-{len(list(tmp_path.glob('report-*')))}.html"
        path.write_text(stream.getvalue(), encoding="utf-8")
        return open_page(path)

    return opener
