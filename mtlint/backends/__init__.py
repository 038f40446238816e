"""Optional checkers that run outside mtlint: LanguageTool for grammar and spelling (O codes)."""
