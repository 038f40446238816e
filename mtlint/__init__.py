"""mtlint: a translation-quality and text-cleanup linter for machine-translated news."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "fix_text", "lint_text", "lint_texts"]


def __getattr__(name: str) -> Any:
    # The API is imported on first use so that `mtlint --help` stays fast.
    if name in ("lint_text", "lint_texts", "fix_text"):
        from mtlint import api

        return getattr(api, name)
    raise AttributeError(name)
