"""The built-in entity tables: size, the variants world news needs, and risky forms left out."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mtlint.engine.registry import Registry
from mtlint.fix.model import Applicability
from mtlint.tables.entities import EntityTable, Form, load_entity_tables
from mtlint.testing.cases import case_linter, lint_case


@pytest.fixture(scope="module")
def table(registry: Registry) -> EntityTable:
    return load_entity_tables(registry.entity_files)


def test_the_tables_cover_hundreds_of_entities(table: EntityTable) -> None:
    kinds = Counter(table.kinds.values())
    assert kinds["country"] >= 180
    assert kinds["person"] >= 200
    assert kinds["organisation"] >= 60
    assert kinds["capital"] >= 100


@pytest.mark.parametrize(("a", "b"), [
    ("Vietnam", "Viet Nam"), ("Kyiv", "Kiev"), ("Macao", "Macau"), ("Türkiye", "Turkiye"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"), ("Zaporizhzhia", "Zaporozhye"),
    ("Ismail Haniyeh", "Ismail Haniya"), ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),
    ("Bashar al-Assad", "Bashar Assad"), ("Sergey Sobyanin", "Sergei Sobyanin"),
])
def test_spelling_variants_are_one_name(table: EntityTable, a: str, b: str) -> None:
    first, second = table.forms[a], table.forms[b]
    assert (first.entity, first.name, first.abbr) == (second.entity, second.name, second.abbr)


@pytest.mark.parametrize(("a", "b"), [
    ("Myanmar", "Burma"), ("Türkiye", "Turkey"), ("Czech Republic", "Czechia"),
    ("Côte d'Ivoire", "Ivory Coast"), ("Communist Party of China", "Chinese Communist Party"),
    ("Pham Minh Chinh", "Fan Mingzheng"),
])
def test_other_names_are_other_names_of_one_entity(table: EntityTable, a: str, b: str) -> None:
    first, second = table.forms[a], table.forms[b]
    assert first.entity == second.entity
    assert first.name != second.name


@pytest.mark.parametrize("short", ["Jokowi", "Lula", "MBS", "AMLO"])
def test_short_names_are_listed_like_abbreviations(table: EntityTable, short: str) -> None:
    assert table.forms[short].abbr


@pytest.mark.parametrize("risky", ["Congo", "Macedonia", "Turk", "ICC", "AU", "IS", "CCTV",
                                   "Sofia", "Washington", "Korea", "Papua New"])
def test_ambiguous_forms_are_not_listed(table: EntityTable, risky: str) -> None:
    assert risky not in table.forms


def test_a_first_name_country_has_no_second_name(table: EntityTable) -> None:
    for name in ("Jordan", "Chad", "Georgia"):
        entity = table.forms[name].entity
        assert {f.name for f in table.forms.values() if f.entity == entity} == {0}


@pytest.mark.parametrize(("text", "found"), [
    ("North Korea's envoy", ["North Korea"]),
    ("(North Korea), -North Korea- and “North Korea”", ["North Korea"] * 3),
    ("North Koreans, North Korea2, 2North Korea, _North Korea, North Korea_, NorthKorea",
     []),
    ("North Korea\u00e9 and \u00e9North Korea", []),
    ("North Korea", ["North Korea"]),
])
def test_mentions_are_whole_words(table: EntityTable, text: str, found: list[str]) -> None:
    # no letter, digit or underscore may touch a mention; punctuation and apostrophes may
    assert [text[m.start : m.end] for m in table.mentions(text)] == found


def _hand_table() -> EntityTable:
    """One entity named one way, its abbreviation spelled two ways (Foo: F.O. / FO); one
    named two ways, the second spelled two ways (Bar, then Baz / Bazz)."""
    abbr = ("F.O.", "FO")
    baz = ("Baz", "Bazz")
    return EntityTable([
        Form("x", 0, False, 0, "Foo", ("Foo",)),
        Form("x", 0, True, 0, "F.O.", abbr), Form("x", 0, True, 1, "FO", abbr),
        Form("y", 0, False, 0, "Bar", ("Bar",)),
        Form("y", 1, False, 0, "Baz", baz), Form("y", 1, False, 1, "Bazz", baz),
    ], {})


def test_several_names_are_every_form_of_an_entity_with_two_names() -> None:
    # a name spelled one way counts (Bar), an abbreviation of the one name does not (F.O.)
    assert _hand_table().several_names == {"Bar", "Baz", "Bazz"}


def test_several_spellings_are_every_form_of_a_name_spelled_two_ways() -> None:
    # the abbreviation's spellings count apart from its name's (Foo has one)
    table = _hand_table()
    assert table.several_spellings == {"F.O.", "FO", "Baz", "Bazz"}
    assert table.several_ways == {"Bar", "Baz", "Bazz", "F.O.", "FO"}


def _pack(tmp_path: Path, body: str) -> EntityTable:
    path = tmp_path / "entities.toml"
    path.write_text(body, encoding="utf-8")
    return load_entity_tables([path])


def test_a_places_two_word_name_is_also_spelled_run_together(tmp_path: Path) -> None:
    # a spelling of the same name, never for a person, a longer name, a name with short
    # forms (their positions must stay in step) or a spelling listed for another entity
    table = _pack(tmp_path, """
[[entity]]
id = "chiang-mai"
type = "place"
names = [{ forms = ["Chiang Mai"] }]
[[entity]]
id = "kim"
type = "person"
names = [{ forms = ["Kim Jong"] }]
[[entity]]
id = "hcmc"
type = "place"
names = [{ forms = ["Ho Chi Minh City"] }, { forms = ["Sai Gon"], short = ["Saigon"] }]
[[entity]]
id = "hanoi"
type = "capital"
names = [{ forms = ["Ha Noi"] }]
[[entity]]
id = "hanoi-club"
type = "organisation"
names = [{ forms = ["Hanoi"] }]
""")
    derived = {text: form for text, form in table.forms.items() if form.derived}
    assert set(derived) == {"Chiangmai"}
    assert derived["Chiangmai"].spellings == ("Chiang Mai", "Chiangmai")
    assert table.forms["Chiang Mai"].spellings == ("Chiang Mai", "Chiangmai")
    assert "Chiangmai" in table.several_spellings


def test_f102_prefers_the_listed_spelling_to_the_run_together_one(
        registry: Registry) -> None:
    # even when the run-together spelling comes first, the listed one is kept
    text = "Schools in Chiangmai closed. Haze covers Chiang Mai again."
    linter = case_linter(registry.by_code()["F102"], registry)
    [finding] = lint_case(linter, text).diagnostics
    assert text[finding.start : finding.end] == "Chiangmai"
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == "Chiang Mai"
    # a run-together spelling may be an official one (Hongkong Land): an editor decides
    assert finding.fix.applicability is Applicability.UNSAFE
