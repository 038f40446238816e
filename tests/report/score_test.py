"""The quality score: words, penalty weights, hand-computed scores, config and the gate."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from mtlint.config.load import load_settings
from mtlint.document import Document
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.errors import ConfigError
from mtlint.report.base import FileResult, RunSummary
from mtlint.report.scoring import over_max_score, ranked, score_lines
from mtlint.score.article import count_words, finding_penalty, score_article
from mtlint.score.weights import ScoreWeights, parse_max_score, parse_weights
from tests.cli.helpers import run_cli

_DOCS = RuleDocs("what", "why", "example", "instead")


def _meta(severity: Severity, category: str = "Accuracy/Addition") -> RuleMeta:
    return RuleMeta("Z901", "test-rule", "A", category, severity, "message", _DOCS)


def _finding(severity: Severity, category: str = "Accuracy/Addition") -> Diagnostic:
    return Diagnostic(_meta(severity, category), 0, 1, "message")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("The minister left.", 3, id="plain"),
        pytest.param("U.S. envoy Kim Jong-un's visit, 2023.", 6, id="abbreviation-hyphen-year"),
        pytest.param("Prices rose — sharply — on Monday …", 5, id="dashes-are-not-words"),
        pytest.param("“Yes,” she said. (AP)", 4, id="quotes-and-brackets-stick-to-words"),
        pytest.param("snake_case and _ and ___ 42", 4, id="underscores-alone-are-not-words"),
        pytest.param("  \n\n\t ", 0, id="blank"),
        pytest.param("Rp 10.000.000 / 51/70", 3, id="numbers-count-slashes-alone-do-not"),
    ],
)
def test_words_are_runs_of_non_space_with_a_letter_or_digit(text: str, words: int) -> None:
    assert count_words(Document(text)) == words


def test_words_are_counted_as_the_definition_says_on_random_texts() -> None:
    # the definition as a pattern: a run of non-space characters with a letter or digit
    word = re.compile(r"(?<!\S)(?:[^\w\s]|_)*[^\W_]\S*")
    alphabet = "ab Z9٣_-—.,'’ \t\n\u00a0\u2003\x1c\u200b\u0301漢ß"
    generator = random.Random(7)
    for _ in range(2000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randrange(40)))
        assert count_words(Document(text)) == len(word.findall(text)), repr(text)


def test_masked_metadata_line_is_not_counted() -> None:
    doc = Document(" date 2023-10-01\nThe minister left.\n")
    assert count_words(doc) == 3


@pytest.mark.parametrize(
    ("severity", "category", "penalty"),
    [
        pytest.param(Severity.ERROR, "Accuracy/Addition", 5.0, id="error-is-major"),
        pytest.param(Severity.WARNING, "Accuracy/Addition", 1.0, id="warning-is-minor"),
        pytest.param(Severity.INFO, "Accuracy/Addition", 0.0, id="info-is-neutral"),
        pytest.param(Severity.WARNING, "Fluency/Punctuation", 0.1, id="minor-punctuation"),
        pytest.param(Severity.WARNING, "Fluency/Punctuation/Spacing", 0.1, id="subcategory"),
        pytest.param(Severity.WARNING, "Fluency/Punctuationish", 1.0, id="prefix-needs-slash"),
        pytest.param(Severity.ERROR, "Fluency/Punctuation", 5.0, id="major-punctuation"),
        pytest.param(Severity.INFO, "Fluency/Punctuation", 0.0, id="neutral-punctuation"),
    ],
)
def test_default_weights_follow_mqm(severity: Severity, category: str, penalty: float) -> None:
    assert finding_penalty(_finding(severity, category), ScoreWeights()) == penalty


def test_score_is_penalty_per_hundred_words_by_hand() -> None:
    # 40 words; one error (5), two warnings (1 + 1), one minor punctuation (0.1):
    # 7.1 points * 100 / 40 words = 17.75.
    doc = Document(" ".join(["word"] * 40))
    findings = [_finding(Severity.ERROR), _finding(Severity.WARNING),
                _finding(Severity.WARNING), _finding(Severity.WARNING, "Fluency/Punctuation"),
                _finding(Severity.INFO)]
    score = score_article(count_words(doc), findings, ScoreWeights())
    assert (score.words, score.penalty, score.value) == (40, 7.1, 17.75)


def test_score_rounds_to_two_decimals() -> None:
    # 1 point over 3 words: 33.333… shown and compared as 33.33.
    score = score_article(3, [_finding(Severity.WARNING)], ScoreWeights())
    assert score.value == 33.33


def test_article_without_words_counts_as_one_word() -> None:
    score = score_article(0, [_finding(Severity.WARNING)], ScoreWeights())
    assert (score.words, score.value) == (0, 100.0)
    assert score_article(0, [], ScoreWeights()).value == 0.0


def test_configured_weights_merge_over_the_defaults() -> None:
    weights = parse_weights({"error": 10, "Accuracy/Mistranslation": 2.5})
    assert weights.error == 10.0
    assert weights.warning == 1.0
    assert weights.minor_weight("Fluency/Punctuation") == 0.1
    assert weights.minor_weight("Accuracy/Mistranslation") == 2.5


def test_most_specific_category_weight_wins() -> None:
    weights = parse_weights({"Fluency": 0.5, "Fluency/Punctuation": 0.2})
    assert weights.minor_weight("Fluency/Grammar") == 0.5
    assert weights.minor_weight("Fluency/Punctuation/Spacing") == 0.2


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param({"eror": 5}, "unknown key 'eror'", id="misspelt-severity"),
        pytest.param({"error": -1}, "weight of 'error'", id="negative"),
        pytest.param({"warning": True}, "weight of 'warning'", id="bool"),
        pytest.param({"info": "1"}, "weight of 'info'", id="string"),
        pytest.param({"error": float("nan")}, "weight of 'error'", id="nan"),
        pytest.param([1, 2], "must be a table", id="not-a-table"),
    ],
)
def test_bad_weights_are_rejected(table: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_weights(table)


@pytest.mark.parametrize("value", [-1, True, "5", float("nan")])
def test_bad_max_score_is_rejected(value: object) -> None:
    with pytest.raises(ValueError, match="penalty points per 100 words"):
        parse_max_score(value)


def test_config_reads_max_score_and_weights(tmp_path: Path) -> None:
    config = tmp_path / "mtlint.toml"
    config.write_text('max-score = 4\n[score-weights]\nwarning = 2\n"Fluency/Punctuation" = 0\n',
                      encoding="utf-8")
    settings, warnings = load_settings(config)
    assert warnings == []
    assert settings.max_score == 4.0
    assert settings.score_weights.warning == 2.0
    assert settings.score_weights.minor_weight("Fluency/Punctuation") == 0.0
    assert hash(settings)  # settings stay hashable: the API caches runs by them


def test_config_error_names_the_key_and_shows_an_example(tmp_path: Path) -> None:
    config = tmp_path / "mtlint.toml"
    config.write_text("[score-weights]\nerror = -5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"score-weights: weight of 'error' .*, e\.g\. "):
        load_settings(config)


def _summary(*texts_and_findings: tuple[str, str, list[Diagnostic]],
             max_score: float | None = None) -> RunSummary:
    files = [FileResult.of(Document(text, path), findings)
             for path, text, findings in texts_and_findings]
    return RunSummary(files, max_score=max_score)


def test_ranking_is_worst_first_then_by_path() -> None:
    ten_words = " ".join(["w"] * 10)
    summary = _summary(("b.txt", ten_words, [_finding(Severity.WARNING)]),
                       ("c.txt", ten_words, [_finding(Severity.ERROR)]),
                       ("a.txt", ten_words, [_finding(Severity.WARNING)]),
                       ("d.txt", ten_words, []))
    assert [s.result.file.path for s in ranked(summary)] == ["c.txt", "a.txt", "b.txt", "d.txt"]


def test_max_score_gate_is_strictly_above() -> None:
    ten_words = " ".join(["w"] * 10)
    summary = _summary(("a.txt", ten_words, [_finding(Severity.WARNING)]),  # 10.0
                       ("b.txt", ten_words, [_finding(Severity.ERROR)]),  # 50.0
                       max_score=10)
    assert [s.result.file.path for s in over_max_score(summary)] == ["b.txt"]
    assert score_lines(summary)[-1] == "1 file above max-score 10."


def test_batch_score_weighs_articles_by_their_words() -> None:
    # 5 points over 10 words and 0 over 90: the batch scores 5 per 100 words.
    summary = _summary(("a.txt", " ".join(["w"] * 10), [_finding(Severity.ERROR)]),
                       ("b.txt", " ".join(["w"] * 90), []))
    assert score_lines(summary) == [
        "Score: 5.00 penalty points per 100 words across 2 files (MQM; 0 is clean); "
        "worst 50.00 in a.txt."]


# The command line. "Read also: …" is A102 (error, 5 points); `(6/24)` is G101 (warning, 1).
RESIDUE = "The minister left.\n\nRead also: Markets fall\n\nHe returned on Friday.\n"  # 11 words
DATE = "The talks ended on Thursday (6/24).\n"  # 6 words: 16.67


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_text_output_shows_each_file_score_and_the_batch(tmp_path: Path) -> None:
    result = run_cli("check", _write(tmp_path, "a.txt", RESIDUE))
    assert "a.txt: score 45.45 (1 finding, 5 points, 11 words)" in result.out
    assert "Score: 45.45 penalty points per 100 words (MQM; 0 is clean)." in result.out


def test_statistics_list_articles_worst_first(tmp_path: Path) -> None:
    residue = _write(tmp_path, "a.txt", RESIDUE)
    date = _write(tmp_path, "b.txt", DATE)
    result = run_cli("check", "--format", "concise", "--statistics", date, residue)
    lines = result.out.splitlines()
    first = lines.index(f"  45.45  {residue}  (1 finding, 5 points, 11 words)")
    assert lines[first + 1] == f"  16.67  {date}  (1 finding, 1 points, 6 words)"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        pytest.param(["--fail-level", "error", "--max-score", "20"], 0, id="under-the-limit"),
        pytest.param(["--fail-level", "error", "--max-score", "16.67"], 0, id="equal-passes"),
        pytest.param(["--fail-level", "error", "--max-score", "16"], 1, id="above-fails"),
        pytest.param(["--max-score", "50"], 1, id="fail-level-still-fails-warnings"),
        pytest.param(["--fail-level", "error"], 0, id="no-limit"),
        pytest.param(["--fail-level", "error", "--max-score", "1", "--exit-zero"], 0,
                     id="exit-zero-wins"),
    ],
)
def test_max_score_adds_to_the_fail_level(tmp_path: Path, args: list[str], code: int) -> None:
    assert run_cli("check", *args, _write(tmp_path, "a.txt", DATE)).code == code


def test_error_fails_under_its_fail_level_whatever_the_score(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", RESIDUE)
    assert run_cli("check", "--max-score", "100", path).code == 1


def test_max_score_from_config_and_command_line_wins(tmp_path: Path) -> None:
    (tmp_path / "mtlint.toml").write_text('fail-level = "error"\nmax-score = 10\n',
                                          encoding="utf-8")
    path = _write(tmp_path, "a.txt", DATE)
    result = run_cli("check", path)
    assert result.code == 1
    assert "1 file above max-score 10." in result.out
    assert run_cli("check", "--max-score", "30", path).code == 0


def test_configured_weights_change_the_score(tmp_path: Path) -> None:
    (tmp_path / "mtlint.toml").write_text("[score-weights]\nwarning = 3\n", encoding="utf-8")
    result = run_cli("check", _write(tmp_path, "a.txt", DATE))
    assert "Score: 50.00 penalty points per 100 words" in result.out


def test_bad_max_score_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("check", "--max-score", "-3", _write(tmp_path, "a.txt", DATE))
    assert stop.value.code == 2


def test_json_keeps_its_contract_and_adds_scores_with_statistics(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", RESIDUE)
    [plain] = json.loads(run_cli("check", "--format", "json", path).out)
    assert "article_score" not in plain
    [scored] = json.loads(run_cli("check", "--format", "json", "--statistics", path).out)
    assert {k: scored[k] for k in ("penalty", "article_score", "article_words")} == {
        "penalty": 5.0, "article_score": 45.45, "article_words": 11}
    assert {k: v for k, v in scored.items() if k in plain} == plain



def test_machine_formats_carry_the_score(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", RESIDUE)
    scores = {"penalty": 5.0, "article_score": 45.45, "article_words": 11}
    [line] = run_cli("check", "--format", "json-lines", "--statistics", path).out.splitlines()
    assert {k: json.loads(line)[k] for k in scores} == scores
    [result] = json.loads(run_cli("check", "--format", "sarif", path).out)["runs"][0]["results"]
    assert result["properties"] == scores
    junit = run_cli("check", "--format", "junit", path).out
    assert '<property name="score" value="45.45" />' in junit
    assert '<property name="words" value="11" />' in junit


def test_github_annotates_files_above_max_score(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", DATE)
    lines = run_cli("check", "--format", "github", "--fail-level", "error", "--max-score", "10",
                    path).out.splitlines()
    assert lines[-1] == (f"::error file={path},title=max-score::Quality score 16.67 is above "
                         "max-score 10 (1 penalty points over 6 words)")
    assert len(run_cli("check", "--format", "github", path).out.splitlines()) == 1
