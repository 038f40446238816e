"""The command line: exit codes, formats, stdin, diff, and byte-faithful fixing."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import CLEAN, DIRTY, article, run_cli
from tests.house import house_pack, house_project, house_rule


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    result = run_cli("check", str(article(tmp_path, CLEAN)))
    assert result.code == 0
    assert "All clean" in result.out


def test_findings_exit_one_with_location_code_and_summary(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    result = run_cli("check", str(path))
    assert result.code == 1
    assert f"{path}:3:1 A102 " in result.out
    assert "1 fixable with --fix." in result.out


def test_exit_zero_turns_findings_into_success(tmp_path: Path) -> None:
    assert run_cli("check", "--exit-zero", str(article(tmp_path, DIRTY))).code == 0


def test_missing_path_exits_two_with_one_line(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "nope.txt"))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "nope.txt" in result.err


def test_unknown_option_exits_two_with_one_line() -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("check", "--frobnicate")
    assert stop.value.code == 2


def test_unknown_selector_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("check", "--select", "Q9", str(article(tmp_path, CLEAN)))
    assert result.code == 2
    assert "Q9" in result.err


def test_select_and_ignore_by_prefix(tmp_path: Path) -> None:
    path = str(article(tmp_path, DIRTY))
    assert run_cli("check", "--select", "A", path).code == 1
    assert run_cli("check", "--select", "A", "--ignore", "A10", path).code == 0
    assert run_cli("check", "--ignore", "A", "--select", "A102", path).code == 1


def test_json_output_follows_the_contract(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    [finding] = json.loads(run_cli("check", "--format", "json", str(path)).out)
    assert finding["rule"] == "A102"
    assert finding["family"] == "residue"
    assert finding["category"] == "Accuracy/Addition"
    assert DIRTY[finding["start"] : finding["end"]] == finding["text"] == "Read also: Markets fall"
    assert (finding["line"], finding["column"], finding["end_line"]) == (3, 1, 3)
    assert finding["fix"]["applicability"] == "safe"


def test_fix_rewrites_and_second_fix_changes_nothing(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    first = run_cli("--fix", str(path))
    assert first.code == 0
    assert path.read_text(encoding="utf-8") == "The minister left.\n\nHe returned on Friday.\n"
    before = path.read_bytes()
    run_cli("--fix", str(path))
    assert path.read_bytes() == before


def test_fix_keeps_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff".encode() + DIRTY.replace("\n", "\r\n").encode())
    run_cli("--fix", str(path))
    assert path.read_bytes() == b"\xef\xbb\xbfThe minister left.\r\n\r\nHe returned on Friday.\r\n"


def test_diff_prints_patch_and_writes_nothing(tmp_path: Path) -> None:
    path = article(tmp_path, DIRTY)
    result = run_cli("check", "--diff", str(path))
    assert result.code == 1
    assert "-Read also: Markets fall" in result.out
    assert path.read_text(encoding="utf-8") == DIRTY


def test_stdin_with_filename(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(DIRTY.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    result = run_cli("check", "--format", "concise", "--stdin-filename", "news/x.md", "-")
    assert result.code == 1
    assert result.out.startswith("news/x.md:3:1 A102 [*] ")


def test_invalid_utf8_is_reported_with_byte_offset_and_not_written(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Read also: x\n\xff\xfe broken")
    result = run_cli("--fix", str(path))
    assert result.code == 2
    assert "byte offset 13" in result.err
    assert path.read_bytes() == b"Read also: x\n\xff\xfe broken"


def test_binary_file_is_skipped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x00")
    result = run_cli("check", str(path))
    assert result.code == 0
    assert "binary" in result.err


def test_folder_walk_takes_text_and_markdown_only(tmp_path: Path) -> None:
    article(tmp_path, DIRTY, "a.md")
    article(tmp_path, DIRTY, "b.html")
    result = run_cli("check", "--format", "concise", str(tmp_path))
    assert "a.md" in result.out
    assert "b.html" not in result.out


def test_config_in_pyproject_is_found_upward_and_cli_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mtlint]\nignore = ["A102"]\n')
    sub = tmp_path / "news"
    sub.mkdir()
    path = str(article(sub, DIRTY))
    assert run_cli("check", path).code == 0
    assert run_cli("check", "--select", "A102", path).code == 1


def test_broken_config_exits_two_naming_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "mtlint.toml").write_text('select = "A"\n')
    result = run_cli("check", str(article(tmp_path, CLEAN)))
    assert result.code == 2
    assert "mtlint.toml" in result.err
    assert "select" in result.err


def test_unknown_style_exits_two(tmp_path: Path) -> None:
    result = run_cli("check", "--style", "nyt", str(article(tmp_path, CLEAN)))
    assert result.code == 2
    assert "unknown style 'nyt'" in result.err


def test_rules_lists_every_rule_as_json() -> None:
    rows = json.loads(run_cli("rules", "--format", "json").out)
    codes = [row["code"] for row in rows]
    assert codes == sorted(codes)
    assert {"A101", "E101", "F101"} <= set(codes)


def test_explain_prints_the_documentation_sections() -> None:
    result = run_cli("explain", "e101")
    assert result.code == 0
    for section in ("What it flags", "Why it matters in MT news", "Example", "Use instead"):
        assert section in result.out


def test_explain_unknown_code_exits_two() -> None:
    assert run_cli("explain", "Z999").code == 2


HOUSE_PACK = house_pack(house_rule("A901", "patterns = ['ADVERTORIAL']", name="house-advert"))


def test_extra_rule_pack_folder_from_config(tmp_path: Path) -> None:
    house_project(tmp_path, {"house.toml": HOUSE_PACK})
    path = article(tmp_path, "Prices rose. ADVERTORIAL\n")
    result = run_cli("check", "--format", "concise", str(path))
    assert result.code == 1
    assert "A901 House rule: ADVERTORIAL" in result.out


def test_malformed_pack_in_config_folder_exits_two_naming_file_and_key(tmp_path: Path) -> None:
    bad = HOUSE_PACK.replace("patterns = ['ADVERTORIAL']", "patterns = ['(ADVERT']")
    house_project(tmp_path, {"house.toml": bad})
    result = run_cli("check", str(article(tmp_path, CLEAN)))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "house.toml" in result.err
    assert "options.patterns[0]" in result.err


def test_text_output_has_no_colour_codes_when_not_a_terminal(tmp_path: Path) -> None:
    result = run_cli("check", str(article(tmp_path, DIRTY)))
    assert "\x1b[" not in result.out
    assert "^^^^" in result.out
    assert "= fix (safe): Remove the related-article line" in result.out


def test_text_output_does_not_read_article_text_as_markup(tmp_path: Path) -> None:
    path = article(tmp_path, "Read also: [red]x[/red] [bold]y\n")
    result = run_cli("check", "--select", "A102", str(path))
    assert "[red]x[/red]" in result.out


def test_a_clean_run_does_not_import_difflib(tmp_path: Path) -> None:
    # difflib serves only the hints for a mistyped command or option (0.6 ms of start-up)
    import subprocess

    path = article(tmp_path, DIRTY)
    code = ("import io, sys\nfrom mtlint.cli.main import main\n"
            f"main(['check', '--no-cache', {str(path)!r}], io.StringIO(), io.StringIO())\n"
            "assert 'difflib' not in sys.modules\n"
            "main(['chek'], io.StringIO(), io.StringIO())\n"
            "assert 'difflib' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


_DONE_WITHOUT = ("_hashlib", "tempfile", "tomllib", "dataclasses", "decimal")


# markdown-it, which reads a Markdown file, imports dataclasses itself
@pytest.mark.parametrize(("cache", "name", "unused"), [
    ([], "a.txt", _DONE_WITHOUT), (["--no-cache"], "a.txt", _DONE_WITHOUT),
    (["--no-cache"], "a.md", tuple(m for m in _DONE_WITHOUT if m != "dataclasses"))])
def test_a_run_with_warm_caches_loads_none_of_the_modules_it_does_without(
        tmp_path: Path, cache: list[str], name: str, unused: tuple[str, ...]) -> None:
    # 2.2, 1.7, 1.2, 5 and 2 ms of a small file's start-up: hashing takes BLAKE2b from
    # _blake2, temporary files and TOML are needed only to write a cache entry or read a
    # pack that is not cached, records are written without @dataclass (mtlint.record),
    # and M108 computes with decimal only in a text holding one of its phrases
    import subprocess

    path = article(tmp_path, f"---\ndate: 2023-10-01\n---\n# Title\n\n{DIRTY}", name)
    code = ("import io, sys\nfrom mtlint.cli.main import main\n"
            f"main(['check', *{cache!r}, {str(path)!r}], io.StringIO(), io.StringIO())\n"
            f"print(' '.join(sorted(set({unused!r}) & set(sys.modules))))\n")
    # -S: no .pth file of this interpreter's site-packages runs (one here imports tempfile)
    env = {**os.environ, "MTLINT_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
    first = subprocess.run([sys.executable, "-S", "-c", code], env=env, check=True,
                           capture_output=True, text=True)
    again = subprocess.run([sys.executable, "-S", "-c", code], env=env, check=True,
                           capture_output=True, text=True)
    assert "tempfile" in first.stdout  # the caches were written, and are warm now
    assert again.stdout.strip() == ""


def test_the_console_script_leaves_its_objects_to_the_os_at_exit(tmp_path: Path) -> None:
    # Python's exit would collect every object once more (rule tables, findings): 10 ms
    import subprocess

    path = article(tmp_path, DIRTY)
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
            f"sys.argv = ['mtlint', 'check', '--no-cache', {str(path)!r}]\n"
            "from mtlint.cli.main import entry\nentry()\n")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=False)
    assert ran.returncode == 1, ran.stderr
    assert ran.stdout.endswith("frozen at exit: True\n")
