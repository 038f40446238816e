"""Hostile bytes: empty, binary, invalid or unusual encodings, NULs, odd newlines.

Every case ends with a documented exit code and, on error, one line on
stderr naming the file; a file that cannot be read exactly is never written.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.cli.helpers import DIRTY, FIXED, run_cli
from tests.robustness.helpers import fix, one_line_error


def _file(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file_is_clean_and_stays_empty(tmp_path: Path) -> None:
    path = _file(tmp_path, b"")
    assert run_cli("check", str(path)).code == 0
    assert fix(path).code == 0
    assert path.read_bytes() == b""


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE],
                         ids=["utf-8", "utf-16-le", "utf-16-be"])
def test_file_of_only_a_byte_order_mark_is_clean_and_kept(tmp_path: Path, bom: bytes) -> None:
    path = _file(tmp_path, bom)
    assert fix(path).code == 0
    assert path.read_bytes() == bom


def test_binary_file_is_skipped_with_a_note_and_never_written(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR Read also: x\n"
    path = _file(tmp_path, png)
    result = fix(path)
    assert result.code == 0
    assert result.err.startswith(f"mtlint: note: {path}: binary file")
    assert result.err.count("\n") == 1
    assert path.read_bytes() == png


def test_invalid_utf8_names_byte_offset_and_line_and_is_never_written(tmp_path: Path) -> None:
    data = b"Read also: x\n\nNorth Korea (North Korea) \xff\xfe left.\n"
    path = _file(tmp_path, data)
    one_line_error(fix(path), str(path), "not valid UTF-8", "0xff", "byte offset 40",
                   "line 3")
    assert path.read_bytes() == data


def test_invalid_utf8_after_a_bom_counts_the_bom_in_the_offset(tmp_path: Path) -> None:
    # Before issue 7 the offset was counted after the BOM (2 here, byte 0xbf).
    path = _file(tmp_path, codecs.BOM_UTF8 + b"ab\xffc")
    one_line_error(run_cli("check", str(path)), "undecodable byte 0xff at byte offset 5")


def test_truncated_utf16_is_an_error_naming_the_offset(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Hello".encode("utf-16-le") + b"!"
    path = _file(tmp_path, data)
    one_line_error(fix(path), "not valid UTF-16", "byte offset 12", "truncated data")
    assert path.read_bytes() == data


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_fixed_in_utf16_with_its_bom(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    path = _file(tmp_path, bom + DIRTY.replace("\n", "\r\n").encode(codec))
    assert run_cli("check", str(path)).code == 1
    assert fix(path).code == 0
    assert path.read_bytes() == bom + FIXED.replace("\n", "\r\n").encode(codec)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE], ids=["le", "be"])
def test_utf32_is_refused_not_misread_as_utf16(tmp_path: Path, bom: bytes) -> None:
    # FF FE 00 00 starts with the UTF-16 LE mark: it used to be linted as NUL-laden UTF-16.
    codec = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    data = bom + DIRTY.encode(codec)
    path = _file(tmp_path, data)
    one_line_error(fix(path), str(path), "UTF-32 is not supported")
    assert path.read_bytes() == data


LINES = ("The minister of North Korea (North Korea) left.", "", "Read also: Markets fall", "",
         "He returned on Friday.")


@pytest.mark.parametrize(
    ("ends", "expected"),
    [
        pytest.param(("\n",) * 5, "The minister of North Korea left.\n\nHe returned on Friday.\n",
                     id="lf"),
        pytest.param(("\r\n",) * 5,
                     "The minister of North Korea left.\r\n\r\nHe returned on Friday.\r\n",
                     id="crlf"),
        pytest.param(("\r\n", "\n", "\r\n", "\n", ""),
                     "The minister of North Korea left.\r\n\nHe returned on Friday.", id="mixed"),
        # Classic Mac line ends are not line breaks to the rules: only the inline fix applies.
        pytest.param(("\r",) * 5, "The minister of North Korea left.\r\rRead also: Markets fall"
                     "\r\rHe returned on Friday.\r", id="cr"),
    ],
)
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["no-bom", "bom"])
def test_fix_keeps_bom_and_newlines_byte_for_byte(tmp_path: Path, ends: tuple[str, ...],
                                                  expected: str, bom: bytes) -> None:
    text = "".join(line + end for line, end in zip(LINES, ends, strict=True))
    path = _file(tmp_path, bom + text.encode())
    assert fix(path).code == 0
    assert path.read_bytes() == bom + expected.encode()


def test_nul_byte_near_the_start_means_binary(tmp_path: Path) -> None:
    data = DIRTY.encode().replace(b"left", b"le\x00ft")
    path = _file(tmp_path, data)
    result = fix(path)
    assert result.code == 0
    assert "binary file (NUL bytes), skipped" in result.err
    assert path.read_bytes() == data


def test_nul_byte_after_the_first_8_kib_is_text_and_kept(tmp_path: Path) -> None:
    filler = "He returned on Friday.\n\n" * 400
    data = (filler + "A stray \x00 byte.\n\n" + DIRTY).encode()
    path = _file(tmp_path, data)
    assert fix(path).code == 0
    assert path.read_bytes() == (filler + "A stray \x00 byte.\n\n" + FIXED).encode()


def test_nul_characters_in_utf16_mean_binary(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "x\x00y".encode("utf-16-le")
    result = fix(_file(tmp_path, data))
    assert result.code == 0
    assert "binary file (NUL characters)" in result.err


def test_stdin_with_invalid_utf8_exits_two_naming_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"ok \xc3\x28 bad")))
    one_line_error(run_cli("check", "--stdin-filename", "news/x.md", "-"), "news/x.md",
                   "byte offset 3")


def _documents_fail_for(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug outside the rules: ``check`` cannot make the document of the file ``name``."""
    import mtlint.cli.commands.check as check_command

    real_document = check_command.Document

    def fragile(text: str, path: str = "-", *args: object, **kwargs: object) -> object:
        if Path(path).name == name:
            raise ValueError("cannot happen")
        return real_document(text, path, *args, **kwargs)

    monkeypatch.setattr(check_command, "Document", fragile)


def test_a_crash_outside_the_rules_is_one_line_and_the_other_files_are_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _documents_fail_for("bad.txt", monkeypatch)
    _file(tmp_path, DIRTY.encode(), "bad.txt")
    good = _file(tmp_path, DIRTY.encode(), "good.txt")
    result = fix(tmp_path)
    one_line_error(result, "bad.txt: internal error: ValueError: cannot happen")
    assert good.read_text(encoding="utf-8") == FIXED


def test_a_crash_outside_the_rules_in_a_batch_names_its_file_and_the_others_are_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _documents_fail_for("b.txt", monkeypatch)
    for name in ("a.txt", "b.txt", "c.txt"):  # linted together, in one batch
        _file(tmp_path, DIRTY.encode(), name)
    result = run_cli("check", "--format", "concise", "--no-cache", str(tmp_path))
    one_line_error(result, "b.txt: internal error: ValueError: cannot happen; please report it")
    assert {line.split(":")[0] for line in result.out.splitlines() if "A1" in line} == {
        str(tmp_path / "a.txt"), str(tmp_path / "c.txt")}


def test_binary_stdin_under_fix_is_an_error_not_an_empty_output(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"ab\x00cd")))
    result = run_cli("check", "--fix", "-")
    assert result.code == 2
    assert result.err.startswith("mtlint: -: binary file (NUL bytes), skipped; nothing written")
    assert result.out == ""
