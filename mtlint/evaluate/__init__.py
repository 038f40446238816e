"""Measuring rules against annotated articles: ``mtlint eval``."""
