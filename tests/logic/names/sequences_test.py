"""Capitalised sequences and the name windows taken from their ends."""

from __future__ import annotations

import random
import re

import pytest
import regex

from mtlint.logic.names import sequences
from mtlint.logic.names.sequences import SequenceFinder, pairs, words

FINDER = SequenceFinder(["bin", "von", "der"])


def test_windows_are_the_last_two_to_four_tokens() -> None:
    text = "Prime Minister Pham Minh Chinh spoke."
    assert [w.words for w in FINDER.windows(text)] == [
        ("Minh", "Chinh"), ("Pham", "Minh", "Chinh"), ("Minister", "Pham", "Minh", "Chinh")]


def test_particles_join_a_name_and_a_possessive_is_dropped() -> None:
    text = "Mohammed bin Salman's plan and Ursula von der Leyen."
    windows = list(FINDER.windows(text))
    assert [w.words for w in windows] == [("Mohammed", "Salman"), ("Ursula", "Leyen")]
    assert text[windows[0].start : windows[0].end] == "Mohammed bin Salman"


def test_token_spans_point_into_the_text() -> None:
    text = "Yesterday Fadel Rahman left."
    window = next(FINDER.windows(text))
    assert window.words == ("Fadel", "Rahman")
    start, end = window.token_span(0)
    assert text[start:end] == "Fadel"


def test_names_without_offsets_match_the_windows() -> None:
    text = "Agus Setiawan met Agus Setiyawan and Agus Setiawan."
    assert FINDER.names(text) == {("Agus", "Setiawan"), ("Agus", "Setiyawan")}


@pytest.mark.parametrize("piece", [1 << 20, 16])
def test_one_scan_finds_the_names_and_the_words_two_scans_find(
        piece: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # sequences and words are found together (words inside a sequence are its tokens), or,
    # in a text longer than a piece, by two scans
    monkeypatch.setattr(sequences, "_PIECE", piece)
    rng = random.Random(5)
    pieces = ["Agus", "Setiawan", "AGUS", "Abc", "Ab", "bin", "von", "der", "Jae-in", "Jae-",
              "O'Brien", "Salman's", "Salman’s", "Ébcd", "Ab\u0301cd", "McDonald", "abcd",
              " ", " ", " ", " ", "\n", "-", "'", ".", "1"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        names = FINDER.names(text)
        assert FINDER.names_and_spellings(text) == (names, words(text) | pairs(names)), text


def test_wanted_windows_are_those_of_all_windows() -> None:
    text = "Prime Minister Pham Minh Chinh met Pham Minh Chinh's aide, Mohammed bin Salman."
    wanted = {("Minh", "Chinh"), ("Mohammed", "Salman"), ("Prime", "Minister")}
    found = list(FINDER.windows(text, wanted))
    assert found == [w for w in FINDER.windows(text) if w.words in wanted]
    assert [text[w.start : w.end] for w in found] == ["Minh Chinh", "Minh Chinh",
                                                      "Mohammed bin Salman"]


_PIECES = ["Agus", "AGUS", "Abc", "Ab", "A", "bin", "von", "der", "Jae-in", "Jae-", "-in",
           "O'Brien", "O’Brien", "Salman's", "Salman’s", "McDonald", "abcd", "x1", "_", "Ab9",
           "’", "“", "”", "—", "\u00a0", "€", "#", "\x01", "É", "é", "Ébcd", "Ab\u0301cd", "ß",
           "Ⅻ", "٣", "Đức", "Phạm", "Chính", "İcardi", "ǅ", "ǈa", "ʰ", "ᾈ", "Ⓐ", "\ufffd", "\uffff",
           "\ud800", "\U0001d400", "\U00010400", " ", " ", " ", " ", "\n", "\t", "-", "'", ".",
           ",", "1"]


def test_the_re_scan_finds_what_the_regex_scan_finds() -> None:
    # a text whose characters are all up to U+FFFF is scanned by ``re``, its classes spelled
    # out from regex's: the same matches (one beyond, Mathematical Bold A, goes to regex)
    rng = random.Random(8)
    assert FINDER._re is not None
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
        beyond = "".join(c for c in text if not c.isascii())
        for spelled in FINDER._re:
            regex_pattern = FINDER._sequence_or_word if spelled is FINDER._re[0] else \
                FINDER._sequence
            if max(text) <= "\uffff":
                assert spelled.findall(text) == regex_pattern.findall(text), text
        assert FINDER._sequences_or_words(text, beyond) == \
            FINDER._sequence_or_word.findall(text), text
        assert list(FINDER.windows(text, None, beyond)) == list(FINDER.windows(text)), text


def test_the_re_classes_hold_what_regex_classes_hold_up_to_u_ffff() -> None:
    # every code point, not only those of the random texts: the scan of a text made of
    # one of them between capitals finds what regex finds
    assert FINDER._re is not None
    sequence_or_word = FINDER._re.sequence_or_word
    for code in range(0x80, 0x10000):
        text = f"Ab{chr(code)}cd Ef {chr(code)}Gh Ij-{chr(code)} Kl"
        assert sequence_or_word.findall(text) == FINDER._sequence_or_word.findall(text), code


def test_particles_beyond_ascii_letters_keep_the_regex_scan() -> None:
    assert SequenceFinder(["bin", "ál"])._re is None
    assert SequenceFinder(["bin", "de la"])._re is None
    text = "Abcd ál Efgh"
    assert SequenceFinder(["bin", "ál"]).names_and_spellings(text, "á")[0] == {("Abcd", "Efgh")}


def _backtracking(pattern: str) -> str:
    """``pattern`` with its possessive quantifiers made greedy ones, which give back."""
    return pattern.replace("*+", "*").replace("}+", "}").replace("?+", "?")


def test_possessive_quantifiers_find_what_backtracking_ones_found() -> None:
    # a token's letters are never given back: what may follow a token or a word (a space,
    # no word character) is never a letter, a mark, an apostrophe or a hyphen
    patterns = [FINDER._sequence, FINDER._sequence_or_word, sequences._LONG_WORDS]
    patterns += list(FINDER._re or ())
    assert all("*+" in p.pattern or "}+" in p.pattern for p in patterns)
    pairs = [(p, (re if isinstance(p, re.Pattern) else regex).compile(_backtracking(p.pattern)))
             for p in patterns]
    rng = random.Random(12)
    pieces = ["Agus", "AGUS", "Abc", "Ab", "A", "bin", "von", "der", "Jae-in", "Jae-", "-in",
              "O'Brien", "O’Brien", "Salman’s", "’", "\x01", "É", "é", "\u0301", "ß", "Ⅻ",
              "x1", "_", " ", " ", " ", "\n", "-", "--", "'", ".", "1", "Jae-In-", "a-"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        for possessive, backtracking in pairs:
            assert possessive.findall(text) == backtracking.findall(text), (text, possessive)
        for word in text.split():
            assert bool(sequences._WHOLE_LONG_WORD.fullmatch(word)) == \
                bool(regex.fullmatch(_backtracking(sequences._WHOLE_LONG_WORD.pattern), word))


def test_wanted_windows_are_found_in_the_lines_holding_their_last_word() -> None:
    # only the lines where a wanted name's last word stands are scanned: a name seen on
    # one line is found on every other, a possessive's and one inside a longer word too
    rng = random.Random(21)
    pieces = ["Agus", "Setiawan", "Setiawan's", "Setiawans", "AGUS", "Jae-in", "Moon", "bin",
              "von", "Abcd", "Ébcd", "“", "’", " ", " ", " ", " ", "\n", "\n", "\r\n", "-", "."]
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        every = [w.words for w in FINDER.windows(text)]
        wanted = {w for w in every if rng.random() < 0.5} | {("Agus", "Setiawan")}
        beyond = "".join(c for c in text if not c.isascii())
        assert list(FINDER.windows(text, wanted, beyond)) == \
            [w for w in FINDER.windows(text) if w.words in wanted], text
