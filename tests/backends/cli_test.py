"""The command line with --languagetool: real server, closed port, required, local."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.backends.conftest import require
from tests.cli.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
GRAMMAR_ONLY = "She ate a apple.\n"
BUILTIN_FINDING = "The minister left.\n\nRead also: Markets fall\n\nShe ate a apple.\n"


def _article(tmp_path: Path, text: str, name: str = "a.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_grammar_findings_appear_in_json_with_exact_offsets(tmp_path: Path,
                                                             languagetool_url: str) -> None:
    result = run_cli("check", "--format", "json", "--languagetool", languagetool_url,
                     _article(tmp_path, "He 😀 ate a apple.\n"))
    (finding,) = json.loads(result.out)
    assert result.code == 1
    assert {k: finding[k] for k in ("rule", "name", "family", "category", "start", "end",
                                    "text", "column")} == {
        "rule": "O201", "name": "en-a-vs-an", "family": "grammar",
        "category": "Fluency/Spelling", "start": 9, "end": 10, "text": "a", "column": 10}
    assert finding["fix"]["applicability"] == "unsafe"
    assert finding["fix"]["edits"] == [{"start": 9, "end": 10, "replacement": "an"}]


def test_markdown_code_links_and_front_matter_are_not_checked(tmp_path: Path,
                                                               languagetool_url: str) -> None:
    text = ("---\ntitle: He go home\n---\n\nSee [the report](https://example.org/a-apple) "
            "and `he go` 😀. She ate a apple.\n\n```\nhe go to\n```\n\nHe go home.\n")
    result = run_cli("check", "--format", "json", "--languagetool", languagetool_url,
                     _article(tmp_path, text, "a.md"))
    found = [(f["rule"], f["line"], f["column"], f["text"]) for f in json.loads(result.out)]
    assert found == [("O201", 5, 70, "a"), ("O206", 11, 4, "go")]


def test_unsafe_fixes_apply_languagetools_suggestion(tmp_path: Path,
                                                     languagetool_url: str) -> None:
    path = _article(tmp_path, GRAMMAR_ONLY)
    assert run_cli("check", "--fix", "--languagetool", languagetool_url, path).code == 1
    assert Path(path).read_text(encoding="utf-8") == GRAMMAR_ONLY
    result = run_cli("check", "--fix", "--unsafe-fixes", "--languagetool", languagetool_url, path)
    assert result.code == 0, result.out + result.err
    assert Path(path).read_text(encoding="utf-8") == "She ate an apple.\n"


def test_config_names_the_server_and_parallel_workers_use_it(tmp_path: Path,
                                                              languagetool_url: str) -> None:
    (tmp_path / "mtlint.toml").write_text(f'languagetool = "{languagetool_url}"\n',
                                          encoding="utf-8")
    paths = [_article(tmp_path, GRAMMAR_ONLY, f"{n}.txt") for n in "ab"]
    result = run_cli("check", "--format", "json", "--jobs", "2", *paths)
    assert [f["rule"] for f in json.loads(result.out)] == ["O201", "O201"]


def test_an_unreachable_server_warns_once_and_builtin_rules_decide(
        tmp_path: Path, closed_port_url: str) -> None:
    paths = [_article(tmp_path, BUILTIN_FINDING, "a.txt"),
             _article(tmp_path, GRAMMAR_ONLY, "b.txt")]
    result = run_cli("check", "--format", "concise", "--languagetool", closed_port_url, *paths)
    assert result.code == 1
    assert "A102" in result.out
    assert "O201" not in result.out
    warnings = result.err.splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith(f"mtlint: warning: LanguageTool at {closed_port_url} is "
                                  "unreachable")
    clean = run_cli("check", "--languagetool", closed_port_url, paths[1])
    assert clean.code == 0


def test_a_required_server_that_is_unreachable_exits_two(tmp_path: Path,
                                                         closed_port_url: str) -> None:
    result = run_cli("check", "--languagetool", closed_port_url, "--languagetool-required",
                     _article(tmp_path, GRAMMAR_ONLY))
    assert result.code == 2
    assert result.err.startswith("mtlint: error: LanguageTool at ")
    assert result.err.rstrip().endswith("(--languagetool-required)")
    assert len(result.err.splitlines()) == 1


def test_a_url_that_is_not_http_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("check", "--languagetool", "ftp://example", _article(tmp_path, GRAMMAR_ONLY))
    assert result.code == 2
    assert "expects 'local' or an http(s) URL" in result.err


def test_without_languagetool_no_grammar_code_is_reported(tmp_path: Path) -> None:
    result = run_cli("check", "--select", "O", _article(tmp_path, GRAMMAR_ONLY))
    assert (result.code, result.err) == (0, "")


def test_explain_tells_how_o_codes_work() -> None:
    overview = run_cli("explain", "O")
    assert overview.code == 0
    assert "CRC-32" in overview.out
    assert "O201  EN_A_VS_AN (on by default)" in overview.out
    assert "O101  MORFOLOGIK_RULE_EN_US (off by default)" in overview.out
    assert "fallback code" in run_cli("explain", "O651").out
    assert "EN_A_VS_AN" in run_cli("explain", "o201").out
    assert "mtlint explain O" in run_cli("rules").out


def test_local_starts_a_server_through_language_tool_python(tmp_path: Path) -> None:
    try:
        import language_tool_python  # noqa: F401
    except ImportError:
        require("language-tool-python is not installed (pip install '.[grammar]')")
    if not os.environ.get("LTP_PATH"):
        require("LTP_PATH is not set: export LTP_PATH=$(scripts/languagetool-server --prepare)")
    result = run_cli("check", "--format", "json", "--languagetool", "local",
                     "--languagetool-required", _article(tmp_path, GRAMMAR_ONLY))
    assert [f["rule"] for f in json.loads(result.out)] == ["O201"], result.err


class _FailingChecks(http.server.BaseHTTPRequestHandler):
    """A LanguageTool server that answers the version probe, then fails every check."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        if "data=" in body:
            status, answer = 503, b"Overloaded"
        else:
            status = 200
            answer = json.dumps({"software": {"version": "6.8"}, "matches": []}).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


def test_a_server_failing_mid_run_warns_once_across_worker_processes(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FailingChecks)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for n in range(70):
            _article(tmp_path, GRAMMAR_ONLY, f"{n:02}.txt")
        url = f"http://127.0.0.1:{server.server_address[1]}"
        done = subprocess.run([sys.executable, "-m", "mtlint", "check", "--no-cache", "-j", "2",
                               "--languagetool", url, str(tmp_path)],
                              capture_output=True, text=True, check=False, cwd=ROOT)
    finally:
        server.shutdown()
    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        f"mtlint: warning: LanguageTool at {url} answered HTTP 503: Overloaded; "
        "grammar checks (O codes) skipped, built-in rules only"]
