"""Family G: dates written the source-locale way, and weekdays that contradict them."""

from mtlint.logic.dates.rules import (
    DayOnlyRule,
    ForeignMonthRule,
    MixedDateOrderRule,
    NumericDateRule,
    WeekdayMismatchRule,
)

__all__ = [
    "DayOnlyRule",
    "ForeignMonthRule",
    "MixedDateOrderRule",
    "NumericDateRule",
    "WeekdayMismatchRule",
]
