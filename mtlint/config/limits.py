"""Validating the time limits a configuration may set."""

from __future__ import annotations

import math
from typing import Any


def parse_pattern_timeout(value: Any) -> float:
    """``pattern-timeout``: seconds per megabyte of text, more than zero."""
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or value <= 0:
        raise ValueError("must be a number of seconds per megabyte of text, more than 0")
    return float(value)
