"""The text being linted and what rules need to know about it."""

from mtlint.document.document import Document
from mtlint.document.span import Span

__all__ = ["Document", "Span"]
