"""Fuzzing the reader: any bytes decode losslessly or fail with a one-line error."""

from __future__ import annotations

import codecs

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtlint.errors import InputError
from mtlint.io.read import decode, encode

PREFIXES = (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
            codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
#: bytes that make encodings interesting: NUL, CR, LF, lead and continuation bytes
TRICKY = st.binary(max_size=64) | st.lists(
    st.sampled_from([b"\x00", b"\r", b"\n", b"\xc3", b"\xa9", b"\xe2\x80", b"\xed\xa0\x80",
                     b"\xf4\x90\x80\x80", b"\xff", b"a", b"\xd8", b"\xdc"]),
    max_size=40).map(b"".join)
TEXT = st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))


@settings(max_examples=400)
@given(prefix=st.sampled_from(PREFIXES), body=TRICKY | TEXT)
@example(prefix=codecs.BOM_UTF16_LE, body=b"\x00\x00")  # FF FE 00 00: UTF-32, not UTF-16
@example(prefix=codecs.BOM_UTF8, body=b"ab\xffc")  # offset counted from the file start
def test_decoding_is_lossless_or_a_one_line_error(prefix: bytes, body: bytes) -> None:
    raw = prefix + body
    try:
        source = decode("a.txt", raw)
    except InputError as error:
        message = str(error)
        assert message.startswith("a.txt: ")
        assert "\n" not in message
        if "byte offset" in message:
            offset = int(message.split("byte offset ")[1].split()[0])
            assert f"byte 0x{raw[offset]:02x} at" in message
        return
    assert encode(source, source.text) == raw
