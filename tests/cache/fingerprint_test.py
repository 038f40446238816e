"""The run fingerprint: stable across processes, sensitive to settings and packs."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from mtlint.cache.fingerprint import _canonical, run_fingerprint
from mtlint.config.settings import Settings

PRINT = ("from mtlint.cache.fingerprint import run_fingerprint\n"
         "from mtlint.config.settings import Settings\n"
         "print(run_fingerprint(Settings(select=('G', 'K'))))\n")


def test_equal_settings_give_one_fingerprint_in_every_process() -> None:
    prints = {subprocess.run([sys.executable, "-c", PRINT], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
              for seed in ("1", "2")}
    assert prints == {run_fingerprint(Settings(select=("G", "K"))) + "\n"}


def test_sets_are_written_in_sorted_order() -> None:
    @dataclass(frozen=True)
    class WithSet:
        codes: frozenset[str]

    assert _canonical(WithSet(frozenset("zyxabc"))) == _canonical(WithSet(frozenset("abcxyz")))


def test_settings_and_pack_files_change_the_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text('[pack]\nname = "house"\n', encoding="utf-8")
    settings = Settings(rule_packs=(tmp_path,))
    before = run_fingerprint(settings)
    assert run_fingerprint(Settings(rule_packs=(tmp_path,), style="ap")) != before
    (tmp_path / "entities-house.toml").write_text("", encoding="utf-8")
    assert run_fingerprint(settings) != before
