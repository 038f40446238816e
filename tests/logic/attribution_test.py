"""The attribution rules (family H): doubled attribution, according-to-said, stacked verbs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.registry import KIND_OPTIONS, kind_class
from mtlint.logic.attribution import AccordingToSaid, DoubledAttribution, StackedSpeechVerbs
from mtlint.packs.load import load_pack
from mtlint.tables.styles import NEUTRAL

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "examples" / "000_d4a788a77a9f1d90.txt"
SPECS = {spec.meta.code: spec for spec in load_pack(ROOT / "rules" / "attribution.toml",
                                                    KIND_OPTIONS)}
ENTITIES = """
[[entity]]
id = "wang-yi"
type = "person"
names = [{ forms = ["Wang Yi"] }]

[[entity]]
id = "reuters"
type = "organisation"
names = [{ forms = ["Reuters"] }]
"""


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Context:
    path = tmp_path_factory.mktemp("tables") / "entities.toml"
    path.write_text(ENTITIES, encoding="utf-8")
    return Context(style=NEUTRAL, entity_files=(path,))


def _flagged(code: str, text: str, ctx: Context | None = None) -> list[str]:
    spec = SPECS[code]
    rule = kind_class(spec.kind)(spec)
    found = rule.check(Document(text), ctx or Context(style=NEUTRAL))
    return [text[d.start : d.end] for d in found]


# --- the founding example ----------------------------------------------------

def test_seed_h101_flags_only_the_frame_of_the_went_on_to_say_quotation() -> None:
    # the frame is the attribution added inside the quotation; I101 marks the quotation
    text = SEED.read_text(encoding="utf-8")
    [found] = DoubledAttribution(SPECS["H101"]).check(Document(text), Context(style=NEUTRAL))
    assert text[found.start : found.end] == "I went on to say that"
    assert text[found.start - 1] == "“"


@pytest.mark.parametrize("code", ["H102", "H103"])
def test_seed_has_no_other_attribution_finding(code: str) -> None:
    assert _flagged(code, SEED.read_text(encoding="utf-8")) == []


def _messages(code: str, text: str, ctx: Context | None = None) -> list[str]:
    spec = SPECS[code]
    rule = kind_class(spec.kind)(spec)
    return [d.message for d in rule.check(Document(text), ctx or Context(style=NEUTRAL))]


def test_h101_message_names_the_frame_and_the_attribution() -> None:
    [message] = _messages("H101", "“I went on to say that prices are stable,” said the minister.")
    assert "'I went on to say that'" in message
    assert "'said the minister'" in message


@pytest.mark.parametrize(("text", "frame", "attribution"), [
    ("“I also affirmed that the two countries are partners,” said Foreign Minister Ahmad Yani.",
     "I also affirmed that", "said Foreign Minister Ahmad Yani"),
    ("“I stated that the port is open,” al-Hamadi said at a briefing.",
     "I stated that", "al-Hamadi said"),
    ("“I have explained to the traders that the levy stays,” he added, he said.",
     "I have explained to the traders that", "he added"),
    ("“I also\nnoted that the port is open,” said the harbour master, Budi Santoso, on Monday.",
     "I also noted that", "said the harbour master, Budi Santoso"),
], ids=["report-frame-long-speaker", "speaker-before-verb", "perfect-and-addressee",
        "wrapped-frame-and-apposition"])
def test_h101_message_quotes_the_article_not_a_stock_frame(
        text: str, frame: str, attribution: str) -> None:
    [message] = _messages("H101", text)
    assert f"'{frame}'" in message
    assert f"'{attribution}'" in message
    assert "went on to say" not in message


def test_h101_marks_the_frame_inside_the_whole_quotation_that_i101_marks() -> None:
    text = "Talks went well. “I further said that the port is open,” said the governor."
    [h101] = _flagged("H101", text)
    [i101] = _flagged("I101", text)
    assert h101 == "I further said that"
    assert i101 == "“I further said that the port is open,”"


# --- H101 doubled-attribution -------------------------------------------------

@pytest.mark.parametrize("text", [
    '"I went on to say that the port is open," said the harbour master.',
    "“… I went on to say that the port is open,” said the harbour master.",
    "“I went on to say that the port is open.” he said.",
    "“I then stressed that the port is open,” the minister’s deputy, Ahmad, told reporters.",
    "“I went on to say that the port is open”, according to the statement.",
    "“I noted that the port is open; the ships wait,” she said.",
    "“I said that the port is open,” I said.",
], ids=["straight-quotes", "leading-ellipsis", "period-then-lowercase", "adverb-and-long-who",
        "comma-outside", "clause-ends-before-we", "reporter-speaking-still-doubled"])
def test_h101_flags(text: str) -> None:
    assert len(_flagged("H101", text)) == 1


@pytest.mark.parametrize("text", [
    "“I went on to say that the port is open,\n\nsaid the harbour master.",
    "“I went on to say that the port is open,” and after a long pause the old man said no more.",
    "“I went on to say that the port is open.” The harbour master said so twice.",
    "“She said that the port is open,” he said.",
    "“She continued to say that the port is open,” the judge said.",
    "“I said that,” he said.",
    "“I said that to him,” he said.",
    "“I said it was open,” he said.",
    "“Yes, I said that the port is open,” he said.",
    "“I said that we are ready,” he said.",
    "“I said that you are ready,” he said.",
    "“I said that the port had closed,” he said.",
    "“I said that the port hadn’t closed,” he said.",
    "“I said that I am ready,” he said.",
    "“I am saying that the port is open,” he said.",
    "The minister said: I went on to say that the port is open.",
], ids=["unclosed-quote", "a-clause-before-the-verb", "new-sentence-after",
        "third-person-report-frame", "third-person-continuation", "that-pronoun-comma",
        "that-pronoun-preposition", "no-that", "frame-not-at-start", "marker-we",
        "marker-you", "marker-had", "marker-hadnt", "marker-i", "not-a-frame", "no-quotation"])
def test_h101_leaves_alone(text: str) -> None:
    assert _flagged("H101", text) == []


# --- H102 according-to-said ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "According to him, exports rose, he said.",
    "According to her, exports rose, she told reporters on Monday.",
    "Exports rose sharply. According to them, it was the weather, they said.",
    "According to Wang Yi, exports rose, said Wang.",
], ids=["him-he", "her-she-with-tail", "them-they-second-sentence", "name-repeated"])
def test_h102_flags(text: str) -> None:
    assert len(_flagged("H102", text)) == 1


def test_h102_finds_the_sentence_each_opener_starts_in() -> None:
    # an opener in an earlier sentence that matches nothing does not hide a later one
    text = ("Exports fell according to plan. Imports rose.\n\nThey met. "
            "According to him, it was the weather, he said. In her view, it was not, she said.")
    assert _flagged("H102", text) == ["According to him, it was the weather, he said.",
                                      "In her view, it was not, she said."]


def test_h102_tries_every_opener_of_a_sentence() -> None:
    # "In his time" opens nothing; the "according to him" after it does
    text = "In his time, according to him, the port was busy, he said."
    assert _flagged("H102", text) == ["according to him, the port was busy, he said."]


def test_h102_pronoun_after_a_listed_person(people: Context) -> None:
    text = "According to Wang Yi, exports rose, he said."
    assert _flagged("H102", text, people) == [text]
    assert _flagged("H102", text) == []


def test_h102_pronoun_after_an_organisation_is_another_source(people: Context) -> None:
    assert _flagged("H102", "According to Reuters, exports rose, he said.", people) == []


@pytest.mark.parametrize(("text", "opener", "attribution"), [
    ("In his opinion, the road is eroded, he explained.", "In his opinion", "he explained"),
    ("In her view, exports will rise, she told reporters.", "In her view", "she told reporters"),
    ("In their words, the dam is safe, they said.", "In their words", "they said"),
    ("According to Rudy, the flood has receded, said Rudy when contacted.",
     "According to Rudy", "said Rudy"),
    ("Exports fell, and according to them, imports rose, they stated.",
     "according to them", "they stated"),
], ids=["in-his-opinion", "in-her-view", "in-their-words", "inverted-attribution",
        "lower-case-mid-sentence"])
def test_h102_message_quotes_the_article(text: str, opener: str, attribution: str) -> None:
    [message] = _messages("H102", text)
    assert f"'{opener}' and '{attribution}'" in message


@pytest.mark.parametrize("text", [
    "In his opinion, the road is eroded, she explained.",
    "In my opinion, the road is eroded, he explained.",
    "In his opinion, the road is eroded.",
    "“In his opinion, the road is eroded,” he explained.",
], ids=["other-pronoun", "first-person-opinion", "no-attribution", "inside-quote"])
def test_h102_leaves_alone_opinion_openers(text: str) -> None:
    assert _flagged("H102", text) == []


@pytest.mark.parametrize("text", [
    "According to him, exports rose, she said.",
    "According to him, exports rose, he said, and imports fell sharply in the first quarter.",
    "According to him, exports rose, he said in a long statement to the press on Monday night.",
    "Exports rose, he said, according to him.",
    "“According to him, exports rose,” he said.",
    "According to the ministry, exports rose, the trade minister said.",
], ids=["other-pronoun", "attribution-not-at-end", "tail-too-long", "according-after",
        "according-inside-quote", "other-source"])
def test_h102_leaves_alone(text: str) -> None:
    assert _flagged("H102", text) == []


@pytest.mark.parametrize("text", [
    "He said that prices, wages and rents rose, he added.",
    "The minister\tquietly said that the plan will work, he explained.",
    "Exports fell. The new trade minister pointed out that the port, which had been closed, "
    "reopened, he added.",
    "The minister pointed out that the plan, he added, had failed, he stressed.",
], ids=["commas-inside", "tab-and-adverb", "four-word-speaker", "last-comma-only"])
def test_h102_flags_indirect_speech_closed_by_its_speaker(text: str) -> None:
    # " that " is looked for after a speech verb's last word, and the closing attribution
    # only at the sentence's last comma: neither may skip a finding
    [flagged] = _flagged("H102", text)
    assert flagged.endswith(("he added.", "he explained.", "he stressed."))


@pytest.mark.parametrize("verb", SPECS["H102"].options["speech_verbs"])
def test_h102_finds_indirect_speech_after_each_verb(verb: str) -> None:
    # each verb's "… that " is looked for only where the shared scan found it: a verb
    # left out of the scan, or a verb after a tab not taken as a whole word, would skip
    # these
    for text in (f"Exports fell. He {verb} that prices rose, he added.",
                 f"Exports fell.\nHe {verb} that prices rose, he added.",
                 f"He\t{verb} that prices rose, he added."):
        assert len(_flagged("H102", text)) == 1, text
    assert _flagged("H102", f"He re{verb} that prices rose, he added.") == []


@pytest.mark.parametrize("text", [
    "He said that prices rose, she added.",
    "Officials said that the damage was minor, police said.",
    "The head of the regional disaster management agency of the province said that "
    "roads were closed, he added.",
    "He said that prices rose, he added, and that wages fell.",
], ids=["other-pronoun", "other-source", "speaker-too-long", "attribution-not-at-end"])
def test_h102_leaves_alone_indirect_speech(text: str) -> None:
    assert _flagged("H102", text) == []


# --- H103 stacked-speech-verbs ------------------------------------------------

@pytest.mark.parametrize(("text", "match"), [
    ("Prices will fall, he said. declared.", "said. declared"),
    ("Prices will fall, she said, said Kim.", "said, said"),
    ("Prices will fall, he said: stressed\n\nNext paragraph.", "said: stressed"),
    ("Prices will fall, he added , stated.", "added , stated"),
    ("Prices will fall, he added. declared the minister.", "added. declared"),
], ids=["period", "comma-then-name", "colon-at-line-end", "space-before-comma",
        "period-then-anything"])
def test_h103_flags(text: str, match: str) -> None:
    assert _flagged("H103", text) == [match]


@pytest.mark.parametrize(("text", "match"), [
    ("Prices will fall, he said\t, said Kim.", "said\t, said"),
    ("Prices will fall, he said \t. declared.", "said \t. declared"),
    ("Prices will fall, he said, said, said Kim.", "said, said"),
], ids=["tab-before-comma", "blanks-before-period", "three-verbs"])
def test_h103_finds_the_verbs_across_blanks(text: str, match: str) -> None:
    # the pattern is tried only at punctuation after a verb and its blanks
    assert _flagged("H103", text)[0] == match


def test_h103_a_phrase_verb_ends_with_its_last_word() -> None:
    spec = SPECS["H103"]
    verbs = [*spec.options["speech_verbs"], "pointed out"]
    rule = StackedSpeechVerbs(spec.replaced(options={**spec.options, "speech_verbs": verbs}))
    text = "Prices will fall, he pointed\nout. declared."
    found = rule.check(Document(text), Context(style=NEUTRAL))
    assert [text[d.start : d.end] for d in found] == ["pointed\nout. declared"]


@pytest.mark.parametrize("verb", SPECS["H103"].options["speech_verbs"])
def test_h103_finds_each_verb(verb: str) -> None:
    # a verb's last word is looked for only where the shared scan found it lowered: a
    # word left out of the scan would skip these
    assert _flagged("H103", f"Prices will fall, he {verb}. declared.") == [f"{verb}. declared"]
    assert _flagged("H103", f"Prices will fall, he said, {verb} Kim.") == [f"said, {verb}"]


@pytest.mark.parametrize("verb", ["said", "says", "added", "explained", "stated"])
def test_h103_finds_each_inverted_opener(verb: str) -> None:
    text = f"“It will rain,” {verb} Tjokorda Pamayun he explained."
    assert _flagged("H103", text) == [f"{verb} Tjokorda Pamayun he explained"]


def test_h103_verbs_that_differ_only_in_case_are_all_looked_for() -> None:
    # the shared scan gives "SAID" and "said" one id: neither may replace the other
    spec = SPECS["H103"]
    rule = StackedSpeechVerbs(spec.replaced(options={**spec.options,
                                                     "speech_verbs": ["SAID", "said", "declared"]}))
    for text, match in (("HE SAID. declared.", "SAID. declared"),
                        ("he said. declared.", "said. declared")):
        found = rule.check(Document(text), Context(style=NEUTRAL))
        assert [text[d.start : d.end] for d in found] == [match]


def test_h102_verbs_that_differ_only_in_case_are_all_looked_for() -> None:
    spec = SPECS["H102"]
    rule = AccordingToSaid(spec.replaced(options={**spec.options,
                                                  "speech_verbs": ["SAID", "said"]}))
    for text in ("HE SAID that prices rose, he said.", "He said that prices rose, he SAID."):
        assert len(list(rule.check(Document(text), Context(style=NEUTRAL)))) == 1, text


def test_h103_an_inverted_attribution_opens_with_its_own_verbs() -> None:
    # "said" opens an inverted attribution whether or not the pack lists it
    spec = SPECS["H103"]
    rule = StackedSpeechVerbs(spec.replaced(options={**spec.options,
                                                     "speech_verbs": ["explained"]}))
    text = "“It will rain,” said Tjokorda Pamayun he explained. The unsaid Budi he explained."
    found = rule.check(Document(text), Context(style=NEUTRAL))
    assert [text[d.start : d.end] for d in found] == ["said Tjokorda Pamayun he explained"]


@pytest.mark.parametrize("text", [
    "What she said, said everything.",
    "What the minister said, said the report, was wrong.",
    "He said. Said Ahmed agreed.",
    "“He said, said Kim.”",
    "He said, telling reporters it was over.",
    "The unsaid, said nothing.",
    "The new tax was introduced, the minister noted.",
    "The workers were not informed, the union said.",
    "The plan wasn't announced, the minister said.",
], ids=["lowercase-after", "lowercase-after-2", "capitalised-second-verb", "inside-quote",
        "participle", "not-a-whole-word", "passive", "negated-passive", "contracted-negation"])
def test_h103_leaves_alone(text: str) -> None:
    assert _flagged("H103", text) == []


@pytest.mark.parametrize("text", [
    "The new tax was quietly introduced, the minister noted.",
    "The rule was also introduced, the minister noted.",
    "The workers were never formally informed, the union said.",
    "The plan wasn't publicly stated, the minister said.",
    "The cuts have been repeatedly announced and were already stated, he said.",
], ids=["ly-adverb", "listed-adverb", "negation-then-adverb", "contraction-then-adverb",
        "already"])
def test_h103_an_adverb_after_the_auxiliary_keeps_the_participle_passive(text: str) -> None:
    assert _flagged("H103", text) == []


@pytest.mark.parametrize(("text", "match"), [
    ("Prices will fall, he quickly said, the minister noted.", "said, the minister noted"),
    ("Prices will fall, he has also said. declared.", "said. declared"),
    ("Prices are high, Kelly said, the minister noted.", "said, the minister noted"),
], ids=["adverb-without-auxiliary", "perfect-is-not-passive", "name-is-not-an-adverb"])
def test_h103_an_adverb_alone_exempts_nothing(text: str, match: str) -> None:
    assert _flagged("H103", text) == [match]
