"""Attribution (family H): one statement attributed twice.

H101 finds a narration frame translated into the quotation (``“I went on
to say that …,” said X.``); H102 ``According to him, …, he said.``; H103
two speech verbs in a row (``he said. declared.``). Word lists are pack data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern
from mtlint.document import Span
from mtlint.document.casing import lower
from mtlint.document.lines import lowered
from mtlint.document.segment import positions_of
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.kinds.presence import case_sensitive_ids, found_in, holds, literal_ids
from mtlint.logic.speech import (
    NarrationFrames,
    adverb_slot,
    alternation,
    quoted,
    sentences_holding,
)
from mtlint.tables.phrases import is_whole_word

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context


class DoubledAttribution(Rule):
    """H101: a quotation opening with a first-person narration frame, then attributed.

    Frames are found as ``NarrationFrames`` describes. Third-person frames
    (``“He went on to say that …,” the judge said``) are left alone: a speaker
    may well recount what someone else said. The finding marks the frame, the
    attribution added inside the quotation; I101 marks the whole quotation, which
    the first-person frame puts in the speaker's mouth.
    """

    OPTIONS: ClassVar[OptionTypes] = {
        **NarrationFrames.OPTIONS,
        "first_person": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self._frames = NarrationFrames(spec.options, spec.options["first_person"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for _, frame, after in self._frames.framed(doc):
            if after is not None:
                yield self.diagnostic(frame.start, frame.end, frame=quoted(doc, frame),
                                      attribution=quoted(doc, Span(after.start, after.end)))


class AccordingToSaid(Rule):
    """H102: ``According to X, …, he said.``: the same source named twice in one sentence.

    The trailing subject must be the same source: a pronoun agreeing with
    ``according to him/her/them``, words of the source itself (``Wang`` after
    ``according to Wang Yi``, ``the police`` after ``according to the police``),
    or ``he``/``she`` after a person listed in the entity tables or named with
    one of ``person_titles`` (``Mr. Tuan``, ``the Minister of Mining``).
    ``In his opinion, …, he explained.`` is the same doubling, and so is a sentence
    that opens with its speaker's indirect speech and closes with the speaker again:
    ``He pointed out that the ministry is importing power, he added.``
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "speech_verbs": (list, True),
        "pronoun_pairs": (dict, True),
        "person_pronouns": (list, True),
        "max_tail_words": (int, True),
        "person_titles": (list, False),
        "adverbs": (list, False),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        verbs = alternation(spec.options["speech_verbs"])
        self._pairs = {str(k): str(v) for k, v in spec.options["pronoun_pairs"].items()}
        self._person = {str(p) for p in spec.options["person_pronouns"]}
        self._subjects = set(self._pairs.values())
        tail = int(spec.options["max_tail_words"])
        self._according = compile_pattern(
            r"(?<![\w-])(?:[Aa]ccording to (?P<source>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.[ ]|[^,;:.!?])"
            r"{1,60})|[Ii]n (?P<source>his|her|their) (?:opinion|view|words)),")
        self._titles = {str(w) for w in spec.options.get("person_titles", [])}
        #: each opener start with its id in the shared literal scan
        self._openers = [(needle, literal_ids([needle])) for needle in _OPENER_STARTS]
        # a sentence opening with indirect speech: "He pointed out that", "The minister said that"
        self._reported = compile_pattern(
            rf"(?:(?:But|And|Yet|So)[ \t]+(?=\p{{Ll}}))?"
            rf"(?P<source>\p{{L}}[\w.'’-]*(?:[ \t]+[\w.'’-]+){{0,{_SOURCE_WORDS - 1}}}?)[ \t]+"
            rf"(?:{adverb_slot(spec.options.get('adverbs', []))})?(?:{verbs})[ ]that[ ]")
        verb_ends = sorted({str(verb).split()[-1] for verb in spec.options["speech_verbs"]})
        #: each verb's last word with `` that ``, by its id in the shared literal scan of the
        #: lowered text (a text holding it holds it lowered); those without one (``Σ``)
        #: are looked for in every text
        self._verb_thats: dict[int, list[str]] = {}
        self._unscanned_thats: list[str] = []
        for end in verb_ends:
            ids = case_sensitive_ids([f"{end} that "])
            if ids:
                for i in ids:  # ``said`` and ``SAID`` share the id of ``said``
                    self._verb_thats.setdefault(i, []).append(f"{end} that ")
            else:
                self._unscanned_thats.append(f"{end} that ")
        self._verb_that_ids = frozenset(self._verb_thats)
        #: the most words before "that" in such an opener: a conjunction, the speaker, an
        #: adverb, the verb
        self._opener_words = 1 + _SOURCE_WORDS + 1 + max(
            len(str(verb).split()) for verb in spec.options["speech_verbs"])
        subject = r"(?P<who>[\w'’-]+(?: [\w'’-]+){0,3}?)"
        self._trailing = compile_pattern(
            rf",[ \t]*(?:{subject}[ \t]+(?P<verb>{verbs})|(?P<verb>{verbs})[ \t]+{subject})"
            rf"(?:[ \t]+[^\s,;:]+){{0,{tail}}}[ \t]*[.!?\u2026]?$"
        )

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        # the pattern can only match where an opener starts: it is tried there, leftmost
        # first, as a search of the sentence would go, and not in the other sentences
        for _, sentence, starts in sentences_holding(doc, self._opener_starts(doc)):
            according = next((match for at in starts if (
                match := self._according.match(text, at, sentence.end)) is not None), None)
            if according is not None:
                yield from self._doubled(doc, ctx, sentence, according, according.end() - 1)
        # indirect speech opens its sentence and ends with a " that " a few words in
        for _, sentence, thats in sentences_holding(doc, self._that_positions(doc)):
            reported = self._reported_opener(text, sentence.start, thats)
            if reported is not None:
                yield from self._doubled(doc, ctx, sentence, reported, reported.end() - 1)

    def _reported_opener(self, text: str, start: int, thats: list[int]) -> Any:
        """The match of ``He pointed out that`` opening the sentence at ``start`` and
        ending with one of the `` that `` at ``thats``, or None."""
        for at in thats:
            if len(text[start:at].split(maxsplit=self._opener_words)) > self._opener_words:
                return None  # this one and those after are too far in
            reported = self._reported.fullmatch(text, start, at + len(" that "))
            if reported is not None:
                return reported
        return None

    def _doubled(self, doc: Document, ctx: Context, sentence: Span, opener: Any,
                 opener_end: int) -> Iterator[Diagnostic]:
        """The finding when ``sentence``, opened by ``opener`` (which names the
        ``source``), closes with an attribution to the same source."""
        text = doc.lint_text
        if doc.in_quote(opener.start(), opener_end):
            return
        # no comma may follow the one that opens the trailing attribution: it can only
        # be the sentence's last comma, where a match is tried instead of a search
        comma = text.rfind(",", opener_end + 1, sentence.end)
        trailing = self._trailing.match(text, comma, sentence.end) if comma >= 0 else None
        if trailing is None or doc.in_quote(trailing.start(), trailing.end()):
            return
        if self._same_source(opener.group("source"), trailing.group("who"), ctx):
            # the article's own words, not the pattern's groups: "In his opinion", not
            # "According to his"; "said Rudy", not "Rudy said"
            said = Span(min(trailing.start("who"), trailing.start("verb")),
                        max(trailing.end("who"), trailing.end("verb")))
            yield self.diagnostic(opener.start(), trailing.end(),
                                  opener=quoted(doc, Span(opener.start(), opener_end)),
                                  attribution=quoted(doc, said))

    def _that_positions(self, doc: Document) -> list[int]:
        """Where `` that `` stands right after a speech verb's last word as a whole
        word (``said``, ``out`` of ``pointed out``; a blank or the text's start before
        it): only there can ``_reported`` end. Only the verbs whose ``… that `` the
        shared scan found are looked for."""
        needles = [needle for i in found_in(doc) & self._verb_that_ids
                   for needle in self._verb_thats[i]]
        needles += self._unscanned_thats
        if not needles:
            return []
        text = doc.lint_text
        ends = []
        for needle in needles:
            verb = len(needle) - len(" that ")
            ends += [at + verb for at in positions_of(text, [needle], 0, len(text))
                     if at == 0 or text[at - 1].isspace()]
        return sorted(ends)

    def _opener_starts(self, doc: Document) -> list[int]:
        """Where ``_OPENER_STARTS`` occur in the text, in any letter case, in order; each
        is looked for only if the shared scan found it in the lowered text (a text lacking
        it has no occurrence to miss)."""
        low, found = lowered(doc), found_in(doc)
        return positions_of(low, [needle for needle, ids in self._openers if holds(found, ids)],
                            0, len(low))

    def _same_source(self, source: str, who: str, ctx: Context) -> bool:
        if source in self._pairs:
            return self._pairs[source] == lower(who)
        if lower(source) in self._subjects:  # "He pointed out that …, he added."
            return lower(source) == lower(who)
        if lower(who) in self._person:
            return _is_person(source, ctx) or bool(self._titles & set(source.split()))
        return set(lower(who).split()) <= set(lower(source).split())


#: the most words the speaker of ``He pointed out that`` takes
_SOURCE_WORDS: Final = 5
#: how ``According to X,`` and ``In his opinion,`` start, in lower case
_OPENER_STARTS: Final = ("according to ", "in his ", "in her ", "in their ")


def _is_person(source: str, ctx: Context) -> bool:
    """Whether ``source`` names a person of the entity tables."""
    return any(ctx.entities.kind(m.form.entity) == "person" for m in ctx.entities.mentions(source))


class StackedSpeechVerbs(Rule):
    """H103: two speech verbs in a row, ``he said. declared.`` or ``she said, said Kim``,
    or two attributions in one: ``Ilyin said, the director noted``, ``said Pamayun he
    explained``.

    The second verb is lower case. After a period nothing else is asked (no
    sentence starts so); after a comma, semicolon or colon it must end the
    clause or come before a capitalised name, so ``what he said, said the
    report, …`` is left alone.
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "speech_verbs": (list, True),
        "adverbs": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        verbs = alternation(spec.options["speech_verbs"])
        # a participle after an auxiliary or a negation, an adverb perhaps between, reports
        # nothing ("The tax was quietly introduced, the minister noted"; "The workers were
        # not informed, the union said")
        self._auxiliary = compile_pattern(
            r"(?:(?<![\w'’-])(?:am|is|are|was|were|be|been|being|get|gets|got|not|never)"
            rf"|n['’]t)[ \t]+(?:{adverb_slot(spec.options['adverbs'])})?$",
            regex.IGNORECASE)
        # Anchored on the punctuation between the verbs (the first verb is matched
        # behind it), which is far faster than trying the verb list at every word.
        self._pattern = compile_pattern(
            rf"(?<=(?<![\w'’-])(?P<first>{verbs})[ \t]*)(?:\.[ \t]+(?:{verbs})(?![\w'’-])"
            rf"|[,;:][ \t]+(?:{verbs})(?=[ \t]*[.,;:!?\u2026]|[ \t]+\p{{Lu}}|[ \t]*$)"
            # a second attribution closing the sentence: "Ilyin said, the director noted."
            rf"|(?P<second>,[ \t]+(?:he|she|they|the(?:[ \t]+[\w'’-]+){{1,4}})[ \t]+"
            rf"(?:{verbs})(?=[ \t]*[.!?\u2026]|[ \t]*$)))",
            regex.MULTILINE,
        )
        # the pattern can only match at punctuation after blanks after a speech verb, and
        # the inverted one at a whole word of _INVERTED_VERBS: every occurrence of those
        # words is found (overlapping ones too), and the patterns are tried there only.
        # Only the words the shared literal scan found in the lowered text are looked for
        # (a text holding one holds it lowered); a word without an id there (``Σ``) is
        # looked for in every text.
        last_words = {str(verb).split()[-1] for verb in spec.options["speech_verbs"]}
        self._words: dict[int, list[tuple[str, bool, bool]]] = {}
        self._unscanned: list[tuple[str, bool, bool]] = []
        for word in sorted(last_words | set(_INVERTED_VERBS)):
            kinds = (word, word in last_words, word in _INVERTED_VERBS)
            ids = case_sensitive_ids([word])
            if ids:
                for i in ids:  # ``said`` and ``SAID`` share the id of ``said``
                    self._words.setdefault(i, []).append(kinds)
            else:
                self._unscanned.append(kinds)
        self._word_ids = frozenset(self._words)
        # an inverted attribution said twice: "said Tjokorda Pamayun he explained"
        self._inverted = compile_pattern(
            rf"(?P<first>\w+)[ \t]+(?:\p{{Lu}}[\w.'’-]*[ \t]+){{1,4}}(?:he|she|they)[ \t]+"
            rf"(?:{verbs})(?![\w'’-])")

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.lint_text
        marks, openings = self._verbs(doc)
        inverted = (self._inverted.match(text, start) for start in openings)
        matches = [*self._stacked(text, marks), *(m for m in inverted if m is not None)]
        for match in sorted(matches, key=lambda m: m.start("first")):
            start = match.start("first")
            if doc.in_quote(start, match.end()):
                continue
            if match.re is self._pattern and (self._passive_or_negated(text, start) or (
                    match.group("second") and _in_relative_clause(text, start))):
                continue
            yield self.diagnostic(start, match.end(), found=text[start : match.end()])

    def _verbs(self, doc: Document) -> tuple[list[int], list[int]]:
        """Where the stacked pattern may match (punctuation after a verb and its blanks) and
        where an inverted attribution may open, in text order."""
        text = doc.lint_text
        marks = set()
        openings = []
        words = [kinds for i in found_in(doc) & self._word_ids for kinds in self._words[i]]
        for word, ends_verb, opens_inverted in words + self._unscanned:
            for start in positions_of(text, [word], 0, len(text)):
                end = start + len(word)
                if opens_inverted and is_whole_word(text, start, end):
                    openings.append(start)
                if ends_verb:
                    while end < len(text) and text[end] in " \t":
                        end += 1
                    if end < len(text) and text[end] in ".,;:":
                        marks.add(end)
        return sorted(marks), sorted(openings)

    def _stacked(self, text: str, marks: list[int]) -> Iterator[Any]:
        """``self._pattern.finditer(text)``, the pattern tried only at ``marks``, where it
        can match."""
        resume = 0  # as finditer goes on, from the end of the last match
        for at in marks:
            match = self._pattern.match(text, at) if at >= resume else None
            if match is not None:
                resume = match.end()
                yield match

    def _passive_or_negated(self, text: str, verb: int) -> bool:
        """Whether the first verb follows an auxiliary or a negation."""
        return self._auxiliary.search(text, max(0, verb - _AUXILIARY_REACH), verb) is not None


_RELATIVE: Final = compile_pattern(
    r"(?<![\w'’-])(?:what|that|which|who|whom|as)(?:[ \t]+\S+){0,3}[ \t]+$", regex.IGNORECASE)


#: the verbs an inverted attribution opens with (``said Tjokorda Pamayun he explained``):
#: words of letters, none the start of another, so that every whole-word occurrence is
#: one that ``PhraseFinder`` (leftmost-longest, not overlapping) would find
_INVERTED_VERBS: Final = frozenset({"said", "says", "added", "explained", "stated"})

#: how far before a verb its auxiliary and adverb are looked for ("wasn't previously ")
_AUXILIARY_REACH: Final = 40


def _in_relative_clause(text: str, verb: int) -> bool:
    """Whether the first verb ends a relative clause (``what the minister said, the
    analyst noted``): the second attribution is then the sentence's only one."""
    return _RELATIVE.search(text, max(0, verb - 60), verb) is not None
