"""The error of a rule-pack pattern stopped by its time limit.

Not compiled by mypyc (see ``hatch_build.py``): a compiled class cannot derive from
``TimeoutError``.
"""

from __future__ import annotations


class PatternTimeoutError(TimeoutError):
    """A rule's regular expression ran past its time limit (catastrophic backtracking).

    Its message names the rule and the pattern; the run adds the pack file and reports
    it as the pack's to fix, not as an mtlint bug (``RuleFailure.timed_out_in``)."""
