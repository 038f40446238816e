"""Reading gold folders and MQM files, and refusing gold that does not fit its articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.errors import InputError
from mtlint.evaluate.gold import GoldSpan, read_gold_folder, read_mqm_jsonl

PATTERNS = ("*.txt", "*.md")


def _folder(tmp_path: Path, files: dict[str, bytes], gold: list[dict[str, object]]) -> Path:
    for name, raw in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "gold.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    return tmp_path


def test_articles_get_their_spans_and_articles_without_spans_are_clean(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"mt/a.txt": b"On Sunday (1/10/2023).", "clean/b.txt": b"Fine.",
                                "README.md": b"# not an article", "mt/notes.json": b"{}"},
                     [{"file": "mt/a.txt", "start": 11, "end": 20, "family": "G",
                       "text": "1/10/2023"}])
    articles = {a.name: a for a in read_gold_folder(folder, PATTERNS)}
    assert sorted(articles) == ["clean/b.txt", "mt/a.txt"]
    assert articles["mt/a.txt"].gold == [GoldSpan(11, 20, "G")]
    assert articles["clean/b.txt"].is_clean


def test_offsets_count_carriage_returns_and_skip_the_byte_order_mark(tmp_path: Path) -> None:
    raw = "\ufeffTitle\r\n\r\nOn Sunday (1/10/2023).".encode()
    folder = _folder(tmp_path, {"a.txt": raw},
                     [{"file": "a.txt", "start": 20, "end": 29, "family": "G",
                       "text": "1/10/2023"}])
    (article,) = read_gold_folder(folder, PATTERNS)
    assert article.text[20:29] == "1/10/2023"


@pytest.mark.parametrize(("line", "message"), [
    ({"file": "a.txt", "start": 0, "end": 3, "family": "G", "text": "Nop"}, "is not what"),
    ({"file": "a.txt", "start": 0, "end": 3, "family": "Z"}, "unknown family"),
    ({"file": "a.txt", "start": 5, "end": 300, "family": "G"}, "outside"),
    ({"file": "gone.txt", "start": 0, "end": 1, "family": "G"}, "not there"),
    ({"file": "a.txt", "start": 0, "family": "G"}, "needs file, start, end"),
])
def test_gold_that_does_not_fit_is_refused_with_its_line(
        tmp_path: Path, line: dict[str, object], message: str) -> None:
    folder = _folder(tmp_path, {"a.txt": b"Yes, a short article."}, [line])
    with pytest.raises(InputError, match=message) as caught:
        read_gold_folder(folder, PATTERNS)
    assert str(caught.value).startswith(f"{folder / 'gold.jsonl'}:1:")


def test_a_folder_without_gold_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no gold\.jsonl"):
        read_gold_folder(tmp_path, PATTERNS)


def test_mqm_lines_give_spans_with_raters_and_clean_segments(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({
        "id": "doc|sys", "text": "On 6/21 it rained. Fine.",
        "annotations": [{"category": "Locale convention/Date format", "start": 3, "end": 7,
                         "rater": "rater1", "severity": "Minor"}],
        "segments_no_error_all_raters": [[19, 24]]}) + "\n", encoding="utf-8")
    (article,) = read_mqm_jsonl(path)
    assert article.name == "doc|sys"
    assert article.gold == [GoldSpan(3, 7, "Locale convention/Date format", "rater1")]
    assert article.clean_ranges == [(19, 24)]


def test_a_line_that_is_not_mqm_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text('{"text": "no annotations"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1: not an MQM article"):
        read_mqm_jsonl(path)
