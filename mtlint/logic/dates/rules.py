"""The date rules G101-G106 as rule kinds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.document.ascii_view import ascii_view
from mtlint.document.lines import lowered_utf8
from mtlint.document.nonascii import non_ascii
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.fix.model import Applicability, Fix
from mtlint.kinds.presence import holds_any
from mtlint.logic.dates.buddhist_era import EraYear, EraYearFinder
from mtlint.logic.dates.dayonly import DayOnly, find_day_only
from mtlint.logic.dates.evidence import Analysis, Verdict, Window, analyse
from mtlint.logic.dates.months import LANGUAGE_NAMES, ForeignMonth, MonthFinder
from mtlint.logic.dates.readings import WEEKDAYS, Order, Reading
from mtlint.logic.dates.spelled import find_weekday_dates
from mtlint.logic.dates.tokens import expression_span
from mtlint.logic.dates.weekday_day import LITERALS as WEEKDAY_DAY_LITERALS
from mtlint.logic.dates.weekday_day import find_weekday_days
from mtlint.tables.styles import Style

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


#: the window of G102 and G103, which have no window options (one object, not one a call)
_DEFAULT_WINDOW: Final = Window()


class NumericDateRule(Rule):
    """G101: a numeric date in the source's style, rewritten when its reading is settled."""

    OPTIONS: ClassVar[OptionTypes] = {
        "window_before_days": (int, False),
        "window_after_days": (int, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        default = Window()
        self.window = Window(int(spec.options.get("window_before_days", default.before)),
                             int(spec.options.get("window_after_days", default.after)))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for verdict in _analysis(doc, self.window).verdicts:
            yield self._finding(verdict, ctx.style)

    def _finding(self, verdict: Verdict, style: Style) -> Diagnostic:
        token = verdict.token
        if verdict.chosen is None:
            return self.diagnostic(token.start, token.end, _open_message(verdict, style))
        text = _show(verdict, verdict.chosen, style)
        fix = Fix.replace(token.start, token.end, text, Applicability.SAFE,
                          f"Write the date as {text}")
        message = _settled_message(verdict, verdict.chosen, text)
        return self.diagnostic(token.start, token.end, message, fix)


class WeekdayMismatchRule(Rule):
    """G102: a weekday that the date beside it does not fall on."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        found = list(self._numeric(doc, ctx.style)) + list(self._spelled(doc, ctx.style))
        yield from sorted(found, key=lambda d: d.start)

    def _numeric(self, doc: Document, style: Style) -> Iterator[Diagnostic]:
        for verdict in _analysis(doc, _DEFAULT_WINDOW).verdicts:
            weekday = verdict.token.weekday
            if weekday is None or not verdict.mismatch:
                continue
            token = verdict.token
            facts = " and ".join(f"{style.format_date(r.date)} is a {r.weekday}"
                                 for r in verdict.readings)
            span = expression_span(doc.lint_text, min(weekday.start, token.start),
                                   max(weekday.end, token.end))
            yield self.diagnostic(*span, f"{weekday.name} does not fit `{token.text}`: {facts}")

    def _spelled(self, doc: Document, style: Style) -> Iterator[Diagnostic]:
        for found in find_weekday_dates(doc.lint_text, doc.article_date, ascii_view(doc)):
            if found.date.weekday() != found.weekday.index:
                fact = f"{style.format_date(found.date)} is a {WEEKDAYS[found.date.weekday()]}"
                yield self.diagnostic(found.start, found.end,
                                      f"{found.weekday.name} does not fit {found.written}: {fact}")


class MixedDateOrderRule(Rule):
    """G103: day-first and month-first numeric dates in one article."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        convention = _analysis(doc, _DEFAULT_WINDOW).convention
        day_first, month_first = convention.day_first, convention.month_first
        if not day_first or not month_first:
            return
        later = month_first[0].start > day_first[0].start
        minority_is_month = len(month_first) < len(day_first) or (
            len(month_first) == len(day_first) and later)
        order, other = ((Order.MONTH_FIRST, Order.DAY_FIRST) if minority_is_month
                        else (Order.DAY_FIRST, Order.MONTH_FIRST))
        for token in month_first if minority_is_month else day_first:
            yield self.diagnostic(token.start, token.end, (
                f"`{token.text}` is {order.value}, but this article also writes "
                f"{other.value} dates ({convention.examples(other)}); "
                "write the dates out so that the order cannot be misread"))


class ForeignMonthRule(Rule):
    """G104: a month name left in the source language, next to a day or a year."""

    OPTIONS: ClassVar[OptionTypes] = {
        "languages": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        languages = spec.options.get("languages", list(LANGUAGE_NAMES))
        unknown = sorted(set(languages) - set(LANGUAGE_NAMES))
        if unknown:
            raise PackError(f"unknown language {unknown[0]!r} (known: {', '.join(LANGUAGE_NAMES)})",
                            spec.meta.pack, f"rule.{spec.meta.code}.options.languages")
        self.finder = MonthFinder(languages)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not self.finder.may_name(non_ascii(doc), lambda: lowered_utf8(doc)):
            return
        for found in self.finder.find(doc.lint_text):
            yield self._finding(found)

    def _finding(self, found: ForeignMonth) -> Diagnostic:
        english = found.replacement.split()[-1]
        languages = "/".join(LANGUAGE_NAMES[lang] for lang in found.languages)
        fix = Fix.replace(found.start, found.end, found.replacement, Applicability.SAFE,
                          f"Write the month in English: {found.replacement}")
        return self.diagnostic(found.start, found.end,
                               f"`{found.word}` is {languages} for {english}", fix)


class DayOnlyRule(Rule):
    """G105: a date given by its day alone (``on the 8th``)."""

    OPTIONS: ClassVar[OptionTypes] = {
        "rank_participles": (list, False),
        "idioms": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.ranks = frozenset(str(w) for w in spec.options.get("rank_participles", []))
        self.idioms = frozenset(str(w) for w in spec.options.get("idioms", []))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text, ref = doc.lint_text, doc.article_date
        for found in find_day_only(text, ref, self.ranks, ascii_view(doc)):
            yield self._finding(found, ctx.style)
        if holds_any(doc, WEEKDAY_DAY_LITERALS):  # each match holds one
            for found in find_weekday_days(text, ref, self.idioms):
                yield self._finding(found, ctx.style)

    def _finding(self, found: DayOnly, style: Style) -> Diagnostic:
        message = f"`{found.text}` names only a day; write the month as well"
        if found.date is None:
            return self.diagnostic(found.start, found.end, message)
        text = style.format_date(found.date, with_year=False)
        if found.weekday:
            text = f"{found.weekday}, {text}"
        fix = Fix.replace(found.start, found.end, text, Applicability.UNSAFE,
                          f"Write the date as {text}")
        return self.diagnostic(found.start, found.end,
                               f"{message} (by the article date, probably {text})", fix)


class BuddhistEraRule(Rule):
    """G106: a Thai Buddhist Era year closing an English date (``26 March 2567``)."""

    OPTIONS: ClassVar[OptionTypes] = {
        "earliest": (int, False),
        "latest": (int, False),
        "offset": (int, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        options = spec.options
        earliest, latest = int(options.get("earliest", 2400)), int(options.get("latest", 2699))
        if not 1000 <= earliest <= latest <= 9999:
            raise PackError("earliest and latest must be four-digit years, earliest first",
                            spec.meta.pack, f"rule.{spec.meta.code}.options")
        self.finder = EraYearFinder(earliest, latest, int(options.get("offset", 543)))

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for found in self.finder.find(doc.lint_text):
            yield self._finding(found)

    def _finding(self, found: EraYear) -> Diagnostic:
        fix = Fix.replace(found.start, found.end, str(found.gregorian), self.meta.applicability,
                          f"Write the Gregorian year {found.gregorian}")
        return self.diagnostic(found.start, found.end, fix=fix, year=str(found.year),
                               gregorian=str(found.gregorian))


def _analysis(doc: Document, window: Window) -> Analysis:
    """The numeric dates of ``doc``, computed once for G101-G103."""
    # a key of plain values: a record hashes its fields in Python, three times a document
    return doc.memo(("numeric-dates", window.before, window.after),
                    lambda: analyse(doc.lint_text, doc.article_date, window, ascii_view(doc)))


def _show(verdict: Verdict, reading: Reading, style: Style) -> str:
    return style.format_date(reading.date, with_year=verdict.token.year is not None)


def _settled_message(verdict: Verdict, chosen: Reading, text: str) -> str:
    token = verdict.token
    if chosen.order is Order.SAME:
        return f"`{token.text}` is a numeric date in the source's style; write it as {text}"
    if not verdict.reasons:
        month = max(token.first, token.second)
        return (f"`{token.text}` can only be {chosen.order.value} (there is no month {month}); "
                f"write it as {text}")
    verb = "makes" if len(verdict.reasons) == 1 else "make"
    return f"`{token.text}` is {chosen.order.value}: {_join(verdict.reasons)} {verb} it {text}"


def _open_message(verdict: Verdict, style: Style) -> str:
    token = verdict.token
    shown = [f"{_show(verdict, r, style)} ({r.order.value})" for r in verdict.readings]
    weekday = token.weekday
    if verdict.mismatch and weekday is not None:
        if len(shown) == 1:
            return (f"`{token.text}` can only be {shown[0]}, but that is not a {weekday.name}; "
                    "check the date")
        return (f"`{token.text}` could be {' or '.join(shown)}, but {weekday.name} fits "
                "neither; check the date")
    if verdict.votes:
        claims = ", but ".join(f"{name} points to {_show(verdict, r, style)}"
                               for name, r in verdict.votes)
        return f"`{token.text}` could be {' or '.join(shown)}: {claims}; write the date out"
    return (f"`{token.text}` could be {' or '.join(shown)}, and nothing in the article "
            "settles it; write the date out")


def _join(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
