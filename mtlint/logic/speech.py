"""Reported speech, shared by the attribution (H) and pronoun-person (I) rules.

Word lists come from the pack's options; this module turns them into
patterns and finds the two things those rules look at: a narration frame
opening a quotation (``“I went on to say that …``) and an attribution
right after it (``,” said Kim's subordinate.``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern
from mtlint.document import Span
from mtlint.record import Record
from mtlint.tables.order import longest_first

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.rule import OptionTypes

_OPENERS: Final = "\u201c\u00ab\u201e\""
_CLOSERS: Final = "\u201d\u00bb\u201c\""
#: the quotation's last sentence ends with one of these before an attribution
_CONTINUES: Final = ",?!\u2026"
#: an attribution after a quotation: ``, said X``, ``,” he added``, ``, Kim's deputy said``;
#: up to ten words before the verb (``the head of the city election commission said``),
#: but not a clause (``and after a long pause the old man said``)
_AFTER: Final = (
    r"[ \t]*,?[ \t]*(?!(?:and|but|then|while|after|before|when|as)[ \t])"
    r"(?P<who>(?:[^\s.!?;:\u201c\u201d\"]+[ \t]+){{0,10}}?)(?P<verb>{verbs})\b"
)
#: an attribution's words after its verb name the speaker only if this few, once the words
#: of time, place and manner are cut off (``said the head of the city election commission``)
_NAME_WORDS: Final = 10
#: lower-case words that end a speaker's name after the verb: ``said Rudy in a statement``,
#: ``said Regent Rudi Hartono when met``, ``said Rina at her office``
_NAME_STOPS: Final = frozenset({
    "when", "while", "in", "at", "on", "during", "after", "before", "to", "from", "as", "via",
    "by", "through", "with", "for", "according", "yesterday", "today", "tonight", "this",
    "last", "earlier", "later", "who", "whom", "which", "that", "because", "since", "if",
    "outside", "inside", "near", "ahead", "following", "without", "then", "again", "also",
    "here", "there", "adding", "saying", "noting", "told",
})
#: words that may open a speaker's description: a capitalised word or one of these
_NAME_OPENERS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "one", "another"})
#: words at the end of a speaker before the verb that are no part of it (``he later said``)
_TRAILING_ADVERBS: Final = frozenset({"also", "later", "then", "further", "again", "once",
                                      "earlier", "previously", "additionally", "finally", "still"})
#: a word of a speaker's name after the verb (the period of ``Mr.`` or of an initial
#: ``S.`` is part of it), and what ends the name after a word: a comma or a sentence end
_NAME_WORD: Final = compile_pattern(
    r"[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Jr|Sr|St|\p{Lu})\."
    r"|[^\s.,!?;:\u201c\u201d\"]+)")
_NAME_END: Final = compile_pattern(r"[ \t]*(?:[.,!?;:\u2026\u201c\u201d\"\n]|$)")
#: how far after the verb a speaker's name may reach
_NAME_REACH: Final = 120
#: a name in apposition after the speaker: ``said the coach, Rahmat Hidayat.``
_APPOSITION: Final = compile_pattern(
    r",[ \t]+(\p{Lu}(?:\.|[\w'’-]*)(?:[ \t]+\p{Lu}(?:\.|[\w'’-]*)){0,3})"
    r"(?=[ \t]*(?:[.,;!?\u2026]|$))", regex.MULTILINE)
_CLAUSE_END: Final = compile_pattern(r"[.!?;\u2026]")


def alternation(phrases: Iterable[Any]) -> str:
    """A regex alternation of ``phrases``, longest first; a space matches any blanks."""
    ordered = sorted({str(p) for p in phrases}, key=longest_first)
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)


def adverb_slot(adverbs: Iterable[Any]) -> str:
    """A regex for one adverb and the blanks after it (``also ``, ``quietly ``): one of
    ``adverbs`` or any lower-case word in -ly."""
    return rf"(?:(?-i:\p{{Ll}}+ly)|{alternation(adverbs)})[ \t]+"


def words_pattern(phrases: Iterable[Any]) -> Any:
    """A compiled pattern matching any of ``phrases`` as whole words."""
    return compile_pattern(rf"(?<![\w'’-])(?:{alternation(phrases)})(?![\w-])")


#: subject pronouns: an attribution to one of these names nobody
PRONOUNS: Final = frozenset({"I", "he", "she", "they", "we", "it", "He", "She", "They", "We", "It"})


class Attribution(Record):
    """The attribution after a quotation.

    ``who`` is the speaker as written (``he``, ``Kim's aide``, ``the coach, Rahmat
    Hidayat``, or empty), ``verb`` the speech verb, and ``start``/``end`` the
    attribution's words in the text, verb and speaker (``said Prime Minister Pham
    Minh Chinh``, ``he added``).
    """

    __match_args__ = ("who", "verb", "start", "end")

    def __init__(self, who: str, verb: str, start: int = 0, end: int = 0) -> None:
        self.who: Final = who
        self.verb: Final = verb
        self.start: Final = start
        self.end: Final = end

    @property
    def pronoun(self) -> str:
        """The subject pronoun the attribution is made with (``he``), or ``""``."""
        first = self.who.split(None, 1)[0] if self.who else ""
        return first if first in PRONOUNS else ""

    @property
    def speaker(self) -> str:
        """The speaker the attribution names (``Prime Minister Pham Minh Chinh``), or
        ``""`` when it names none (``he added``, ``,” said.``)."""
        return "" if self.pronoun else self.who


class NarrationFrames:
    """Finds narration frames at the start of quotations and attributions after them.

    A frame is a subject, perhaps an adverb, and a ``continuation_frames``
    phrase (``went on to say``: narration by nature, ``that`` optional) or a
    ``report_frames`` verb followed by ``that`` as a conjunction, not a pronoun
    (not ``I said that,`` nor ``I said that to him``: ``that_pronoun_followers``).
    A report frame counts only when the clause it opens has none of
    ``self_report_markers`` (``we``, ``you``, ``would``, ``had``…), the signs of a
    speaker recounting a conversation: ``“I said that we would win,”``.
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "speech_verbs": (list, True),
        "frame_adverbs": (list, True),
        "continuation_frames": (list, True),
        "report_frames": (list, True),
        "self_report_markers": (list, True),
        "that_pronoun_followers": (list, True),
    }

    def __init__(self, options: Mapping[str, Any], subjects: Iterable[Any]) -> None:
        adverbs = alternation(options["frame_adverbs"])
        continuation = alternation(options["continuation_frames"])
        report = alternation(options["report_frames"])
        pronoun = alternation(options["that_pronoun_followers"])
        # "that" is a pronoun before punctuation or a pronoun follower ("I said that to
        # him"), unless the follower opens a phrase set off by a comma ("that in
        # exchange, more aid will come")
        that = (rf"\s+that(?![\w'’-])(?!\s*(?:[^\w\s]|$|(?:{pronoun})(?![\w'’-])"
                rf"(?![^,.;:!?\n\u201c\u201d\"]{{0,25}},(?![\u201d\"\u2019]))))")
        # "I have explained to the operators that …": a perfect tense and an addressee
        to_whom = r"(?:\s+to\s+(?:the\s+|all\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
        frame = (
            rf"(?:{alternation(subjects)})\s+(?:(?:{adverbs})\s+)?(?:ha(?:ve|d)\s+)?"
            rf"(?:(?P<continuation>{continuation})(?:{that})?|(?:{report}){to_whom}{that})"
            rf"(?![\w'’-])"
        )
        self._frame = compile_pattern(rf"[\s.\u2026\u2013\u2014-]*(?P<frame>{frame})")
        self._after = compile_pattern(_AFTER.format(verbs=alternation(options["speech_verbs"])))
        self._markers = words_pattern(options["self_report_markers"])
        #: what the frames found depend on: rules whose options are the same share them
        self._key = ("speech.framed", self._frame.pattern, self._after.pattern,
                     self._markers.pattern)

    def framed(self, doc: Document) -> list[tuple[Span, Span, Attribution | None]]:
        """Each quotation that opens with a frame, the frame, and the attribution after
        the quotation: found once per document for H101 and I101, which ask alike."""
        def find() -> list[tuple[Span, Span, Attribution | None]]:
            found = []
            for quote in doc.quotes.spans:
                frame = self.frame(doc, quote)
                if frame is not None:
                    found.append((quote, frame, self.attribution(doc, quote)))
            return found
        return doc.memo(self._key, find)

    def frame(self, doc: Document, quote: Span) -> Span | None:
        """The frame (``I went on to say that``) opening ``quote``, if it reads as the
        reporter's narration."""
        text = doc.lint_text
        if text[quote.start] not in _OPENERS:
            return None
        match = self._frame.match(text, quote.start + 1, quote.end)
        if match is None:
            return None
        # "went on to say" is narration by nature: "our volunteers" after it is the
        # source's indirect speech, not a speaker recounting a conversation
        if match.group("continuation") is None and self._self_report(text, match.end(),
                                                                     quote.end):
            return None
        return Span(*match.span("frame"))

    def attribution(self, doc: Document, quote: Span) -> Attribution | None:
        """The attribution right after a closed ``quote`` in the same sentence."""
        text = doc.lint_text
        if quote.end - quote.start < 2 or text[quote.end - 1] not in _CLOSERS:
            return None
        match = self._after.match(text, quote.end)
        if match is None:
            return None
        last = text[quote.end - 2]
        follows_comma = text[quote.end : match.start("who")].strip() == ","
        if last not in _CONTINUES and not follows_comma and not _lower_start(text, quote.end):
            return None
        who = _speaker_before(match.group("who"))
        if who:
            return Attribution(who, match.group("verb"), match.start("who"), match.end("verb"))
        who, end = _speaker_after(text, match.end("verb"))
        return Attribution(who, match.group("verb"), match.start("verb"), end)

    def _self_report(self, text: str, start: int, end: int) -> bool:
        """Whether the clause after a frame speaks of the speaker (``we``, ``would``)."""
        stop = _CLAUSE_END.search(text, start, end)
        return self._markers.search(text, start, stop.start() if stop else end) is not None


def sentences_holding(doc: Document, positions: Iterable[int]
                      ) -> Iterator[tuple[int, Span, list[int]]]:
    """The sentences holding one of the ascending ``positions``, in order, each once with
    its index and the positions in it: a rule that can only find something at such a
    position looks there and skips the other sentences."""
    sentences = doc.sentences
    k = -1
    held: list[int] = []
    for at in positions:
        if held and at < sentences[k].end:
            held.append(at)
            continue
        if held:
            yield k, sentences[k], held
        k = bisect_right(sentences, at, key=_start) - 1
        held = [at] if k >= 0 and at < sentences[k].end else []
    if held:
        yield k, sentences[k], held


def _start(span: Span) -> int:
    return span.start


def quoted(doc: Document, span: Span) -> str:
    """The article's words in ``span`` for a message, their blanks made single spaces."""
    return " ".join(doc.text[span.start : span.end].split())


def _speaker_before(words: str) -> str:
    """The speaker written before the verb, without the adverbs that end it (``he later``)."""
    names = words.strip().rstrip(",").split()
    while names and names[-1] in _TRAILING_ADVERBS:
        names.pop()
    return " ".join(names)


def _speaker_after(text: str, verb_end: int) -> tuple[str, int]:
    """The speaker named after the verb ending at ``verb_end``, and where it ends: the
    words up to a comma, a sentence end or a word of time, place or manner (``said
    Rudy in a statement``), with a name in apposition (``said the coach, Rahmat
    Hidayat``); ``("", verb_end)`` when the words name nobody (``said firmly``)."""
    words: list[str] = []
    position = verb_end
    ended = False
    while not ended and len(words) <= _NAME_WORDS and position < verb_end + _NAME_REACH:
        word = _NAME_WORD.match(text, position)
        token = word.group().strip() if word is not None else ""
        if word is None or token in _NAME_STOPS or (token == "and" and _lower_start(
                text, word.end())):
            ended = True
            break
        words.append(token)
        position = word.end()
        ended = _NAME_END.match(text, position) is not None
    if not ended or not words or len(words) > _NAME_WORDS or not (
            words[0][0].isupper() or words[0] in _NAME_OPENERS):
        return "", verb_end
    apposition = _APPOSITION.match(text, position)
    if apposition is not None:  # "the coach, Rahmat Hidayat"
        words[-1] += ","
        words.append(apposition.group(1))
        position = apposition.end(1)
    return " ".join(words), position


def _lower_start(text: str, offset: int) -> bool:
    """Whether the first word after ``offset`` starts in lower case (``he said``)."""
    rest = text[offset : offset + 40].lstrip(" \t,")
    return bool(rest) and rest[0].islower()
