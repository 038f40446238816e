"""Acceptance on the founding example, ../shared/examples/000_d4a788a77a9f1d90.txt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "000_d4a788a77a9f1d90.txt"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="shared/ is not beside the checkout")


def _findings() -> list[dict[str, object]]:
    result = run_cli("check", "--format", "json", str(SEED))
    assert result.code == 1
    return list(json.loads(result.out))


def _covered(findings: list[dict[str, object]], text: str, needle: str) -> bool:
    start = text.index(needle)
    end = start + len(needle)
    return any(int(f["start"]) <= start and end <= int(f["end"]) for f in findings)  # type: ignore[call-overload]


@pytest.mark.parametrize("needle", ["loading…", "Photo/REUTERS", "(North Korea)", "1/10/2023",
                                    "Deputy Minister of Foreign Affairs North Korea",
                                    "“I went on to say that relations"])
def test_defect_is_covered_by_a_finding(needle: str) -> None:
    assert _covered(_findings(), SEED.read_text(encoding="utf-8"), needle)


def test_nothing_on_consistent_names_metonyms_or_quoted_words() -> None:
    text = SEED.read_text(encoding="utf-8")
    findings = _findings()
    innocent = ["the United States (US)", "Washington", "Pyongyang diplomat", "America’s hatred",
                "actions of America", "between the US"]
    for needle in innocent:
        start = text.index(needle)
        end = start + len(needle)
        hits = [f for f in findings if int(f["start"]) < end and start < int(f["end"])]  # type: ignore[call-overload]
        assert not hits or all(f["rule"] in ("H101", "I101") for f in hits), (needle, hits)


def test_fix_changes_exactly_three_places_and_is_idempotent(tmp_path: Path) -> None:
    copy = tmp_path / "seed.txt"
    shutil.copyfile(SEED, copy)
    result = run_cli("--fix", "--format", "concise", str(copy))
    assert result.code == 1
    before = SEED.read_text(encoding="utf-8")
    expected = (before.replace(" date 2023-10-01 loading…", " date 2023-10-01", 1)
                .replace("North Korea (North Korea) Im", "North Korea Im", 1)
                .replace("Sunday (1/10/2023)", "Sunday (October 1, 2023)", 1))
    assert before.count("1/10/2023") == 1
    assert copy.read_text(encoding="utf-8") == expected
    once = copy.read_bytes()
    run_cli("--fix", str(copy))
    assert copy.read_bytes() == once
