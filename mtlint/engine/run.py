"""Running the selected rules over documents."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Final, Protocol, TypeVar

from mtlint.document import Document
from mtlint.engine.context import Context
from mtlint.engine.masking import in_masked_text, touches_protected_text
from mtlint.engine.moot import drop_moot
from mtlint.engine.rule import Diagnostic, Rule
from mtlint.engine.suppress import apply_suppressions
from mtlint.fix.model import Applicability
from mtlint.packs.locate import is_builtin_pack
from mtlint.record import Record

#: characters of text to lint together (``Linter.lint_each``): 1,000 news articles were
#: 20 % faster to lint in batches of 100 to 200 (250,000 to 500,000 characters) than one
#: by one; the documents of a batch and their analyses are held until it is done
BATCH_CHARS: Final = 250_000

_T = TypeVar("_T")


def batches(items: Iterable[_T], size: Callable[[_T], int]) -> Iterator[list[_T]]:
    """``items`` in order, in lists that end once their ``size`` adds up to ``BATCH_CHARS``."""
    batch: list[_T] = []
    total = 0
    for item in items:
        batch.append(item)
        total += size(item)
        if total >= BATCH_CHARS:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


class RuleFailure(Record):
    """A rule that raised or timed out on a document: not a finding. A crash is a bug to
    report; a timeout is reported with the rule's pack, whose pattern is too slow
    (``timed_out_in``, the rule's pack file when the rule timed out, else "")."""

    __match_args__ = ("code", "message", "timed_out_in")

    def __init__(self, code: str, message: str, timed_out_in: str = "") -> None:
        self.code: Final = code
        self.message: Final = message
        self.timed_out_in: Final = timed_out_in


class LintResult:
    """The findings in one document, sorted by position, and any rule failures."""

    def __init__(self, diagnostics: list[Diagnostic] | None = None,
                 failures: list[RuleFailure] | None = None) -> None:
        self.diagnostics: Final[list[Diagnostic]] = [] if diagnostics is None else diagnostics
        self.failures: Final[list[RuleFailure]] = [] if failures is None else failures


class ResultStore(Protocol):
    """Stored lint results (``mtlint.cache``), asked before the rules run; they hold the
    rules' findings before suppression comments are applied."""

    def load(self, rules: list[Rule], doc: Document) -> LintResult | None: ...

    def save(self, rules: list[Rule], doc: Document, result: LintResult) -> None: ...


class Linter:
    """A set of instantiated rules and the context they share, reused for every file."""

    def __init__(self, rules: list[Rule], ctx: Context) -> None:
        self.rules = rules
        self.ctx = ctx

    def lint(self, doc: Document) -> LintResult:
        """The result of the rules on ``doc``, suppression comments applied."""
        return self.lint_each([doc])[0]

    def lint_each(self, docs: Sequence[Document]) -> list[LintResult]:
        """``lint`` of each document, in order; see ``findings_of_each``."""
        return [self.suppress(doc, result)
                for doc, result in zip(docs, self.findings_of_each(docs), strict=True)]

    def findings(self, doc: Document) -> LintResult:
        """The rules' findings in ``doc`` before suppression comments."""
        return self.findings_of_each([doc])[0]

    def findings_of_each(self, docs: Sequence[Document]) -> list[LintResult]:
        """The rules' findings in each document before suppression comments: from the
        result store if it has them (it keeps them unsuppressed, so that findings from
        outside the rules can be added before ``suppress``).

        Each rule runs over all of ``docs`` before the next starts: a rule's code,
        patterns and tables then stay in the processor's caches, which made 1,000
        articles a fifth faster to lint in batches of 100 than one by one. Each
        document's findings are those it would have alone.
        """
        store = self.ctx.results
        stored = [store.load(self.rules, doc) if store is not None else None for doc in docs]
        ran = iter(self._run_rules([doc for doc, result in zip(docs, stored, strict=True)
                                    if result is None]))
        results = []
        for doc, result in zip(docs, stored, strict=True):
            if result is None:
                result = next(ran)
                if store is not None:
                    store.save(self.rules, doc, result)
            results.append(result)
        return results

    def suppress(self, doc: Document, result: LintResult,
                 looked_for: Collection[str] = ()) -> LintResult:
        """``result`` less what suppression comments silence, plus the review rules' findings.

        The one place comments are applied, to the rules' findings and to any
        added from outside them (LanguageTool's O codes); ``looked_for`` are
        the codes those outside checks looked for in ``doc``, so that comments
        naming them are judged as those naming a rule that ran.
        """
        if not doc.suppression_comments:
            return result
        kept = apply_suppressions(doc, result.diagnostics, self.rules, self.ctx.rule_codes,
                                  looked_for)
        kept.sort(key=lambda d: (d.start, d.end, d.code))
        return LintResult(kept, result.failures)

    def prepare(self) -> None:
        """Build every rule and shared table now: forked workers then inherit them
        instead of each building its own copy."""
        for rule in self.rules:
            rule.prepare()
        _ = self.ctx.entities

    def _run_rules(self, docs: Sequence[Document]) -> list[LintResult]:
        """Run every rule over each document; findings in masked text are dropped, fixes
        in quotations disarmed.

        Suppression comments are not applied here (``suppress`` does that)."""
        collected = [_Collected(doc) for doc in docs]
        for rule in self.rules:
            for findings in collected:
                findings.run(rule, self.ctx)
        return [findings.result() for findings in collected]


class _Collected:
    """One document's findings and failures as the rules run on it."""

    __slots__ = ("doc", "failures", "found", "seen")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.found: list[Diagnostic] = []
        self.failures: list[RuleFailure] = []
        self.seen: set[tuple[str, int, int]] = set()

    def run(self, rule: Rule, ctx: Context) -> None:
        """Keep ``rule``'s findings in the document; a rule that raises is a failure."""
        doc = self.doc
        try:
            found = list(rule.check(doc, ctx))
        except TimeoutError as exc:
            self.failures.append(_timeout(rule, exc))
            return
        except Exception as exc:  # a crashing rule must not stop the others
            self.failures.append(RuleFailure(rule.meta.code, f"{type(exc).__name__}: {exc}"))
            return
        for diagnostic in found:
            key = (diagnostic.code, diagnostic.start, diagnostic.end)
            if key in self.seen or in_masked_text(doc, diagnostic.start, diagnostic.end):
                continue
            self.seen.add(key)
            self.found.append(disarm_in_quotes(doc, diagnostic))

    def result(self) -> LintResult:
        """The findings sorted by position, those another finding makes moot dropped."""
        diagnostics = drop_moot(self.found)
        diagnostics.sort(key=lambda d: (d.start, d.end, d.code))
        return LintResult(diagnostics, self.failures)


def _timeout(rule: Rule, exc: TimeoutError) -> RuleFailure:
    """A rule stopped by a time limit: the pack's to fix (a built-in one's is a bug)."""
    if type(exc) is TimeoutError:  # the regex module's own, from a kind's fixed limit
        message = f"{rule.meta.name}: a regular expression search timed out and was stopped"
    else:  # PatternTimeoutError names the rule and its pattern
        message = str(exc)
    if is_builtin_pack(rule.meta.pack):
        message += "; please report it"
    return RuleFailure(rule.meta.code, message, rule.meta.pack)


def disarm_in_quotes(doc: Document, diagnostic: Diagnostic) -> Diagnostic:
    """Quoted words are the speaker's: a fix that edits inside a quotation, or edits masked
    text or half a Markdown marker, is only shown (LanguageTool's fixes too)."""
    fix = diagnostic.fix
    if fix is None or fix.applicability is Applicability.DISPLAY_ONLY:
        return diagnostic
    if any(_edits_quote(doc, edit.start, edit.end) or touches_protected_text(doc, edit)
           for edit in fix.edits):
        return diagnostic.replaced(fix=fix.with_applicability(Applicability.DISPLAY_ONLY))
    return diagnostic


def _edits_quote(doc: Document, start: int, end: int) -> bool:
    """Whether an edit of ``[start, end)`` changes the words of a direct quotation."""
    if start == end:  # an insertion touches a quotation only strictly inside it
        span = doc.quotes.find(start)
        return span is not None and span.start < start
    return doc.quotes.overlaps(start, end)
