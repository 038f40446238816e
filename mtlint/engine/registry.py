"""The one explicit list of rule kinds, and building a run's rules from packs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mtlint.engine.rule import Rule, RuleSpec
from mtlint.errors import PackError
from mtlint.kinds.character_class import CharacterClassRule
from mtlint.kinds.entities import EntityNamesRule, EntitySpellingRule
from mtlint.kinds.pattern import PatternRule
from mtlint.kinds.residue import ResidueRule
from mtlint.kinds.substitution import SubstitutionRule
from mtlint.kinds.vocabulary_line import VocabularyLineRule
from mtlint.kinds.widget_line import WidgetLineRule
from mtlint.logic.attribution import AccordingToSaid, DoubledAttribution, StackedSpeechVerbs
from mtlint.logic.calque import TitleBeforeOwner
from mtlint.logic.dates.rules import (
    DayOnlyRule,
    ForeignMonthRule,
    MixedDateOrderRule,
    NumericDateRule,
    WeekdayMismatchRule,
)
from mtlint.logic.doubled_punctuation import DoubledPunctuation
from mtlint.logic.doubled_word import DoubledWord
from mtlint.logic.editor_initials import EditorInitials
from mtlint.logic.foreign_punctuation import ForeignPunctuation
from mtlint.logic.glued_quote import GluedQuote
from mtlint.logic.headline_period import HeadlinePeriod
from mtlint.logic.headline_site import HeadlineSiteName
from mtlint.logic.invisible_character import InvisibleCharacter
from mtlint.logic.missing_space import MissingSpace
from mtlint.logic.mixed_quotes import MixedQuotes
from mtlint.logic.mojibake import Mojibake
from mtlint.logic.names.order import InstitutionOrderRule
from mtlint.logic.names.variants import NameVariantRule
from mtlint.logic.numbers.clock import SourceTimeRule
from mtlint.logic.numbers.counts import SlashCountRule
from mtlint.logic.numbers.currency import CurrencyAfterAmountRule
from mtlint.logic.numbers.percent import LeadingPercentRule
from mtlint.logic.numbers.scales import CalquedScaleRule
from mtlint.logic.numbers.separators import DecimalCommaRule, DotThousandsRule
from mtlint.logic.pronoun_person import FirstPersonNarration
from mtlint.logic.redundant_parenthetical import RedundantParentheticalRule
from mtlint.logic.repeated_dateline import RepeatedDateline
from mtlint.logic.repeated_line import RepeatedLine
from mtlint.logic.repeated_sentence import RepeatedSentence
from mtlint.logic.repetition_loop import RepetitionLoop
from mtlint.logic.space_before_punctuation import SpaceBeforePunctuation
from mtlint.logic.suppressions import InvalidSuppression, UnusedSuppression
from mtlint.logic.unbalanced_bracket import UnbalancedBracket
from mtlint.logic.unbalanced_quote import UnbalancedQuote
from mtlint.logic.untranslated.scripts import ForeignScriptRule
from mtlint.logic.untranslated.words import SourceWordsRule
from mtlint.packs.load import load_pack
from mtlint.packs.locate import builtin_rules_dir, pack_files
from mtlint.tables.styles import Style, load_styles

#: kind name (as written in packs) -> the class that runs it
KINDS: Mapping[str, type[Rule]] = {
    "pattern": PatternRule,
    "substitution": SubstitutionRule,
    "entity-names": EntityNamesRule,
    "entity-spelling": EntitySpellingRule,
    "redundant-parenthetical": RedundantParentheticalRule,
    "numeric-date": NumericDateRule,
    "weekday-date-mismatch": WeekdayMismatchRule,
    "mixed-date-order": MixedDateOrderRule,
    "foreign-month-name": ForeignMonthRule,
    "day-only-date": DayOnlyRule,
    "doubled-attribution": DoubledAttribution,
    "according-to-said": AccordingToSaid,
    "stacked-speech-verbs": StackedSpeechVerbs,
    "first-person-narration": FirstPersonNarration,
    "title-before-owner": TitleBeforeOwner,
    "residue": ResidueRule,
    "widget-line": WidgetLineRule,
    "vocabulary-line": VocabularyLineRule,
    "character-class": CharacterClassRule,
    "headline-site-name": HeadlineSiteName,
    "editor-initials": EditorInitials,
    "repeated-line": RepeatedLine,
    "repeated-sentence": RepeatedSentence,
    "repeated-dateline": RepeatedDateline,
    "repetition-loop": RepetitionLoop,
    "doubled-word": DoubledWord,
    "missing-space": MissingSpace,
    "glued-quote": GluedQuote,
    "space-before-punctuation": SpaceBeforePunctuation,
    "doubled-punctuation": DoubledPunctuation,
    "unbalanced-bracket": UnbalancedBracket,
    "unbalanced-quote": UnbalancedQuote,
    "mixed-quotes": MixedQuotes,
    "headline-period": HeadlinePeriod,
    "foreign-punctuation": ForeignPunctuation,
    "invisible-character": InvisibleCharacter,
    "mojibake": Mojibake,
    "unused-suppression": UnusedSuppression,
    "invalid-suppression": InvalidSuppression,
    "foreign-script": ForeignScriptRule,
    "source-language-words": SourceWordsRule,
    "decimal-comma": DecimalCommaRule,
    "dot-thousands": DotThousandsRule,
    "slash-count": SlashCountRule,
    "currency-after-amount": CurrencyAfterAmountRule,
    "source-time": SourceTimeRule,
    "leading-percent": LeadingPercentRule,
    "calqued-scale": CalquedScaleRule,
    "name-variants": NameVariantRule,
    "institution-order": InstitutionOrderRule,
}


@dataclass(frozen=True)
class Registry:
    """Every rule spec known to a run, with the tables and styles beside them."""

    specs: tuple[RuleSpec, ...]
    entity_files: tuple[Path, ...]
    styles: Mapping[str, Style]

    def by_code(self) -> dict[str, RuleSpec]:
        return {spec.meta.code: spec for spec in self.specs}


def load_registry(extra_folders: Iterable[Path] = ()) -> Registry:
    """Read the built-in packs and those of ``extra_folders``; codes must be unique."""
    option_types = {name: kind.OPTIONS for name, kind in KINDS.items()}
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
            for spec in load_pack(path, option_types):
                if spec.meta.code in specs:
                    raise PackError(f"duplicate rule code {spec.meta.code} (also in "
                                    f"{specs[spec.meta.code].meta.pack})", str(path), "code")
                specs[spec.meta.code] = spec
    ordered = tuple(sorted(specs.values(), key=lambda s: s.meta.code))
    return Registry(ordered, tuple(entity_files), load_styles(style_files))


def instantiate(spec: RuleSpec) -> Rule:
    """The rule object for a validated spec (compiles its patterns)."""
    return KINDS[spec.kind](spec)
