"""The run fingerprint: stable across processes, sensitive to settings and packs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

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


class _WithSet(NamedTuple):
    """A record of settings (a named tuple, as ``Settings`` and its weights are)."""

    codes: frozenset[str]


def test_sets_are_written_in_sorted_order() -> None:
    assert _canonical(_WithSet(frozenset("zyxabc"))) == _canonical(_WithSet(frozenset("abcxyz")))
    assert _canonical(_WithSet(frozenset("ab"))).startswith("{'codes': ")


def test_a_record_of_sets_reads_alike_in_every_process() -> None:
    # frozensets of a few letters iterate in an order that changes with the hash seed
    script = ("from typing import NamedTuple\n"
              "from mtlint.cache.fingerprint import _canonical\n"
              "class WithSet(NamedTuple):\n    codes: frozenset[str]\n"
              "print(_canonical(WithSet(frozenset('zyxabcdefg'))))\n")
    printed = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}
                              ).stdout for seed in range(6)}
    assert len(printed) == 1


def test_settings_and_pack_files_change_the_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text('[pack]\nname = "house"\n', encoding="utf-8")
    settings = Settings(rule_packs=(tmp_path,))
    before = run_fingerprint(settings)
    assert run_fingerprint(Settings(rule_packs=(tmp_path,), style="ap")) != before
    (tmp_path / "entities-house.toml").write_text("", encoding="utf-8")
    assert run_fingerprint(settings) != before
