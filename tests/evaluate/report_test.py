"""The evaluation tables and their JSON form."""

from __future__ import annotations

import io
import json

from mtlint.evaluate.report import as_json, gold_table, mqm_table
from mtlint.evaluate.score import GoldScore, score_gold, score_mqm
from tests.evaluate.helpers import article, finding, meta, rated


def _gold_score() -> GoldScore:
    doc = article("mt/a.txt", (0, 5, "A"), (10, 14, "G"))
    clean = article("clean/b.txt")
    return score_gold([(doc, [finding("A101", 1, 3), finding("G101", 30, 32)]),
                       (clean, [finding("G101", 3, 4)])], [meta("A101"), meta("G101")])


def test_the_gold_table_shows_families_rules_and_clean_articles() -> None:
    out = io.StringIO()
    gold_table("corpus", _gold_score(), {"A101": "placeholder-residue"}, out, details=False)
    text = out.getvalue()
    assert "corpus: 2 articles (1 with 2 gold spans, 1 clean)" in text
    assert "A residue" in text
    assert "G dates" in text
    assert "A101 placeholder-residue" in text
    assert "clean articles: 1, findings in them: 1 (10.00 per 10 clean articles): G101 1" in text
    assert "false alarm" not in text


def test_details_list_false_alarms_and_misses_with_their_place() -> None:
    out = io.StringIO()
    gold_table("corpus", _gold_score(), {}, out, details=True)
    lines = out.getvalue().splitlines()
    assert "  false alarm mt/a.txt:1:31 G101 'xx'" in lines
    assert "  miss        mt/a.txt:1:11 G 'xxxx'" in lines


def test_gold_json_spells_out_precision_and_recall() -> None:
    data = json.loads(json.dumps(as_json(_gold_score(), details=False)))
    assert data["families"]["A"] == {"tp": 1, "fp": 0, "fn": 0, "gold": 1,
                                     "precision": 1.0, "recall": 1.0}
    assert data["rules"]["G101"]["recall"] == 0.0
    assert data["clean_findings_per_10"] == 10.0
    assert "misses" not in data
    assert len(as_json(_gold_score(), details=True)["misses"]) == 1


def test_the_mqm_table_and_json_give_recall_per_category_and_rater() -> None:
    doc = article("doc|sys", (0, 4, "Fluency/Punctuation"), clean=((50, 60),))
    doc.gold = [rated(0, 4, "Fluency/Punctuation", "r1"), rated(2, 6, "Fluency/Punctuation", "r2")]
    score = score_mqm([(doc, [finding("L101", 1, 2), finding("L101", 55, 56)])])
    out = io.StringIO()
    mqm_table("dev.jsonl", score, out, details=True)
    text = out.getvalue()
    assert "Fluency/Punctuation" in text
    assert "L101 1" in text
    assert "findings in them: 1 (100.00 per 100 segments): L101 1" in text
    assert "false alarm doc|sys:1:56 L101" in text
    data = as_json(score, details=False)
    category = data["categories"]["Fluency/Punctuation"]
    assert (category["errors"], category["recall"], category["annotation_recall"]) == (1, 1.0,
                                                                                       0.5)
    assert category["per_rater"]["r2"] == {"spans": 1, "found": 0, "recall": 0.0}
    assert data["false_alarms_per_100"] == 100.0
