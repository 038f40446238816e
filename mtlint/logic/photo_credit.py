"""B101: photo credits left in the body text by the scraper.

Three shapes, all pack data apart from their punctuation:

* a labelled credit where a sentence or line starts: ``Photo/REUTERS``,
  ``Photo: press service of Roscosmos``, ``Photo credit: Oman News Agency``,
  ``Photo © Theo Rouby / AFP``, ``Photo by Xinhua reporter Chen Zhonghao``,
  ``Photo from: Facebook page of …``, ``Reproduction/Instagram``; it runs to
  the end of the line (the caption's last words), at most
  ``max_credit_chars`` long; after a sentence on the same line, a bare
  ``© AIP/Yao Kouamé`` is one too (a line that opens with ``©`` is A113's
  site notice);
* a bracket holding a label at its start or end, or an agency and its
  photographer: ``(Photo: Antara)``, ``[Photo = Yonhap News]``, ``(DHA
  Photo)``, ``(Photographed by reporter Zhang Tao)``, ``(Special/Resident
  documentation)``, ``(ANTARA FOTO/Dewi Rahmawati)``;
* an agency, a slash and a photographer closing a line: ``EFE/Ailen Díaz``,
  ``ANTARA FOTO/Benny Jahang/nym``, ``AP Photo/Evan Vucci``.

Labels are case-sensitive and capitalised (``Photo``, ``FOTO``), so ``the
photo: it went viral`` is prose; a label must be followed by its separator
(``:``, ``/``, ``=``, ``©``, ``by``, ``by:``, ``from:``) or close a bracket.
``slash_labels`` (``Reproduction``, ``Special``) are credits only before a
slash and a capitalised source, and ``bracket_openers`` (``Photographed``)
only opening a bracket, before ``by`` or ``from`` (``(Photographed in 1936
by …)`` is a caption's date, not a credit).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from mtlint.cache.patterns import compile_pattern
from mtlint.document.lines import lines
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.kinds.presence import case_sensitive_ids, holds_any
from mtlint.logic.speech import alternation
from mtlint.tables.phrases import PhraseFinder

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: where a credit may start: a line start, or after a sentence's end on the same line
_CREDIT_START: Final = r"(?:(?<=^[ \t]*)|(?<=[.!?\u2026\u201d\"\u2019)][ \t]{1,3}))"
# (a credit runs to the end of its line, never over a CRLF file's carriage return)
#: a photographer or source after an agency's slash: capitalised words or a handle
_NAME_PART: Final = r"[ ](?:(?:de|da|do|dos|van|von|bin|al)(?=[ ])|\p{Lu}[\w.'’-]*)"
_SOURCE_NAME: Final = rf"[\p{{Lu}}@][\w.@'’-]*(?:{_NAME_PART})*"
#: a source of two words or more: a photographer's name, not a second agency
_PERSON_NAME: Final = rf"[\p{{Lu}}@][\w.@'’-]*(?:{_NAME_PART})+"


#: ``credit`` after a label ("Photo credit: …")
_CREDIT_WORD: Final = r"(?:[ ](?:credit|Credit|CREDIT))?"
#: between a label and the source it names
_SEPARATOR: Final = r"(?:[ \t]*[/:=©][ \t]*|[ \t]+(?:by|©)[ \t]+|[ \t]+(?:by|from):[ \t]*)"
#: what follows a label in every match of the label patterns: its separator (perhaps after
#: ``credit``) or a closing bracket; otherwise an opening bracket stands before it
_AFTER_LABEL: Final = compile_pattern(rf"{_CREDIT_WORD}(?:{_SEPARATOR}|[ \t]*[)\]])")


def _may_be_credited(text: str, start: int, end: int) -> bool:
    """Whether the label at ``start``-``end`` stands as every credit or bracket needs."""
    return (start > 0 and text[start - 1] in "([") or bool(_AFTER_LABEL.match(text, end))


class PhotoCredit(Rule):
    """Flags photo credits; the unsafe fix removes the credit (not the caption)."""

    OPTIONS: ClassVar[OptionTypes] = {
        "labels": (list, True),
        "agencies": (list, True),
        "slash_labels": (list, False),
        "bracket_openers": (list, False),
        "max_credit_chars": (int, False),
        "fix_message": (str, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        labels = alternation(spec.options["labels"])
        slash_labels = alternation(spec.options.get("slash_labels", [])) or "(?!)"
        openers = alternation(spec.options.get("bracket_openers", [])) or "(?!)"
        agencies = alternation(spec.options["agencies"])
        longest = int(spec.options.get("max_credit_chars", 80))
        label = rf"(?:{labels}){_CREDIT_WORD}"
        slash_label = rf"(?:{slash_labels})[ \t]*/[ \t]*(?=[\p{{Lu}}@])"
        self._labelled = compile_pattern(
            rf"(?m){_CREDIT_START}(?P<credit>(?:{label}{_SEPARATOR}|{slash_label})"
            rf"[^\s/:=][^\r\n]{{0,{longest}}}?)[ \t\r]*$")
        # after a sentence on its line: at a line start, "©" opens A113's site notice
        self._copyright = compile_pattern(
            rf"(?m)(?<=[.!?\u2026\u201d\"\u2019)][ \t]{{1,3}})(?P<credit>©[ \t]*[^\s©]"
            rf"(?![^\r\n]*[Rr]ights[ ]reserved)[^\r\n]{{0,{longest}}}?)[ \t\r]*$")
        # "(Photo: Antara)", "(Photo)", "(Special/Resident documentation)", "(Photographed
        # from …)"; or a capitalised source before the label: "(AA Photo)", "(Getty Images)",
        # not "(see Images)"
        self._bracketed = compile_pattern(
            rf"[(\[](?:{label}(?:{_SEPARATOR}[^()\[\]\n]{{0,{longest}}})?"
            rf"|{slash_label}[^()\[\]\n]{{1,{longest}}}"
            rf"|(?:{openers})[ \t]+(?:by|from)[ \t]+[^()\[\]\n]{{1,{longest}}}"
            rf"|(?:\p{{Lu}}[^\s()\[\]]*[ \t]+){{1,4}}(?:{labels}))[ \t]*[)\]]")
        agency_credit = (rf"(?:{agencies})(?:[ ](?:FOTO|PHOTO|Photo|Foto))?"
                         rf"(?:[ \t]*/[ \t]*{_SOURCE_NAME}){{1,3}}(?:/[a-z]{{2,5}})?")
        self._agency = compile_pattern(
            rf"(?m){_CREDIT_START}(?P<credit>{agency_credit})[ \t]*\.?[ \t\r]*$")
        # in brackets only with a photo label or a photographer's name: "(ANTARA
        # FOTO/Dewi Rahmawati)", "(EFE/Ailen Díaz)", not the sources "(AFP/Reuters)"
        self._bracketed_agency = compile_pattern(
            rf"[(\[](?:{agencies})(?:[ ](?:FOTO|PHOTO|Photo|Foto)"
            rf"(?:[ \t]*/[ \t]*{_SOURCE_NAME}){{1,3}}|[ \t]*/[ \t]*{_PERSON_NAME}"
            rf"(?:[ \t]*/[ \t]*{_SOURCE_NAME}){{0,2}})(?:/[a-z]{{2,5}})?[)\]]")
        self.fix_message = str(spec.options.get("fix_message", "Remove the photo credit"))
        # the patterns run only where a label or an agency stands: most articles have none
        every_label = [str(label) for key in ("labels", "slash_labels", "bracket_openers")
                       for label in spec.options.get(key, [])]
        self._labels = PhraseFinder(every_label)
        self._lowered_labels = case_sensitive_ids(every_label)
        self._agencies = PhraseFinder(spec.options["agencies"])
        #: the most line breaks an agency's name may hold (``\s+`` between its words)
        self._agency_breaks = max((len(str(agency).split()) - 1
                                   for agency in spec.options["agencies"]), default=0)
        #: labels made of letters only are found whole by the finder wherever the label
        #: patterns match one (a bracket or blank before it, a mark or blank after it); a
        #: label pattern's match, which then holds no line break, is on a line holding one
        self._letter_labels = all(label.isalpha() for label in every_label)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        spans: list[tuple[int, int]] = []
        labels = self._labels.spans(text) if holds_any(doc, self._lowered_labels) else []
        if labels and (not self._letter_labels or any(
                _may_be_credited(text, start, end) for start, end in labels)):
            regions = _lines_holding(doc, labels) if self._letter_labels else [(0, len(text))]
            for low, high in regions:
                spans += [m.span("credit") for m in self._labelled.finditer(text, low, high)]
                spans += [m.span() for m in self._bracketed.finditer(text, low, high)]
        if "/" in text and self._agencies.spans(text):  # an agency's credit has a slash
            for low, high in _slash_regions(doc, self._agency_breaks):
                spans += [m.span("credit") for m in self._agency.finditer(text, low, high)]
                spans += [m.span() for m in self._bracketed_agency.finditer(text, low, high)]
        if "©" in text:
            spans += [match.span("credit") for match in self._copyright.finditer(text)]
        taken: list[tuple[int, int]] = []
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            if taken and start < taken[-1][1]:
                continue
            taken.append((start, end))
            yield self.diagnostic(start, end, fix=self.removal(doc, start, end, self.fix_message),
                                  match=doc.text[start:end])


def _slash_regions(doc: Document, back: int) -> list[tuple[int, int]]:
    """Where an agency's credit may be: each line holding a "/" (without its line break),
    from the start of the ``back``-th non-blank line before it; overlapping ones merged.

    Both agency patterns hold no line break after the agency, and a slash there, so
    a match ends on a line holding a "/"; it starts at most ``back`` non-blank lines
    before, as an agency's name of ``back + 1`` words may break between them.
    """
    text = doc.lint_text
    found = lines(doc)
    regions: list[tuple[int, int]] = []
    for i, line in enumerate(found):
        if text.find("/", line.start, line.end) < 0:
            continue
        low = doc.line_start_at(found[max(0, i - back)].start)
        end = text.find("\n", line.end)
        high = len(text) if end < 0 else end
        if regions and low <= regions[-1][1]:
            low = regions.pop()[0]
        regions.append((low, high))
    return regions


def _lines_holding(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines (without their line break) where ``spans``, in order, start; each once."""
    text = doc.lint_text
    lines: list[tuple[int, int]] = []
    for start, _ in spans:
        if lines and start <= lines[-1][1]:
            continue  # on the line before
        end = text.find("\n", start)
        lines.append((doc.line_start_at(start), len(text) if end < 0 else end))
    return lines
