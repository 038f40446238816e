"""Reported speech, shared by the attribution (H) and pronoun-person (I) rules.

Word lists come from the pack's options; this module turns them into
patterns and finds the two things those rules look at: a narration frame
opening a quotation (``“I went on to say that …``) and an attribution
right after it (``,” said Kim's subordinate.``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from mtlint.cache.patterns import compile_pattern
from mtlint.document import Span
from mtlint.tables.order import longest_first

if TYPE_CHECKING:
    from mtlint.document import Document

_OPENERS = "\u201c\u00ab\u201e\""
_CLOSERS = "\u201d\u00bb\u201c\""
#: the quotation's last sentence ends with one of these before an attribution
_CONTINUES = ",?!\u2026"
#: an attribution after a quotation: ``, said X``, ``,” he added``, ``, Kim's deputy said``;
#: up to ten words before the verb (``the head of the city election commission said``),
#: but not a clause (``and after a long pause the old man said``)
_AFTER = (
    r"[ \t]*,?[ \t]*(?!(?:and|but|then|while|after|before|when|as)[ \t])"
    r"(?P<who>(?:[^\s.!?;:\u201c\u201d\"]+[ \t]+){{0,10}}?)(?P<verb>{verbs})\b"
    r"(?:[ \t]+(?P<then>[^\s.!?;:,\u201c\u201d\"][^.!?;:,\n\u201c\u201d\"]{{0,59}}))?"
)
#: an attribution's words after its verb name the speaker only if this few (``said Kim's aide``)
_NAME_WORDS = 4
_CLAUSE_END = compile_pattern(r"[.!?;\u2026]")


def alternation(phrases: Iterable[Any]) -> str:
    """A regex alternation of ``phrases``, longest first; a space matches any blanks."""
    ordered = sorted({str(p) for p in phrases}, key=longest_first)
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)


def words_pattern(phrases: Iterable[Any]) -> Any:
    """A compiled pattern matching any of ``phrases`` as whole words."""
    return compile_pattern(rf"(?<![\w'’-])(?:{alternation(phrases)})(?![\w-])")


@dataclass(frozen=True, slots=True)
class Attribution:
    """The attribution after a quotation: the verb and who (``he``, ``Kim's aide``, or empty)."""

    who: str
    verb: str


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

    OPTIONS: Mapping[str, tuple[type | tuple[type, ...], bool]] = {
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
        then = (match.group("then") or "").strip()
        who = match.group("who").strip() or (then if len(then.split()) <= _NAME_WORDS else "")
        return Attribution(who, match.group("verb"))

    def _self_report(self, text: str, start: int, end: int) -> bool:
        """Whether the clause after a frame speaks of the speaker (``we``, ``would``)."""
        stop = _CLAUSE_END.search(text, start, end)
        return self._markers.search(text, start, stop.start() if stop else end) is not None


def _lower_start(text: str, offset: int) -> bool:
    """Whether the first word after ``offset`` starts in lower case (``he said``)."""
    rest = text[offset : offset + 40].lstrip(" \t,")
    return bool(rest) and rest[0].islower()
