"""``--format html``: one self-contained page for the editor's desk.

The page holds its CSS, script, chart and data inline, and a Content Security
Policy that forbids every network request and every script but its own
(allowed by hash), so nothing an article contains can run or call out.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from importlib import resources
from typing import TextIO

from mtlint.cache.patterns import compile_sre
from mtlint.fix.model import Applicability
from mtlint.report.base import RunSummary
from mtlint.report.html_chart import family_chart
from mtlint.report.html_data import embed_json, family_counts, report_payload
from mtlint.report.scoring import batch_score, over_max_score, ranked
from mtlint.report.summary import errors_counted
from mtlint.score.weights import ScoreWeights

_PLACEHOLDER = compile_sre(r"\{\{(\w+)\}\}")


def report_html(summary: RunSummary, stream: TextIO, statistics: bool) -> None:
    """Write the report page; ``statistics`` adds nothing: the page has them all."""
    payload = report_payload(summary)
    css, js = _asset("report.css"), _asset("report.js")
    values = {
        "csp": _policy(css, js),
        "tool": escape(str(payload["tool"])),
        "title": escape(f"mtlint report: {len(summary.files)} articles"),
        "summary": escape(_summary(summary)),
        "legend": escape(_legend(summary.weights)),
        "errors": _errors(summary),
        "chart": family_chart(family_counts(summary)),
        "css": css,
        "js": js,
        "data": embed_json(payload),
    }
    # One pass, so that nothing inserted is ever read as a placeholder.
    stream.write(_PLACEHOLDER.sub(lambda m: values[m[1]], _asset("report.html")))


def _errors(summary: RunSummary) -> str:
    """The run's errors, one item each as on stderr: a page without them would show an
    article that was never checked as missing, not as failed."""
    if not summary.run_errors:
        return ""
    items = "".join(f"\n    <li>{escape(error.message)}</li>" for error in summary.run_errors)
    return (f'<section class="run-errors" aria-label="Errors">\n  <h2>Errors: '
            f'{escape(errors_counted(summary))}</h2>\n  <ul>{items}\n  </ul>\n</section>')


def _asset(name: str) -> str:
    return (resources.files("mtlint.report") / "html_assets" / name).read_text(encoding="utf-8")


def _policy(css: str, js: str) -> str:
    """No network at all; only the page's own style and script, by their hashes."""
    return (f"default-src 'none'; script-src '{_hash(js)}'; style-src '{_hash(css)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _legend(weights: ScoreWeights) -> str:
    categories = "".join(f"; a warning in {category} {weight:g}"
                         for category, weight in weights.minor_categories)
    return (f"Score: MQM penalty points per 100 words (error {weights.error:g}, warning "
            f"{weights.warning:g}, info {weights.info:g}{categories}); 0 is clean, higher "
            "is worse.")


def _summary(summary: RunSummary) -> str:
    files = ranked(summary)
    batch = batch_score(files)
    parts = [f"{len(files)} article{'s' * (len(files) != 1)}",
             f"{summary.findings} finding{'s' * (summary.findings != 1)}",
             f"{summary.fixable(Applicability.SAFE)} fixable with --fix",
             f"batch score {batch:.2f}"]
    if summary.fixing:
        parts.insert(0, f"{summary.fixed} fixed")
    if summary.max_score is not None:
        parts.append(f"{len(over_max_score(summary))} above max-score {summary.max_score:g}")
    if summary.run_errors:
        parts.append(errors_counted(summary))
    return " · ".join(parts)
