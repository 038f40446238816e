"""Penalty weights of the score, and reading them (and ``max-score``) from config.

The defaults follow the MQM scheme of professional MT evaluation (Freitag et
al. 2021, "Experts, Errors, and Context"): a major error weighs 5, a minor
one 1, a minor punctuation error 0.1, a neutral note 0. mtlint's severities
map onto it as error = major, warning = minor, info = neutral.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

SEVERITY_KEYS = ("error", "warning", "info")


class ScoreWeights(NamedTuple):
    """Penalty points per finding; hashable, so settings stay cacheable.

    ``minor_categories`` pairs an MQM category with the weight of a *warning*
    in it (or in one of its subcategories), as MQM weighs minor punctuation
    errors 0.1; errors and infos weigh the same in every category.
    """

    error: float = 5.0
    warning: float = 1.0
    info: float = 0.0
    minor_categories: tuple[tuple[str, float], ...] = (("Fluency/Punctuation", 0.1),)

    def minor_weight(self, category: str) -> float:
        """The weight of a warning in ``category``: the most specific configured one."""
        best, weight = -1, self.warning
        for key, value in self.minor_categories:
            if (category == key or category.startswith(key + "/")) and len(key) > best:
                best, weight = len(key), value
        return weight


def parse_weights(value: Any) -> ScoreWeights:
    """The ``score-weights`` table merged over the defaults; ValueError says what is wrong."""
    if not isinstance(value, Mapping):
        raise ValueError("must be a table of weights")
    defaults = ScoreWeights()
    severities = {key: getattr(defaults, key) for key in SEVERITY_KEYS}
    categories = dict(defaults.minor_categories)
    for key, weight in value.items():
        number = _weight(key, weight)
        if key in SEVERITY_KEYS:
            severities[key] = number
        elif key[:1].isupper():
            categories[key] = number
        else:
            raise ValueError(f"unknown key '{key}': use error, warning, info or an MQM "
                             "category such as 'Fluency/Punctuation'")
    return ScoreWeights(**severities, minor_categories=tuple(sorted(categories.items())))


def parse_max_score(value: Any) -> float:
    """``max-score``: a number of penalty points per 100 words, zero or more."""
    if not _is_weight(value):
        raise ValueError("must be a number of penalty points per 100 words, 0 or more")
    return float(value)


def _weight(key: str, value: Any) -> float:
    if not _is_weight(value):
        raise ValueError(f"weight of '{key}' must be a number, 0 or more")
    return float(value)


def _is_weight(value: Any) -> bool:
    """A number (not a bool, not NaN) of zero or more."""
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
