"""The rule interface: metadata, diagnostics, and the base class every kind extends."""

from __future__ import annotations

import abc
import enum
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

from mtlint.cache.patterns import compile_sre
from mtlint.document.casing import lower
from mtlint.engine.families import FAMILIES
from mtlint.fix.model import Applicability, Fix
from mtlint.record import Record

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class Severity(enum.IntEnum):
    """How much a finding matters; the fail level compares against this."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    @property
    def label(self) -> str:
        return lower(self.name)


#: option name -> (python type or types, required): what a rule kind accepts
OptionTypes = Mapping[str, tuple[type | tuple[type, ...], bool]]


class RuleDocs(Record):
    """The fixed sections of a rule's documentation (``mtlint explain``)."""

    __match_args__ = ("what", "why", "example", "instead", "fix_safety", "references")

    def __init__(self, what: str, why: str, example: str, instead: str, fix_safety: str = "",
                 references: tuple[str, ...] = ()) -> None:
        self.what: Final = what
        self.why: Final = why
        self.example: Final = example
        self.instead: Final = instead
        self.fix_safety: Final = fix_safety
        self.references: Final = references


class RuleMeta(Record):
    """Identity and documentation of one rule; ``fixable`` is never, sometimes or always."""

    __match_args__ = ("code", "name", "family", "category", "severity", "message", "docs",
                      "fixable", "applicability", "pack")

    def __init__(self, code: str, name: str, family: str, category: str, severity: Severity,
                 message: str, docs: RuleDocs, fixable: str = "never",
                 applicability: Applicability = Applicability.DISPLAY_ONLY,
                 pack: str = "") -> None:
        self.code: Final = code
        self.name: Final = name
        self.family: Final = family
        self.category: Final = category
        self.severity: Final = severity
        self.message: Final = message
        self.docs: Final = docs
        self.fixable: Final = fixable
        self.applicability: Final = applicability
        self.pack: Final = pack

    @property
    def family_name(self) -> str:
        return FAMILIES[self.family].name


class Diagnostic(Record):
    """One finding: a span of the document, a message, and perhaps a fix."""

    __match_args__ = ("meta", "start", "end", "message", "fix", "severity")

    def __init__(self, meta: RuleMeta, start: int, end: int, message: str,
                 fix: Fix | None = None, severity: Severity | None = None) -> None:
        self.meta: Final = meta
        self.start: Final = start
        self.end: Final = end
        self.message: Final = message
        self.fix: Final = fix
        self.severity: Final = severity

    @property
    def code(self) -> str:
        return self.meta.code

    @property
    def level(self) -> Severity:
        return self.severity if self.severity is not None else self.meta.severity


class RuleCase(Record):
    """An example from a rule's pack entry that the test suite runs."""

    __match_args__ = ("text", "matches", "fixed")

    def __init__(self, text: str, matches: tuple[str, ...] = (), fixed: str | None = None
                 ) -> None:
        self.text: Final = text
        self.matches: Final = matches
        self.fixed: Final = fixed


class RuleSpec(Record):
    """A pack entry after validation: metadata, kind options, and cases."""

    __match_args__ = ("meta", "kind", "options", "hits", "misses")

    def __init__(self, meta: RuleMeta, kind: str, options: Mapping[str, Any] | None = None,
                 hits: tuple[RuleCase, ...] = (), misses: tuple[str, ...] = ()) -> None:
        self.meta: Final = meta
        self.kind: Final = kind
        self.options: Final[Mapping[str, Any]] = {} if options is None else options
        self.hits: Final = hits
        self.misses: Final = misses


class Rule(abc.ABC):
    """Base of every rule kind. A kind reads its options once, then checks documents."""

    #: the options this kind accepts, validated when the pack loads
    OPTIONS: ClassVar[OptionTypes] = {}

    def __init__(self, spec: RuleSpec) -> None:
        self.meta = spec.meta
        self.options = spec.options

    @abc.abstractmethod
    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """Yield the findings of this rule in ``doc``."""

    def prepare(self) -> None:  # noqa: B027 - an optional hook, empty on purpose
        """Build now what the first ``check`` would build (a no-op unless deferred)."""

    def diagnostic(self, start: int, end: int, message: str | None = None,
                   fix: Fix | None = None, **fields: str) -> Diagnostic:
        """A finding of this rule; ``fields`` fill the placeholders of its message."""
        text = message if message is not None else self.meta.message.format(**fields)
        return Diagnostic(self.meta, start, end, text, fix)

    def removal(self, doc: Document, start: int, end: int, message: str) -> Fix:
        """A fix removing ``[start, end)`` with the white space it leaves doubled, and
        with the Markdown markers of its line when it is all the line holds (``## Read
        also: …`` goes whole, not leaving an empty ``##``)."""
        from mtlint.fix.spacing import removal_edit

        start = _line_start_if_only_markers_before(doc, start, end)
        return Fix((removal_edit(doc.text, start, end),), self.meta.applicability, message)


#: Markdown block markers before a line's text are short (``> > - ``)
_LONGEST_MARKERS: Final = 40
_ONLY_BLANKS_TO_LINE_END: Final = compile_sre(r"[ \t\r]*(?:\n|\Z)")


def _line_start_if_only_markers_before(doc: Document, start: int, end: int) -> int:
    """The line's start when only Markdown block markers precede ``start`` on its line
    and only white space follows ``end``; else ``start``."""
    if not doc.markup.spans:  # plain text: no markers (and no rescanning of long lines)
        return start
    text = doc.lint_text
    line_start = text.rfind("\n", max(0, start - _LONGEST_MARKERS), start) + 1
    if line_start == start or (line_start == 0 and start > _LONGEST_MARKERS):
        return start
    if not _ONLY_BLANKS_TO_LINE_END.match(text, end):
        return start
    text = doc.text
    at = line_start
    while at < start:
        if text[at] in " \t":
            at += 1
            continue
        marker = doc.markup.find(at)
        if marker is None:
            return start
        at = marker.end
    return line_start
