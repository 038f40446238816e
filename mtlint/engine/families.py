"""The defect families of artifacts.md: letter, name, and default MQM category."""

from __future__ import annotations

from typing import Final, NamedTuple


class Family(NamedTuple):
    """One defect family."""

    letter: str
    name: str
    category: str


FAMILIES: Final[dict[str, Family]] = {
    f.letter: f
    for f in (
        Family("A", "residue", "Accuracy/Addition"),
        Family("B", "captions", "Accuracy/Addition"),
        Family("C", "initials", "Accuracy/Addition"),
        Family("D", "duplication", "Accuracy/Addition"),
        Family("E", "redundant-parenthetical", "Fluency/Inconsistency"),
        Family("F", "naming", "Terminology/Inconsistent"),
        Family("G", "dates", "Locale convention/Date format"),
        Family("H", "attribution", "Accuracy/Addition"),
        Family("I", "pronoun-person", "Accuracy/Mistranslation"),
        Family("J", "untranslated", "Accuracy/Source language fragment"),
        Family("K", "calques", "Fluency/Grammar"),
        Family("L", "punctuation", "Fluency/Punctuation"),
        Family("M", "numbers", "Locale convention/Currency format"),
        Family("N", "encoding", "Fluency/Character encoding"),
        Family("O", "grammar", "Fluency/Grammar"),
        Family("X", "internal", "Other"),
    )
}
