"""Bytes to text, remembering what writing back needs (encoding, BOM)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from mtlint.errors import InputError

_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded file: ``text`` keeps ``\\r`` as it was; the BOM is not part of it."""

    path: str
    text: str
    encoding: str  # a codec name that writes the BOM back when there was one
    raw: bytes


class BinaryFileError(InputError):
    """The file looks binary; it is skipped with a note."""


def decode(path: str, raw: bytes) -> SourceText:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(path, raw, "utf-16")
    if b"\x00" in raw[:_SNIFF]:
        raise BinaryFileError("binary file (NUL bytes), skipped", path)
    return _decode(path, raw, "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8")


def _decode(path: str, raw: bytes, encoding: str) -> SourceText:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding.upper().replace('-SIG', '')}: undecodable byte "
                         f"0x{raw[exc.start]:02x} at byte offset {exc.start}", path) from exc
    if encoding == "utf-16":
        text = text.removeprefix("\ufeff")
    return SourceText(path, text, encoding, raw)


def read_source(path: Path, shown: str) -> SourceText:
    """Read and decode a file; ``shown`` is the path as the user gave it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", shown) from exc
    return decode(shown, raw)


def encode(source: SourceText, text: str) -> bytes:
    """``text`` in the file's own encoding, BOM restored."""
    if source.encoding == "utf-16":
        bom = source.raw[:2]
        codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
        return bom + text.encode(codec)
    return text.encode(source.encoding)
