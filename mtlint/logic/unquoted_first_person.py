"""I102: a speaker's first person left in the narration, without quotation marks.

Machine translation turns reported speech into narration but keeps the
speaker's ``I`` and ``we``, so the reporter seems to speak:

* indirect speech with a first-person subject: ``Khanh said that we have
  signed contracts``, ``The minister assured that I will return``, ``said in
  a press statement that I apologise``, ``stressed that BI is present, and we
  have reserves``; of the possessives only ``indirect_possessives`` count
  (``said that my team``: ``said that our reporters could attend`` may be the
  newspaper's);
* ``According to Ilyin, my inspectors check the ice``;
* a first-person sentence closed by a third-person attribution: ``We will
  release 24,000 tons of cabbage, Vice Minister Park explained.``;
* a first-person sentence right after indirect speech in the same paragraph:
  ``Minh said that the checks will go on. We will not make exceptions.``

Text inside quotation marks is the speaker's and never counts, nor does an
attribution to the reporter (``…, I said.``, ``according to me``), nor the
newsroom's own act after indirect speech (``We also contacted the ministry``), nor a
relative clause after a time word that another ``that`` follows (``said on the day that
we met that …``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document import Span
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.logic.speech import adverb_slot, alternation, sentences_holding
from mtlint.tables.phrases import PhraseFinder, is_whole_word

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


#: after "the day that we": a short relative clause, then the reported speech's own "that"
_RELATIVE_CLAUSE: Final = compile_sre(r"(?:[ \t]+[\w'’-]+){1,4}?[ \t]+that[ \t]")


class UnquotedFirstPerson(Rule):
    """Flags narration sentences where a reported speaker's first person survived."""

    OPTIONS: ClassVar[OptionTypes] = {
        "speech_verbs": (list, True),
        "first_person": (list, True),
        "first_person_possessives": (list, True),
        "newsroom_acts": (list, True),
        "adverbs": (list, True),
        "max_tail_words": (int, False),
        "indirect_possessives": (list, False),
        "gap_prepositions": (list, False),
        "relative_nouns": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        verbs = alternation(spec.options["speech_verbs"])
        subjects = alternation(spec.options["first_person"])
        first = alternation([*spec.options["first_person"],
                             *spec.options["first_person_possessives"]])
        self._first = {str(w).casefold() for w in spec.options["first_person"]}
        tail = int(spec.options.get("max_tail_words", 6))
        indirect_first = alternation([*spec.options["first_person"],
                                      *spec.options.get("indirect_possessives", [])])
        # a phrase may stand between the verb and "that": "said in a press statement that"
        gap = alternation(spec.options.get("gap_prepositions", [])) or "(?!)"
        # a phrase ending in one of these may take "that" as a relative pronoun: "said on
        # the day that we met that …" is no speaker's "we" (see _RELATIVE_CLAUSE)
        self._relative_nouns = {str(w).casefold() for w in spec.options.get("relative_nouns", [])}
        self._indirect = compile_pattern(
            rf"(?<![\w'’-])(?:{verbs})(?P<gap>[ \t]+(?:{gap})(?:[ \t]+[\w'’-]+){{1,4}}?)?"
            rf"[ \t]+that[ \t]+(?:{indirect_first})(?![\w'’-])")
        # a first-person clause joined to indirect speech: "…, and we have reserves", "…,
        # and that I will ask"; "and I" alone may be the reporter's ("and I agree")
        plural = alternation([w for w in spec.options["first_person"]
                              if str(w).casefold() != "i"]) or "(?!)"
        self._and_first = compile_pattern(
            rf",?[ \t]+and[ \t]+(?:that[ \t]+(?:{indirect_first})|(?:{plural}))(?![\w'’-])")
        self._according = compile_pattern(
            rf"(?<![\w'’-])[Aa]ccording to (?P<source>[^,;:!?\n]{{1,60}}),[ \t]+(?:{first})"
            rf"(?![\w'’-])")
        self._opening = compile_pattern(rf"[ \t]*(?:{first})(?![\w'’-])")
        # where the first person stands at all: an automaton scans four times faster
        # (one-letter words apart: see _FirstPersonFinder)
        self._any_first = _FirstPersonFinder([*spec.options["first_person"],
                                              *spec.options["first_person_possessives"]])
        self._subject = compile_pattern(rf"[ \t]*(?:{subjects})(?![\w'’-])")
        self._says_that = compile_pattern(rf"(?<![\w'’-])(?:{verbs})[ \t]+that(?![\w'’-])")
        self._closing = compile_pattern(
            rf",[ \t]+(?P<who>[\w.'’-]+(?:[ \t]+[\w.'’-]+){{0,7}}?)[ \t]+(?:{verbs})"
            rf"(?:[ \t]+[^\s,;:]+){{0,{tail}}}[ \t]*[.!?\u2026]?$")
        # the newspaper's own reporting after someone's words: "We contacted the ministry",
        # "we also tried to reach him", "We have repeatedly asked the police for comment"
        self._newsroom_act = compile_pattern(
            rf"[ \t]+(?:(?:have|had)[ \t]+)?(?:{adverb_slot(spec.options['adverbs'])})?"
            rf"(?:{alternation(spec.options['newsroom_acts'])})(?![\w'’-])")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        # only a sentence with an I, we, my or our in it can be found: the others are
        # looked at only as the sentence before one
        firsts = self._any_first.starts(text)
        sentences = doc.sentences
        for k, sentence, _ in sentences_holding(doc, firsts):
            if doc.quotes.overlaps(sentence.start, sentence.end):
                continue
            if self._reports_first_person(text, sentence) or (
                    k > 0 and self._continues_indirect_speech(doc, sentences[k - 1], sentence)):
                yield self.diagnostic(sentence.start, sentence.end,
                                      match=_shown(doc.text[sentence.start : sentence.end]))

    def _continues_indirect_speech(self, doc: Document, previous: Span, sentence: Span) -> bool:
        """A first-person sentence right after indirect speech, outside quotations, in the
        same paragraph: ``Minh said that the checks will go on. We will not make
        exceptions.``"""
        text = doc.lint_text
        subject = self._subject.match(text, sentence.start, sentence.end)
        return ("\n" not in text[previous.end : sentence.start]
                and subject is not None
                and self._newsroom_act.match(text, subject.end(), sentence.end) is None
                and self._says_that.search(text, previous.start, previous.end) is not None
                and not doc.quotes.overlaps(previous.start, previous.end))

    def _speaker_in(self, pattern: Any, text: str, start: int, end: int) -> bool:
        """Whether ``pattern`` finds a first person in ``[start, end)`` that is not the
        newsroom's own act (``and we contacted``; after a phrase, ``that`` may open a
        relative clause: ``said in a memo that we obtained``, and does after a noun of
        ``relative_nouns`` when a short clause and another ``that`` follow: ``said on the
        day that we met that …``, not ``said last week that we will``). Right after
        ``said that`` (a match of ``_indirect`` without its ``gap``) the first person is
        the speaker's whatever the verb (``said that we have requested``)."""
        for match in pattern.finditer(text, start, end):
            gap = match.groupdict().get("gap", "")
            if gap is None:
                return True
            if gap and gap.split()[-1].casefold() in self._relative_nouns and \
                    _RELATIVE_CLAUSE.match(text, match.end(), end):
                continue
            if self._newsroom_act.match(text, match.end(), end) is None:
                return True
        return False

    def _reports_first_person(self, text: str, sentence: Span) -> bool:
        start, end = sentence.start, sentence.end
        # each pattern is searched only in a sentence holding its literal ("that",
        # "ccording to "), without which it cannot match
        if text.find("that", start, end) >= 0:
            if self._speaker_in(self._indirect, text, start, end):
                return True
            says = self._says_that.search(text, start, end)
            if says is not None and self._speaker_in(self._and_first, text, says.end(), end):
                return True
        according = (self._according.search(text, start, end)
                     if text.find("ccording to ", start, end) >= 0 else None)
        if according and according.group("source").strip().casefold() not in ("me", "us"):
            return True
        if not self._opening.match(text, start, end):
            return False
        closing = self._closing.search(text, start, end)
        return closing is not None and closing.group("who").casefold() not in self._first


class _FirstPersonFinder:
    """Where the words (``I``, ``we``, ``my``) stand as whole words: ``PhraseFinder``'s
    starts. A one-character word makes the automaton's scan twice as slow, so when all
    the words are of letters, those of one letter are found by a pattern: the whole-word
    occurrences of words of letters are the same whether one automaton or several
    searches find them (a match inside another has a letter before it)."""

    def __init__(self, words: Iterable[Any]) -> None:
        listed = {str(word) for word in words if str(word)}
        singles = sorted(word for word in listed if len(word) == 1)
        if not singles or not all(word.isalpha() for word in listed):
            singles = []
        self._finder = PhraseFinder(listed - set(singles))
        # stdlib ``re``: its \w is str.isalnum() and "_", as PhraseFinder reads words
        self._singles = compile_sre(f"[{re.escape(''.join(singles))}](?![\\w-])") \
            if singles else None

    def starts(self, text: str) -> list[int]:
        """The starts of the words' whole-word occurrences in ``text``, in order."""
        starts = [start for start, _ in self._finder.spans(text)]
        if self._singles is None:
            return starts
        return sorted(starts + [match.start() for match in self._singles.finditer(text)
                                if is_whole_word(text, match.start(), match.end())])


def _shown(sentence: str, limit: int = 80) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
