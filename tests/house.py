"""A user's own rule pack ("house"), as tests write one: a header, rules, a project."""

from __future__ import annotations

from pathlib import Path

HEADER = """
[pack]
name = "house"
"""
_RULE = """
[[rule]]
code = "{code}"
name = "{name}"
kind = "{kind}"
severity = "error"
message = "House rule: {{match}}"
what = "w"
why = "y"
example = "e"
instead = "i"
[rule.options]
{options}
"""
#: (a|a)+$ backtracks exponentially on a run of 'a' not followed by the end
CATASTROPHIC = "'(a|a)+$'"
VICTIM = "a" * 40 + "!\n"


def house_rule(code: str, options: str, kind: str = "pattern", name: str = "") -> str:
    """One ``[[rule]]`` with its ``options`` lines, named ``house-<code>`` unless told."""
    return _RULE.format(code=code, name=name or f"house-{code.lower()}", kind=kind,
                        options=options)


def house_pack(*rules: str) -> str:
    return HEADER + "".join(rules)


#: one pattern rule, A901, whose pattern never ends on ``VICTIM``
CATASTROPHIC_PACK = house_pack(house_rule("A901", f"patterns = [{CATASTROPHIC}]"))


def house_project(folder: Path, packs: dict[str, str], config: str = "") -> Path:
    """``folder`` with ``house/<name>.toml`` packs and an mtlint.toml that loads them."""
    (folder / "house").mkdir()
    for name, text in packs.items():
        (folder / "house" / name).write_text(text, encoding="utf-8")
    (folder / "mtlint.toml").write_text(f'rule-packs = ["house"]\n{config}', encoding="utf-8")
    return folder
