"""Size and speed of the HTML report for a desk's day: 2,000 articles.

Usage: python3 bench/html_report.py [--articles N] [--screenshot PNG]

Copies the texts of corpus/ into a temporary folder until there are
``--articles`` of them, runs ``mtlint check --format html -o`` on it, and
prints the command's time, the report's size, and (when Debian's chromium and
Playwright are installed) how long headless Chromium takes to show the table
and to open the worst article. ``--screenshot`` instead writes the picture of
the report of corpus/ used in docs/desk.md.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def make_desk(folder: Path, count: int) -> None:
    """``count`` articles cycled from the corpus texts, each under a new name."""
    texts = sorted((ROOT / "corpus").glob("*/*.txt"))
    for i in range(count):
        source = texts[i % len(texts)]
        shutil.copyfile(source, folder / f"{i:04d}-{source.name}")


def write_report(paths: list[Path], report: Path, fmt: str = "html") -> float:
    """Seconds that ``mtlint check --format FMT -o report`` takes."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mtlint", "check", "--no-cache", "--exit-zero",
                    "--format", fmt, "-o", str(report), *map(str, paths)], check=True, cwd=ROOT)
    return time.perf_counter() - started


def render_seconds(desk: Path) -> float:
    """Seconds to render the HTML of the desk's findings, linting left out."""
    from mtlint.config.settings import Settings
    from mtlint.document import Document
    from mtlint.engine.build import build_run
    from mtlint.report.base import FileResult, RunSummary
    from mtlint.report.html import report_html

    linter = build_run(Settings()).linter
    summary = RunSummary()
    for path in sorted(desk.iterdir()):
        doc = Document(path.read_text(encoding="utf-8"), str(path))
        summary.files.append(FileResult.of(doc, linter.lint(doc).diagnostics, whole=True))
    started = time.perf_counter()
    report_html(summary, io.StringIO(), statistics=False)
    return time.perf_counter() - started


def browse(report: Path, screenshot: Path | None = None) -> tuple[float, float]:
    """Seconds until the table is shown, and until the worst article is open."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(report.as_uri())
        page.locator("#articles-body tr").first.wait_for()
        shown = time.perf_counter() - started
        started = time.perf_counter()
        page.locator("#articles-body tr").first.click()
        page.locator("#detail pre mark").first.wait_for()
        opened = time.perf_counter() - started
        if screenshot is not None:
            page.locator("#detail mark[title*='Fix (safe)']").nth(1).click()
            page.screenshot(path=str(screenshot))
        browser.close()
    return shown, opened


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--screenshot", type=Path, metavar="PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        if args.screenshot is not None:
            write_report([Path("corpus")], report)
            browse(report, args.screenshot)
            print(f"wrote {args.screenshot}")
            return
        desk = Path(tmp) / "desk"
        desk.mkdir()
        make_desk(desk, args.articles)
        concise = write_report([desk], Path(tmp) / "report.txt", "concise")
        seconds = write_report([desk], report)
        megabytes = report.stat().st_size / 1e6
        print(f"{args.articles} articles: mtlint check --format html took {seconds:.2f} s "
              f"(--format concise: {concise:.2f} s; rendering the page alone: "
              f"{render_seconds(desk):.2f} s); report {megabytes:.2f} MB")
        if Path(CHROMIUM).is_file():
            shown, opened = browse(report)
            print(f"chromium: table shown after {shown:.2f} s; worst article opened in "
                  f"{opened:.2f} s")


if __name__ == "__main__":
    main()
