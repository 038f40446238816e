"""Malformed packs fail with the file and the key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.engine.registry import KIND_OPTIONS, KINDS, REVIEW_KINDS, kind_class
from mtlint.engine.suppress import SuppressionReview
from mtlint.errors import PackError
from mtlint.packs.load import load_pack
from mtlint.packs.locate import builtin_rules_dir, pack_files

VALID = """
[pack]
name = "house"

[[rule]]
code = "A901"
name = "house-residue"
kind = "pattern"
severity = "warning"
message = "residue {match}"
what = "w"
why = "y"
example = "e"
instead = "i"
[rule.options]
patterns = ['ADVERT']
"""


def _load(tmp_path: Path, text: str) -> None:
    path = tmp_path / "house.toml"
    path.write_text(text, encoding="utf-8")
    load_pack(path, KIND_OPTIONS)


def test_valid_pack_loads(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(VALID, encoding="utf-8")
    [spec] = load_pack(path, KIND_OPTIONS)
    assert spec.meta.code == "A901"
    assert spec.meta.category == "Accuracy/Addition"


@pytest.mark.parametrize(
    ("change", "key"),
    [
        pytest.param(('code = "A901"', 'code = "A91"'), "code", id="bad-code"),
        pytest.param(('severity = "warning"', 'severity = "fatal"'), "severity", id="severity"),
        pytest.param(('kind = "pattern"', 'kind = "magic"'), "kind", id="unknown-kind"),
        pytest.param(("patterns = ['ADVERT']", "patterns = ['ADVERT']\ncolour = 1"),
                     "options.colour", id="unknown-option"),
        pytest.param(("patterns = ['ADVERT']", "patterns = 'ADVERT'"), "options.patterns",
                     id="option-type"),
        pytest.param(('why = "y"', 'why = "y"\nwhy_not = "z"'), "why_not", id="unknown-key"),
        pytest.param(('name = "house-residue"', 'name = "House Residue"'), "name", id="name"),
        pytest.param(('severity = "warning"', 'severity = "warning"\napplicability = "unsafe"'),
                     "fix_safety", id="unsafe-without-fix-safety"),
        pytest.param(("patterns = ['ADVERT']", "patterns = [{ use = 'ads' }]"),
                     "options.patterns[0]", id="list-not-defined"),
        pytest.param(("patterns = ['ADVERT']", "patterns = ['A', { use = 'ads', add = 'B' }]"),
                     "options.patterns[1]", id="list-item-table-with-other-keys"),
        pytest.param(('name = "house"', 'name = "house"\n[lists]\nads = "ADVERT"'),
                     "lists.ads", id="list-not-an-array"),
        pytest.param(('name = "house"', 'name = "house"\nbogus = 3'), "pack.bogus",
                     id="unknown-pack-key"),
        pytest.param(("[pack]", "lists = 3\n[pack]"), "lists",
                     id="lists-not-a-table"),
    ],
)
def test_malformed_entry_names_file_and_key(tmp_path: Path, change: tuple[str, str],
                                            key: str) -> None:
    with pytest.raises(PackError) as error:
        _load(tmp_path, VALID.replace(*change))
    assert error.value.path == str(tmp_path / "house.toml")
    assert error.value.key is not None
    assert error.value.key.endswith(key)


@pytest.mark.parametrize("family", ["", 'family = "Z"\n', 'family = "A"\n'],
                         ids=["no-family", "family-z", "family-a"])
def test_code_outside_the_families_names_the_allowed_letters(tmp_path: Path,
                                                             family: str) -> None:
    # It used to say "rule[0] (Z101).family: must be the code's letter Z", as if Z were one.
    text = VALID.replace('code = "A901"', f'code = "Z101"\n{family}')
    with pytest.raises(PackError) as error:
        _load(tmp_path, text)
    message = str(error.value)
    assert message.startswith(f"{tmp_path / 'house.toml'}: rule[0] (Z101).code: ")
    assert "Z is not a family letter" in message
    assert "A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, X" in message
    assert "must be the code's letter" not in message


def test_family_other_than_the_code_letter_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PackError) as error:
        _load(tmp_path, VALID.replace('code = "A901"', 'code = "A901"\nfamily = "G"'))
    assert str(error.value).endswith("rule[0] (A901).family: must be the code's letter A")


def test_family_may_be_given_as_the_code_letter(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(VALID.replace('code = "A901"', 'code = "A901"\nfamily = "A"'),
                    encoding="utf-8")
    [spec] = load_pack(path, KIND_OPTIONS)
    assert spec.meta.family == "A"


def test_lists_stand_in_for_their_words_in_any_array_of_the_options(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(VALID.replace('name = "house"', 'name = "house"\n[lists]\n'
                                  'ads = ["ADVERT", "PROMO"]\nsigns = ["SALE"]').replace(
        "patterns = ['ADVERT']",
        "patterns = ['^X', { use = 'ads' }, { use = 'signs' }]\n"
        "[rule.options.nested]\nwords = [{ use = 'ads' }]"), encoding="utf-8")
    [spec] = load_pack(path, {"pattern": {"patterns": (list, True), "nested": (dict, False)}})
    assert spec.options["patterns"] == ["^X", "ADVERT", "PROMO", "SALE"]
    assert spec.options["nested"] == {"words": ["ADVERT", "PROMO"]}


def test_toml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"line \d+, column \d+"):
        _load(tmp_path, VALID + "\n[[rule]\n")


def test_bad_regular_expression_is_rejected_when_rules_are_built(tmp_path: Path) -> None:
    from mtlint.engine.registry import instantiate

    path = tmp_path / "house.toml"
    path.write_text(VALID.replace("'ADVERT'", "'(unclosed'"), encoding="utf-8")
    [spec] = load_pack(path, KIND_OPTIONS)
    with pytest.raises(PackError, match="bad regular expression"):
        instantiate(spec)


@pytest.mark.parametrize("pack", pack_files(builtin_rules_dir())[0], ids=lambda p: p.name)
def test_builtin_pack_options_are_valid(pack: Path) -> None:
    """A run trusts the built-in packs' options (``trusted=True``); this is the check."""
    assert load_pack(pack, KIND_OPTIONS, trusted=False)


def test_every_kind_imports_and_review_kinds_are_the_suppression_reviews() -> None:
    classes = {kind: kind_class(kind) for kind in KINDS}
    assert {k for k, c in classes.items() if issubclass(c, SuppressionReview)} == REVIEW_KINDS


def test_a_trusted_pack_skips_only_the_option_check(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(VALID.replace("patterns = ['ADVERT']", "pattern = 3"), encoding="utf-8")
    with pytest.raises(PackError, match=r"options\.pattern"):
        load_pack(path, KIND_OPTIONS)
    [spec] = load_pack(path, KIND_OPTIONS, trusted=True)
    assert spec.options == {"pattern": 3}
