"""Decoding files: encodings, byte-order marks and where undecodable bytes are."""

from __future__ import annotations

import codecs
import os
import stat
import tracemalloc
from pathlib import Path

import pytest

from mtlint.errors import InputError
from mtlint.io.read import BinaryFileError, _read_regular_file, decode, encode, read_source


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        pytest.param(b"Caf\xc3\xa9\r\n", "Café\r\n", "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + b"Hi", "Hi", "utf-8-sig", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + "Hi\n".encode("utf-16-le"), "Hi\n", "utf-16",
                     id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE + "Hi\n".encode("utf-16-be"), "Hi\n", "utf-16",
                     id="utf-16-be"),
        pytest.param(codecs.BOM_UTF8 + codecs.BOM_UTF8 + b"x", "\ufeffx", "utf-8-sig",
                     id="second-bom-is-text"),
    ],
)
def test_decode_and_encode_round_trip(raw: bytes, text: str, encoding: str) -> None:
    source = decode("a.txt", raw)
    assert (source.text, source.encoding) == (text, encoding)
    assert encode(source, source.text) == raw


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param(b"ok\n\xe2\x82", "byte 0xe2 at byte offset 3 (line 2: unexpected end of data)",
                     id="cut-sequence"),
        pytest.param(codecs.BOM_UTF8 + b"\n\n\xc0\xaf", "byte 0xc0 at byte offset 5 (line 3",
                     id="after-bom"),
        pytest.param(codecs.BOM_UTF16_BE + b"\xdc\x00", "not valid UTF-16: undecodable byte "
                     "0xdc at byte offset 2", id="lone-surrogate"),
    ],
)
def test_undecodable_bytes_are_located(raw: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        decode("a.txt", raw)
    assert message in str(error.value)
    assert str(error.value).startswith("a.txt: ")
    assert not isinstance(error.value, BinaryFileError)


def test_nul_in_the_first_8_kib_is_binary_even_if_not_utf8() -> None:
    with pytest.raises(BinaryFileError):
        decode("a.png", b"\x89PNG\r\n\x1a\n\x00\x00")


@pytest.mark.parametrize("reported", [0, 5, 2_000_000, 5_000_000],
                         ids=["grew-from-empty", "grew-by-chunks", "grew-by-less-than-a-chunk",
                              "shrank"])
def test_a_file_is_read_to_its_end_whatever_size_it_had_when_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reported: int) -> None:
    # the size os.fstat gave, then the file grew or shrank while it was read
    text = "Prices rose. " * 200_000  # 2.6 MB: more than two chunks of the reads after the first
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    fstat = os.fstat

    def stale(fd: int) -> os.stat_result:
        info = list(fstat(fd))
        info[stat.ST_SIZE] = reported
        return os.stat_result(info)

    monkeypatch.setattr(os, "fstat", stale)
    assert read_source(path, "a.txt").text == text


def test_a_file_read_whole_is_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Prices rose. " * 2_000_000)  # 26 MB
    tracemalloc.start()
    try:
        assert len(_read_regular_file(path) or b"") == 26_000_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * 26_000_000
