"""I101: a first-person narration frame inside an attributed quotation."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.kinds.pattern import PatternRule
from mtlint.logic.attribution import AccordingToSaid, DoubledAttribution, StackedSpeechVerbs
from mtlint.logic.pronoun_person import FirstPersonNarration
from mtlint.logic.unquoted_first_person import UnquotedFirstPerson, _FirstPersonFinder
from mtlint.packs.load import load_pack
from mtlint.tables.phrases import PhraseFinder
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


def test_seed_h101_marks_the_frame_inside_the_quotation_i101_marks() -> None:
    # the gold gives this quotation once as H and once as I; the two findings must not
    # repeat each other: I101 the quotation, H101 the frame added inside it
    text = SEED.read_text(encoding="utf-8")
    [i101] = _found(text, "I101")
    [h101] = _found(text, "H101")
    assert i101.start < h101.start < h101.end < i101.end
    assert text[h101.start : h101.end] == "I went on to say that"
    assert i101.message != h101.message


def test_h101_and_i101_share_the_frames_only_when_their_options_are_the_same() -> None:
    text = "“We went on to say that the port is open,” said the minister."
    doc = Document(text)
    ctx = Context(style=NEUTRAL)
    h101 = SPECS["H101"]
    i101 = SPECS["I101"]
    we = i101.replaced(options={**i101.options, "first_person": ["We"]})
    assert list(DoubledAttribution(h101).check(doc, ctx)) == []
    assert [text[d.start : d.end] for d in FirstPersonNarration(we).check(doc, ctx)] == [
        "“We went on to say that the port is open,”"]
    assert list(FirstPersonNarration(i101).check(doc, ctx)) == []


def test_message_names_the_frame_and_the_speaker() -> None:
    text = "“I went on to say that prices are stable,” said Kim Jong-un’s subordinate."
    [found] = _found(text)
    assert "'I went on to say that'" in found.message
    assert "attributed to Kim Jong-un’s subordinate:" in found.message


def test_message_names_the_speaker_before_words_of_time_and_place() -> None:
    [found] = _found("“I said that prices are stable,” said Rudy in a statement on Monday.")
    assert "attributed to Rudy:" in found.message
    assert found.message.endswith("Write it as indirect speech: 'Rudy said that …'")


@pytest.mark.parametrize(("text", "speaker", "advice"), [
    ("“I also affirmed that the two countries are partners,” said Foreign Minister Ahmad "
     "Yani Saputra.", "Foreign Minister Ahmad Yani Saputra",
     "Foreign Minister Ahmad Yani Saputra also affirmed that …"),
    ("“I went on to say that the port is open,” said the harbour master, Budi Santoso.",
     "the harbour master, Budi Santoso",
     "The harbour master, Budi Santoso, went on to say that …"),
    ("“I conveyed that the port is open,” said Regent Budi Santoso when met at his office.",
     "Regent Budi Santoso", "Regent Budi Santoso conveyed that …"),
    ("“I stated that the port is open,” said Mr. Tuan, head of the port authority.",
     "Mr. Tuan", "Mr. Tuan stated that …"),
    ("“I have explained to the traders that the levy stays,” said Governor Wayan Koster.",
     "Governor Wayan Koster", "Governor Wayan Koster has explained to the traders that …"),
    ("“I stressed that the port is open,” the head of the port authority, Budi, said.",
     "the head of the port authority, Budi",
     "The head of the port authority, Budi, stressed that …"),
], ids=["inverted-long-title", "apposition", "stops-at-when", "abbreviated-title",
        "perfect-tense", "speaker-before-verb-with-apposition"])
def test_message_names_the_speaker_of_the_attribution(text: str, speaker: str,
                                                     advice: str) -> None:
    [found] = _found(text)
    assert f"attributed to {speaker}:" in found.message
    assert found.message.endswith(f"Write it as indirect speech: '{advice}'")


@pytest.mark.parametrize(("text", "advice"), [
    ("“I also said that the port is open,” he added, he said.",
     "Write it as indirect speech: 'He also said that …'"),
    ("“I said that the port is open,” she later said.",
     "Write it as indirect speech: 'She said that …'"),
    ("“I have said that the port is open,” they said.",
     "Write it as indirect speech: 'They have said that …'"),
    ("“I said that the port is open,” said firmly.",
     "Write it in the third person, as indirect speech"),
    ("“I said that the port is open,” said on Monday the minister.",
     "Write it in the third person, as indirect speech"),
], ids=["pronoun", "pronoun-and-adverb", "they-have", "adverb-is-no-name",
        "time-is-no-name"])
def test_message_names_no_speaker_for_a_pronoun_or_no_name(text: str, advice: str) -> None:
    [found] = _found(text)
    assert "attributed to the speaker:" in found.message
    assert found.message.endswith(advice)


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
    "“I went on to say that prices are stable,” I later said.",
], ids=["no-frame", "recounted-with-we-and-would", "marker-my",
        "told-is-no-frame", "third-person", "no-attribution", "the-reporter-speaking",
        "the-reporter-speaking-with-adverb"])
def test_leaves_alone(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "advice"), [
    ("“I have said that the port is open,” we said.", "We have said that …"),
    ("“I have explained that the levy stays,” the ministers said.",
     "The ministers have explained that …"),
    ("“I have explained that the levy stays,” she said.", "She has explained that …"),
], ids=["we", "plural-noun", "she"])
def test_the_advice_agrees_with_the_speaker(text: str, advice: str) -> None:
    [found] = _found(text)
    assert found.message.endswith(f"Write it as indirect speech: '{advice}'")


# --- I102 first-person-outside-quote: the newsroom's own act -------------------

_SAID = "The ministry said that the road will reopen in May. "


@pytest.mark.parametrize("act", [
    "We contacted the ministry on Sunday.",
    "We have asked the police for comment.",
    "We could not reach the minister.",
    "We were unable to reach the minister.",
    "We also contacted the ministry on Sunday.",
    "We have repeatedly asked the ministry for the figures.",
    "We had previously requested a comment.",
    "We also could not reach the minister.",
    "We have since tried to call the ministry.",
], ids=["contacted", "have-asked", "could-not", "were-unable", "also-contacted",
        "have-repeatedly-asked", "had-previously-requested", "also-could-not",
        "have-since-tried"])
def test_i102_leaves_the_newsrooms_own_act_alone(act: str) -> None:
    assert _found(_SAID + act, "I102") == []


@pytest.mark.parametrize("sentence", [
    "We also check every car at the border.",
    "We have repeatedly warned drivers about the ice.",
    "We will not make exceptions for anyone.",
    "We have not asked for more money.",
], ids=["adverb-then-other-verb", "adverb-then-other-verb-2", "no-act", "negation-is-no-adverb"])
def test_i102_flags_the_speakers_first_person_after_indirect_speech(sentence: str) -> None:
    text = _SAID + sentence
    assert [text[d.start : d.end] for d in _found(text, "I102")] == [sentence]


@pytest.mark.parametrize(("text", "flagged"), [
    # the indirect speech before is the previous sentence, with no first person in it
    ("Prices rose. Minh said that the checks will go on. We will not make exceptions.",
     ["We will not make exceptions."]),
    # a quotation before is no indirect speech of the narration
    ("“Minh said that the checks will go on.” We will not make exceptions.", []),
    # a first person in a quotation is the speaker's
    ("Minh said that the checks will go on. “We will not make exceptions.”", []),
    # the first sentence has none before it
    ("We will not make exceptions. Minh said that the checks will go on.", []),
], ids=["previous-sentence", "previous-quoted", "quoted", "first-sentence"])
def test_i102_looks_at_the_sentence_before_a_first_person_one(text: str,
                                                               flagged: list[str]) -> None:
    assert [text[d.start : d.end] for d in _found(text, "I102")] == flagged


@pytest.mark.parametrize("text", [
    "Khanh said that\twe have signed contracts.",
    "He left. Khanh said that we have signed contracts",
    "According to Ilyin,\tmy inspectors check the ice.",
    "The ice was thin. according to Ilyin, my inspectors check it",
], ids=["that-before-a-tab", "that-at-the-text-end", "according-before-a-tab", "according-lower"])
def test_i102_finds_the_literal_each_pattern_needs_wherever_it_stands(text: str) -> None:
    # the patterns are searched only in sentences holding "that" or "ccording to "
    assert len(_found(text, "I102")) == 1


# I102 finds the one-letter first person (I) by a pattern and the other words by an
# automaton: together they must find what one automaton of all the words finds.
_PIECES = ["I", "we", "We", "my", "My", "our", "Our", "AI", "Iwe", "were", "four", "army",
           "I’m", "I’d", "I'd", "-", "_", "’", "'", "\u0301", "²", "é", "1", ".", ",", "\n", "“"]


@pytest.mark.parametrize("words", [
    ["I", "we", "We", "my", "My", "our", "Our"],
    ["I", "we", "I’d", "my"],  # a word not of letters: one automaton finds them all
])
def test_first_person_starts_are_the_phrase_finders(words: list[str]) -> None:
    finder, whole = _FirstPersonFinder(words), PhraseFinder(words)
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", " "])
                       for _ in range(rng.randint(1, 30)))
        assert finder.starts(text) == [start for start, _ in whole.spans(text)], text
