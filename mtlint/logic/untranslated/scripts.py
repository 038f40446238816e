"""J101: letters of another script inside English prose (Han, Hangul, Cyrillic, Arabic…)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final

import regex

from mtlint.cache.patterns import compile_pattern, compile_sre
from mtlint.document.nonascii import non_ascii
from mtlint.engine.rule import Diagnostic, OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.logic.untranslated.gloss import GlossMarkers

if TYPE_CHECKING:
    from mtlint.document import Document
    from mtlint.engine.context import Context

#: what may join two stretches of foreign letters into one run: ``经济观察网 - 专业``
_JOINER: Final = r"[ \t\d\p{P}\p{S}\u3000]{1,3}"
_LATIN: Final = compile_pattern(r"\p{Latin}")
#: characters that may start a run: not ASCII, Latin, combining marks or general punctuation
_CANDIDATE: Final = compile_sre("[^\x00-\u036f\u1e00-\u1eff\u2000-\u206f]")
#: a finding quotes at most this much of the run
_SHOWN: Final = 40


class ForeignScriptRule(Rule):
    """A run of letters of a listed script, unless deliberate (see ``gloss``).

    ``scripts`` maps Unicode script names to the names shown to editors;
    ``min_letters`` sets a per-script minimum (Greek letters are symbols in
    science writing). A run glued to Latin letters is a homoglyph, left to
    the encoding rules.
    """

    OPTIONS: ClassVar[OptionTypes] = {
        "scripts": (dict, True),
        "min_letters": (dict, False),
        "gloss_markers": (list, True),
        "mention_markers": (list, True),
        "english": (list, True),
    }

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        self.names = {str(k): str(v) for k, v in spec.options["scripts"].items()}
        self.minimum = {str(k): int(v) for k, v in spec.options.get("min_letters", {}).items()}
        try:
            self.scripts = {name: compile_pattern(rf"\p{{{name}}}") for name in self.names}
        except regex.error as exc:
            raise PackError(f"unknown script: {exc}", spec.meta.pack,
                            f"rule.{spec.meta.code}.options.scripts") from exc
        letters = "".join(rf"\p{{{name}}}" for name in self.names)
        word = rf"[{letters}][\p{{M}}{letters}]*"
        self.run = compile_pattern(rf"{word}(?:{_JOINER}\p{{M}}*{word})*")
        self.letter = compile_pattern(f"[{letters}]")
        self.markers = GlossMarkers(spec.options["gloss_markers"],
                                    spec.options["mention_markers"], spec.options["english"])

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        foreign = non_ascii(doc)
        if self.letter.search(foreign) is None:
            return
        text = doc.lint_text
        for match in self._runs(text, foreign):
            start, end = match.span()
            script = self._script(text[start])
            letters = len(self.letter.findall(match.group()))
            if letters < self.minimum.get(script, 1) or _glued_to_latin(text, start, end):
                continue
            if self.markers.is_deliberate(doc, start, end):
                continue
            yield self.diagnostic(start, end, script=self.names[script],
                                  match=_shown(match.group()))

    def _runs(self, text: str, foreign: str) -> Iterator[Any]:
        """Runs of foreign letters; ``re`` finds where one may start faster than ``regex``,
        from the first such character to the last. Those are non-ASCII: their order in
        ``foreign`` (``non_ascii``) is theirs in the text, so the first is where the first
        of them first stands, the last where the last last stands."""
        starts = _CANDIDATE.findall(foreign)
        if not starts:
            return
        stop = text.rfind(starts[-1]) + 1
        candidate = _CANDIDATE.search(text, text.find(starts[0]), stop)
        while candidate is not None:
            run = self.run.match(text, candidate.start())
            resume = run.end() if run else candidate.start() + 1
            if run:
                yield run
            candidate = _CANDIDATE.search(text, resume, stop)

    def _script(self, char: str) -> str:
        return next(name for name, pattern in self.scripts.items() if pattern.match(char))


def _glued_to_latin(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start] if start else ""
    return bool(_LATIN.match(before) or _LATIN.match(text[end : end + 1]))


def _shown(run: str) -> str:
    return run if len(run) <= _SHOWN else run[: _SHOWN - 1] + "…"

