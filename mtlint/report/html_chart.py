"""The report's inline SVG chart: findings per defect family across the batch."""

from __future__ import annotations

from html import escape

from mtlint.report.html_data import FamilyCount

_BAR_HEIGHT = 12
_GAP = 3
_LABEL_WIDTH = 190
_BAR_WIDTH = 260


def family_chart(families: list[FamilyCount]) -> str:
    """Horizontal bars, one per family that has findings; each bar names its family."""
    if not families:
        return '<p class="chart-empty">No findings.</p>'
    top = max(f.findings for f in families)
    height = len(families) * (_BAR_HEIGHT + _GAP) + _GAP
    width = _LABEL_WIDTH + _BAR_WIDTH + 50
    rows = [_bar(i, f.letter, f.name, f.findings, top) for i, f in enumerate(families)]
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'aria-label="Findings per defect family">{"".join(rows)}</svg>')


def _bar(index: int, letter: str, name: str, count: int, top: int) -> str:
    y = _GAP + index * (_BAR_HEIGHT + _GAP)
    length = max(2, round(_BAR_WIDTH * count / top))
    middle = y + _BAR_HEIGHT / 2
    label = escape(f"{letter} {name}")
    return (f'<g class="bar fam-{escape(letter)}" data-family="{escape(letter)}">'
            f'<title>{label}: {count} finding{"s" * (count != 1)} (click to show only '
            f'this family)</title>'
            f'<text x="{_LABEL_WIDTH - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="central">{label}</text>'
            f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{length}" height="{_BAR_HEIGHT}" rx="3"/>'
            f'<text x="{_LABEL_WIDTH + length + 6}" y="{middle}" '
            f'dominant-baseline="central">{count}</text></g>')
