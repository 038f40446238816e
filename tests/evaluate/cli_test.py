"""``mtlint eval`` end to end: a tiny gold folder and a tiny MQM file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import run_cli

ARTICLE = ("Seoul fires back\n\n"
           "SEOUL - The drill took place on Sunday (1/10/2023), officials said.\n")


def _gold_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    (folder / "mt").mkdir(parents=True)
    (folder / "clean").mkdir()
    (folder / "mt" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "clean" / "b.txt").write_text("Rain fell on Sunday, October 1, 2023.\n",
                                            encoding="utf-8")
    start = ARTICLE.index("1/10/2023")
    (folder / "gold.jsonl").write_text(json.dumps(
        {"file": "mt/a.txt", "start": start, "end": start + 9, "family": "G",
         "text": "1/10/2023"}) + "\n", encoding="utf-8")
    return folder


def test_eval_scores_a_gold_folder_as_json(tmp_path: Path) -> None:
    outcome = run_cli("eval", str(_gold_folder(tmp_path)), "--select", "G101", "--format", "json")
    assert outcome.code == 0, outcome.err
    (result,) = json.loads(outcome.out).values()
    assert result["families"]["G"] == {"tp": 1, "fp": 0, "fn": 0, "gold": 1,
                                       "precision": 1.0, "recall": 1.0}
    assert list(result["rules"]) == ["G101"]
    assert (result["clean_articles"], result["clean_findings"]) == (1, 0)


def test_eval_details_name_the_miss(tmp_path: Path) -> None:
    outcome = run_cli("eval", str(_gold_folder(tmp_path)), "--select", "A101", "--details")
    assert outcome.code == 0, outcome.err
    assert "  miss        mt/a.txt:3:41 G '1/10/2023'" in outcome.out.splitlines()


def test_eval_refuses_gold_that_does_not_fit(tmp_path: Path) -> None:
    folder = _gold_folder(tmp_path)
    (folder / "gold.jsonl").write_text('{"file": "mt/a.txt", "start": 0, "end": 5, '
                                       '"family": "G", "text": "Nope!"}\n', encoding="utf-8")
    outcome = run_cli("eval", str(folder))
    assert outcome.code == 2
    assert "is not what mt/a.txt has at 0-5" in outcome.err


def test_eval_scores_mqm_data(tmp_path: Path) -> None:
    text = "Talks were held on 6/21. The weather was fine."
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({
        "id": "doc|sys", "text": text,
        "annotations": [{"category": "Locale convention/Date format", "start": 19,
                         "end": 23, "rater": "rater1"}],
        "segments_no_error_all_raters": [[25, len(text)]]}) + "\n", encoding="utf-8")
    outcome = run_cli("eval", str(path), "--select", "G101", "--format", "json")
    assert outcome.code == 0, outcome.err
    result = json.loads(outcome.out)[str(path)]
    assert result["categories"]["Locale convention/Date format"]["recall"] == 1.0
    assert (result["clean_segments"], result["false_alarms_per_100"]) == (1, 0.0)
