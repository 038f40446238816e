"""Compiled patterns kept between runs behave as freshly compiled ones."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import regex

from mtlint.cache import patterns
from mtlint.cache.patterns import PatternStore

ROOT = Path(__file__).resolve().parents[2]

_SAMPLE = "On Sunday (1/10/2023), Prime Minister Phạm Minh Chính said: «Да» — 5,000 RM."
_PATTERNS = [
    (r"(?<![\w'’-])\p{Lu}[\p{L}\p{M}]+(?![\w'’-])", 0),
    (r"\b(?P<wd>(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s*\((?P<date>[\d/]+)\)", 0),
    (r"(?<=\b(?:Prime|Vice)\s+)Minister", regex.IGNORECASE),
    (r"^\W*(\w+)", regex.MULTILINE),
]


def _fresh_compile_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("compiled afresh, not from the store")

    monkeypatch.setattr(regex, "compile", refuse)


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_a_stored_pattern_matches_as_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 pattern: str, flags: int) -> None:
    first = PatternStore(tmp_path / "p.marshal")
    regex.purge()  # regex's own in-process cache would hide the opcodes
    fresh = first.compile(pattern, flags)
    first.save()
    _fresh_compile_refused(monkeypatch)
    stored = PatternStore(tmp_path / "p.marshal").compile(pattern, flags)
    assert [m.span() for m in stored.finditer(_SAMPLE)] == \
        [m.span() for m in fresh.finditer(_SAMPLE)]
    assert [m.groupdict() for m in stored.finditer(_SAMPLE)] == \
        [m.groupdict() for m in fresh.finditer(_SAMPLE)]
    assert (stored.pattern, stored.flags, stored.groups) == \
        (fresh.pattern, fresh.flags, fresh.groups)
    assert stored.search(_SAMPLE, timeout=1.0) is not None  # pack patterns run with timeouts


def test_threads_compiling_at_once_store_each_pattern_under_its_own_text(
        tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "p.marshal")
    words = [f"w{i}x" for i in range(200)]
    start = threading.Barrier(4)  # all four ask for the table at once

    def compile_some(offset: int) -> None:
        start.wait()
        for word in words[offset::4]:
            store.compile(rf"\b{word}\b")
            regex.compile(rf"\b{word}y\b", cache_pattern=False)  # regex used elsewhere

    threads = [threading.Thread(target=compile_some, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.save()
    stored = PatternStore(tmp_path / "p.marshal")._known()
    assert len(stored) == len(words)
    assert all(arguments[0] == key[0] for key, arguments in stored.items())


def test_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "p.marshal"
    store = PatternStore(path)
    regex.purge()
    store.compile(r"\d+/\d+")
    store.save()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF  # one flipped byte in the opcodes
    path.write_bytes(bytes(data))
    reread = PatternStore(path)
    regex.purge()
    assert reread.compile(r"\d+/\d+").findall("1/10 and 7/1") == ["1/10", "7/1"]
    assert reread.unsaved  # compiled afresh, to be written again


def test_an_entry_regex_cannot_use_is_compiled_afresh(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "p.marshal")
    key = ("ab+", 0, int(regex.DEFAULT_VERSION))
    store._known()[key] = ("ab+", "not flags", [], {}, {}, {}, [], 0, (), 0, 0)
    assert store.compile("ab+").findall("abbb a") == ["abbb"]


def test_a_bad_pattern_raises_as_regex_does(tmp_path: Path) -> None:
    with pytest.raises(regex.error):
        PatternStore(tmp_path / "p.marshal").compile("(unclosed")


def test_an_unwritable_folder_never_fails_a_run(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = PatternStore(blocker / "patterns" / "p.marshal")
    regex.purge()
    store.compile("x+")
    store.save()  # the folder cannot be made: nothing is written, nothing raised


def test_a_grown_table_keeps_only_this_runs_patterns(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MOST_KEPT", 2)
    path = tmp_path / "p.marshal"
    old = PatternStore(path)
    regex.purge()
    for word in ("one", "two", "three"):
        old.compile(word)
    old.save()
    later = PatternStore(path)
    later.compile("four")
    later.save()
    assert {key[0] for key in PatternStore(path)._known()} == {"four"}


def test_built_in_patterns_are_the_same_text_in_every_run(tmp_path: Path) -> None:
    """Patterns built from sets were ordered by hashing, so each run compiled new ones."""
    script = (
        "from mtlint.cache import patterns\n"
        "from mtlint.config.settings import Settings\n"
        "from mtlint.engine.build import build_run\n"
        "build_run(Settings()).linter.prepare()\n"
        "assert patterns._STORE is not None\n"
        "print(sorted(map(repr, patterns._STORE._used)))\n"  # str and bytes keys
    )
    runs = set()
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed,
                       "MTLINT_CACHE_DIR": str(tmp_path / seed)}
        done = subprocess.run([sys.executable, "-c", script],
                              capture_output=True, text=True, env=environment, check=True)
        runs.add(done.stdout)
    assert len(runs) == 1


def test_one_entry_marshal_cannot_hold_does_not_stop_the_others(tmp_path: Path) -> None:
    path = tmp_path / "p.marshal"
    store = PatternStore(path)
    store.compile("abc")
    store._known()[("odd", 0, int(regex.DEFAULT_VERSION))] = (object(),)
    store.save()
    assert [key[0] for key in PatternStore(path)._known()] == ["abc"]


def test_a_pattern_given_as_a_str_subclass_is_stored_as_plain_text(tmp_path: Path) -> None:
    class Text(str):
        pass

    path = tmp_path / "p.marshal"
    store = PatternStore(path)
    store.compile(Text("def"))
    store.save()
    assert [type(key[0]) for key in PatternStore(path)._known()] == [str]


def test_a_stored_re_pattern_matches_as_a_fresh_one_without_its_expansion(
        tmp_path: Path) -> None:
    # a re pattern is kept under its template: a later run neither expands nor parses it
    path = tmp_path / "p.marshal"
    expanded: list[str] = []

    def expand(template: str) -> str:
        expanded.append(template)
        return template.replace("<letter>", "A-Za-z\u00c0-\u024f")

    template = r"(?<![\w'-])[<letter>]+(?:[ ][<letter>]+)*(?P<end>[.!?])?"
    first = PatternStore(path)
    fresh = first.compile_re(template, expand)
    assert isinstance(fresh, re.Pattern)
    first.save()
    stored = PatternStore(path).compile_re(template, expand)
    assert expanded == [template]  # by the store that had no entry
    text = "Café Olé! Ab-cd ÿ Ɓa."
    assert [(m.span(), m.groupdict()) for m in stored.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in fresh.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in re.finditer(expand(template), text)]
    assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) == \
        (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)


def test_a_re_entry_this_python_cannot_use_is_compiled_afresh(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "p.marshal")
    store._known()[("a<b>", 0, -1)] = ("ab+", 32, [1, 2, 3], 0, {}, ())
    assert store.compile_re("a<b>", lambda t: t.replace("<b>", "b+")).findall("abb a") == ["abb"]


def test_a_stored_re_pattern_is_not_reused_once_its_expansion_code_changed(
        tmp_path: Path) -> None:
    path = tmp_path / "p.marshal"
    template = "[<letter>]+"

    def old_expand(template: str) -> str:
        return template.replace("<letter>", "a-z")

    def new_expand(template: str) -> str:
        return template.replace("<letter>", "A-Z")

    first = PatternStore(path)
    first.compile_re(template, old_expand)
    first.save()
    stored = PatternStore(path).compile_re(template, new_expand)
    assert stored.pattern == "[A-Z]+"
    assert stored.findall("abc DEF") == ["DEF"]


def test_the_expansion_codes_digest_is_the_same_in_every_process() -> None:
    # a set constant's order changes with the string hash seed, the digest must not
    script = ("from mtlint.cache.patterns import _code_digest\n"
              "def expand(t):\n    return t if t in {'a', 'b', 'c', 'd'} else t + 'x'\n"
              "print(_code_digest(expand))")
    digests = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)},
                              cwd=ROOT).stdout
               for seed in range(4)}
    assert len(digests) == 1


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r"(?P<word>\w+)-(?P=word)", re.IGNORECASE, "Ab-ab cd-ce Éa-éA"),
    (rb"0(?<![0-9a-z]0)0?(?=[/.]0)", 0, b"00/0 a0.0 0.0"),
    (r"^x$", re.MULTILINE, "x\ny\nx"),
    (r"(?i)caf\u00e9", 0, "CAFÉ café")])
def test_a_stored_plain_re_pattern_matches_as_re_compiles_it(
        tmp_path: Path, pattern: str | bytes, flags: int, text: str | bytes) -> None:
    path = tmp_path / "p.marshal"
    first = PatternStore(path)
    fresh = first.compile_sre(pattern, flags)
    first.save()
    store = PatternStore(path)
    stored = store.compile_sre(pattern, flags)
    assert not store.unsaved  # rebuilt from the file's code, not parsed again
    expected = re.compile(pattern, flags)
    for compiled in (fresh, stored):
        assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
            (expected.pattern, expected.flags, expected.groups, expected.groupindex)
        assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == \
            [(m.span(), m.groups()) for m in expected.finditer(text)]  # type: ignore[arg-type]


def test_a_bad_plain_re_pattern_raises_as_re_does_and_is_not_stored(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "p.marshal")
    with pytest.raises(re.error, match="missing \\)"):
        store.compile_sre("(a")
    assert not store.unsaved


def test_a_text_and_its_bytes_are_stored_apart_and_a_compiled_pattern_passes_through(
        tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "p.marshal")
    assert store.compile_sre("a+").findall("caab") == ["aa"]
    assert store.compile_sre(b"a+").findall(b"caab") == [b"aa"]
    assert sorted(map(repr, store._known())) == ["('a+', 0, -2)", "(b'a+', 0, -3)"]
    compiled = re.compile("b+")
    assert store.compile_sre(compiled) is compiled
