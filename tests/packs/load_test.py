"""Malformed packs fail with the file and the key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.engine.registry import KINDS
from mtlint.errors import PackError
from mtlint.packs.load import load_pack

KIND_OPTIONS = {name: kind.OPTIONS for name, kind in KINDS.items()}
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
    ],
)
def test_malformed_entry_names_file_and_key(tmp_path: Path, change: tuple[str, str],
                                            key: str) -> None:
    with pytest.raises(PackError) as error:
        _load(tmp_path, VALID.replace(*change))
    assert error.value.path == str(tmp_path / "house.toml")
    assert error.value.key is not None
    assert error.value.key.endswith(key)


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
