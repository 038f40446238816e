"""The one explicit list of rule kinds, and building a run's rules from packs.

Rule classes are imported when a rule of their kind is first built, not
when the registry is read: a run whose findings all come from the cache
never imports them (their modules compile regular expressions on import).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Final, cast

from mtlint.engine.rule import OptionTypes, Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.packs.load import load_pack
from mtlint.packs.locate import builtin_rules_dir, pack_files
from mtlint.record import Record
from mtlint.tables.styles import Style, load_styles

#: kind name (as written in packs) -> ``module:Class`` that runs it
KINDS: Final[Mapping[str, str]] = {
    "pattern": "mtlint.kinds.pattern:PatternRule",
    "substitution": "mtlint.kinds.substitution:SubstitutionRule",
    "entity-names": "mtlint.kinds.entities:EntityNamesRule",
    "entity-spelling": "mtlint.kinds.entities:EntitySpellingRule",
    "redundant-parenthetical": "mtlint.logic.redundant_parenthetical:RedundantParentheticalRule",
    "numeric-date": "mtlint.logic.dates.rules:NumericDateRule",
    "weekday-date-mismatch": "mtlint.logic.dates.rules:WeekdayMismatchRule",
    "mixed-date-order": "mtlint.logic.dates.rules:MixedDateOrderRule",
    "foreign-month-name": "mtlint.logic.dates.rules:ForeignMonthRule",
    "day-only-date": "mtlint.logic.dates.rules:DayOnlyRule",
    "buddhist-era-year": "mtlint.logic.dates.rules:BuddhistEraRule",
    "doubled-attribution": "mtlint.logic.attribution:DoubledAttribution",
    "according-to-said": "mtlint.logic.attribution:AccordingToSaid",
    "stacked-speech-verbs": "mtlint.logic.attribution:StackedSpeechVerbs",
    "first-person-narration": "mtlint.logic.pronoun_person:FirstPersonNarration",
    "title-before-owner": "mtlint.logic.calque:TitleBeforeOwner",
    "residue": "mtlint.kinds.residue:ResidueRule",
    "widget-line": "mtlint.kinds.widget_line:WidgetLineRule",
    "vocabulary-line": "mtlint.kinds.vocabulary_line:VocabularyLineRule",
    "character-class": "mtlint.kinds.character_class:CharacterClassRule",
    "first-person-outside-quote": "mtlint.logic.unquoted_first_person:UnquotedFirstPerson",
    "photo-credit": "mtlint.logic.photo_credit:PhotoCredit",
    "headline-site-name": "mtlint.logic.headline_site:HeadlineSiteName",
    "editor-initials": "mtlint.logic.editor_initials:EditorInitials",
    "repeated-line": "mtlint.logic.repeated_line:RepeatedLine",
    "repeated-sentence": "mtlint.logic.repeated_sentence:RepeatedSentence",
    "repeated-dateline": "mtlint.logic.repeated_dateline:RepeatedDateline",
    "repetition-loop": "mtlint.logic.repetition_loop:RepetitionLoop",
    "doubled-word": "mtlint.logic.doubled_word:DoubledWord",
    "missing-space": "mtlint.logic.missing_space:MissingSpace",
    "glued-quote": "mtlint.logic.glued_quote:GluedQuote",
    "space-before-punctuation": "mtlint.logic.space_before_punctuation:SpaceBeforePunctuation",
    "doubled-punctuation": "mtlint.logic.doubled_punctuation:DoubledPunctuation",
    "unbalanced-bracket": "mtlint.logic.unbalanced_bracket:UnbalancedBracket",
    "unbalanced-quote": "mtlint.logic.unbalanced_quote:UnbalancedQuote",
    "mixed-quotes": "mtlint.logic.mixed_quotes:MixedQuotes",
    "headline-period": "mtlint.logic.headline_period:HeadlinePeriod",
    "foreign-punctuation": "mtlint.logic.foreign_punctuation:ForeignPunctuation",
    "invisible-character": "mtlint.logic.invisible_character:InvisibleCharacter",
    "mojibake": "mtlint.logic.mojibake:Mojibake",
    "unused-suppression": "mtlint.logic.suppressions:UnusedSuppression",
    "invalid-suppression": "mtlint.logic.suppressions:InvalidSuppression",
    "foreign-script": "mtlint.logic.untranslated.scripts:ForeignScriptRule",
    "source-language-words": "mtlint.logic.untranslated.words:SourceWordsRule",
    "decimal-comma": "mtlint.logic.numbers.separators:DecimalCommaRule",
    "dot-thousands": "mtlint.logic.numbers.separators:DotThousandsRule",
    "slash-count": "mtlint.logic.numbers.counts:SlashCountRule",
    "currency-after-amount": "mtlint.logic.numbers.currency:CurrencyAfterAmountRule",
    "source-time": "mtlint.logic.numbers.clock:SourceTimeRule",
    "leading-percent": "mtlint.logic.numbers.percent:LeadingPercentRule",
    "calqued-scale": "mtlint.logic.numbers.scales:CalquedScaleRule",
    "doubled-currency": "mtlint.logic.numbers.doubled_currency:DoubledCurrencyRule",
    "name-variants": "mtlint.logic.names.variants:NameVariantRule",
    "institution-order": "mtlint.logic.names.order:InstitutionOrderRule",
}
#: kinds whose rules review the suppression comments after the other rules ran
REVIEW_KINDS: Final = frozenset(("unused-suppression", "invalid-suppression"))


def kind_class(kind: str) -> type[Rule]:
    """The class that runs ``kind``, imported on first use."""
    module, _, name = KINDS[kind].partition(":")
    return cast(type[Rule], getattr(importlib.import_module(module), name))


class _KindOptions(Mapping[str, OptionTypes]):
    """Each kind's ``OPTIONS``; a kind's class is imported only when asked for."""

    def __getitem__(self, kind: str) -> OptionTypes:
        return kind_class(kind).OPTIONS

    def __contains__(self, kind: object) -> bool:  # Mapping's would import the class
        return kind in KINDS

    def __iter__(self) -> Iterator[str]:
        return iter(KINDS)

    def __len__(self) -> int:
        return len(KINDS)


#: the options every kind accepts, for validating packs
KIND_OPTIONS: Final[Mapping[str, OptionTypes]] = _KindOptions()


class Registry(Record):
    """Every rule spec known to a run, with the tables and styles beside them."""

    __match_args__ = ("specs", "entity_files", "styles")

    def __init__(self, specs: tuple[RuleSpec, ...], entity_files: tuple[Path, ...],
                 styles: Mapping[str, Style]) -> None:
        self.specs: Final = specs
        self.entity_files: Final = entity_files
        self.styles: Final = styles

    def by_code(self) -> dict[str, RuleSpec]:
        return {spec.meta.code: spec for spec in self.specs}


def load_registry(extra_folders: Iterable[Path] = ()) -> Registry:
    """Read the built-in packs and those of ``extra_folders``; codes must be unique."""
    specs: dict[str, RuleSpec] = {}
    entity_files: list[Path] = []
    style_files: list[Path] = []
    for folder in (builtin_rules_dir(), *extra_folders):
        if not folder.is_dir():
            raise PackError("rule-pack folder not found", str(folder))
        packs, entities, styles = pack_files(folder)
        entity_files += entities
        style_files += styles
        for path in packs:
            # built-in packs' options are checked by the test suite, as their patterns are
            for spec in load_pack(path, KIND_OPTIONS, trusted=folder == builtin_rules_dir()):
                if spec.meta.code in specs:
                    raise PackError(f"duplicate rule code {spec.meta.code} (also in "
                                    f"{specs[spec.meta.code].meta.pack})", str(path), "code")
                specs[spec.meta.code] = spec
    ordered = tuple(sorted(specs.values(), key=lambda s: s.meta.code))
    return Registry(ordered, tuple(entity_files), load_styles(style_files))


def instantiate(spec: RuleSpec) -> Rule:
    """The rule object for a validated spec (compiles its patterns)."""
    return kind_class(spec.kind)(spec)
