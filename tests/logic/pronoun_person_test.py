"""I101: a first-person narration frame inside an attributed quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.kinds.pattern import PatternRule
from mtlint.logic.attribution import AccordingToSaid, DoubledAttribution, StackedSpeechVerbs
from mtlint.logic.pronoun_person import FirstPersonNarration
from mtlint.logic.unquoted_first_person import UnquotedFirstPerson
from mtlint.packs.load import load_pack
from mtlint.tables.styles import NEUTRAL

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "examples" / "000_d4a788a77a9f1d90.txt"
KINDS: dict[str, type[Rule]] = {
    "doubled-attribution": DoubledAttribution,
    "according-to-said": AccordingToSaid,
    "stacked-speech-verbs": StackedSpeechVerbs,
    "first-person-narration": FirstPersonNarration,
    "first-person-outside-quote": UnquotedFirstPerson,
    "pattern": PatternRule,
}
SPECS = {spec.meta.code: spec for spec in load_pack(
    ROOT / "rules" / "attribution.toml", {k: c.OPTIONS for k, c in KINDS.items()})}


def _found(text: str, code: str = "I101") -> list[Diagnostic]:
    spec = SPECS[code]
    return list(KINDS[spec.kind](spec).check(Document(text), Context(style=NEUTRAL)))


def _flagged(text: str) -> list[str]:
    return [text[d.start : d.end] for d in _found(text)]


def test_seed_flags_only_the_went_on_to_say_quotation() -> None:
    text = SEED.read_text(encoding="utf-8")
    start = text.index("“I went on to say")
    end = text.index("”", start) + 1
    assert _flagged(text) == [text[start:end]]


def test_seed_i101_and_h101_flag_the_same_quotation() -> None:
    text = SEED.read_text(encoding="utf-8")
    spans = {code: [(d.start, d.end) for d in _found(text, code)] for code in ("I101", "H101")}
    assert spans["I101"] == spans["H101"]


def test_message_names_the_frame_and_the_speaker() -> None:
    text = "“I went on to say that prices are stable,” said Kim Jong-un’s subordinate."
    [found] = _found(text)
    assert "'I went on to say that'" in found.message
    assert "attributed to Kim Jong-un’s subordinate:" in found.message


def test_message_names_no_speaker_when_the_words_after_the_verb_run_on() -> None:
    [found] = _found("“I said that prices are stable,” said Rudy in a statement on Monday.")
    assert "attributed to the speaker:" in found.message


def test_message_names_the_speaker_before_the_verb() -> None:
    [found] = _found("“I stressed that prices are stable,” the finance minister said.")
    assert "attributed to the finance minister:" in found.message


@pytest.mark.parametrize("text", [
    "“I went on to say that prices are stable,” said the minister.",
    "“I continued to say prices are stable,” he added.",
    "“I also said that prices are stable,” she said.",
    "“I further added that prices are stable,” the governor said on Friday.",
    "“I explained that prices are stable. Our stocks are full,” he said.",
    "\"I reiterated that prices are stable,\" he said.",
    "“I went on to explain that our volunteers are neutral,” he said.",
    "\"I stated that in exchange, more aid will be delivered,\" al-Ansari said.",
    "“I have explained to the operators that this is not a policy to limit tourists,” he said.",
    "“I also stressed that all localities must act,” the deputy director of the provincial "
    "emergency department said.",
], ids=["went-on-to-say", "continued-without-that", "also-said-that", "further-added",
        "marker-only-in-a-later-sentence", "straight-quotes", "continuation-with-our",
        "long-attribution", "pronoun-follower-opening-a-phrase", "perfect-tense-to-whom"])
def test_flags(text: str) -> None:
    assert len(_flagged(text)) == 1


@pytest.mark.parametrize("text", [
    "“I am proud of our athletes,” she said.",
    "“I said that we would win, and we did,” the coach said.",
    "“I said that my team is ready,” he said.",
    "“I told them that prices are stable,” he said.",
    "“He went on to say that prices are stable,” she said.",
    "“I went on to say that prices are stable.”",
    "“I went on to say that prices are stable,” I said.",
], ids=["no-frame", "recounted-with-we-and-would", "marker-my",
        "told-is-no-frame", "third-person", "no-attribution", "the-reporter-speaking"])
def test_leaves_alone(text: str) -> None:
    assert _flagged(text) == []
