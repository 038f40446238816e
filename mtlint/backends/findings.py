"""LanguageTool matches as mtlint findings: an O code, an MQM category, a message, a fix."""

from __future__ import annotations

from mtlint.backends.matches import Match
from mtlint.backends.table import LanguageToolTable
from mtlint.cache.patterns import compile_sre
from mtlint.engine.rule import Diagnostic, RuleDocs, RuleMeta, Severity
from mtlint.fix.model import Applicability, Fix

_SPACES = compile_sre(r"\s+")
_INFO_CATEGORIES = ("Style/", "Fluency/Register")
_DOCS = RuleDocs(
    what="What the LanguageTool rule {rule_id} finds; its message says what is wrong.",
    why="Machine translation leaves grammar slips, misspellings and punctuation that a "
        "general checker catches; LanguageTool runs only when --languagetool is given.",
    example="See the message of each finding.",
    instead="The suggestion of the finding, when LanguageTool offers one.",
    fix_safety="LanguageTool's first suggestion is applied only with --unsafe-fixes: it can "
               "change meaning. Only a change of white space around punctuation is safe.",
    references=("https://community.languagetool.org/rule/list?lang=en",
                "docs/grammar.md"),
)


class FindingMaker:
    """Builds diagnostics for LanguageTool matches, with one RuleMeta per rule id."""

    def __init__(self, table: LanguageToolTable) -> None:
        self.table = table
        self._metas: dict[tuple[str, str, str], RuleMeta] = {}

    def diagnostic(self, match: Match, offset: int, text: str) -> Diagnostic:
        """The finding for ``match``, whose paragraph starts at ``offset`` of ``text``."""
        meta = self.meta(match)
        start, end = offset + match.start, offset + match.end
        return Diagnostic(meta, start, end, match.message,
                          _fix(match, text[start:end], start, end))

    def meta(self, match: Match) -> RuleMeta:
        """Identity of the match's LanguageTool rule as an mtlint rule."""
        key = (match.rule_id, match.issue_type, match.category_id)
        if key not in self._metas:
            category = self.table.category(match.issue_type, match.category_id)
            severity = Severity.INFO if category.startswith(_INFO_CATEGORIES) else \
                Severity.WARNING
            docs = RuleDocs(_DOCS.what.format(rule_id=match.rule_id), _DOCS.why, _DOCS.example,
                            _DOCS.instead, _DOCS.fix_safety, _DOCS.references)
            self._metas[key] = RuleMeta(
                self.table.code(match.rule_id), match.rule_id.lower().replace("_", "-"), "O",
                category, severity, match.message, docs, "sometimes", Applicability.UNSAFE,
                "languagetool")
        return self._metas[key]


def _fix(match: Match, flagged: str, start: int, end: int) -> Fix | None:
    if not match.replacements:
        return None
    replacement = match.replacements[0]
    title = f"Replace '{flagged}' with '{replacement}'" if replacement else f"Remove '{flagged}'"
    return Fix.replace(start, end, replacement, _applicability(match, flagged), title)


def _applicability(match: Match, flagged: str) -> Applicability:
    """Safe only for LanguageTool's white-space rules whose one suggestion moves only spaces."""
    only_spacing = len(match.replacements) == 1 and \
        _SPACES.sub("", match.replacements[0]) == _SPACES.sub("", flagged)
    return Applicability.SAFE if match.issue_type == "whitespace" and only_spacing else \
        Applicability.UNSAFE
